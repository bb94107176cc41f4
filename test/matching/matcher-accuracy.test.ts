/**
 * Floors on the dev measurement: what the bot makes of the labelled question sets (content/questions-N.yaml),
 * written independently of the pack's examples, each set held out in turn — judged by a matcher trained on the
 * pack and the other sets — as `npm run matcher:eval` does (scripts/matcher/evaluation.ts). The locked test sets
 * are never run here: they report, they do not gate (test/fixtures/locked/RUNS.md).
 */
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { loadQuestionSets, questionPhrasings, type LabelledQuestion } from '../../src/matching/labelled-questions';
import { loadOutOfScopePhrasings } from '../../src/matching/out-of-scope';
import { QuestionMatcher } from '../../src/matching/question-matcher';
import { Synonyms } from '../../src/matching/synonyms';
import { heldOut, summarize, table } from '../../scripts/matcher/evaluation';

/** A little below what the matcher measures on the seven sets, each held out (90.5 %, 97.4 %, 2.1 %, 6 of 465; see the closing notes of issue 10). */
const FLOOR_STRICT = 0.88;
const FLOOR_SCREEN = 0.96;
const CEIL_WRONG = 0.03;
const CEIL_INVENTED = 9;

describe('what the bot makes of questions it was not trained on', () => {
  const pack = loadGuidelinePack();
  const outOfScope = loadOutOfScopePhrasings();
  const synonyms = Synonyms.load();
  const sets = loadQuestionSets();
  const held = heldOut(pack, sets, (questions) => QuestionMatcher.fromPack(pack, outOfScope, synonyms, { questions }));
  const items: LabelledQuestion[] = held.flatMap((set) => set.items);
  const verdicts = held.flatMap((set) => set.verdicts);
  const all = summarize('held out (all sets)', items, verdicts);

  it('is at least 2,000 questions in at least seven sets, in nb, nn and en, with stories, out-of-scope, doubt, small talk and registration', () => {
    expect(sets.length).toBeGreaterThanOrEqual(7);
    expect(items.length).toBeGreaterThanOrEqual(2000);
    for (const lang of ['nb', 'nn', 'en'] as const) expect(items.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(200);
    for (const intent of ['out-of-scope', 'doubt', 'smalltalk', 'register'] as const) expect(items.filter((q) => q.intent === intent).length).toBeGreaterThanOrEqual(50);
    expect(items.filter((q) => q.kind === 'story').length).toBeGreaterThanOrEqual(450);
  });

  it('keeps its floors: strict, on screen, confidently wrong, invented answers', () => {
    process.stdout.write(`\n${table([all])}\n`);
    expect(all.strict / all.total).toBeGreaterThanOrEqual(FLOOR_STRICT);
    expect(all.onScreen / all.total).toBeGreaterThanOrEqual(FLOOR_SCREEN);
    expect(all.confidentlyWrong / all.inScope).toBeLessThanOrEqual(CEIL_WRONG);
    expect(all.invented).toBeLessThanOrEqual(CEIL_INVENTED);
  });

  it('recognises nearly every registration request and small talk', () => {
    const share = (intent: string): number => {
      const of = verdicts.filter((_, i) => items[i]!.intent === intent);
      return of.filter((v) => v.strict).length / of.length;
    };
    expect(share('register')).toBeGreaterThanOrEqual(0.95);
    expect(share('smalltalk')).toBeGreaterThanOrEqual(0.95);
  });

  it('learns each answered question as an example of answers citing a rule it expects, and out of scope as such', () => {
    const questions = sets.flatMap((set) => set.questions);
    const phrasings = questionPhrasings(pack, questions);
    const rulesOf = (nodeId: string): string[] => (pack.nodes.get(nodeId)?.kind === 'answer' ? (pack.nodes.get(nodeId) as { rules: string[] }).rules : []);
    for (const phrasing of phrasings) {
      const question = questions.find((q) => q.q === phrasing.text)!;
      if (phrasing.nodeId === null) expect(question.intent).toBe('out-of-scope');
      else expect(rulesOf(phrasing.nodeId).some((id) => question.expect.includes(id))).toBe(true);
    }
    expect(phrasings.filter((p) => p.nodeId !== null).length).toBeGreaterThan(questions.filter((q) => q.intent === 'answer').length);
  });
});
