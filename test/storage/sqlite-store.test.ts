import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/storage/sqlite-store';
import { StorageConflictError } from '../../src/storage/key-value-store';
import { itKeepsTheConcurrencyContract } from './store-contract';

describe('SqliteStore (the embedded storage adapter)', () => {
  let dir: string;
  let store: SqliteStore;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sqlite-store-'));
    store = await SqliteStore.open(path.join(dir, 'nested', 'bot.sqlite'));
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back what it wrote, with an eTag, and nothing for unknown keys', async () => {
    await store.write({ a: { count: 1, name: 'Båtsfjord' } });
    const items = await store.read(['a', 'missing']);
    expect(items['a']).toMatchObject({ count: 1, name: 'Båtsfjord' });
    expect(typeof items['a']?.eTag).toBe('string');
    expect(items['missing']).toBeUndefined();
  });

  it('writes with the eTag it read, and changes the eTag', async () => {
    await store.write({ a: { count: 1 } });
    const first = (await store.read(['a']))['a']!;
    await store.write({ a: { ...first, count: 2 } });
    const second = (await store.read(['a']))['a']!;
    expect(second['count']).toBe(2);
    expect(second.eTag).not.toBe(first.eTag);
  });

  it('refuses a write with a stale eTag (optimistic concurrency) and keeps the newer value', async () => {
    await store.write({ a: { count: 1 } });
    const read1 = (await store.read(['a']))['a']!;
    const read2 = (await store.read(['a']))['a']!;
    await store.write({ a: { ...read1, count: 2 } });
    await expect(store.write({ a: { ...read2, count: 3 } })).rejects.toBeInstanceOf(StorageConflictError);
    expect((await store.read(['a']))['a']!['count']).toBe(2);
  });

  it('lets exactly one of two concurrent writers with the same eTag win', async () => {
    await store.write({ a: { count: 0 } });
    const snapshot = (await store.read(['a']))['a']!;
    const results = await Promise.allSettled([1, 2, 3].map((n) => store.write({ a: { ...snapshot, count: n } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('writes unconditionally with eTag "*" and deletes', async () => {
    await store.write({ a: { count: 1 } });
    await store.write({ a: { count: 5, eTag: '*' } });
    expect((await store.read(['a']))['a']!['count']).toBe(5);
    await store.delete(['a']);
    expect(await store.read(['a'])).toEqual({});
  });

  it('keeps data across a reopen of the file (durable)', async () => {
    await store.write({ 'conversation/x': { path: ['start', 'pictures'] } });
    store.close();
    store = await SqliteStore.open(path.join(dir, 'nested', 'bot.sqlite'));
    expect((await store.read(['conversation/x']))['conversation/x']).toMatchObject({ path: ['start', 'pictures'] });
  });

  describe('a write with several keys is one transaction', () => {
    it('applies every item, each with its own eTag condition and a new eTag', async () => {
      await store.write({ a: { n: 1 }, b: { n: 1 } });
      const read = await store.read(['a', 'b']);
      await store.write({ a: { ...read['a']!, n: 2 }, b: { ...read['b']!, n: 2 }, c: { n: 2 }, d: { n: 2, eTag: 'from-a-deleted-item' } });
      const after = await store.read(['a', 'b', 'c', 'd']);
      expect(Object.values(after).map((item) => item['n'])).toEqual([2, 2, 2, 2]);
      expect(after['a']!.eTag).not.toBe(read['a']!.eTag);
      expect(after['b']!.eTag).not.toBe(read['b']!.eTag);
    });

    it('applies none of them when one conditional item conflicts, and names that key', async () => {
      await store.write({ a: { n: 1 }, b: { n: 1 } });
      const read = await store.read(['a', 'b']);
      await store.write({ b: { ...read['b']!, n: 10 } }); // someone else changes b
      const attempt = store.write({ a: { ...read['a']!, n: 2 }, c: { n: 2 }, b: { ...read['b']!, n: 2 }, d: { n: 2, eTag: '*' } });
      await expect(attempt).rejects.toBeInstanceOf(StorageConflictError);
      await expect(attempt).rejects.toMatchObject({ key: 'b' });
      const after = await store.read(['a', 'b', 'c', 'd']);
      expect(after['a']).toEqual(read['a']);
      expect(after['b']!['n']).toBe(10);
      expect(after['c']).toBeUndefined();
      expect(after['d']).toBeUndefined();
    });

    it('applies none of them when an item read with an eTag was deleted and created again by someone else', async () => {
      await store.write({ b: { n: 1 } });
      const stale = (await store.read(['b']))['b']!;
      await store.delete(['b']);
      await store.write({ b: { n: 7 } });
      await expect(store.write({ a: { n: 1 }, b: { ...stale, n: 2 } })).rejects.toMatchObject({ name: 'StorageConflictError', key: 'b' });
      expect(await store.read(['a'])).toEqual({});
      expect((await store.read(['b']))['b']!['n']).toBe(7);
    });

    it('keeps one winner among concurrent multi-key writers with the same eTags', async () => {
      await store.write({ a: { n: 0 }, b: { n: 0 } });
      const read = await store.read(['a', 'b']);
      const results = await Promise.allSettled([1, 2, 3].map((n) => store.write({ a: { ...read['a']!, n }, b: { ...read['b']!, n } })));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const after = await store.read(['a', 'b']);
      expect(after['a']!['n']).toBe(after['b']!['n']);
    });
  });

  describe('concurrency contract', () => {
    itKeepsTheConcurrencyContract(() => store);
  });
});
