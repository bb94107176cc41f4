/**
 * The content folder's watcher (ADR 0091) on a real temporary folder: a burst of changes is one call once it
 * settles; editors' save-by-rename and a folder replaced as a whole are seen; nothing is called after close().
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { watchContent, type ContentWatcher } from '../../src/guidelines/content-watcher';
import { pollUntil } from '../support/poll-until';

let dir: string;
let calls: number;
let watcher: ContentWatcher | undefined;

const start = (options = { debounceMs: 80, retryMs: 40 }): void => {
  watcher = watchContent(dir, () => (calls += 1), options);
};
const callsAfterQuiet = async (quietMs = 400): Promise<number> => {
  // Settled: no new call for quietMs (several debounce periods).
  let seen = -1;
  return pollUntil(
    () => {
      const settled = calls === seen;
      seen = calls;
      return settled ? calls : -1;
    },
    (value) => value >= 0,
    { what: 'the watcher to settle', intervalMs: quietMs },
  );
};

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'content-watch-'));
  writeFileSync(path.join(dir, 'tree.yaml'), 'root: a\n');
  calls = 0;
});
afterEach(() => {
  watcher?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('watchContent', () => {
  it('calls once for a burst of writes, after it settles', async () => {
    start();
    for (let i = 0; i < 5; i++) writeFileSync(path.join(dir, 'tree.yaml'), `root: a${i}\n`);
    await pollUntil(() => calls, (n) => n > 0, { what: 'a call' });
    expect(await callsAfterQuiet()).toBe(1);
  });

  it("sees an editor's save by rename (a temporary file renamed over the old one)", async () => {
    start();
    writeFileSync(path.join(dir, '.tree.yaml.swp'), 'root: b\n');
    renameSync(path.join(dir, '.tree.yaml.swp'), path.join(dir, 'tree.yaml'));
    await pollUntil(() => calls, (n) => n === 1, { what: 'a call after the rename' });
  });

  it('watches a folder that was removed and put back, and counts that as a change', async () => {
    start();
    rmSync(dir, { recursive: true, force: true });
    await callsAfterQuiet();
    const before = calls;
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'tree.yaml'), 'root: c\n');
    await pollUntil(() => calls, (n) => n > before, { what: 'a call once the folder is back' });
    // And the new folder is watched: a later edit is seen too.
    const afterReturn = await callsAfterQuiet();
    writeFileSync(path.join(dir, 'tree.yaml'), 'root: d\n');
    await pollUntil(() => calls, (n) => n > afterReturn, { what: 'a call for an edit in the new folder' });
  });

  it('calls nothing after close(), even for a change already waiting to settle', async () => {
    start({ debounceMs: 150, retryMs: 40 });
    writeFileSync(path.join(dir, 'tree.yaml'), 'root: e\n');
    watcher?.close();
    writeFileSync(path.join(dir, 'tree.yaml'), 'root: f\n');
    expect(await callsAfterQuiet()).toBe(0);
  });
});
