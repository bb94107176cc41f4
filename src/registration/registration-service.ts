/**
 * The registration use cases, as the feature's story (the form before it is sent: registration-drafts.ts):
 *   submit(draft)    → the form, sent once: validate everything again, store the record (or the requester's
 *                      correction), put the IT card (or its update) in the outbox; an old or double-clicked
 *                      "Send" card is told what its draft became.
 *   act(ref, event)  → an IT member acknowledges or asks for more information: only IT members, only from the
 *                      state the card showed (a stale or replayed click changes nothing), then the IT card is
 *                      updated for everyone and the requester is told — both through the outbox.
 *   useChannel(...)  → an IT member picks the channel for IT notifications; waiting notifications go out.
 * Rendering (cards, language) is a port given by the bot edge; this file knows no Teams.
 */
import type { Outbox } from '../outbox/outbox';
import { DeliveryError } from '../outbox/outbox-worker';
import type { ChannelAddress, ConversationAddress, DeliveryResult, OutboundActivity, OutboxItem } from '../outbox/outbox-item';
import { validateDetails, type FieldProblem } from './registration-form';
import { applyEvent, type HistoryEntry, type Person, type RegistrationRecord } from './registration-record';
import type { RegistrationDraft } from './registration-drafts';
import type { RegistrationRepository, StoredItChannel } from './registration-repository';
import type { TeamsUserIds } from '../workflow/teams-user-ids';

export const REGISTRATION_TOPIC = 'registration';
export const IT_CHANNEL = 'it';
const RECORD_GRACE_MS = 60_000;

export interface RegistrationRenderer {
  /** The card in the IT channel for the record as it is now; `itViewers` (Teams ids) refresh it to IT's view. */
  itCard(record: RegistrationRecord, itViewers: readonly string[]): OutboundActivity;
  /** The personal message to the requester after IT acted (`entry`). */
  outcome(record: RegistrationRecord, entry: HistoryEntry): OutboundActivity;
}

export interface RegistrationServiceDeps {
  repository: RegistrationRepository;
  outbox: Outbox;
  /** Ask the outbox worker to send the item `id` now (or, without an id, every due item). */
  kick: (id?: string) => void;
  renderer: RegistrationRenderer;
  now: () => Date;
  /** Lower-case Entra object ids of the IT team. */
  itMembers: readonly string[];
  /** The IT channel from .env, if any (its service URL may be learned from incoming turns). */
  configuredChannel?: { channelId: string; serviceUrl?: string; tenantId?: string };
  /** Teams ids of people, learned from their turns: the IT card's refresh list. */
  teamsIds?: TeamsUserIds;
}

export type SendResult =
  /** `alreadySent`: this draft was sent before (a double click, a retried turn): nothing new was created. */
  | { ok: true; record: RegistrationRecord; itReachable: boolean; corrected: boolean; alreadySent: boolean }
  | { ok: false; problems: FieldProblem[] }
  | { ok: false; notAllowed: true };

export type SubmitResult =
  | { kind: 'sent'; record: RegistrationRecord; itReachable: boolean }
  | { kind: 'corrected'; record: RegistrationRecord }
  | { kind: 'already-sent'; ref: string }
  | { kind: 'incomplete'; draft: RegistrationDraft }
  | { kind: 'cannot-correct' }
  | { kind: 'no-draft' };

export type ActResult =
  | { outcome: 'changed'; record: RegistrationRecord }
  | { outcome: 'unchanged'; record: RegistrationRecord }
  | { outcome: 'forbidden' }
  | { outcome: 'not-found' };

export class RegistrationService {
  private learnedServiceUrl?: string;

  constructor(private readonly deps: RegistrationServiceDeps) {}

  isItMember(aadObjectId: string | undefined): boolean {
    return !!aadObjectId && this.deps.itMembers.includes(aadObjectId.toLowerCase());
  }

  /** Learns the Teams id of an IT member who wrote or clicked (for the IT card's view per role). */
  async noteActor(person: Person): Promise<void> {
    if (person.teamsId && this.isItMember(person.id)) await this.deps.teamsIds?.remember(person.id, person.teamsId);
  }

  /** The Teams ids of the IT members seen so far: the users whose view of the IT card has IT's buttons. */
  itViewers(): Promise<string[]> {
    return this.deps.teamsIds?.of(this.deps.itMembers) ?? Promise.resolve([]);
  }

  /** A registration by reference (the IT card's refresh asks). */
  find(ref: string): Promise<RegistrationRecord | undefined> {
    return this.deps.repository.get(ref);
  }

