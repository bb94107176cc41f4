/**
 * Escalation to the nearest leader (R5.2.9) as a BotFeature: the «Spør nærmeste leder» hand-off of every
 * answer card, the commands «spør leder» / «mine saker» and phrasings of doubt, the card submits of the
 * draft, the Action.Execute verbs of the case card, and the reminder scheduler.
 */
import type { CloudAdapter } from 'botbuilder';
import type { AppConfig } from '../../src/config/config-schema';
import { CaseRepository } from '../../src/escalation/case-repository';
import { matchEscalationIntent } from '../../src/escalation/escalation-phrases';
import { PersonalChats } from '../../src/escalation/personal-chats';
import type { GuidelinePack } from '../../src/guidelines/guideline-pack';
import type { Logger } from '../../src/logging/logger';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { GuidelineDialog } from '../dialogs/guideline-dialog';
import type { BotFeature } from '../feature';
import { caseActions } from './case-actions';
import { createDirectory } from './create-directory';
import { EscalationDialog } from './escalation-dialog';
import type { EscalationDeps } from './escalation-deps';
import { EscalationFlow, rememberChat } from './escalation-flow';
import { ReminderScheduler } from './reminder-scheduler';
import { createProactiveMessenger, type ProactiveMessenger } from './send-proactive';

export interface EscalationFeature {
  feature: BotFeature;
  reminders: ReminderScheduler;
  stop(): Promise<void>;
}

export interface EscalationFeatureOptions {
  config: AppConfig;
  pack: GuidelinePack;
  store: KeyValueStore;
  adapter: CloudAdapter;
  logger: Logger;
  now: () => Date;
  /** Test seam; defaults to the CloudAdapter-based messenger. */
  messenger?: ProactiveMessenger;
}

export function createEscalationFeature(options: EscalationFeatureOptions): EscalationFeature {
  const deps: EscalationDeps = {
    pack: options.pack,
    cases: new CaseRepository(options.store),
    chats: new PersonalChats(options.store),
    directory: createDirectory(options.config.escalation.directory),
    messenger: options.messenger ?? createProactiveMessenger(options.adapter, options.config.auth?.appId ?? ''),
    now: options.now,
    logger: options.logger,
  };
  const flow = new EscalationFlow(deps);
  const reminders = new ReminderScheduler(deps);
  reminders.start(options.config.escalation.reminderCheckMs);

  const feature: BotFeature = {
    name: 'escalation',
    dialogs: [new EscalationDialog()],
    handoffs: { escalation: (turn, nodeId) => flow.start(turn, nodeId) },
    submits: {
      'escalation.describe': (turn, value) => flow.describeFromCard(turn, value),
      'escalation.send': (turn, value) => flow.send(turn, value),
      'escalation.cancel': (turn) => flow.cancel(turn),
      'escalation.show': (turn, value) => flow.show(turn, value),
    },
    cardActions: caseActions(deps),
    onConversationUpdate: (context) => rememberChat(deps, context),
    onText: async (turn, text) => {
      await rememberChat(deps, turn.dc.context);
      const match = matchEscalationIntent(text);
      // «mine saker» reads as English to the core's function-word guess ("mine"); the phrase itself tells.
      const phraseTurn = match?.lang ? { ...turn, lang: match.lang } : turn;
      if (match?.intent === 'my-cases') {
        await flow.listCases(phraseTurn);
        return true;
      }
      if (match?.intent === 'ask-leader') {
        await flow.start(phraseTurn, GuidelineDialog.currentNode(turn.dc));
        return true;
      }
      // While a draft waits for its description, the typed message is the description.
      if (EscalationDialog.draft(turn.dc)?.stage === 'describe') {
        await flow.describe(turn, text);
        return true;
      }
      return false;
    },
  };
  return { feature, reminders, stop: () => reminders.stop() };
}
