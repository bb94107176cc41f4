/**
 * Durable registrations on the storage port: the records (created at most once, then changed with optimistic
 * concurrency by eTag, validated on every read), the yearly reference counter, the list of all references
 * (the register) and each requester's own list, which draft became which reference (the idempotency key of a
 * submit), and the IT channel chosen in Teams. (Forms in progress are dialog state: registration-drafts.ts.)
 */
import type { ChannelAddress } from '../outbox/outbox-item';
import { updateItem } from '../storage/optimistic-update';
import type { KeyValueStore, StoreItem } from '../storage/key-value-store';
import { formatReference, parseRecord, type RegistrationRecord } from './registration-record';

export interface StoredItChannel extends ChannelAddress {
  configuredBy: string;
  configuredAt: string;
  teamId?: string;
}

const keys = {
  record: (ref: string) => `registration/record/${ref}`,
  counter: (year: number) => `registration/counter/${year}`,
  all: 'registration/all',
  byUser: (aadObjectId: string) => `registration/by-user/${aadObjectId}`,
  submission: (draftId: string) => `registration/submission/${draftId}`,
  itChannel: 'registration/it-channel',
};

function fields<T = Record<string, unknown>>(stored: StoreItem | undefined): T | undefined {
  if (!stored) return undefined;
  const { eTag: _eTag, ...rest } = stored;
  return rest as T;
}

const refList = (stored: StoreItem | undefined): string[] => {
  const refs = stored?.['refs'];
  return Array.isArray(refs) ? refs.filter((r): r is string => typeof r === 'string') : [];
};

export class RegistrationRepository {
  constructor(private readonly store: KeyValueStore) {}

  async nextReference(year: number): Promise<string> {
    const next = await updateItem(this.store, keys.counter(year), (current) => {
      const last = typeof current?.['last'] === 'number' ? current['last'] : 0;
      return { last: last + 1 };
    });
    return formatReference(year, next?.last ?? 1);
  }

  async get(ref: string): Promise<RegistrationRecord | undefined> {
    return parseRecord(fields((await this.store.read([keys.record(ref)]))[keys.record(ref)]));
  }

  /**
   * Lists a new record (the register and the requester's list) and stores it, unless it exists: the lists
   * come first, so a stored record is always findable (a listed reference without a record is skipped).
   * Returns false when the record already existed (a double click, a retried turn): nothing is overwritten.
   */
  async create(record: RegistrationRecord): Promise<boolean> {
    const add = (current: StoreItem | undefined) => {
      const refs = refList(current);
      return refs.includes(record.ref) ? undefined : { refs: [...refs, record.ref] };
    };
    await updateItem(this.store, keys.all, add);
    await updateItem(this.store, keys.byUser(record.requester.id), add);
    return this.store.insertIfAbsent(keys.record(record.ref), { ...record });
  }

  /** The reference a draft was sent as, if it was. */
  async submission(draftId: string): Promise<string | undefined> {
    const ref = (await this.store.read([keys.submission(draftId)]))[keys.submission(draftId)]?.['ref'];
    return typeof ref === 'string' ? ref : undefined;
  }

  /** Ties the draft to `ref` unless it is tied already; returns the reference the draft has now. */
  async claimSubmission(draftId: string, ref: string): Promise<string> {
    if (await this.store.insertIfAbsent(keys.submission(draftId), { ref })) return ref;
    return (await this.submission(draftId)) ?? ref;
  }

  /**
   * Changes a record with optimistic concurrency: `change` sees the current record and returns the new one,
   * or undefined to change nothing. Returns the record as stored afterwards and whether it changed.
   */
  async update(ref: string, change: (current: RegistrationRecord) => RegistrationRecord | undefined): Promise<{ record: RegistrationRecord; changed: boolean } | undefined> {
    let latest: RegistrationRecord | undefined;
    const written = await updateItem(this.store, keys.record(ref), (stored) => {
      latest = parseRecord(fields(stored));
      if (!latest) return undefined;
      const next = change(latest);
      return next ? { ...next } : undefined;
    });
    if (!latest) return undefined;
    return written ? { record: parseRecord(written) ?? latest, changed: true } : { record: latest, changed: false };
  }

  async all(): Promise<RegistrationRecord[]> {
    return this.many(refList((await this.store.read([keys.all]))[keys.all]));
  }

  async ofRequester(aadObjectId: string): Promise<RegistrationRecord[]> {
    return this.many(refList((await this.store.read([keys.byUser(aadObjectId)]))[keys.byUser(aadObjectId)]));
  }

  async itChannel(): Promise<StoredItChannel | undefined> {
    return fields<StoredItChannel>((await this.store.read([keys.itChannel]))[keys.itChannel]);
  }

  async saveItChannel(channel: StoredItChannel): Promise<void> {
    await this.store.write({ [keys.itChannel]: { ...channel } });
  }

  private async many(refs: string[]): Promise<RegistrationRecord[]> {
    if (refs.length === 0) return [];
    const stored = await this.store.read(refs.map(keys.record));
    return refs.map((ref) => parseRecord(fields(stored[keys.record(ref)]))).filter((r): r is RegistrationRecord => r !== undefined);
  }
}
