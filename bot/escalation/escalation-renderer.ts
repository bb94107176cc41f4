/**
 * How the escalation workflow's proactive messages look: the case card in each person's view and language
 * (the leader's in Bokmål, the requester's in the language they wrote in), the decision, the reminders and
 * the "leader cannot be reached" notice — as Bot Framework activities for the outbox.
 */
import { caseCard, leaderChoiceCard, type CaseGuidelines } from '../../cards/escalation-cards';
import type { EscalationRenderer } from '../../src/escalation/escalation-service';
import { escalationText } from '../../src/i18n/escalation-text';
import { cardActivity, textActivity } from '../proactive/card-activity';

export function escalationRenderer(guidelines?: CaseGuidelines): EscalationRenderer {
  return {
    card: (escalation, viewer) => cardActivity(caseCard(escalation, viewer, viewer === 'leader' ? 'nb' : escalation.lang, guidelines)),
    decision: (escalation) => {
      const text = escalationText(escalation.lang);
      const lines = [text.decisionMessage(escalation.leader.name, text.status[escalation.status]), escalation.comment ? text.withComment(escalation.comment) : ''];
      return textActivity(lines.filter(Boolean).join('\n\n'));
    },
    leaderReminder: (escalation) => textActivity(escalationText('nb').leaderReminder(escalation.requester.name)),
    requesterOverdue: (escalation, others) => {
      const text = escalationText(escalation.lang);
      const message = text.requesterOverdue(escalation.leader.name);
      return others.length > 0 ? cardActivity(leaderChoiceCard(escalation.lang, undefined, message, others, escalation.id)) : textActivity(message);
    },
    leaderUnreachable: (escalation) => textActivity(escalationText(escalation.lang).unreachable(escalation.leader.name)),
  };
}