  /** Remembers the service URL of incoming turns, for an IT channel configured in .env without one. */
  noteServiceUrl(serviceUrl: string | undefined): void {
    if (!serviceUrl || serviceUrl === this.learnedServiceUrl) return;
    const first = this.learnedServiceUrl === undefined;
    this.learnedServiceUrl = serviceUrl;
    if (first && this.deps.configuredChannel && !this.deps.configuredChannel.serviceUrl) this.deps.kick(); // waiting items can go now
  }

  /** Where IT notifications go: the channel chosen in Teams, else the one in .env; undefined if not reachable. */
  async itChannel(): Promise<ChannelAddress | undefined> {
    const stored = await this.deps.repository.itChannel();
    if (stored) return { channelId: stored.channelId, serviceUrl: stored.serviceUrl, tenantId: stored.tenantId };
    const configured = this.deps.configuredChannel;
    const serviceUrl = configured?.serviceUrl ?? this.learnedServiceUrl;
    return configured && serviceUrl ? { channelId: configured.channelId, serviceUrl, tenantId: configured.tenantId } : undefined;
  }

  /** Sends the form in progress (if any); `cardDraftId` is the draft the clicked "Send" card was made for. */
  async submit(draft: RegistrationDraft | undefined, requester: Person, address: ConversationAddress, lang: 'nb' | 'en', cardDraftId?: string): Promise<SubmitResult> {
    const sentAs = cardDraftId && cardDraftId !== draft?.id ? await this.deps.repository.submission(cardDraftId) : undefined;
    if (sentAs) return { kind: 'already-sent', ref: sentAs };
    if (!draft) return { kind: 'no-draft' };
    const result = await this.send(draft, requester, address, lang);
    if (!result.ok) return 'problems' in result ? { kind: 'incomplete', draft } : { kind: 'cannot-correct' };
    if (result.alreadySent) return { kind: 'already-sent', ref: result.record.ref };
    return result.corrected ? { kind: 'corrected', record: result.record } : { kind: 'sent', record: result.record, itReachable: result.itReachable };
  }

  /** The reference a draft was sent as, if it was (an old form card asks). */
  sentAs(draftId: string): Promise<string | undefined> {
    return this.deps.repository.submission(draftId);
  }

  /** The registration `ref` if `person` may correct it now (IT asked them for more information). */
  async correctable(ref: string, person: Person): Promise<RegistrationRecord | undefined> {
    const record = await this.deps.repository.get(ref);
    return record?.requester.id === person.id && record.state === 'needs-info' ? record : undefined;
  }

  /** Sends `draft` (validated again), at most one record per draft id. */
  async send(draft: RegistrationDraft, requester: Person, address: ConversationAddress, lang: 'nb' | 'en'): Promise<SendResult> {
    const details = validateDetails({ profile: draft.profile, people: draft.people, checklist: draft.checklist });
    if (!details.ok) return { ok: false, problems: details.problems };
    const now = this.deps.now();
    const { repository, outbox } = this.deps;

    if (draft.editingRef) {
      const result = await repository.update(draft.editingRef, (current) => {
        if (current.requester.id !== requester.id) return undefined;
        const transition = applyEvent(current, 'update', requester, now, undefined, details.value);
        return transition.kind === 'changed' ? transition.next : undefined;
      });
      if (!result?.changed) return { ok: false, notAllowed: true };
      await this.enqueueCardUpdate(result.record);
      this.deps.kick();
      return { ok: true, record: result.record, itReachable: (await this.itChannel()) !== undefined, corrected: true, alreadySent: false };
    }

    // One record per draft: the draft's id is tied to its reference once; every later send of it resumes or finds it.
    const draftId = draft.id;
    const ref = (await repository.submission(draftId)) ?? (await repository.claimSubmission(draftId, await repository.nextReference(now.getFullYear())));
    const itReachable = (await this.itChannel()) !== undefined;
    const existing = await repository.get(ref);
    if (existing) return { ok: true, record: existing, itReachable, corrected: false, alreadySent: true };
    const iso = now.toISOString();
    const record: RegistrationRecord = {
      ref,
      details: details.value,
      requester,
      requesterAddress: address,
      lang,
      state: 'submitted',
      createdAt: iso,
      updatedAt: iso,
      history: [{ at: iso, by: requester, event: 'submit', from: null, to: 'submitted' }],
    };
    // The notification is in the outbox before the record exists, so a crash in between cannot lose it; the
    // card itself is rendered when it is sent, so it always shows the record as it is then.
    const postId = `registration-${ref}-post`;
    await outbox.enqueue({ id: postId, destination: { kind: 'channel-thread', channel: IT_CHANNEL }, activity: {}, topic: REGISTRATION_TOPIC, subject: ref });
    const created = await repository.create(record);
    this.deps.kick(postId);
    return { ok: true, record: created ? record : ((await repository.get(ref)) ?? record), itReachable, corrected: false, alreadySent: !created };
  }

