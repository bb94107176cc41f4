/**
 * Floors on the DEV set (test/fixtures/labelled-questions.yaml): what the bot makes of questions written
 * independently of the pack's examples, measured as `npm run matcher:eval` does (scripts/matcher/evaluation.ts).
 * The locked test set is never run here: it reports, it does not gate (test/fixtures/locked/RUNS.md).
 */
import path from 'node:path';
import { understand } from '../../src/conversation/understand';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { loadOutOfScopePhrasings } from '../../src/matching/out-of-scope';
import { QuestionMatcher } from '../../src/matching/question-matcher';
import { Synonyms } from '../../src/matching/synonyms';
import { judge, loadLabelledSet, summarize, table } from '../../scripts/matcher/evaluation';

describe('what the bot makes of the dev set', () => {
  const pack = loadGuidelinePack();
  const matcher = QuestionMatcher.fromPack(pack, loadOutOfScopePhrasings(), Synonyms.load());
  const items = loadLabelledSet(path.join(__dirname, '..', 'fixtures', 'labelled-questions.yaml'));
  const verdicts = items.map((item) => judge(pack, item, understand(item.q, matcher)));
  const all = summarize('dev', items, verdicts);

  it('is a set of at least 300 questions in nb, nn and en, with stories, out-of-scope, doubt, small talk and registration', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    for (const lang of ['nb', 'nn', 'en'] as const) expect(items.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(40);
    for (const intent of ['out-of-scope', 'doubt', 'smalltalk', 'register'] as const) expect(items.filter((q) => q.intent === intent).length).toBeGreaterThanOrEqual(10);
    expect(items.filter((q) => q.kind === 'story').length).toBeGreaterThanOrEqual(100);
  });

  it('keeps its floors: strict, on screen, confidently wrong, invented answers', () => {
    process.stdout.write(`\n${table([all])}\n`);
    expect(all.strict / all.total).toBeGreaterThanOrEqual(0.81);
    expect(all.onScreen / all.total).toBeGreaterThanOrEqual(0.92);
    expect(all.confidentlyWrong / all.inScope).toBeLessThanOrEqual(0.02);
    expect(all.invented).toBeLessThanOrEqual(1);
  });

  it('answers small talk and recognises every registration request in the set', () => {
    const of = (intent: string) => verdicts.filter((_, i) => items[i]!.intent === intent);
    expect(of('smalltalk').every((v) => v.strict)).toBe(true);
    expect(of('register').every((v) => v.strict)).toBe(true);
  });
});
