/**
 * The durable outbox: proactive deliveries are written to the storage port BEFORE they are sent, and stay
 * there until the Bot Connector accepted them. Any workflow can use it (registration, escalation, …).
 *
 * API
 *   const outbox = new Outbox(store, now);
 *   await outbox.enqueue({ id, destination, activity, topic, subject });  // idempotent per id
 *   await outbox.get(id);                                                 // the item and its state
 * The OutboxWorker (outbox-worker.ts) sends due items; bot/proactive/ wires it to the CloudAdapter.
 *
 * Storage layout: `outbox/item/<id>` per item, `outbox/pending` = the ids not yet sent (with when they were
 * added). The index entry is written first, so an item is never stored without being findable.
 */
import { z } from 'zod';
import { isStorageConflict, type KeyValueStore, type StoreItem } from '../storage/key-value-store';
import { updateItem } from '../storage/optimistic-update';
import { outboxItemSchema, type DeliveryResult, type Destination, type OutboundActivity, type OutboxItem } from './outbox-item';

export interface EnqueueInput {
  /** Deterministic id chosen by the caller (e.g. "registration-SOME-2026-0007-submitted"): enqueueing twice sends once. */
  id: string;
  destination: Destination;
  activity: OutboundActivity;
  topic: string;
  subject: string;
}

const pendingIndexSchema = z.object({ entries: z.array(z.object({ id: z.string(), addedAt: z.string() })) });
type PendingIndex = z.infer<typeof pendingIndexSchema>;

const INDEX_KEY = 'outbox/pending';
/** An index entry whose item is still missing after this long is dropped (its enqueue never finished). */
const ORPHAN_AFTER_MS = 60_000;

export const outboxItemKey = (id: string): string => `outbox/item/${id}`;

/** Stored items are validated on every read; one that does not parse is treated as absent (and logged by no one: it cannot be sent). */
function asItem(stored: StoreItem | undefined): OutboxItem | undefined {
  if (!stored) return undefined;
  const { eTag: _eTag, ...fields } = stored;
  const parsed = outboxItemSchema.safeParse(fields);
  return parsed.success ? parsed.data : undefined;
}

function asIndex(stored: StoreItem | undefined): PendingIndex {
  const parsed = pendingIndexSchema.safeParse(stored);
  return parsed.success ? parsed.data : { entries: [] };
}

export class Outbox {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async enqueue(input: EnqueueInput): Promise<OutboxItem> {
    const existing = await this.get(input.id);
    if (existing) return existing;
    const at = this.now().toISOString();
    await updateItem(this.store, INDEX_KEY, (current) => {
      const index = asIndex(current);
      if (index.entries.some((e) => e.id === input.id)) return undefined;
      return { entries: [...index.entries, { id: input.id, addedAt: at }] };
    });
    const item: OutboxItem = { ...input, state: 'pending', attempts: 0, createdAt: at, nextAttemptAt: at };
    // Created at most once: a second enqueue of the same id (a double click, a retried turn) never resets a sent item.
    if (await this.store.insertIfAbsent(outboxItemKey(input.id), { ...item })) return item;
    return (await this.get(input.id)) ?? item;
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    return asItem((await this.store.read([outboxItemKey(id)]))[outboxItemKey(id)]);
  }

  /** Pending items in the order they were enqueued. */
  async pending(): Promise<OutboxItem[]> {
    const index = asIndex((await this.store.read([INDEX_KEY]))[INDEX_KEY]);
    if (index.entries.length === 0) return [];
    const stored = await this.store.read(index.entries.map((e) => outboxItemKey(e.id)));
    const items: OutboxItem[] = [];
    const orphans: string[] = [];
    const now = this.now().getTime();
    for (const entry of index.entries) {
      const item = asItem(stored[outboxItemKey(entry.id)]);
      if (item?.state === 'pending') items.push(item);
      else if (item || now - Date.parse(entry.addedAt) > ORPHAN_AFTER_MS) orphans.push(entry.id);
    }
    if (orphans.length > 0) await this.unindex(orphans);
    return items;
  }

  /** Takes the item for `leaseMs` if it is still pending and nobody else holds it; undefined otherwise. */
  async claim(id: string, leaseMs: number): Promise<OutboxItem | undefined> {
    const now = this.now();
    try {
      return await updateItem<OutboxItem & StoreItem>(
        this.store,
        outboxItemKey(id),
        (current) => {
          const item = asItem(current);
          if (!item || item.state !== 'pending') return undefined;
          if (item.leaseUntil && Date.parse(item.leaseUntil) > now.getTime()) return undefined;
          return { ...item, leaseUntil: new Date(now.getTime() + leaseMs).toISOString() };
        },
        1,
      );
    } catch (error) {
      if (isStorageConflict(error)) return undefined; // someone else changed it at the same moment: theirs
      throw error;
    }
  }

  async markSent(item: OutboxItem, result: DeliveryResult): Promise<void> {
    const sent: OutboxItem = { ...item, state: 'sent', attempts: item.attempts + 1, sentAt: this.now().toISOString(), result, leaseUntil: undefined };
    await this.store.write({ [outboxItemKey(item.id)]: { ...sent } });
    await this.unindex([item.id]);
  }

  async markFailed(item: OutboxItem, error: string, retryAt: Date | undefined): Promise<OutboxItem> {
    const failed: OutboxItem = {
      ...item,
      attempts: item.attempts + 1,
      lastError: error,
      leaseUntil: undefined,
      state: retryAt ? 'pending' : 'dead',
      nextAttemptAt: (retryAt ?? this.now()).toISOString(),
    };
    await this.store.write({ [outboxItemKey(item.id)]: { ...failed } });
    if (!retryAt) await this.unindex([item.id]);
    return failed;
  }

  /** Gives the item back without counting an attempt (e.g. its channel is not configured yet). */
  async release(item: OutboxItem): Promise<void> {
    await this.store.write({ [outboxItemKey(item.id)]: { ...item, leaseUntil: undefined } });
  }

  private async unindex(ids: string[]): Promise<void> {
    await updateItem(this.store, INDEX_KEY, (current) => {
      const index = asIndex(current);
      const entries = index.entries.filter((e) => !ids.includes(e.id));
      return entries.length === index.entries.length ? undefined : { entries };
    });
  }
}
