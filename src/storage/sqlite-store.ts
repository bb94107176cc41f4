/**
 * The embedded default adapter of the storage port: one SQLite file (libSQL client), WAL journal,
 * optimistic concurrency by eTag, safe for several processes on one host's local disk (ADR 0002).
 *
 * Locks held by another process: the local libSQL driver runs every statement synchronously on the main
 * thread, so SQLite must never wait for a lock itself (busy timeout 0). SQLITE_BUSY / SQLITE_LOCKED is retried
 * here after short asynchronous pauses, up to `lockWaitMs` in all, then StorageUnavailableError is thrown.
 * After a busy error the connection is replaced: the driver leaves the failed statement unfinished, and until
 * it is garbage-collected that connection's later writes stay uncommitted (invisible to other processes).
 * One connection, used by one operation at a time (the statements are synchronous anyway), so the
 * per-connection setting `synchronous = NORMAL` holds for every statement.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createClient, type Client, type InStatement, type ResultSet } from '@libsql/client';
import { StorageConflictError, StorageUnavailableError, type KeyValueStore, type StoreItem, type StoreItems } from './key-value-store';

const SCHEMA = `CREATE TABLE IF NOT EXISTS items (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL)`;
/** Per-connection settings, applied again to every replacement connection. */
const CONNECTION_SETUP = 'PRAGMA synchronous = NORMAL';

/** How long an operation keeps retrying a database locked by another process before it fails. */
export const DEFAULT_LOCK_WAIT_MS = 2000;
const FIRST_PAUSE_MS = 5;
const MAX_PAUSE_MS = 100;

export interface SqliteStoreOptions {
  /** Total time an operation retries a locked database before StorageUnavailableError (default 2000 ms). */
  lockWaitMs?: number;
}

type Operation = StorageUnavailableError['operation'];
/** The client itself (each statement commits on its own) or an open transaction. */
type Executor = { execute(statement: InStatement): Promise<ResultSet> };

export class SqliteStore implements KeyValueStore {
  /** The tail of the queue that lets one operation at a time use the connection. */
  private tail: Promise<unknown> = Promise.resolve();
  /** The connection was replaced after a busy error and has not been set up yet. */
  private replaced = false;
  private closed = false;

  private constructor(
    private readonly client: Client,
    private readonly lockWaitMs: number,
  ) {}

  static async open(file: string, options: SqliteStoreOptions = {}): Promise<SqliteStore> {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // timeout 0: SQLite answers SQLITE_BUSY at once instead of sleeping on the event loop's thread.
    const client = createClient({ url: `file:${path.resolve(file)}`, concurrency: 1, timeout: 0 });
    const store = new SqliteStore(client, options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS);
    try {
      await store.run('open', async () => {
        await client.execute('PRAGMA journal_mode = WAL');
        await client.execute(CONNECTION_SETUP);
        await client.execute(SCHEMA);
      });
    } catch (error) {
      client.close();
      throw error;
    }
    return store;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const placeholders = keys.map(() => '?').join(',');
    const result = await this.run('read', () => this.client.execute({ sql: `SELECT key, value, etag FROM items WHERE key IN (${placeholders})`, args: keys }));
    for (const row of result.rows) {
      const value: unknown = JSON.parse(String(row['value']));
      items[String(row['key'])] = { ...(value as StoreItem), eTag: String(row['etag']) };
    }
    return items;
  }

  /**
   * All items in one transaction: each keeps its own eTag condition, and if any of them conflicts nothing is
   * written and StorageConflictError names that key. A single item needs no transaction: each of its
   * statements is atomic on its own.
   */
  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    const [only] = entries;
    if (!only) return;
    if (entries.length === 1) {
      await this.run('write', () => writeOne(this.client, only[0], only[1]));
      return;
    }
    await this.run('write', async () => {
      const tx = await this.client.transaction('write');
      try {
        for (const [key, item] of entries) await writeOne(tx, key, item);
        await tx.commit();
      } finally {
        tx.close();
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.run('delete', () => this.client.execute({ sql: `DELETE FROM items WHERE key IN (${keys.map(() => '?').join(',')})`, args: keys }));
  }

  async insertIfAbsent(key: string, item: StoreItem): Promise<boolean> {
    const { eTag: _ignored, ...fields } = item;
    const inserted = await this.run('insertIfAbsent', () =>
      this.client.execute({
        sql: 'INSERT INTO items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING',
        args: [key, JSON.stringify(fields), randomUUID()],
      }),
    );
    return inserted.rowsAffected === 1;
  }

  close(): void {
    this.closed = true;
    this.client.close();
  }

  /**
   * Runs `work` alone on the connection; while another process holds the lock it tries again after a short
   * pause (not holding the connection meanwhile), and gives up with StorageUnavailableError after lockWaitMs.
   */
  private async run<T>(operation: Operation, work: () => Promise<T>): Promise<T> {
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.alone(work);
      } catch (error) {
        if (!isLocked(error)) throw error;
        const waited = Date.now() - started;
        const pause = Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
        if (waited + pause > this.lockWaitMs) throw new StorageUnavailableError(operation, waited, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  /** One attempt, alone on the connection; a busy error replaces the connection before the next one. */
  private alone<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(async () => {
      try {
        if (this.replaced) {
          await this.client.execute(CONNECTION_SETUP);
          this.replaced = false;
        }
        return await work();
      } catch (error) {
        if (isLocked(error) && !this.closed) {
          this.client.reconnect();
          this.replaced = true;
        }
        throw error;
      }
    });
    this.tail = result.catch(() => undefined);
    return result;
  }
}

async function writeOne(tx: Executor, key: string, item: StoreItem): Promise<void> {
  const { eTag: expected, ...fields } = item;
  const value = JSON.stringify(fields);
  const next = randomUUID();
  if (!expected || expected === '*') {
    await tx.execute({
      sql: 'INSERT INTO items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag',
      args: [key, value, next],
    });
    return;
  }
  const updated = await tx.execute({ sql: 'UPDATE items SET value = ?, etag = ? WHERE key = ? AND etag = ?', args: [value, next, key, expected] });
  if (updated.rowsAffected === 1) return;
  // Not updated: either the item is gone (write it, as botbuilder's stores do) or someone changed it.
  const inserted = await tx.execute({ sql: 'INSERT INTO items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING', args: [key, value, next] });
  if (inserted.rowsAffected === 0) throw new StorageConflictError(key);
}

/** SQLITE_BUSY or SQLITE_LOCKED (with any extended code): another connection holds a lock we need. */
function isLocked(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, rawCode } = error as { code?: unknown; rawCode?: unknown };
  if (typeof rawCode === 'number') return (rawCode & 0xff) === 5 || (rawCode & 0xff) === 6;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}
