/**
 * The employee's side of the workflow: start (from an answer card, a command or free text), describe the
 * case, confirm or pick the leader, send it; list one's cases. Each step validates card data with zod.
 */
import { randomUUID } from 'node:crypto';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { caseCard, caseListCard, leaderChoiceCard } from '../../cards/escalation-cards';
import type { EscalationCase, PersonRef } from '../../src/escalation/escalation-case';
import { checkDraft, openCase, recordDelivery, type DeliveryOutcome } from '../../src/escalation/raise-case';
import { SYSTEM_ACTOR } from '../../src/escalation/reminders';
import { decideCase } from '../../src/escalation/decide-case';
import { rulesUnder } from '../../src/guidelines/rules-under';
import { escalationText } from '../../src/i18n/escalation-text';
import type { Lang } from '../../src/i18n/language';
import type { FeatureTurn } from '../feature';
import { sendCard } from '../send-card';
import { tenantOf } from '../adapter/tenant-guard';
import { EscalationDialog } from './escalation-dialog';
import type { EscalationDeps } from './escalation-deps';
import { isUnreachable, UnreachableError } from './send-proactive';

const describeSubmit = z.object({ description: z.string().max(5000).default(''), link: z.string().max(2000).optional() });
const sendSubmit = z.object({
  leaderId: z.string().max(100).optional(),
  pick: z.boolean().optional(),
  pickedLeaderId: z.string().max(100).optional(),
  caseId: z.string().max(100).optional(),
});
const showSubmit = z.object({ caseId: z.string().uuid() });

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

  /** Starts a new draft about the tree node the user was looking at (its title and rule ids go with it). */
  async start(turn: FeatureTurn, nodeId: string | undefined): Promise<void> {
    const node = nodeId ? this.deps.pack.nodes.get(nodeId) : undefined;
    const topic = node ? { nodeId: node.id, title: node.kind === 'answer' ? node.title[turn.lang] : node.text[turn.lang] } : undefined;
    const ruleIds = node ? (node.kind === 'answer' ? node.rules : rulesUnder(this.deps.pack, node.id).map((r) => r.id)) : [];
    await turn.dc.cancelAllDialogs();
    await turn.dc.beginDialog(EscalationDialog.id, { topic, ruleIds: [...new Set([...ruleIds, 'R5.2.9'])] });
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
    EscalationDialog.save(turn.dc, { ...draft, stage: 'choose', description: checked.description, link: checked.link });
    const me = actorOf(turn.dc.context);
    await this.showLeaderChoice(turn.dc.context, turn.lang, me?.id ?? '', '');
  }

  async showLeaderChoice(context: TurnContext, lang: Lang, userId: string, caseId: string, message?: string, exclude?: string): Promise<void> {
    const t = escalationText(lang);
    const lookup = await this.deps.directory.managerOf(userId);
    const alternatives = (await this.deps.directory.alternatives(userId)).filter((p) => p.id !== userId && p.id !== exclude);
    const found = lookup.kind === 'found' && lookup.manager.id !== exclude ? lookup.manager : undefined;
    const text = message ?? (found ? t.leaderFound(found.displayName) : lookup.kind === 'unavailable' ? t.leaderLookupFailed : t.leaderNone);
    if (!found && alternatives.length === 0) {
      await context.sendActivity(message ? `${message} ${t.noLeaders}` : t.noLeaders);
      return;
    }
    await sendCard(context, leaderChoiceCard(lang, found, text, alternatives, caseId));
  }

  /** "Send to …": opens the case, delivers the leader's card, and gives the requester their copy. */
  async send(turn: FeatureTurn, value: unknown): Promise<void> {
    const t = escalationText(turn.lang);
    const context = turn.dc.context;
    const parsed = sendSubmit.safeParse(value);
    const me = actorOf(context);
    await rememberChat(this.deps, context);
    const leaderId = parsed.success ? (parsed.data.pick ? parsed.data.pickedLeaderId : parsed.data.leaderId) : undefined;
    const leader = leaderId ? await this.deps.directory.person(leaderId) : undefined;
    if (!me || !parsed.success) {
      await context.sendActivity(t.noDraft);
      return;
    }
    if (!leader || leader.id === me.id) {
      await context.sendActivity(t.unknownLeader);
      return;
    }
    const resendOf = parsed.data.caseId ? await this.deps.cases.get(parsed.data.caseId) : undefined;
    const draft = resendOf ? undefined : EscalationDialog.draft(turn.dc);
    const source = resendOf?.escalation.requester.id === me.id ? resendOf.escalation : draft?.stage === 'choose' ? draft : undefined;
    if (!source?.description) {
      await context.sendActivity(t.noDraft);
      return;
    }
    const now = this.deps.now();
    const escalation = openCase(
      {
        id: randomUUID(),
        requester: me,
        leader: { id: leader.id, name: leader.displayName },
        description: source.description,
        link: source.link,
        topic: source.topic,
        ruleIds: source.ruleIds,
        lang: turn.lang,
        tenantId: tenantOf(context),
        serviceUrl: context.activity.serviceUrl,
      },
      now,
    );
    await this.deps.cases.create(escalation);
    if (draft) await turn.dc.endDialog();
    if (resendOf) await decideCase(this.deps.cases, resendOf.escalation.id, 'withdraw', me, now);
    this.deps.logger.info({ caseId: escalation.id }, 'escalation case opened');

    const outcome = await this.deliver(escalation);
    const delivered = recordDelivery(escalation, outcome, SYSTEM_ACTOR, this.deps.now());
    await context.sendActivity(
      outcome.kind === 'delivered' ? t.sent(leader.displayName) : outcome.kind === 'unreachable' ? t.unreachable(leader.displayName) : t.deliveryFailed,
    );
    const copy = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(caseCard(delivered, 'requester', turn.lang))));
    await this.deps.cases.change(escalation.id, (current) => ({
      ...current,
      leaderCard: delivered.leaderCard,
      leaderReachable: delivered.leaderReachable,
      history: [...current.history, ...delivered.history.slice(escalation.history.length)],
      ...(copy?.id ? { requesterCard: { conversationId: context.activity.conversation.id, activityId: copy.id } } : {}),
    }));
  }

  private async deliver(escalation: EscalationCase): Promise<DeliveryOutcome> {
    const message = { card: caseCard(escalation, 'leader', 'nb') };
    try {
      const known = await this.deps.chats.get(escalation.leader.id);
      if (known) {
        try {
          return { kind: 'delivered', card: await this.deps.messenger.send(known.conversationId, known, message) };
        } catch (error) {
          // Uninstalled since: open the chat again below (or learn that the leader cannot be reached).
          if (!isUnreachable(error)) throw error;
        }
      }
      const card = await this.deps.messenger.sendToPerson(escalation.leader.id, { serviceUrl: escalation.serviceUrl, tenantId: escalation.tenantId }, message);
      return { kind: 'delivered', card };
    } catch (error) {
      if (error instanceof UnreachableError) {
        this.deps.logger.warn({ caseId: escalation.id, status: error.status }, 'leader unreachable: bot not installed');
        return { kind: 'unreachable' };
      }
      this.deps.logger.error({ err: error, caseId: escalation.id }, 'could not deliver the case to the leader');
      return { kind: 'failed' };
    }
  }

  async cancel(turn: FeatureTurn): Promise<void> {
    if (EscalationDialog.draft(turn.dc)) await turn.dc.endDialog();
    await turn.dc.context.sendActivity(escalationText(turn.lang).cancelled);
  }

  /** «mine saker»: the cases one raised, and those waiting for one as a leader. */
  async listCases(turn: FeatureTurn): Promise<void> {
    const me = actorOf(turn.dc.context);
    const cases = me ? await this.deps.cases.casesOf(me.id) : [];
    if (!me || cases.length === 0) {
      await turn.dc.context.sendActivity(escalationText(turn.lang).noCases);
      return;
    }
    await sendCard(turn.dc.context, caseListCard(cases, me.id, turn.lang));
  }

  async show(turn: FeatureTurn, value: unknown): Promise<void> {
    const t = escalationText(turn.lang);
    const parsed = showSubmit.safeParse(value);
    const me = actorOf(turn.dc.context);
    const stored = parsed.success ? await this.deps.cases.get(parsed.data.caseId) : undefined;
    if (!stored || !me) {
      await turn.dc.context.sendActivity(t.caseNotFound);
      return;
    }
    const c = stored.escalation;
    const viewer = c.leader.id === me.id ? 'leader' : c.requester.id === me.id ? 'requester' : undefined;
    if (!viewer) {
      await turn.dc.context.sendActivity(t.notYours);
      return;
    }
    await sendCard(turn.dc.context, caseCard(c, viewer, turn.lang));
  }
}
