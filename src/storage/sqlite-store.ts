/**
 * The embedded default adapter of the storage port: one SQLite file (libSQL client), WAL journal,
 * optimistic concurrency by eTag with single atomic statements, safe for several processes on one file.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createClient, type Client } from '@libsql/client';
import { StorageConflictError, type KeyValueStore, type StoreItem, type StoreItems } from './key-value-store';

const SCHEMA = `CREATE TABLE IF NOT EXISTS items (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL)`;

export class SqliteStore implements KeyValueStore {
  private constructor(private readonly client: Client) {}

  static async open(file: string): Promise<SqliteStore> {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const client = createClient({ url: `file:${path.resolve(file)}` });
    await client.execute('PRAGMA journal_mode = WAL');
    await client.execute('PRAGMA busy_timeout = 5000');
    await client.execute('PRAGMA synchronous = NORMAL');
    await client.execute(SCHEMA);
    return new SqliteStore(client);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const placeholders = keys.map(() => '?').join(',');
    const result = await this.client.execute({ sql: `SELECT key, value, etag FROM items WHERE key IN (${placeholders})`, args: keys });
    for (const row of result.rows) {
      const value: unknown = JSON.parse(String(row['value']));
      items[String(row['key'])] = { ...(value as StoreItem), eTag: String(row['etag']) };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      await this.writeOne(key, item);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.client.execute({ sql: `DELETE FROM items WHERE key IN (${keys.map(() => '?').join(',')})`, args: keys });
  }

  async insertIfAbsent(key: string, item: StoreItem): Promise<boolean> {
    const { eTag: _ignored, ...fields } = item;
    const inserted = await this.client.execute({
      sql: 'INSERT INTO items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING',
      args: [key, JSON.stringify(fields), randomUUID()],
    });
    return inserted.rowsAffected === 1;
  }

  close(): void {
    this.client.close();
  }

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    const { eTag: expected, ...fields } = item;
    const value = JSON.stringify(fields);
    const next = randomUUID();
    if (!expected || expected === '*') {
      await this.client.execute({
        sql: 'INSERT INTO items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag',
        args: [key, value, next],
      });
      return;
    }
    const updated = await this.client.execute({ sql: 'UPDATE items SET value = ?, etag = ? WHERE key = ? AND etag = ?', args: [value, next, key, expected] });
    if (updated.rowsAffected === 1) return;
    // Not updated: either the item is gone (write it, as botbuilder's stores do) or someone changed it.
    const inserted = await this.client.execute({ sql: 'INSERT INTO items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING', args: [key, value, next] });
    if (inserted.rowsAffected === 0) throw new StorageConflictError(key);
  }
}
