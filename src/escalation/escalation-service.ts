/**
 * The escalation use cases (R5.2.9), as the feature's story; no Teams in here:
 *   submit(input)   → only to a leader the directory allows; one case per draft (its id is the idempotency key,
 *                     so a double click, a retried turn or a restart after a crash never opens a second case);
 *                     the leader's card goes through the durable outbox.
 *   decide(...)     → the designated leader decides (or the requester withdraws) at most once; the other party's
 *                     card is updated and the requester told — through the outbox.
 *   remind(now)     → due reminders, each enqueued under a fixed id and claimed in the case: sent once.
 *   render / delivered / failed → the outbox hooks: cards are rendered from the case as it is when sent, the
 *                     leader card's place is recorded, an unreachable leader is recorded and the requester told.
 * Who may act is read from the stored case and the directory, never from card data.
 */
import { createHash } from 'node:crypto';
import type { LeaderDirectory } from '../directory/leader-directory';
import type { Outbox } from '../outbox/outbox';
import { DeliveryError } from '../outbox/outbox-worker';
import type { DeliveryResult, Destination, OutboundActivity, OutboxItem } from '../outbox/outbox-item';
import type { CaseAction } from './case-machine';
import type { CaseRepository } from './case-repository';
import { decideCase, type DecideResult } from './decide-case';
import type { EscalationCase, PersonRef, PostedCard } from './escalation-case';
import { allowedLeader, leaderChoices } from './leader-choice';
import { openCase, recordDelivery, type OpenCaseInput } from './raise-case';
import { runDueReminders, SYSTEM_ACTOR, type ReminderKind } from './reminders';
import type { DirectoryPerson } from '../directory/leader-directory';

export const ESCALATION_TOPIC = 'escalation';
const CASE_GRACE_MS = 60_000;

/** The messages of the workflow, rendered by the bot edge (cards, language). */
export interface EscalationRenderer {
  card(escalation: EscalationCase, viewer: 'leader' | 'requester'): OutboundActivity;
  decision(escalation: EscalationCase): OutboundActivity;
  leaderReminder(escalation: EscalationCase): OutboundActivity;
  requesterOverdue(escalation: EscalationCase, others: DirectoryPerson[]): OutboundActivity;
  leaderUnreachable(escalation: EscalationCase): OutboundActivity;
}

export interface EscalationServiceDeps {
  cases: CaseRepository;
  outbox: Outbox;
  /** Ask the outbox worker to send this item now. */
  kick: (itemId: string) => void;
  directory: LeaderDirectory;
  renderer: EscalationRenderer;
  now: () => Date;
}

/** What a submit carries: the case as the requester wrote it, the leader they chose, and the draft's id. */
export type SubmitCaseInput = Omit<OpenCaseInput, 'id' | 'leader'> & {
  /** The draft's id: the idempotency key and the case id (see `resendId` for a case sent to another leader). */
  caseId: string;
  leaderId: string;
  /** An overdue pending case this one replaces (it is withdrawn). */
  replaces?: string;
};

export type SubmitCaseResult =
  | { kind: 'sent'; escalation: EscalationCase }
  | { kind: 'already-sent'; escalation: EscalationCase }
  | { kind: 'leader-not-allowed' }
  | { kind: 'cannot-resend' };

type Notice = 'leader-card' | 'leader-card-update' | 'requester-card-update' | 'decision' | ReminderKind | 'leader-unreachable';
const NOTICE = /^escalation-([0-9a-f-]{36})-([a-z-]+)$/;
const noticeId = (caseId: string, notice: Notice): string => `escalation-${caseId}-${notice}`;
const noticeOf = (item: OutboxItem): Notice | undefined => NOTICE.exec(item.id)?.[2] as Notice | undefined;

