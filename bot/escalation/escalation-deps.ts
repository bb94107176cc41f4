/**
 * What the escalation workflow is built from: the guideline pack (topics and rules), the case repository,
 * the leader directory, proactive messaging, the clock and the logger.
 */
import type { CaseRepository } from '../../src/escalation/case-repository';
import type { PersonalChats } from '../../src/escalation/personal-chats';
import type { LeaderDirectory } from '../../src/directory/leader-directory';
import type { GuidelinePack } from '../../src/guidelines/guideline-pack';
import type { Logger } from '../../src/logging/logger';
import type { ProactiveMessenger } from './send-proactive';

export interface EscalationDeps {
  pack: GuidelinePack;
  cases: CaseRepository;
  chats: PersonalChats;
  directory: LeaderDirectory;
  messenger: ProactiveMessenger;
  now: () => Date;
  logger: Logger;
}
