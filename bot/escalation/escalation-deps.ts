/**
 * What the escalation feature's handlers are built from: the use cases (src/escalation/escalation-service.ts),
 * the guideline pack (topics and rules of the answer a case starts from), the 1:1 chats the bot knows, the
 * clock and the logger. Handlers never touch storage or the Bot Connector's proactive API themselves.
 */
import type { EscalationService } from '../../src/escalation/escalation-service';
import type { PersonalChats } from '../../src/outbox/personal-chats';
import type { GuidelinePack } from '../../src/guidelines/guideline-pack';
import type { Logger } from '../../src/logging/logger';

export interface EscalationDeps {
  pack: GuidelinePack;
  service: EscalationService;
  chats: PersonalChats;
  now: () => Date;
  logger: Logger;
}