/** The case id for re-sending case `caseId` to `leaderId`: the same for every click, so it is created once. */
export function resendId(caseId: string, leaderId: string): string {
  const hex = createHash('sha256').update(`${caseId}|${leaderId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const cardAt = (posted: PostedCard, escalation: EscalationCase): Destination => ({
  kind: 'update',
  address: { serviceUrl: posted.serviceUrl ?? escalation.serviceUrl, conversationId: posted.conversationId, tenantId: escalation.tenantId, channelId: 'msteams' },
  activityId: posted.activityId,
});

export class EscalationService {
  constructor(private readonly deps: EscalationServiceDeps) {}

  async submit(input: SubmitCaseInput): Promise<SubmitCaseResult> {
    const { cases, directory } = this.deps;
    const leader = await allowedLeader(directory, input.requester.id, input.leaderId);
    if (!leader) return { kind: 'leader-not-allowed' };
    const existing = await cases.get(input.caseId);
    if (existing) return existing.escalation.requester.id === input.requester.id ? { kind: 'already-sent', escalation: existing.escalation } : { kind: 'cannot-resend' };
    if (input.replaces) {
      const old = await cases.get(input.replaces);
      const replaceable = old?.escalation.requester.id === input.requester.id && old.escalation.status === 'pending' && old.escalation.leader.id !== leader.id;
      if (!replaceable) return { kind: 'cannot-resend' };
    }
    const { leaderId: _leaderId, replaces: _replaces, caseId, ...fields } = input;
    const escalation = openCase({ ...fields, id: caseId, leader: { id: leader.id, name: leader.displayName } }, this.deps.now());
    // The leader's card is in the outbox before the case exists (rendered from the case when sent), so a crash
    // in between loses nothing; the same id makes a second Send a no-op.
    const card = await this.enqueue(escalation, 'leader-card', { kind: 'person', aadObjectId: leader.id, serviceUrl: input.serviceUrl, tenantId: input.tenantId });
    if (!(await cases.create(escalation))) {
      const winner = await cases.get(caseId);
      if (winner) return { kind: 'already-sent', escalation: winner.escalation };
    }
    this.deps.kick(card);
    if (input.replaces) await this.decide(input.replaces, 'withdraw', input.requester);
    return { kind: 'sent', escalation };
  }

  /** An overdue pending case goes to another leader the directory allows; the old one is withdrawn. */
  async resend(caseId: string, leaderId: string, requester: PersonRef): Promise<SubmitCaseResult> {
    const old = (await this.deps.cases.get(caseId))?.escalation;
    if (!old || old.requester.id !== requester.id) return { kind: 'cannot-resend' };
    const { description, link, topic, ruleIds, lang, tenantId, serviceUrl } = old;
    return this.submit({ caseId: resendId(caseId, leaderId), requester, leaderId, description, link, topic, ruleIds, lang, tenantId, serviceUrl, replaces: caseId });
  }

  /** The case, if `viewerId` is its requester or its leader. */
  async caseFor(caseId: string, viewerId: string): Promise<{ escalation: EscalationCase; viewer: 'leader' | 'requester' } | undefined> {
    const escalation = (await this.deps.cases.get(caseId))?.escalation;
    if (!escalation) return undefined;
    const viewer = escalation.leader.id === viewerId ? 'leader' : escalation.requester.id === viewerId ? 'requester' : undefined;
    return viewer ? { escalation, viewer } : undefined;
  }

  /** Every case the person raised or must decide, newest first. */
  casesOf(userId: string): Promise<EscalationCase[]> {
    return this.deps.cases.casesOf(userId);
  }

  /** The nearest leader and the others the requester may pick (the card's choices). */
  choices(requesterId: string, exclude?: string): ReturnType<typeof leaderChoices> {
    return leaderChoices(this.deps.directory, requesterId, exclude);
  }

  async decide(caseId: string, action: CaseAction, actor: PersonRef, comment?: string): Promise<DecideResult> {
    const result = await decideCase(this.deps.cases, caseId, action, actor, this.deps.now(), action === 'withdraw' ? undefined : comment);
    if (result.kind !== 'changed') return result;
    const next = result.next;
    if (action === 'withdraw') {
      if (next.leaderCard) await this.notify(next, 'leader-card-update', cardAt(next.leaderCard, next));
    } else {
      if (next.requesterCard) await this.notify(next, 'requester-card-update', cardAt(next.requesterCard, next));
      await this.notify(next, 'decision', this.toRequester(next), this.deps.renderer.decision(next));
    }
    return result;
  }

  /** The requester's copy of the case card was posted in their chat: remember where, to update it later. */
  async rememberRequesterCard(caseId: string, posted: PostedCard): Promise<void> {
    await this.deps.cases.change(caseId, (current) => ({ ...current, requesterCard: posted }));
  }

  /** One reminder pass at `now`; returns how many reminders were enqueued. */
  async remind(now: Date): Promise<number> {
    return runDueReminders(this.deps.cases, now, async (kind, escalation) => {
      if (kind === 'leader-reminder') await this.notify(escalation, kind, this.toLeader(escalation), this.deps.renderer.leaderReminder(escalation));
      else {
        const { others } = await leaderChoices(this.deps.directory, escalation.requester.id, escalation.leader.id);
        await this.notify(escalation, kind, this.toRequester(escalation), this.deps.renderer.requesterOverdue(escalation, others));
      }
    });
  }

  /** Outbox hook: cards are rendered from the case as it is now; reminders for a decided case are dropped. */
  async render(item: OutboxItem): Promise<OutboundActivity | undefined> {
    const notice = noticeOf(item);
    const escalation = (await this.deps.cases.get(item.subject))?.escalation;
    if (!escalation) {
      // Enqueued just before its case is written: wait for it; a case that never came (crash) closes the item.
      if (notice === 'leader-card' && this.deps.now().getTime() - Date.parse(item.createdAt) < CASE_GRACE_MS) throw new DeliveryError(true, 'case-not-written-yet');
      return undefined;
    }
    switch (notice) {
      case 'leader-card':
      case 'leader-card-update':
        return this.deps.renderer.card(escalation, 'leader');
      case 'requester-card-update':
        return this.deps.renderer.card(escalation, 'requester');
      case 'leader-reminder':
      case 'requester-overdue':
        return escalation.status === 'pending' ? item.activity : undefined;
      default:
        return item.activity;
    }
  }

  /** Outbox hook: the leader's card arrived; remember where, for updates and reminders. */
  async delivered(item: OutboxItem, result: DeliveryResult): Promise<void> {
    if (noticeOf(item) !== 'leader-card' || !result.activityId || item.destination.kind !== 'person') return;
    const card = { conversationId: result.conversationId, activityId: result.activityId, serviceUrl: item.destination.serviceUrl };
    await this.deps.cases.change(item.subject, (current) => recordDelivery(current, { kind: 'delivered', card }, SYSTEM_ACTOR, this.deps.now()));
  }

  /** Outbox hook: the leader's card could not be delivered (403/404: the app is not installed for them). */
  async failed(item: OutboxItem, code: string): Promise<void> {
    if (noticeOf(item) !== 'leader-card') return;
    const outcome = code === 'http-403' || code === 'http-404' || code === 'install-refused' ? { kind: 'unreachable' as const } : { kind: 'failed' as const };
    const next = await this.deps.cases.change(item.subject, (current) => recordDelivery(current, outcome, SYSTEM_ACTOR, this.deps.now()));
    if (!next) return;
    if (next.requesterCard) await this.notify(next, 'requester-card-update', cardAt(next.requesterCard, next));
    await this.notify(next, 'leader-unreachable', this.toRequester(next), this.deps.renderer.leaderUnreachable(next));
  }

  private toRequester(escalation: EscalationCase): Destination {
    return { kind: 'person', aadObjectId: escalation.requester.id, serviceUrl: escalation.serviceUrl, tenantId: escalation.tenantId };
  }

  private toLeader(escalation: EscalationCase): Destination {
    const card = escalation.leaderCard;
    return card
      ? { kind: 'conversation', address: { serviceUrl: card.serviceUrl ?? escalation.serviceUrl, conversationId: card.conversationId, tenantId: escalation.tenantId, channelId: 'msteams' } }
      : { kind: 'person', aadObjectId: escalation.leader.id, serviceUrl: escalation.serviceUrl, tenantId: escalation.tenantId };
  }

  /** Enqueues one notice of the case under its fixed id (enqueueing twice sends once) and sends it at once. */
  private async notify(escalation: EscalationCase, notice: Notice, destination: Destination, activity: OutboundActivity = {}): Promise<void> {
    this.deps.kick(await this.enqueue(escalation, notice, destination, activity));
  }

  private async enqueue(escalation: EscalationCase, notice: Notice, destination: Destination, activity: OutboundActivity = {}): Promise<string> {
    const id = noticeId(escalation.id, notice);
    await this.deps.outbox.enqueue({ id, destination, activity, topic: ESCALATION_TOPIC, subject: escalation.id });
    return id;
  }
}
