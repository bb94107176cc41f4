/**
 * The one read-modify-write of the storage port, used by every workflow: reads the item with its eTag, lets
 * `change` compute the new value, and writes it back only if nobody changed it meanwhile — an existing item
 * with the eTag it was read with, a missing one with `insertIfAbsent` (so two first writers cannot both
 * "create" it). On a conflict it reads again after a short random pause, up to `attempts` times.
 * `change` returns undefined to leave the item as it is (the function then returns undefined).
 */
import { isStorageConflict, StorageConflictError, type KeyValueStore, type StoreItem } from './key-value-store';

export const DEFAULT_UPDATE_ATTEMPTS = 30;

const pause = (attempt: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * attempt)));

export async function updateItem<T extends StoreItem>(
  store: KeyValueStore,
  key: string,
  change: (current: StoreItem | undefined) => T | undefined,
  attempts = DEFAULT_UPDATE_ATTEMPTS,
): Promise<T | undefined> {
  for (let attempt = 1; ; attempt += 1) {
    const current = (await store.read([key]))[key];
    const next = change(current);
    if (next === undefined) return undefined;
    const { eTag: _ignored, ...fields } = next;
    try {
      if (current?.eTag) await store.write({ [key]: { ...fields, eTag: current.eTag } });
      else if (!(await store.insertIfAbsent(key, fields))) throw new StorageConflictError(key);
      return fields as T;
    } catch (error) {
      if (!isStorageConflict(error) || attempt >= attempts) throw error;
      await pause(attempt);
    }
  }
}
