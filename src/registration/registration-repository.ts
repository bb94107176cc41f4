/**
 * Durable registrations on the storage port: the records (optimistic concurrency by eTag), the yearly
 * reference counter, the list of all references (the register) and each requester's own list, the drafts of
 * forms in progress, and the IT channel chosen in Teams.
 */
import type { ChannelAddress } from '../outbox/outbox-item';
import { updateItem } from '../storage/optimistic-update';
import type { KeyValueStore, StoreItem } from '../storage/key-value-store';
import type { FormStep, ProfileStep, PeopleStep, ChecklistStep } from './registration-form';
import { formatReference, type RegistrationRecord } from './registration-record';

/** A form in progress: the steps already validated, where the user is, and the registration being corrected (if any). */
export interface RegistrationDraft {
  step: FormStep | 'summary';
  profile?: ProfileStep;
  people?: PeopleStep;
  checklist?: ChecklistStep;
  editingRef?: string;
  updatedAt: string;
}

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
  draft: (aadObjectId: string) => `registration/draft/${aadObjectId}`,
  itChannel: 'registration/it-channel',
};

function fields<T>(stored: StoreItem | undefined): T | undefined {
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
    return fields<RegistrationRecord>((await this.store.read([keys.record(ref)]))[keys.record(ref)]);
  }

  /** Stores a new record and lists it (the register and the requester's list). */
  async create(record: RegistrationRecord): Promise<void> {
    await this.store.write({ [keys.record(record.ref)]: { ...record } });
    const add = (current: StoreItem | undefined) => {
      const refs = refList(current);
      return refs.includes(record.ref) ? undefined : { refs: [...refs, record.ref] };
    };
    await updateItem(this.store, keys.all, add);
    await updateItem(this.store, keys.byUser(record.requester.aadObjectId), add);
  }

  /**
   * Changes a record with optimistic concurrency: `change` sees the current record and returns the new one,
   * or undefined to change nothing. Returns the record as stored afterwards and whether it changed.
   */
  async update(ref: string, change: (current: RegistrationRecord) => RegistrationRecord | undefined): Promise<{ record: RegistrationRecord; changed: boolean } | undefined> {
    let latest: RegistrationRecord | undefined;
    const written = await updateItem(this.store, keys.record(ref), (stored) => {
      latest = fields<RegistrationRecord>(stored);
      if (!latest) return undefined;
      const next = change(latest);
      return next ? { ...next } : undefined;
    });
    if (!latest) return undefined;
    return written ? { record: fields<RegistrationRecord>(written) ?? latest, changed: true } : { record: latest, changed: false };
  }

  async all(): Promise<RegistrationRecord[]> {
    return this.many(refList((await this.store.read([keys.all]))[keys.all]));
  }

  async ofRequester(aadObjectId: string): Promise<RegistrationRecord[]> {
    return this.many(refList((await this.store.read([keys.byUser(aadObjectId)]))[keys.byUser(aadObjectId)]));
  }

  async draft(aadObjectId: string): Promise<RegistrationDraft | undefined> {
    return fields<RegistrationDraft>((await this.store.read([keys.draft(aadObjectId)]))[keys.draft(aadObjectId)]);
  }

  async saveDraft(aadObjectId: string, draft: RegistrationDraft): Promise<void> {
    await this.store.write({ [keys.draft(aadObjectId)]: { ...draft } });
  }

  async deleteDraft(aadObjectId: string): Promise<void> {
    await this.store.delete([keys.draft(aadObjectId)]);
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
    return refs.map((ref) => fields<RegistrationRecord>(stored[keys.record(ref)])).filter((r): r is RegistrationRecord => r !== undefined);
  }
}
