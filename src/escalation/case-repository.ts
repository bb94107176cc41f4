/**
 * Cases in the storage port: one item per case (`escalation/case/<id>`), a per-person index of case ids
 * (as requester or as leader) and an index of pending cases for the reminder scheduler. A case is created at
 * most once per id (insert-if-absent), and every change is an optimistic-concurrency write: a case is decided
 * at most once, even by two bot instances. Every case read back is validated with its zod schema.
 */
import { z } from 'zod';
import { isStorageConflict, type KeyValueStore } from '../storage/key-value-store';
import { updateItem } from '../storage/optimistic-update';
import { escalationCase, type EscalationCase } from './escalation-case';

const caseKey = (id: string): string => `escalation/case/${id}`;
const personKey = (userId: string): string => `escalation/person/${userId}`;
const PENDING_KEY = 'escalation/pending';
const idList = z.object({ ids: z.array(z.string()) });

export interface StoredCase {
  escalation: EscalationCase;
  eTag: string;
}

/** Thrown by `update` when someone else changed the case first; re-read and decide again. */
export class CaseChangedError extends Error {
  constructor() {
    super('The case was changed by someone else');
    this.name = 'CaseChangedError';
  }
}

export class CaseRepository {
  constructor(private readonly store: KeyValueStore) {}

  /**
   * Lists the case (requester, leader, pending) and then stores it, unless a case with its id exists: the
   * indexes come first, so a stored case is always findable; an index entry without a case is skipped on read.
   * Returns false when the case already existed (a double click or a retried turn): nothing is overwritten.
   */
  async create(escalation: EscalationCase): Promise<boolean> {
    await this.addToIndex(personKey(escalation.requester.id), escalation.id);
    if (escalation.leader.id !== escalation.requester.id) await this.addToIndex(personKey(escalation.leader.id), escalation.id);
    if (escalation.status === 'pending') await this.addToIndex(PENDING_KEY, escalation.id);
    return this.store.insertIfAbsent(caseKey(escalation.id), { ...escalation });
  }

  async get(id: string): Promise<StoredCase | undefined> {
    const items = await this.store.read([caseKey(id)]);
    const item = items[caseKey(id)];
    if (!item) return undefined;
    const { eTag, ...fields } = item;
    const parsed = escalationCase.safeParse(fields);
    return parsed.success && eTag ? { escalation: parsed.data, eTag } : undefined;
  }

  /** Writes `next` only if the case still has `eTag`; throws CaseChangedError otherwise. */
  async update(next: EscalationCase, eTag: string): Promise<void> {
    try {
      await this.store.write({ [caseKey(next.id)]: { ...next, eTag } });
    } catch (error) {
      if (isStorageConflict(error)) throw new CaseChangedError();
      throw error;
    }
    if (next.status !== 'pending') await this.removeFromIndex(PENDING_KEY, next.id);
  }

  /** Reads, changes and writes a case, reading again when another writer got there first. */
  async change(id: string, apply: (current: EscalationCase) => EscalationCase | undefined): Promise<EscalationCase | undefined> {
    let latest: EscalationCase | undefined;
    const written = await updateItem(this.store, caseKey(id), (stored) => {
      const parsed = escalationCase.safeParse(stored ? { ...stored, eTag: undefined } : undefined);
      latest = parsed.success ? parsed.data : undefined;
      const next = latest ? apply(latest) : undefined;
      return next ? { ...next } : undefined;
    });
    const result = written ? escalationCase.parse(written) : latest;
    if (result && result.status !== 'pending') await this.removeFromIndex(PENDING_KEY, result.id);
    return result;
  }

  /** Every case the person raised or must decide, newest first. */
  async casesOf(userId: string): Promise<EscalationCase[]> {
    return this.load(await this.ids(personKey(userId)));
  }

  async pending(): Promise<EscalationCase[]> {
    return (await this.load(await this.ids(PENDING_KEY))).filter((c) => c.status === 'pending');
  }

  private async load(ids: string[]): Promise<EscalationCase[]> {
    if (ids.length === 0) return [];
    const items = await this.store.read(ids.map(caseKey));
    return ids
      .flatMap((id) => {
        const item = items[caseKey(id)];
        if (!item) return [];
        const { eTag: _eTag, ...fields } = item;
        const parsed = escalationCase.safeParse(fields);
        return parsed.success ? [parsed.data] : [];
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  private async ids(key: string): Promise<string[]> {
    const item = (await this.store.read([key]))[key];
    const parsed = idList.safeParse(item);
    return parsed.success ? parsed.data.ids : [];
  }

  private async addToIndex(key: string, id: string): Promise<void> {
    await this.editIndex(key, (ids) => (ids.includes(id) ? undefined : [...ids, id]));
  }

  private async removeFromIndex(key: string, id: string): Promise<void> {
    await this.editIndex(key, (ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : undefined));
  }

  private async editIndex(key: string, edit: (ids: string[]) => string[] | undefined): Promise<void> {
    await updateItem(this.store, key, (current) => {
      const parsed = idList.safeParse(current);
      const ids = edit(parsed.success ? parsed.data.ids : []);
      return ids ? { ids } : undefined;
    });
  }
}