  /**
   * An IT member acts on the card. `seenVersion` is the number of history entries the card showed: a card that
   * is behind (someone else acted) or a replayed click changes nothing and gets the current state back.
   * `cardAt` is where the clicked card is (from the invoke), used if the post's delivery is not recorded yet.
   */
  async act(ref: string, event: 'acknowledge' | 'request-info', actor: Person, seenVersion: number, comment?: string, cardAt?: RegistrationRecord['itCard']): Promise<ActResult> {
    if (!this.isItMember(actor.id)) return { outcome: 'forbidden' };
    const now = this.deps.now();
    const result = await this.deps.repository.update(ref, (current) => {
      if (current.history.length !== seenVersion) return undefined;
      const transition = applyEvent(current, event, actor, now, comment);
      if (transition.kind === 'refused') return undefined;
      // The click came from the card itself: if its delivery was not recorded yet, this is where it is.
      return current.itCard || !cardAt ? transition.next : { ...transition.next, itCard: cardAt };
    });
    if (!result) return { outcome: 'not-found' };
    if (!result.changed) return { outcome: 'unchanged', record: result.record };
    const record = result.record;
    const entry = record.history.at(-1);
    await this.enqueueCardUpdate(record);
    if (entry) {
      await this.deps.outbox.enqueue({
        id: `registration-${ref}-outcome-v${record.history.length}`,
        destination: { kind: 'conversation', address: record.requesterAddress },
        activity: this.deps.renderer.outcome(record, entry),
        topic: REGISTRATION_TOPIC,
        subject: ref,
      });
    }
    this.deps.kick();
    return { outcome: 'changed', record };
  }

  /** «mine registreringer»: the person's own registrations. */
  ofRequester(person: Person): Promise<RegistrationRecord[]> {
    return this.deps.repository.ofRequester(person.id);
  }

  /** «oversikt»: every registration, for an IT member or in the IT channel; undefined for anyone else. */
  async register(person: Person, inChannel: string | undefined): Promise<RegistrationRecord[] | undefined> {
    const inItChannel = inChannel !== undefined && (await this.itChannel())?.channelId === inChannel;
    return inItChannel || this.isItMember(person.id) ? this.deps.repository.all() : undefined;
  }

  /** "bruk denne kanalen for IT-varsler": only an IT member may choose the channel. */
  async useChannel(channel: StoredItChannel, actorAadObjectId: string | undefined): Promise<boolean> {
    if (!this.isItMember(actorAadObjectId)) return false;
    await this.deps.repository.saveItChannel(channel);
    this.deps.kick();
    return true;
  }

  /** Outbox hook: the IT card is rendered from the current record when sent; other items as enqueued. */
  async render(item: OutboxItem): Promise<OutboundActivity | undefined> {
    if (item.destination.kind === 'conversation') return item.activity;
    const record = await this.deps.repository.get(item.subject);
    if (record) return this.deps.renderer.itCard(record, await this.itViewers());
    // Enqueued just before its record is written: wait for it; a record that never came (crash) closes the item.
    if (this.deps.now().getTime() - Date.parse(item.createdAt) < RECORD_GRACE_MS) throw new DeliveryError(true, 'record-not-written-yet');
    return undefined;
  }

  /** Outbox hook: remember where the IT card is, to update it later. */
  async delivered(item: OutboxItem, result: DeliveryResult): Promise<void> {
    if (item.destination.kind !== 'channel-thread' || !result.activityId) return;
    const channel = await this.itChannel();
    const itCard = { conversationId: result.conversationId, activityId: result.activityId, serviceUrl: channel?.serviceUrl ?? '', tenantId: channel?.tenantId };
    await this.deps.repository.update(item.subject, (current) => ({ ...current, itCard }));
  }

  private async enqueueCardUpdate(record: RegistrationRecord): Promise<void> {
    if (!record.itCard) return; // not posted yet: the pending post renders the current state
    const { conversationId, activityId, serviceUrl, tenantId } = record.itCard;
    await this.deps.outbox.enqueue({
      id: `registration-${record.ref}-card-v${record.history.length}`,
      destination: { kind: 'update', address: { serviceUrl, conversationId, tenantId, channelId: 'msteams' }, activityId },
      activity: {},
      topic: REGISTRATION_TOPIC,
      subject: record.ref,
    });
  }
}
