/**
 * `npm run matcher:eval`: what the bot makes of the labelled question sets (content/questions-N.yaml, each held out
 * in turn: judged by a matcher trained without it) and, with `--lockedN` (test/fixtures/locked/locked-questions-N.yaml),
 * of a locked test set (judged by the bot's own matcher, trained on every set) — per language, kind and intent:
 * strict, on screen, asked back, confidently wrong, invented answers, and the most frequent confusions. A locked
 * set is run to report, never to choose a threshold or add a synonym; every run of it is counted in
 * test/fixtures/locked/RUNS.md. `--only=questions-3` holds out one set only.
 */
import { appendFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { understand } from '../../src/conversation/understand';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { loadLabelledSet, loadQuestionSets, type LabelledQuestion } from '../../src/matching/labelled-questions';
import { loadOutOfScopePhrasings } from '../../src/matching/out-of-scope';
import { QuestionMatcher } from '../../src/matching/question-matcher';
import { Synonyms } from '../../src/matching/synonyms';
import { confusionPairs, heldOut, judge, summarize, table, type HeldOutSet, type Summary, type Verdict } from './evaluation';

const locked = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'locked');
const pack = loadGuidelinePack();
const outOfScope = loadOutOfScopePhrasings();
const synonyms = Synonyms.load();
const questionSets = loadQuestionSets();
const train = (questions: LabelledQuestion[]): QuestionMatcher => QuestionMatcher.fromPack(pack, outOfScope, synonyms, { questions });

function report({ name, items, verdicts }: HeldOutSet, source: string): Summary {
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
  const confusions = confusionPairs(items, verdicts);
  process.stdout.write(`\n## ${name} (${source})\n\n${table(rows)}\n\nMost frequent confusions:\n${confusions.map((c) => `- ${c}`).join('\n')}\n`);
  return all;
}

/** The locked sets asked for: `--locked8` runs test/fixtures/locked/locked-questions-8.yaml. */
const lockedSets = readdirSync(locked)
  .map((file) => /^locked-questions-(\d+)\.yaml$/.exec(file)?.[1])
  .filter((n): n is string => n !== undefined && process.argv.includes(`--locked${n}`))
  .map((n) => ({ name: `locked-${n}`, file: path.join(locked, `locked-questions-${n}.yaml`) }));
if (lockedSets.length > 0) {
  const matcher = train(questionSets.flatMap((set) => set.questions));
  for (const { name, file } of lockedSets) {
    const items = loadLabelledSet(file);
    const all = report({ name, items, verdicts: items.map((item) => judge(pack, item, understand(item.q, matcher))) }, path.relative(process.cwd(), file));
    const line = `- ${new Date().toISOString()} (${name}): strict ${all.strict}/${all.total}, on screen ${all.onScreen}/${all.total}, confidently wrong ${all.confidentlyWrong}/${all.inScope}, invented ${all.invented}/${all.outOfScope}\n`;
    appendFileSync(path.join(locked, 'RUNS.md'), line);
  }
} else {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const held = heldOut(pack, questionSets, train, only);
  const rows = held.map((set) => report(set, `content/${set.name}.yaml, held out`));
  if (!only) {
    const items = held.flatMap((set) => set.items);
    process.stdout.write(`\n## all sets, each held out\n\n${table([summarize('held out: all', items, held.flatMap((set) => set.verdicts)), ...rows])}\n`);
  }
  process.stdout.write('\n(No locked test set was run. `npm run matcher:eval -- --locked8` (or `--locked2` … `--locked7`) runs one and records the run.)\n');
}
