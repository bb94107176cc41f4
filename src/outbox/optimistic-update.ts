/**
 * Read-modify-write of one store item with optimistic concurrency: reads the item with its eTag, lets
 * `change` compute the new value, writes it back with that eTag, and starts again (a few times) when someone
 * else changed the item in between. `change` returns undefined to leave the item as it is.
 */
import { isStorageConflict, type KeyValueStore, type StoreItem } from '../storage/key-value-store';

export async function updateItem<T extends StoreItem>(
  store: KeyValueStore,
  key: string,
  change: (current: StoreItem | undefined) => T | undefined,
  attempts = 8,
): Promise<T | undefined> {
  for (let attempt = 1; ; attempt += 1) {
    const current = (await store.read([key]))[key];
    const next = change(current);
    if (next === undefined) return undefined;
    // A new item is written unconditionally ("*"): the port has no portable create-if-absent.
    const eTag = current?.eTag ?? '*';
    try {
      await store.write({ [key]: { ...next, eTag } });
      return next;
    } catch (error) {
      if (!isStorageConflict(error) || attempt >= attempts) throw error;
    }
  }
}
