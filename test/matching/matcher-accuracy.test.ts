/**
 * The matcher's accuracy on a labelled question set written independently of the pack's example phrasings
 * (test/fixtures/labelled-questions.yaml): Bokmål, Nynorsk and English, with and without æ/ø/å, typos,
 * and out-of-scope questions. The figure is printed; the test fails below 95 %.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { rulesUnder } from '../../src/guidelines/rules-under';
import { loadOutOfScopePhrasings } from '../../src/matching/out-of-scope';
import { Synonyms } from '../../src/matching/synonyms';
import { QuestionMatcher, type MatchResult } from '../../src/matching/question-matcher';
import type { GuidelinePack } from '../../src/guidelines/guideline-pack';

const labelledSet = z.object({
  questions: z.array(z.object({ q: z.string(), lang: z.enum(['nb', 'nn', 'en']), expect: z.union([z.literal('none'), z.array(z.string()).min(1)]) })),
});
type Labelled = z.infer<typeof labelledSet>['questions'][number];

export function loadLabelledQuestions(): Labelled[] {
  const file = path.join(__dirname, '..', 'fixtures', 'labelled-questions.yaml');
  return labelledSet.parse(parse(readFileSync(file, 'utf8'))).questions;
}

/** What the user sees first: the node of a confident match or the first suggestion; undefined for "not covered". */
function firstNode(result: MatchResult): string | undefined {
  if (result.kind === 'confident') return result.nodeId;
  if (result.kind === 'ambiguous') return result.nodeIds[0];
  return undefined;
}

export function isCorrect(pack: GuidelinePack, item: Labelled, result: MatchResult): boolean {
  const nodeId = firstNode(result);
  if (item.expect === 'none') return nodeId === undefined;
  if (nodeId === undefined) return false;
  const cited = rulesUnder(pack, nodeId).map((r) => r.id);
  return item.expect.some((id) => cited.includes(id));
}

describe('question matcher accuracy on the labelled set', () => {
  const pack = loadGuidelinePack();
  const matcher = QuestionMatcher.fromPack(pack, loadOutOfScopePhrasings(), Synonyms.load());
  const questions = loadLabelledQuestions();

  it('has a labelled set of at least 60 questions in nb, nn and en, some out of scope', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['nb', 'nn', 'en'] as const) expect(questions.filter((q) => q.lang === lang).length).toBeGreaterThan(5);
    expect(questions.filter((q) => q.expect === 'none').length).toBeGreaterThanOrEqual(3);
  });

  it('answers at least 95 % of the questions right', () => {
    const misses: string[] = [];
    const byLang: Record<string, { right: number; total: number }> = {};
    let confidentRight = 0;
    for (const item of questions) {
      const result = matcher.match(item.q);
      const right = isCorrect(pack, item, result);
      const bucket = (byLang[item.lang] ??= { right: 0, total: 0 });
      bucket.total += 1;
      if (right) {
        bucket.right += 1;
        if (result.kind !== 'ambiguous') confidentRight += 1;
      } else {
        misses.push(`${item.lang} "${item.q}" expected ${String(item.expect)} got ${JSON.stringify(result)}`);
      }
    }
    const right = questions.length - misses.length;
    const accuracy = right / questions.length;
    const perLang = Object.entries(byLang).map(([lang, b]) => `${lang} ${b.right}/${b.total}`).join(', ');
    process.stdout.write(
      `\nmatcher accuracy: ${(accuracy * 100).toFixed(1)} % (${right}/${questions.length}; ${perLang}; ` +
        `${confidentRight} right without asking back)\n${misses.map((m) => `  miss: ${m}`).join('\n')}\n`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
