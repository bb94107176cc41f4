/**
 * The live guideline pack (ADR 0091) on a copy of content/: a valid change is swapped in whole, an invalid one is
 * refused with one log line naming the problems, and the snapshot that was live keeps answering.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { GuidelinePackError } from '../../src/guidelines/load-pack';
import { LivePack } from '../../src/guidelines/live-pack';
import { liveRules } from '../../src/guidelines/live-rules';
import { packVersion } from '../../src/guidelines/pack-version';
import { createLogger } from '../../src/logging/logger';

const contentDir = path.resolve(__dirname, '../../content');
const QUESTION = 'hvordan oppretter jeg en ny profil for kommunen?';
let dir: string;
let lines: { level: number; msg: string; problems?: string[] }[];
let clock: Date;

const logger = () =>
  createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as (typeof lines)[number]);
        done();
      },
    }),
  );
const open = (): LivePack => LivePack.open(dir, logger(), () => clock);
const edit = (file: string, change: (text: string) => string): void => {
  const target = path.join(dir, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
};
const summaryOf = (live: LivePack): string | undefined => {
  const node = live.current().pack.nodes.get('create-profile');
  return node?.kind === 'answer' ? node.summary.nb : undefined;
};

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'live-pack-'));
  cpSync(contentDir, dir, { recursive: true });
  lines = [];
  clock = new Date('2025-03-03T08:00:00.000Z');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SUMMARY = 'Virksomhetene kan opprette profiler på vegne av kommunen, men skal varsle IT-avdelingen.';
const NEW_SUMMARY = 'Virksomhetene kan opprette profiler på vegne av kommunen, men skal melde profilen til IT-avdelingen.';
/** Out of scope for the shipped pack; an example phrasing of create-profile once the test adds it. */
const NEW_QUESTION = 'hvem passer kaffemaskinen i kantina?';
const breakRule = (text: string): string => text.replace('      - R4.3.2\n    offers:', '      - R9.9.9\n    offers:');

