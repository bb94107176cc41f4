/**
 * How the registration workflow's proactive messages look: the IT channel card (rendered from the record as
 * it is when sent) and the outcome card to the requester — as Bot Framework activities for the outbox. The IT
 * card goes out in its status view, which Teams refreshes to IT's view for IT members; where the client cannot
 * refresh (the local Agents Playground) `itButtonsForAll` posts IT's view for everyone, guarded by the 403.
 */
import { outcomeCard, type RuleBook } from '../../cards/registration-cards';
import { itCard } from '../../cards/registration-it-card';
import type { RegistrationRenderer } from '../../src/registration/registration-service';
import { cardActivity } from '../proactive/card-activity';

export function registrationRenderer(rules: RuleBook, options: { itButtonsForAll: boolean } = { itButtonsForAll: false }): RegistrationRenderer {
  return {
    itCard: (record, itViewers) => cardActivity(itCard(record, rules, { view: options.itButtonsForAll ? 'it' : 'status', itViewers })),
    outcome: (record, entry) => cardActivity(outcomeCard(record, entry)),
  };
}
