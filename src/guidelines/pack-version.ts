/**
 * The version of the guideline pack in use: a short hash of every file in the content folder (names and
 * contents), so that `/healthz` says which pack answers — the same on every instance that runs the same files.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface PackVersion {
  /** First 12 hex digits of the SHA-256 over the content files. */
  version: string;
  loadedAt: string;
}

export function packVersion(dir: string, now: Date): PackVersion {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((file) => /\.(ya?ml|md|json)$/.test(file)).sort()) {
    hash.update(name).update('\0').update(readFileSync(path.join(dir, name))).update('\0');
  }
  return { version: hash.digest('hex').slice(0, 12), loadedAt: now.toISOString() };
}
