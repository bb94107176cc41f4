/**
 * The Action.Execute verbs of the case card, one thin handler each: the leader approves, rejects or answers
 * with a comment; the requester withdraws; either refreshes (Teams calls `escalation.refresh` for the users in
 * the card's `refresh.userIds`, so each sees the current state in their own view). Who may act is decided by
 * the use case from the stored case: anyone else gets 403 and nothing changes; a stale or replayed action
 * gets the current card. The other party hears of a change through the outbox.
 */
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { caseCard, type CaseViewer } from '../../cards/escalation-cards';
import { roleOf, type CaseAction } from '../../src/escalation/case-machine';
import type { EscalationCase } from '../../src/escalation/escalation-case';
import { escalationText } from '../../src/i18n/escalation-text';
import type { Lang } from '../../src/i18n/language';
import { containsPersonalId } from '../../src/privacy/personal-id-guard';
import type { CardActionHandler } from '../feature';
import { cardResponse, errorResponse } from '../invoke/invoke-responses';
import type { EscalationDeps } from './escalation-deps';
import { actorOf } from './escalation-flow';

const actionData = z.object({ caseId: z.string().uuid(), comment: z.string().max(1000).optional() });

const viewerOf = (escalation: EscalationCase, userId: string): CaseViewer => roleOf(escalation, userId) ?? 'other';

export function caseActions(deps: EscalationDeps): Record<string, CardActionHandler> {
  const t = escalationText;

  const act =
    (action: CaseAction): CardActionHandler =>
    async (context: TurnContext, data: unknown, lang: Lang): Promise<AdaptiveCardInvokeResponse> => {
      const parsed = actionData.safeParse(data);
      const actor = actorOf(context);
      if (!parsed.success || !actor) return errorResponse(400, 'BadRequest', t(lang).caseNotFound);
      if (parsed.data.comment && containsPersonalId(parsed.data.comment)) return errorResponse(400, 'PersonalData', t(lang).commentPersonalId);
      const result = await deps.service.decide(parsed.data.caseId, action, actor, parsed.data.comment);
      switch (result.kind) {
        case 'not-found':
          return errorResponse(404, 'NotFound', t(lang).caseNotFound);
        case 'forbidden':
          deps.logger.warn({ caseId: parsed.data.caseId, action }, 'case action refused: not the designated person');
          return errorResponse(403, 'Forbidden', action === 'withdraw' ? t(lang).onlyRequester : t(lang).onlyLeader);
        case 'final':
          return cardResponse(caseCard(result.current, viewerOf(result.current, actor.id), lang, deps.guidelines));
        case 'changed':
          deps.logger.info({ caseId: result.next.id, status: result.next.status }, 'escalation case decided');
          return cardResponse(caseCard(result.next, viewerOf(result.next, actor.id), lang, deps.guidelines));
      }
    };

  const refresh: CardActionHandler = async (context, data, lang) => {
    const parsed = actionData.safeParse(data);
    const actor = actorOf(context);
    if (!parsed.success || !actor) return errorResponse(400, 'BadRequest', t(lang).caseNotFound);
    const found = await deps.service.caseFor(parsed.data.caseId, actor.id);
    if (!found) return errorResponse(403, 'Forbidden', t(lang).notYours);
    return cardResponse(caseCard(found.escalation, found.viewer, lang, deps.guidelines));
  };

  return {
    'escalation.approve': act('approve'),
    'escalation.reject': act('reject'),
    'escalation.answer': act('answer'),
    'escalation.withdraw': act('withdraw'),
    'escalation.refresh': refresh,
  };
}
