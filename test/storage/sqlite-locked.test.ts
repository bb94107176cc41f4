/**
 * SqliteStore while a real second process holds the file's write lock: no operation blocks the event loop,
 * writes fail fast with StorageUnavailableError after the bounded wait, reads keep working (WAL), a lock
 * released during the wait lets the write through, and after a failed wait the store's writes are committed
 * and visible to other connections again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_LOCK_WAIT_MS, SqliteStore } from '../../src/storage/sqlite-store';
import { isStorageConflict, StorageUnavailableError } from '../../src/storage/key-value-store';
import { holdWriteLock, longestStall, type Locker } from './sqlite-locker';

/** Generous for a loaded CI machine; the store itself never waits on SQLite's side. */
const MAX_STALL_MS = 100;

describe('SqliteStore with the file locked by another process', () => {
  let dir: string;
  let file: string;
  let store: SqliteStore;
  let locker: Locker | undefined;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sqlite-locked-'));
    file = path.join(dir, 'bot.sqlite');
    store = await SqliteStore.open(file);
    await store.write({ a: { n: 1 } });
    locker = await holdWriteLock(file);
  });
  afterEach(async () => {
    await locker?.release();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails a write with StorageUnavailableError after the bounded wait, without stalling the event loop', async () => {
    const { result, stallMs, ms } = await longestStall(() => store.write({ a: { n: 2 }, b: { n: 2 } }));
    expect(result.status).toBe('rejected');
    const error = (result as PromiseRejectedResult).reason as StorageUnavailableError;
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error.name).toBe('StorageUnavailableError');
    expect(error.operation).toBe('write');
    expect(error.message).toMatch(/^Storage unavailable: the database stayed locked by another process for \d+ ms \(write\)/);
    expect(error.message).not.toMatch(/INSERT|UPDATE|SELECT|items/);
    expect(isStorageConflict(error)).toBe(false);
    expect(ms).toBeGreaterThan(DEFAULT_LOCK_WAIT_MS / 2);
    expect(ms).toBeLessThan(DEFAULT_LOCK_WAIT_MS + 500);
    expect(stallMs).toBeLessThan(MAX_STALL_MS);
    expect((await store.read(['a', 'b']))['a']!['n']).toBe(1);
  });

  it('fails insertIfAbsent and delete the same way, and still reads (WAL readers do not wait for the writer)', async () => {
    const reads = await longestStall(() => store.read(['a']));
    expect(reads.ms).toBeLessThan(100);
    const [inserted, deleted] = await Promise.allSettled([store.insertIfAbsent('c', { n: 1 }), store.delete(['a'])]);
    expect(inserted).toMatchObject({ status: 'rejected', reason: { name: 'StorageUnavailableError', operation: 'insertIfAbsent' } });
    expect(deleted).toMatchObject({ status: 'rejected', reason: { name: 'StorageUnavailableError', operation: 'delete' } });
  });

  it('lets a waiting write through when the lock is released within the wait', async () => {
    const write = store.write({ a: { n: 3 } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await locker!.release();
    await expect(write).resolves.toBeUndefined();
    expect((await store.read(['a']))['a']!['n']).toBe(3);
  });

  it('after a failed wait and the release, commits its writes where other connections see them', async () => {
    await expect(store.write({ a: { n: 4 } })).rejects.toBeInstanceOf(StorageUnavailableError);
    await locker!.release();
    await store.write({ a: { n: 5 } });
    expect(await store.insertIfAbsent('c', { n: 5 })).toBe(true);
    const other = await SqliteStore.open(file);
    try {
      const seen = await other.read(['a', 'c']);
      expect(seen['a']!['n']).toBe(5);
      expect(seen['c']!['n']).toBe(5);
      await other.write({ a: { ...seen['a']!, n: 6 } });
    } finally {
      other.close();
    }
    expect((await store.read(['a']))['a']!['n']).toBe(6);
  });
});
