/**
 * How the registration workflow's proactive messages look: the IT channel card (rendered from the record as
 * it is when sent) and the outcome card to the requester — as Bot Framework activities for the outbox.
 */
import { itCard, outcomeCard, type RuleBook } from '../../cards/registration-cards';
import type { RegistrationRenderer } from '../../src/registration/registration-service';
import { cardActivity } from '../proactive/card-activity';

export function registrationRenderer(rules: RuleBook): RegistrationRenderer {
  return {
    itCard: (record) => cardActivity(itCard(record, rules)),
    outcome: (record, entry) => cardActivity(outcomeCard(record, entry)),
  };
}
