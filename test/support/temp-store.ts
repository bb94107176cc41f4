/**
 * A real storage adapter for domain tests: the SQLite adapter on a fresh file in the temp folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/storage/sqlite-store';

export async function openTempStore(): Promise<SqliteStore> {
  return SqliteStore.open(path.join(mkdtempSync(path.join(tmpdir(), 'some-store-')), 'bot.sqlite'));
}
