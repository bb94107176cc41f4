/**
 * The employee's side of the workflow, one handler per step: start (from an answer card, a command or free
 * text), describe the case, confirm or pick the leader, send it; list and show one's cases. Each handler
 * validates card data with zod, calls the use case (src/escalation/escalation-service.ts) and renders a card.
 */
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { closedCard } from '../../cards/closed-card';
import { caseCard, caseListCard, leaderChoiceCard } from '../../cards/escalation-cards';
import type { PersonRef } from '../../src/escalation/escalation-case';
import type { SubmitCaseResult } from '../../src/escalation/escalation-service';
import { checkDraft } from '../../src/escalation/raise-case';
import type { GuidelinePack } from '../../src/guidelines/guideline-pack';
import { rulesUnder } from '../../src/guidelines/rules-under';
import { escalationText } from '../../src/i18n/escalation-text';
import type { Lang } from '../../src/i18n/language';
import type { FeatureTurn } from '../feature';
import { clickedCardId, replaceClickedCard, sendCard } from '../send-card';
import { tenantOf } from '../adapter/tenant-guard';
import { clearAboveWaiting } from '../dialogs/dialog-stack';
import { EscalationDialog } from './escalation-dialog';
import type { EscalationDeps } from './escalation-deps';

const describeSubmit = z.object({ description: z.string().max(5000).default(''), link: z.string().max(2000).optional() });
const sendSubmit = z.object({
  leaderId: z.string().max(100).optional(),
  pick: z.boolean().optional(),
  pickedLeaderId: z.string().max(100).optional(),
  caseId: z.string().max(100).optional(),
});
const showSubmit = z.object({ caseId: z.string().uuid() });
const listSubmit = z.object({ page: z.coerce.number().int().min(0).max(10_000).default(0) });

/** Remembers the person's 1:1 chat with the bot, so that cards for them go there (see personal-chats.ts). */
export async function rememberChat(deps: Pick<EscalationDeps, 'chats'>, context: TurnContext): Promise<void> {
  const aadObjectId = context.activity.from?.aadObjectId;
  if (!aadObjectId || context.activity.conversation?.conversationType !== 'personal' || !context.activity.serviceUrl) return;
  await deps.chats.remember(aadObjectId, { conversationId: context.activity.conversation.id, serviceUrl: context.activity.serviceUrl, tenantId: tenantOf(context) });
}

/** The person who sent the activity, by Entra object id; undefined outside Teams (no aadObjectId). */
export function actorOf(context: TurnContext): PersonRef | undefined {
  const from = context.activity.from;
  return from?.aadObjectId ? { id: from.aadObjectId, name: from.name || from.aadObjectId, teamsId: from.id } : undefined;
}

export class EscalationFlow {
  constructor(private readonly deps: EscalationDeps) {}

  /**
   * Starts a new draft. From an answer card's button (`nodeId`): that answer's title and rules go with it. Started
   * by text or without a topic: none yet — the description decides (`topicFromDescription`), never a stale topic.
   */
  async start(turn: FeatureTurn, nodeId: string | undefined): Promise<void> {
    const about = this.about(this.deps.content(turn.dc.context).pack, nodeId, turn.lang);
    await clearAboveWaiting(turn.dc);
    await turn.dc.beginDialog(EscalationDialog.id, { id: randomUUID(), ...about, topicFromDescription: about.topic === undefined });
  }

  /** A tree node's title and rules (with R5.2.9, the rule that sends doubtful cases to the leader). */
  private about(pack: GuidelinePack, nodeId: string | undefined, lang: Lang): { topic?: { nodeId: string; title: string }; ruleIds: string[] } {
    const node = nodeId ? pack.nodes.get(nodeId) : undefined;
    const topic = node ? { nodeId: node.id, title: node.kind === 'answer' ? node.title[lang] : node.text[lang] } : undefined;
    const ruleIds = node ? (node.kind === 'answer' ? node.rules : rulesUnder(pack, node.id).map((r) => r.id)) : [];
    return { topic, ruleIds: [...new Set([...ruleIds, 'R5.2.9'])] };
  }

  async describeFromCard(turn: FeatureTurn, value: unknown): Promise<void> {
    const parsed = describeSubmit.safeParse(value);
    await this.describe(turn, parsed.success ? parsed.data.description : '', parsed.success ? parsed.data.link : undefined);
  }

  /** The description arrives (typed or from the card): guard, keep, and show the leader to confirm. */
  async describe(turn: FeatureTurn, description: string, link?: string): Promise<void> {
    const t = escalationText(turn.lang);
    const draft = EscalationDialog.draft(turn.dc);
    if (!draft) {
      await turn.dc.context.sendActivity(t.noDraft);
      return;
    }
    const checked = checkDraft(description, link);
    if (checked.kind === 'personal-id') {
      await turn.dc.context.sendActivity(t.personalIdInCase);
      return;
    }
    if (checked.kind === 'empty') {
      await turn.dc.context.sendActivity(t.emptyDescription);
      return;
    }
    // Started without a topic: the answer the matcher is confident the description is about, or none.
    const content = this.deps.content(turn.dc.context);
    const about = draft.topicFromDescription ? this.about(content.pack, this.deps.topicOf(content, checked.description), turn.lang) : draft;
    EscalationDialog.save(turn.dc, { ...draft, topic: about.topic, ruleIds: about.ruleIds, stage: 'choose', description: checked.description, link: checked.link });
    const me = actorOf(turn.dc.context);
    await this.showLeaderChoice(turn.dc.context, turn.lang, me?.id ?? '', '');
  }

