/**
 * `npm run matcher:eval`: what the bot makes of the dev sets and (with `--locked2`, `--locked3`, `--locked4` or `--locked6`) a locked test
 * set, per language, kind and intent — strict, on screen, asked back, confidently wrong, invented answers — and
 * the most frequent confusions. A locked set is run to report, never to choose a threshold or add a synonym;
 * every run of it is counted in test/fixtures/locked/RUNS.md.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { understand } from '../../src/conversation/understand';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { loadOutOfScopePhrasings } from '../../src/matching/out-of-scope';
import { QuestionMatcher } from '../../src/matching/question-matcher';
import { Synonyms } from '../../src/matching/synonyms';
import { confusionPairs, judge, loadLabelledSet, summarize, table, type LabelledQuestion, type Summary, type Verdict } from './evaluation';

const fixtures = path.resolve(__dirname, '..', '..', 'test', 'fixtures');
const pack = loadGuidelinePack();
const matcher = QuestionMatcher.fromPack(pack, loadOutOfScopePhrasings(), Synonyms.load());

function evaluate(name: string, file: string): { rows: Summary[]; confusions: string[]; all: Summary } {
  const items = loadLabelledSet(file);
  const verdicts = items.map((item) => judge(pack, item, understand(item.q, matcher)));
  const slice = (label: string, keep: (item: LabelledQuestion) => boolean): Summary => {
    const picked = items.map((item, i) => [item, verdicts[i]!] as [LabelledQuestion, Verdict]).filter(([item]) => keep(item));
    return summarize(label, picked.map(([item]) => item), picked.map(([, v]) => v));
  };
  const all = slice(`${name}: all`, () => true);
  const rows = [
    all,
    ...(['nb', 'nn', 'en'] as const).map((lang) => slice(`${name}: ${lang}`, (item) => item.lang === lang)),
    ...(['short', 'story'] as const).map((kind) => slice(`${name}: ${kind}`, (item) => item.kind === kind)),
    ...(['answer', 'doubt', 'register', 'smalltalk', 'out-of-scope'] as const).map((intent) => slice(`${name}: ${intent}`, (item) => item.intent === intent)),
  ].filter((row) => row.total > 0);
  return { rows, confusions: confusionPairs(items, verdicts), all };
}

/** Dev sets: tune on them. dev-2 and dev-4 are locked sets 1 and 5, retired to dev once a look had shaped a decision (RUNS.md). */
const sets: [string, string][] = [
  ['dev', path.join(fixtures, 'labelled-questions.yaml')],
  ['dev-2', path.join(fixtures, 'dev-2-questions.yaml')],
  ['dev-3', path.join(fixtures, 'dev-3-questions.yaml')],
  ['dev-4', path.join(fixtures, 'dev-4-questions.yaml')],
];
/** Locked sets, each written by a helper who saw only the seed document and RULES.md: a fresh yardstick each. */
const lockedSets: [string, string][] = [
  ['locked-2', path.join(fixtures, 'locked', 'locked-questions-2.yaml')],
  ['locked-3', path.join(fixtures, 'locked', 'locked-questions-3.yaml')],
  ['locked-4', path.join(fixtures, 'locked', 'locked-questions-4.yaml')],
  ['locked-6', path.join(fixtures, 'locked', 'locked-questions-6.yaml')],
];
const lockedRequested = lockedSets.filter(([name]) => process.argv.includes(`--${name.replace('-', '')}`));
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
if (lockedRequested.length > 0) sets.splice(0, sets.length, ...lockedRequested);
else if (only) sets.splice(0, sets.length, ...sets.filter(([name]) => name === only));

for (const [name, file] of sets) {
  const { rows, confusions, all } = evaluate(name, file);
  process.stdout.write(`\n## ${name} (${path.relative(process.cwd(), file)})\n\n${table(rows)}\n\nMost frequent confusions:\n${confusions.map((c) => `- ${c}`).join('\n')}\n`);
  if (name.startsWith('locked')) {
    const line = `- ${new Date().toISOString()} (${name}): strict ${all.strict}/${all.total}, on screen ${all.onScreen}/${all.total}, confidently wrong ${all.confidentlyWrong}/${all.inScope}, invented ${all.invented}/${all.outOfScope}\n`;
    appendFileSync(path.join(fixtures, 'locked', 'RUNS.md'), line);
  }
}
if (lockedRequested.length === 0) process.stdout.write('\n(No locked test set was run. `npm run matcher:eval -- --locked6` (or `--locked2` … `--locked4`) runs one and records the run.)\n');
