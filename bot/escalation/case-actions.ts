/**
 * The Action.Execute verbs of the case card: the leader approves, rejects or answers with a comment; the
 * requester withdraws; either refreshes (Teams calls `escalation.refresh` for the users in the card's
 * `refresh.userIds`, so each sees the current state in their own view). Anyone else gets 403 and nothing
 * changes; a stale or replayed action gets the current card. After a change the other party's copy is
 * updated in place and the requester is told the decision with the comment.
 */
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { caseCard, type CaseViewer } from '../../cards/escalation-cards';
import type { CaseAction } from '../../src/escalation/case-machine';
import { roleOf } from '../../src/escalation/case-machine';
import { decideCase } from '../../src/escalation/decide-case';
import type { EscalationCase } from '../../src/escalation/escalation-case';
import { escalationText } from '../../src/i18n/escalation-text';
import type { Lang } from '../../src/i18n/language';
import { containsPersonalId } from '../../src/privacy/personal-id-guard';
import type { CardActionHandler } from '../feature';
import { cardResponse, errorResponse } from '../invoke/invoke-responses';
import type { EscalationDeps } from './escalation-deps';
import { actorOf } from './escalation-flow';

const actionData = z.object({ caseId: z.string().uuid(), comment: z.string().max(1000).optional() });

function viewerOf(escalation: EscalationCase, userId: string): CaseViewer {
  return roleOf(escalation, userId) ?? 'other';
}

export function caseActions(deps: EscalationDeps): Record<string, CardActionHandler> {
  const t = escalationText;

  const afterChange = async (next: EscalationCase, action: CaseAction): Promise<void> => {
    const address = { serviceUrl: next.serviceUrl, tenantId: next.tenantId };
    try {
      if (action === 'withdraw') {
        const leaderAddress = { ...address, serviceUrl: next.leaderCard?.serviceUrl ?? next.serviceUrl };
        if (next.leaderCard) await deps.messenger.update(next.leaderCard, leaderAddress, caseCard(next, 'leader', 'nb'));
        return;
      }
      if (next.requesterCard) {
        await deps.messenger.update(next.requesterCard, address, caseCard(next, 'requester', next.lang));
        const text = t(next.lang);
        const message = [text.decisionMessage(next.leader.name, text.status[next.status]), next.comment ? text.withComment(next.comment) : ''].filter(Boolean).join('\n\n');
        await deps.messenger.send(next.requesterCard.conversationId, address, { text: message });
      }
    } catch (error) {
      // The decision is stored; the requester still sees it on refresh and in «mine saker».
      deps.logger.error({ err: error, caseId: next.id }, 'could not tell the other party about a decision');
    }
  };

  const act =
    (action: CaseAction): CardActionHandler =>
    async (context: TurnContext, data: unknown, lang: Lang): Promise<AdaptiveCardInvokeResponse> => {
      const parsed = actionData.safeParse(data);
      const actor = actorOf(context);
      if (!parsed.success || !actor) return errorResponse(400, 'BadRequest', t(lang).caseNotFound);
      if (parsed.data.comment && containsPersonalId(parsed.data.comment)) return errorResponse(400, 'PersonalData', t(lang).commentPersonalId);
      const result = await decideCase(deps.cases, parsed.data.caseId, action, actor, deps.now(), action === 'withdraw' ? undefined : parsed.data.comment);
      switch (result.kind) {
        case 'not-found':
          return errorResponse(404, 'NotFound', t(lang).caseNotFound);
        case 'forbidden':
          deps.logger.warn({ caseId: parsed.data.caseId, action }, 'case action refused: not the designated person');
          return errorResponse(403, 'Forbidden', action === 'withdraw' ? t(lang).onlyRequester : t(lang).onlyLeader);
        case 'final':
          return cardResponse(caseCard(result.current, viewerOf(result.current, actor.id), lang));
        case 'changed':
          deps.logger.info({ caseId: result.next.id, status: result.next.status }, 'escalation case decided');
          await afterChange(result.next, action);
          return cardResponse(caseCard(result.next, viewerOf(result.next, actor.id), lang));
      }
    };

  const refresh: CardActionHandler = async (context, data, lang) => {
    const parsed = actionData.safeParse(data);
    const actor = actorOf(context);
    if (!parsed.success || !actor) return errorResponse(400, 'BadRequest', t(lang).caseNotFound);
    const stored = await deps.cases.get(parsed.data.caseId);
    if (!stored) return errorResponse(404, 'NotFound', t(lang).caseNotFound);
    const viewer = viewerOf(stored.escalation, actor.id);
    if (viewer === 'other') return errorResponse(403, 'Forbidden', t(lang).notYours);
    return cardResponse(caseCard(stored.escalation, viewer, lang));
  };

  return {
    'escalation.approve': act('approve'),
    'escalation.reject': act('reject'),
    'escalation.answer': act('answer'),
    'escalation.withdraw': act('withdraw'),
    'escalation.refresh': refresh,
  };
}
