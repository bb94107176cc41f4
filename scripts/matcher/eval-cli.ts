/**
 * `npm run matcher:eval`: what the bot makes of the dev set and (with `--locked`) the locked test set, per
 * language, kind and intent — strict, on screen, asked back, confidently wrong, invented answers — and the
 * most frequent confusions. The locked set is run to report, never to choose a threshold or add a synonym;
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

const sets: [string, string][] = [['dev', path.join(fixtures, 'labelled-questions.yaml')]];
const locked = process.argv.includes('--locked');
const locked2 = process.argv.includes('--locked2');
if (locked) sets.push(['locked', path.join(fixtures, 'locked', 'locked-questions.yaml')]);
// A second locked set, written later by another helper who also saw only the seed and RULES.md (a fresh yardstick).
if (locked2) sets.push(['locked-2', path.join(fixtures, 'locked', 'locked-questions-2.yaml')]);

for (const [name, file] of sets) {
  const { rows, confusions, all } = evaluate(name, file);
  process.stdout.write(`\n## ${name} (${path.relative(process.cwd(), file)})\n\n${table(rows)}\n\nMost frequent confusions:\n${confusions.map((c) => `- ${c}`).join('\n')}\n`);
  if (name.startsWith('locked')) {
    const line = `- ${new Date().toISOString()}${name === 'locked' ? '' : ` (${name})`}: strict ${all.strict}/${all.total}, on screen ${all.onScreen}/${all.total}, confidently wrong ${all.confidentlyWrong}/${all.inScope}, invented ${all.invented}/${all.outOfScope}\n`;
    appendFileSync(path.join(fixtures, 'locked', 'RUNS.md'), line);
  }
}
if (!locked && !locked2) process.stdout.write('\n(The locked test sets were not run. `npm run matcher:eval -- --locked` (or `--locked2`) runs one once more and records the run.)\n');
