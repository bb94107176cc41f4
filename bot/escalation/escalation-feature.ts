/**
 * Escalation to the nearest leader (R5.2.9) as a BotFeature: the «Spør nærmeste leder» hand-off of every
 * answer card, the commands «spør leder» / «mine saker» and phrasings of doubt, the card submits of the
 * draft, the Action.Execute verbs of the case card, and the reminder scheduler.
 */
import type { AppConfig } from '../../src/config/config-schema';
import { CaseRepository } from '../../src/escalation/case-repository';
import { matchEscalationIntent } from '../../src/escalation/escalation-phrases';
import { ESCALATION_TOPIC, EscalationService } from '../../src/escalation/escalation-service';
import type { PackSnapshot, PackSource } from '../../src/guidelines/live-pack';
import { liveRules } from '../../src/guidelines/live-rules';
import type { SectionLinker } from '../../src/tab/section-links';
import type { LeaderDirectory } from '../../src/directory/leader-directory';
import type { Logger } from '../../src/logging/logger';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import type { BotFeature } from '../feature';
import { caseActions } from './case-actions';
import { createDirectory } from './create-directory';
import { EscalationDialog } from './escalation-dialog';
import type { EscalationDeps } from './escalation-deps';
import { EscalationFlow, rememberChat } from './escalation-flow';
import { escalationRenderer } from './escalation-renderer';
import { ReminderScheduler } from './reminder-scheduler';
import type { ProactiveOutbox } from '../proactive/proactive-outbox';
import { turnContent } from '../turn-content';

export interface EscalationFeature {
  feature: BotFeature;
  reminders: ReminderScheduler;
  stop(): Promise<void>;
}

export interface EscalationFeatureOptions {
  config: AppConfig;
  /** The live guideline pack: turns take one snapshot each, cards sent later quote the rules live then. */
  content: PackSource;
  /** The answer node a case description is confidently about (the snapshot's question matcher). */
  topicOf: (content: PackSnapshot, text: string) => string | undefined;
  /** Where the case card's "Les hele punkt 4.4" points (the reader tab). */
  sectionLink?: SectionLinker;
  /** The leader directory (shared with the registration form's prefill); built from the configuration if absent. */
  directory?: LeaderDirectory;
  store: KeyValueStore;
  /** The durable outbox every proactive message of the workflow goes through. */
  proactive: ProactiveOutbox;
  logger: Logger;
  now: () => Date;
}

export function createEscalationFeature(options: EscalationFeatureOptions): EscalationFeature {
  const { outbox, worker, chats } = options.proactive;
  const guidelines = { rules: liveRules(options.content), link: options.sectionLink };
  const service = new EscalationService({
    cases: new CaseRepository(options.store),
    outbox,
    kick: (id) => worker.kick(id),
    directory: options.directory ?? createDirectory(options.config.escalation.directory),
    renderer: escalationRenderer(guidelines),
    now: options.now,
  });
  worker.registerTopic(ESCALATION_TOPIC, {
    render: (item) => service.render(item),
    delivered: (item, result) => service.delivered(item, result),
    failed: (item, code) => service.failed(item, code),
  });
  const deps: EscalationDeps = { content: turnContent(options.content), topicOf: options.topicOf, guidelines, service, chats, now: options.now, logger: options.logger };
  const flow = new EscalationFlow(deps);
  const reminders = new ReminderScheduler(service, options.now, options.logger);
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
      'escalation.list': (turn, value) => flow.listCases(turn, value),
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
        // Typed: the topic comes from the description, not from whatever card the user last looked at.
        await flow.start(phraseTurn, undefined);
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
