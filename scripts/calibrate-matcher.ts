/**
 * `npm run matcher:calibrate`: how well the matcher generalises, measured without the labelled test set.
 * Leave-one-out over the pack's own example phrasings (and the out-of-scope list): each phrasing is taken
 * out of the index in turn and asked as a question. Prints accuracy for a grid of tunings, so thresholds
 * are chosen on the pack's data, never on the questions the accuracy test uses.
 */
import { loadGuidelinePack } from '../src/guidelines/load-pack';
import { rulesUnder } from '../src/guidelines/rules-under';
import { loadOutOfScopePhrasings } from '../src/matching/out-of-scope';
import { phrasingsOf } from '../src/matching/phrasings';
import { decide, defaultTuning, OUT_OF_SCOPE, QuestionMatcher, type MatcherTuning } from '../src/matching/question-matcher';
import { Synonyms } from '../src/matching/synonyms';

const pack = loadGuidelinePack();
const grid = [0.4, 0.6, 0.8].flatMap((phrasingWeight) => [0.1, 0.3].map((support) => ({ ...defaultTuning, phrasingWeight, support })));
const useSynonyms = !process.argv.includes('--no-synonyms');
const outOfScope = loadOutOfScopePhrasings();
const phrasings = [...phrasingsOf(pack), ...outOfScope.map((text) => ({ nodeId: null, text }))];
const matcher = new QuestionMatcher(phrasings, useSynonyms ? Synonyms.load() : Synonyms.none());

// Held-out questions: the examples (people's phrasings), not titles or quotes.
const exampleTexts = new Set(pack.tree.nodes.flatMap((n) => (n.examples ? [...n.examples.nb, ...n.examples.nn, ...n.examples.en] : [])));
const trials = phrasings
  .map((p, id) => ({ ...p, id }))
  .filter((p) => p.nodeId === null || exampleTexts.has(p.text));
const rankedFor = new Map(grid.map((t) => [`${t.phrasingWeight}/${t.support}`, trials.map((trial) => ({ trial, ranked: matcher.rank(trial.text, new Set([trial.id]), t) }))]));

function score(tuning: MatcherTuning): { accuracy: number; confident: number; confidentWrong: number; oosRight: number } {
  const ranked = rankedFor.get(`${tuning.phrasingWeight}/${tuning.support}`) ?? [];
  let right = 0;
  let confident = 0;
  let oosRight = 0;
  let confidentWrong = 0;
  for (const { trial, ranked: r } of ranked) {
    const result = decide(r, tuning);
    const node = result.kind === 'confident' ? result.nodeId : result.kind === 'ambiguous' ? result.nodeIds[0] : undefined;
    let ok: boolean;
    if (trial.nodeId === null) {
      ok = node === undefined || node === OUT_OF_SCOPE;
      if (ok) oosRight++;
    } else {
      const expected = new Set(rulesUnder(pack, trial.nodeId).map((x) => x.id));
      ok = node !== undefined && rulesUnder(pack, node).some((x) => expected.has(x.id));
    }
    if (ok) right++;
    if (ok && result.kind !== 'ambiguous') confident++;
    if (!ok && result.kind === 'confident') confidentWrong++;
  }
  return { accuracy: right / ranked.length, confident: confident / ranked.length, confidentWrong: confidentWrong / ranked.length, oosRight };
}

const rows: string[] = [];
for (const minScore of [2, 4, 6, 8, 10, 12])
  for (const base of grid)
    for (const confidentRatio of [1.1, 1.2, 1.3]) {
      const tuning = { ...base, minScore, confidentRatio };
      const r = score(tuning);
      rows.push(`${(r.accuracy * 100).toFixed(1)} %  confident-right ${(r.confident * 100).toFixed(1)} %  confident-wrong ${(r.confidentWrong * 100).toFixed(1)} %  out-of-scope ${r.oosRight}/${outOfScope.length}  ${JSON.stringify(tuning)}`);
    }
rows.sort().reverse();
process.stdout.write(`leave-one-out over ${trials.length} phrasings (synonyms ${useSynonyms ? 'on' : 'off'})\n${rows.slice(0, 15).join('\n')}\n`);
const d = score(defaultTuning);
process.stdout.write(`default tuning: ${(d.accuracy * 100).toFixed(1)} % (out-of-scope ${d.oosRight}/${outOfScope.length})\n`);
