/**
 * The storage port: a key-value store with optimistic concurrency, shaped like the Bot Framework's
 * `Storage` interface so that one adapter serves both dialog state and domain records.
 *
 * Semantics (the same as botbuilder's MemoryStorage): an item written with the eTag it was read with
 * replaces the stored item only if nobody changed it since; otherwise StorageConflictError is thrown.
 * An item without eTag, or with eTag "*", is written unconditionally. A record that must exist at most once is
 * made with `insertIfAbsent` (SQLite: INSERT … ON CONFLICT DO NOTHING; Azure Blob: If-None-Match: *).
 */
export interface StoreItem {
  eTag?: string;
  [field: string]: unknown;
}

export type StoreItems = Record<string, StoreItem>;

export interface KeyValueStore {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
  /** Writes `item` under `key` only if no item is stored there; false (nothing written) if one is. */
  insertIfAbsent(key: string, item: StoreItem): Promise<boolean>;
}

export class StorageConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage conflict on "${key}": the item was changed by someone else (eTag mismatch)`);
    this.name = 'StorageConflictError';
  }
}

/**
 * The store could not be used in time: another process held the database lock longer than the adapter waits
 * (SQLite: 2 s). Retrying at once will not help; the turn fails and the user is told kindly. The message names
 * the operation and the wait, never SQL or data, so it is safe to log.
 */
export class StorageUnavailableError extends Error {
  constructor(
    readonly operation: 'open' | 'read' | 'write' | 'delete' | 'insertIfAbsent',
    readonly waitedMs: number,
    options?: { cause?: unknown },
  ) {
    super(`Storage unavailable: the database stayed locked by another process for ${waitedMs} ms (${operation}); nothing was changed`, options);
    this.name = 'StorageUnavailableError';
  }
}

/**
 * True for eTag conflicts from our adapters and from botbuilder's (Azure Blob answers 412): worth reading
 * again and retrying. StorageUnavailableError is not a conflict (its message mentions neither eTag nor
 * precondition), so read-modify-write loops let it through at once.
 */
export function isStorageConflict(error: unknown): boolean {
  if (error instanceof StorageConflictError) return true;
  if (typeof error === 'object' && error !== null) {
    const status = (error as { statusCode?: unknown }).statusCode;
    if (status === 412 || status === 409) return true;
    const message = (error as { message?: unknown }).message;
    return typeof message === 'string' && /etag|precondition/i.test(message);
  }
  return false;
}
