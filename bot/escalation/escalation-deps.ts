/**
 * What the escalation feature's handlers are built from: the use cases (src/escalation/escalation-service.ts),
 * the guideline pack (topics and rules of the answer a case starts from), the matcher's view of a description
 * (the topic of a case started by text), the rules' words and reader links for the case card, the 1:1 chats
 * the bot knows, the clock and the logger. Handlers never touch storage or the Bot Connector's proactive API.
 */
import type { CaseGuidelines } from '../../cards/escalation-cards';
import type { EscalationService } from '../../src/escalation/escalation-service';
import type { PersonalChats } from '../../src/outbox/personal-chats';
import type { GuidelinePack } from '../../src/guidelines/guideline-pack';
import type { Logger } from '../../src/logging/logger';

export interface EscalationDeps {
  pack: GuidelinePack;
  /** The answer node a description is confidently about (the question matcher), or undefined. */
  topicOf: (text: string) => string | undefined;
  /** The rules' words and the reader's links, for the case card. */
  guidelines: CaseGuidelines;
  service: EscalationService;
  chats: PersonalChats;
  now: () => Date;
  logger: Logger;
}
