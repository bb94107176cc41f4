/**
 * What the escalation feature's handlers are built from: the use cases (src/escalation/escalation-service.ts),
 * the guideline pack (topics and rules of the answer a case starts from), the matcher's view of a description
 * (the topic of a case started by text), the rules' words and reader links for the case card, the 1:1 chats
 * the bot knows, the clock and the logger. Handlers never touch storage or the Bot Connector's proactive API.
 */
import type { CaseGuidelines } from '../../cards/escalation-cards';
import type { EscalationService } from '../../src/escalation/escalation-service';
import type { PersonalChats } from '../../src/outbox/personal-chats';
import type { PackSnapshot } from '../../src/guidelines/live-pack';
import type { Logger } from '../../src/logging/logger';
import type { TurnContent } from '../turn-content';

export interface EscalationDeps {
  /** The turn's guideline pack (the live one, taken once per turn). */
  content: TurnContent;
  /** The answer node a description is confidently about (the turn's matcher), or undefined. */
  topicOf: (content: PackSnapshot, text: string) => string | undefined;
  /** The rules' words and the reader's links, for the case card. */
  guidelines: CaseGuidelines;
  service: EscalationService;
  chats: PersonalChats;
  now: () => Date;
  logger: Logger;
}
