/**
 * `npm run content:review` round trip (issue 12): examples proposed into the bot's SQLite storage are listed,
 * accepted or rejected and applied by the real CLI (a child process with DATA_DIR and CONTENT_DIR), land in a copy
 * of content/tree.yaml as added lines only, pass the validator and are in the loaded pack; an apply the validator
 * refuses writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReviewQueue, type ReviewItem } from '../../src/feedback/review-queue';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { SqliteStore } from '../../src/storage/sqlite-store';
import { addedLines } from '../support/added-lines';

jest.setTimeout(120_000);

const REPO_ROOT = path.join(__dirname, '../..');
const TSX_CLI = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const CLI = path.join(REPO_ROOT, 'scripts', 'content-review.ts');
const TREE = readFileSync(path.join(REPO_ROOT, 'content', 'tree.yaml'), 'utf8');

interface Workspace {
  dataDir: string;
  contentDir: string;
  treeFile: string;
}

function makeWorkspace(): Workspace {
  const root = mkdtempSync(path.join(tmpdir(), 'content-review-test-'));
  const contentDir = path.join(root, 'repo', 'content');
  cpSync(path.join(REPO_ROOT, 'content'), contentDir, { recursive: true });
  return { dataDir: path.join(root, 'data'), contentDir, treeFile: path.join(contentDir, 'tree.yaml') };
}

/** The queue on the workspace's bot.sqlite, opened and closed around `use` (as the bot would hold it). */
async function withQueue<T>(ws: Workspace, use: (queue: ReviewQueue) => Promise<T>): Promise<T> {
  const store = await SqliteStore.open(path.join(ws.dataDir, 'bot.sqlite'));
  try {
    return await use(new ReviewQueue(store, () => new Date('2026-02-03T10:00:00Z')));
  } finally {
    store.close();
  }
}

function cli(ws: Workspace, ...args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [TSX_CLI, CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: ws.dataDir, CONTENT_DIR: ws.contentDir, STORAGE: 'sqlite', MicrosoftAppId: '' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}


const stateOf = (items: readonly ReviewItem[], id: string): string | undefined => items.find((item) => item.id === id)?.state;

describe('npm run content:review', () => {
  it('lists, accepts, rejects and applies proposed examples into tree.yaml through the validator', async () => {
    const ws = makeWorkspace();
    const [keep, drop] = await withQueue(ws, async (queue) => [
      await queue.propose({ text: 'Må jeg ha samtykke før jeg legger ut bilde av russen?', nodeId: 'picture-consent', lang: 'nb' }),
      await queue.propose({ text: 'hva koster en annonse på facebook', nodeId: 'picture-consent', lang: 'nb' }),
    ]);
    if (!keep || !drop) throw new Error('no items proposed');

    const listed = cli(ws, 'list');
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(keep.id);
    expect(listed.out).toContain('"Må jeg ha samtykke før jeg legger ut bilde av russen?"');
    expect(listed.out).toContain(drop.id);

    expect(cli(ws, 'accept', keep.id.slice(0, 8)).code).toBe(0);
    expect(cli(ws, 'reject', drop.id).code).toBe(0);

    const applied = cli(ws, 'apply');
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.out).toContain('Added 1 example(s)');
    expect(applied.out).toContain('git diff');

    expect(addedLines(TREE, readFileSync(ws.treeFile, 'utf8'))).toEqual(['        - Må jeg ha samtykke før jeg legger ut bilde av russen?']);
    const pack = loadGuidelinePack(ws.contentDir); // runs the validator; throws on any problem
    const node = pack.nodes.get('picture-consent');
    expect(node?.examples?.nb).toContain('Må jeg ha samtykke før jeg legger ut bilde av russen?');
    expect(node?.examples?.nb).not.toContain('hva koster en annonse på facebook');

    const items = await withQueue(ws, (queue) => queue.list());
    expect(stateOf(items, keep.id)).toBe('applied');
    expect(stateOf(items, drop.id)).toBe('rejected');
    expect(cli(ws, 'list').out).toContain('No examples waiting');
  });

  it('writes nothing and exits 1 when the changed pack would not validate', async () => {
    const ws = makeWorkspace();
    const item = await withQueue(ws, async (queue) => {
      const proposed = await queue.propose({ text: 'bilder av folk på torget', nodeId: 'picture-crowd', lang: 'nb' });
      await queue.decide(proposed.id, 'accepted');
      return proposed;
    });
    // Someone broke the working copy meanwhile: an option now points at a node that does not exist.
    const broken = TREE.replace('next: picture-consent', 'next: picture-consent-gone');
    writeFileSync(ws.treeFile, broken, 'utf8');

    const refused = cli(ws, 'apply');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Nothing was written');
    expect(refused.err).toContain('picture-consent-gone');
    expect(readFileSync(ws.treeFile, 'utf8')).toBe(broken);
    expect(stateOf(await withQueue(ws, (queue) => queue.list()), item.id)).toBe('accepted');
  });

  it('writes nothing and exits 1 when an accepted example names a node the tree does not have', async () => {
    const ws = makeWorkspace();
    await withQueue(ws, async (queue) => {
      for (const proposal of [
        { text: 'bilder av folk på torget', nodeId: 'picture-crowd', lang: 'nb' as const },
        { text: 'et spørsmål til en node som er fjernet', nodeId: 'removed-node', lang: 'nb' as const },
      ]) await queue.decide((await queue.propose(proposal)).id, 'accepted');
    });
    const refused = cli(ws, 'apply');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('removed-node');
    expect(readFileSync(ws.treeFile, 'utf8')).toBe(TREE);
  });

  it('says which ids it does not know', () => {
    const ws = makeWorkspace();
    const result = cli(ws, 'accept', 'ffffffff');
    expect(result.code).toBe(1);
    expect(result.err).toContain('ffffffff: no such item');
  });
});
