/**
 * Profile registration (R4.3.2–R4.3.4) as a BotFeature: the wiring only. The use cases are in
 * src/registration (drafts of the form, submit, IT's actions, the IT channel, the outbox hooks); the handlers,
 * one per verb, in registration-form-handlers.ts (the form), it-card-actions.ts (the IT card's Action.Execute)
 * and registration-lists.ts (lists and the channel command); the messages in registration-renderer.ts.
 */
import type { AppConfig } from '../../src/config/config-schema';
import type { LeaderDirectory } from '../../src/directory/leader-directory';
import { prefillFromText } from '../../src/registration/registration-prefill';
import type { Logger } from '../../src/logging/logger';
import { registrationIntent } from '../../src/registration/registration-intent';
import { RegistrationRepository } from '../../src/registration/registration-repository';
import { IT_CHANNEL, REGISTRATION_TOPIC, RegistrationService } from '../../src/registration/registration-service';
import { registerSource } from '../../src/registration/register-source';
import { TeamsUserIds } from '../../src/workflow/teams-user-ids';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import type { RegisterSource } from '../../src/tab/register-entry';
import { offerCard, type RuleBook } from '../../cards/registration-cards';
import type { BotFeature, FeatureTurn } from '../feature';
import type { ProactiveOutbox } from '../proactive/proactive-outbox';
import { sendCard } from '../send-card';
import { itCardActions } from './it-card-actions';
import { personOf } from './person-of';
import { RegistrationDialog } from './registration-dialog';
import { registrationFormHandlers } from './registration-form-handlers';
import { registrationLists } from './registration-lists';
import { registrationRenderer } from './registration-renderer';

export interface RegistrationFeatureDeps {
  store: KeyValueStore;
  proactive: ProactiveOutbox;
  config: AppConfig['registration'];
  /** The guideline pack's rules: cards quote and cite them. */
  rules: RuleBook;
  /** The IT card carries IT's buttons for everyone (a client without card refresh: local mode), still 403-guarded. */
  itButtonsForAll: boolean;
  /** The people directory: the form is prefilled with the requester's name, unit and head of unit. */
  directory?: LeaderDirectory;
  logger: Logger;
  now: () => Date;
}

export function createRegistrationFeature(deps: RegistrationFeatureDeps): { feature: BotFeature; service: RegistrationService; registerSource: RegisterSource } {
  const repository = new RegistrationRepository(deps.store);
  const { outbox, worker } = deps.proactive;
  const service = new RegistrationService({
    repository,
    outbox,
    kick: (id) => worker.kick(id),
    renderer: registrationRenderer(deps.rules, { itButtonsForAll: deps.itButtonsForAll }),
    teamsIds: new TeamsUserIds(deps.store),
    now: deps.now,
    itMembers: deps.config.itMemberAadIds,
    configuredChannel: deps.config.itChannel,
  });
  worker.registerTopic(REGISTRATION_TOPIC, { render: (item) => service.render(item), delivered: (item, result) => service.delivered(item, result) });
  worker.registerChannel(IT_CHANNEL, () => service.itChannel());

  const form = registrationFormHandlers(service, deps.now, deps.logger, { rules: deps.rules, kommuneDomains: deps.config.kommuneEmailDomains, directory: deps.directory });
  const lists = registrationLists(service, deps.now, deps.logger);

  const onText = async (turn: FeatureTurn, text: string): Promise<boolean> => {
    service.noteServiceUrl(turn.dc.context.activity.serviceUrl);
    await service.noteActor(personOf(turn.dc.context));
    switch (registrationIntent(text)) {
      case 'start':
        await form.start(turn);
        return true;
      case 'mine':
        await lists.mine(turn);
        return true;
      case 'register':
        return lists.register(turn);
      case 'use-channel':
        await lists.useChannel(turn);
        return true;
      case 'offer': {
        // A question about creating a profile: answered as a question, with the offer to register beside it.
        const type = turn.dc.context.activity.conversation.conversationType;
        if (type === 'personal' || !type) await sendCard(turn.dc.context, offerCard(turn.lang, deps.rules, prefillFromText(text)));
        return false;
      }
      case undefined:
        return false;
    }
  };

  const feature: BotFeature = {
    name: 'registration',
    dialogs: [new RegistrationDialog()],
    handoffs: { registration: (turn) => form.start(turn) },
    submits: {
      ...form.submits,
      'registration.mine': (turn, value) => lists.mine(turn, value),
      'registration.register': async (turn, value) => void (await lists.register(turn, value)),
    },
    cardActions: itCardActions(service, deps.logger, deps.rules),
    onText,
    // IT members listed when the bot joins their team: their Teams ids go on the IT card's refresh list.
    onConversationUpdate: async (context) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.aadObjectId) await service.noteActor({ id: member.aadObjectId, name: member.name ?? '', teamsId: member.id });
      }
    },
  };
  return { feature, service, registerSource: registerSource(repository) };
}