// Building a matcher is the slow part: each test opens once and reloads at most once successfully.
describe('LivePack', () => {
  it('starts with the folder as it is, and refuses to start on a broken one', () => {
    const live = open();
    expect(live.status()).toEqual({ version: packVersion(dir, clock).version, loadedAt: '2025-03-03T08:00:00.000Z' });
    expect(live.current().matcher.match(QUESTION)).toMatchObject({ kind: 'confident', nodeId: 'create-profile' });
    edit('tree.yaml', breakRule);
    expect(open).toThrow(GuidelinePackError);
  });

  it('swaps in a valid change as a new snapshot (texts, matcher, rules); the old snapshot stays as it was', () => {
    const live = open();
    const before = live.current();
    const rules = liveRules(live);
    expect(rules.get('R4.3.2')).toBe(before.pack.rules.get('R4.3.2'));
    expect(before.matcher.match(NEW_QUESTION)).toMatchObject({ kind: 'none' });
    clock = new Date('2025-03-03T09:30:00.000Z');
    edit('tree.yaml', (text) => text.replace(SUMMARY, NEW_SUMMARY).replace(/( {2}- id: create-profile\n[\s\S]*? {4}examples:\n {6}nb:\n)/, `$1        - ${NEW_QUESTION}\n`));

    expect(live.reload()).toEqual({ kind: 'loaded', version: packVersion(dir, clock).version });
    expect(live.current()).not.toBe(before);
    expect(summaryOf(live)).toBe(NEW_SUMMARY);
    expect(live.current().matcher.match(NEW_QUESTION)).toMatchObject({ kind: 'confident', nodeId: 'create-profile' });
    expect(live.status()).toEqual({ version: packVersion(dir, clock).version, loadedAt: '2025-03-03T09:30:00.000Z' });
    expect(lines).toEqual([expect.objectContaining({ level: 30, msg: `content reloaded: pack ${live.status().version} is live` })]);
    // The old snapshot is untouched (a turn that took it finishes with it); liveRules follows the new one.
    const old = before.pack.nodes.get('create-profile');
    expect(old?.kind === 'answer' && old.summary.nb).toBe(SUMMARY);
    expect(before.matcher.match(NEW_QUESTION)).toMatchObject({ kind: 'none' });
    expect(rules.get('R4.3.2')).toBe(live.current().pack.rules.get('R4.3.2'));
    expect(rules.get('R4.3.2')).not.toBe(before.pack.rules.get('R4.3.2'));
    expect([...rules.keys()]).toEqual([...live.current().pack.rules.keys()]);
  });

  it('refuses an invalid change with one error line naming the problems; the old snapshot stays live', () => {
    const live = open();
    const before = live.current();
    expect(live.reload()).toEqual({ kind: 'unchanged' });
    clock = new Date('2025-03-03T10:00:00.000Z');
    edit('tree.yaml', breakRule);

    expect(live.reload().kind).toBe('refused');
    expect(live.current()).toBe(before);
    expect(live.current().matcher.match(QUESTION)).toMatchObject({ kind: 'confident', nodeId: 'create-profile' });
    expect(lines).toHaveLength(1);
    const problems = lines[0]?.problems ?? [];
    expect(problems).toEqual(expect.arrayContaining(['node create-profile cites unknown rule R9.9.9']));
    expect(lines[0]).toMatchObject({ level: 50, msg: `content reload refused: ${problems.length} problem(s); the pack loaded at 2025-03-03T08:00:00.000Z (${before.version}) stays live` });
    expect(live.status()).toEqual({
      version: before.version,
      loadedAt: before.loadedAt,
      lastRefused: { at: '2025-03-03T10:00:00.000Z', version: packVersion(dir, clock).version, problems: problems.length },
    });
    // The same refused files are not checked or logged again.
    expect(live.reload()).toEqual({ kind: 'unchanged' });
    expect(lines).toHaveLength(1);
  });

  it('refuses broken YAML, a broken matcher file, a broken labelled question and an unreadable folder, then takes the fix', () => {
    const live = open();
    const before = live.current();
    edit('rules.yaml', (text) => `${text}\n  - id: [unclosed\n`);
    expect(live.reload()).toMatchObject({ kind: 'refused', problems: [expect.stringMatching(/^rules\.yaml: not valid YAML/)] });
    edit('rules.yaml', () => readFileSync(path.join(contentDir, 'rules.yaml'), 'utf8'));
    edit('out-of-scope.yaml', () => 'phrasings: 42\n');
    expect(live.reload()).toMatchObject({ kind: 'refused', problems: [expect.stringContaining('out-of-scope.yaml')] });
    edit('out-of-scope.yaml', () => readFileSync(path.join(contentDir, 'out-of-scope.yaml'), 'utf8'));
    edit('questions-1.yaml', (text) => text.replace('questions:\n', 'questions:\n  - q: "kan jeg poste dette?"\n    lang: nb\n    expect: [R9.9.9]\n'));
    expect(live.reload()).toMatchObject({ kind: 'refused', problems: ['questions-1.yaml: question 1 expects R9.9.9, which is not a rule of the pack'] });
    edit('questions-1.yaml', () => 'questions:\n  - q: "uten språk"\n    expect: none\n');
    expect(live.reload()).toMatchObject({ kind: 'refused', problems: [expect.stringMatching(/questions-1\.yaml: .*lang/)] });
    edit('questions-1.yaml', () => readFileSync(path.join(contentDir, 'questions-1.yaml'), 'utf8'));
    edit('out-of-scope.yaml', () => 'phrasings: 42\n');
    const saved = `${dir}-saved`;
    cpSync(dir, saved, { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    expect(live.reload()).toMatchObject({ kind: 'refused', problems: [expect.stringContaining('cannot be read')] });
    expect(live.current()).toBe(before);
    expect(lines.map((line) => line.level)).toEqual([50, 50, 50, 50, 50]);

    cpSync(saved, dir, { recursive: true });
    rmSync(saved, { recursive: true, force: true });
    // Fixed, with a line more than the original: a version that was never live.
    edit('out-of-scope.yaml', () => `${readFileSync(path.join(contentDir, 'out-of-scope.yaml'), 'utf8')}\n# checked\n`);
    expect(live.reload().kind).toBe('loaded');
    expect(live.current()).not.toBe(before);
    expect(live.status().lastRefused).toMatchObject({ problems: 1 });
  });
});