  async showLeaderChoice(context: TurnContext, lang: Lang, userId: string, caseId: string, message?: string, exclude?: string): Promise<void> {
    const t = escalationText(lang);
    const { nearest, others, unavailable } = await this.deps.service.choices(userId, exclude);
    const text = message ?? (nearest ? t.leaderFound(nearest.displayName) : unavailable ? t.leaderLookupFailed : t.leaderNone);
    if (!nearest && others.length === 0) {
      await context.sendActivity(message ? `${message} ${t.noLeaders}` : t.noLeaders);
      return;
    }
    // Clicked on the describe card: the leader choice takes its place (one card for the whole draft).
    const card = leaderChoiceCard(lang, nearest, text, others, caseId);
    if (clickedCardId(context)) await replaceClickedCard(context, card);
    else await sendCard(context, card);
  }

  /** "Send to …": the use case opens the case once and queues the leader's card; the requester gets their copy. */
  async send(turn: FeatureTurn, value: unknown): Promise<void> {
    const t = escalationText(turn.lang);
    const context = turn.dc.context;
    const parsed = sendSubmit.safeParse(value);
    const me = actorOf(context);
    await rememberChat(this.deps, context);
    const leaderId = parsed.success ? (parsed.data.pick ? parsed.data.pickedLeaderId : parsed.data.leaderId) : undefined;
    if (!me || !parsed.success) {
      await context.sendActivity(t.noDraft);
      return;
    }
    if (!leaderId || leaderId === me.id) {
      await context.sendActivity(t.unknownLeader);
      return;
    }
    const result = await this.submit(turn, me, leaderId, parsed.data.caseId);
    if (!result) {
      await context.sendActivity(t.noDraft);
      return;
    }
    if (EscalationDialog.draft(turn.dc) && result.kind !== 'leader-not-allowed') await turn.dc.endDialog();
    switch (result.kind) {
      case 'leader-not-allowed':
        this.deps.logger.warn({ caseId: parsed.data.caseId }, 'escalation refused: the chosen person is not a leader of the requester');
        await context.sendActivity(t.unknownLeader);
        return;
      case 'cannot-resend':
        await context.sendActivity(t.cannotResend);
        return;
      case 'already-sent':
        await context.sendActivity(t.alreadySent(result.escalation.leader.name));
        return;
      case 'sent': {
        this.deps.logger.info({ caseId: result.escalation.id }, 'escalation case opened');
        await context.sendActivity(t.sent(result.escalation.leader.name));
        // The choice card becomes the requester's copy of the case (or a new card, for a typed send): updated later.
        const copyId = await replaceClickedCard(context, caseCard(result.escalation, 'requester', turn.lang, this.deps.guidelines));
        if (copyId) await this.deps.service.rememberRequesterCard(result.escalation.id, { conversationId: context.activity.conversation.id, activityId: copyId, serviceUrl: context.activity.serviceUrl });
      }
    }
  }

  /** A new case from the draft in the dialog, or an overdue case re-sent to another leader (card data names it). */
  private async submit(turn: FeatureTurn, me: PersonRef, leaderId: string, resendOf: string | undefined): Promise<SubmitCaseResult | undefined> {
    const { service } = this.deps;
    if (resendOf) return service.resend(resendOf, leaderId, me);
    const draft = EscalationDialog.draft(turn.dc);
    if (draft?.stage !== 'choose' || !draft.description) return undefined;
    const context = turn.dc.context;
    return service.submit({
      caseId: draft.id,
      requester: me,
      leaderId,
      description: draft.description,
      link: draft.link,
      topic: draft.topic,
      ruleIds: draft.ruleIds,
      lang: turn.lang,
      tenantId: tenantOf(context),
      serviceUrl: context.activity.serviceUrl,
    });
  }

  async cancel(turn: FeatureTurn): Promise<void> {
    const t = escalationText(turn.lang);
    if (EscalationDialog.draft(turn.dc)) await turn.dc.endDialog();
    if (clickedCardId(turn.dc.context)) await replaceClickedCard(turn.dc.context, closedCard(t.describeTitle, t.cancelledStatus));
    await turn.dc.context.sendActivity(t.cancelled);
  }

  /** «mine saker»: the cases one raised, and those waiting for one as a leader, a page at a time. */
  async listCases(turn: FeatureTurn, value?: unknown): Promise<void> {
    const me = actorOf(turn.dc.context);
    const cases = me ? await this.deps.service.casesOf(me.id) : [];
    if (!me || cases.length === 0) {
      await turn.dc.context.sendActivity(escalationText(turn.lang).noCases);
      return;
    }
    const page = listSubmit.safeParse(value ?? {});
    await sendCard(turn.dc.context, caseListCard(cases, me.id, turn.lang, page.success ? page.data.page : 0));
  }

  async show(turn: FeatureTurn, value: unknown): Promise<void> {
    const t = escalationText(turn.lang);
    const parsed = showSubmit.safeParse(value);
    const me = actorOf(turn.dc.context);
    if (!parsed.success || !me) {
      await turn.dc.context.sendActivity(t.caseNotFound);
      return;
    }
    const found = await this.deps.service.caseFor(parsed.data.caseId, me.id);
    if (!found) {
      await turn.dc.context.sendActivity(t.caseNotFound);
      return;
    }
    await sendCard(turn.dc.context, caseCard(found.escalation, found.viewer, turn.lang, this.deps.guidelines));
  }
}
