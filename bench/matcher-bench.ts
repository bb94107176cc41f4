/**
 * The question matcher alone, in this process, trained as the bot trains it: how long the index takes to build,
 * and how fast it answers the labelled set (after one warm-up pass).
 */
import { performance } from 'node:perf_hooks';
import { loadGuidelinePack } from '../src/guidelines/load-pack';
import { loadQuestionSets } from '../src/matching/labelled-questions';
import { loadOutOfScopePhrasings } from '../src/matching/out-of-scope';
import { QuestionMatcher } from '../src/matching/question-matcher';
import { Synonyms } from '../src/matching/synonyms';
import { percentile } from './stats';

export interface MatcherFigures {
  questions: number;
  passes: number;
  buildMs: number;
  questionsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export function benchMatcher(questions: readonly string[], passes: number): MatcherFigures {
  const buildStart = performance.now();
  const training = loadQuestionSets().flatMap((set) => set.questions);
  const matcher = QuestionMatcher.fromPack(loadGuidelinePack(), loadOutOfScopePhrasings(), Synonyms.load(), { questions: training });
  const buildMs = performance.now() - buildStart;
  for (const question of questions) matcher.match(question);

  const timings: number[] = [];
  const start = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (const question of questions) {
      const t0 = performance.now();
      matcher.match(question);
      timings.push(performance.now() - t0);
    }
  }
  const totalMs = performance.now() - start;
  return {
    questions: questions.length,
    passes,
    buildMs,
    questionsPerSecond: (timings.length * 1000) / totalMs,
    p50Ms: percentile(timings, 50),
    p99Ms: percentile(timings, 99),
    maxMs: Math.max(...timings),
  };
}
