/**
 * Matches a free-text question to a node of the decision tree.
 *
 * Every phrasing we have of a node (its examples, its title, the label that leads to it, the quoted rules
 * and their English paraphrase) is one document in a MiniSearch index, with fuzzy and prefix matching for
 * typos and compounds. A question is scored per node (best document), and the outcome is honest:
 * confident → one node; close call → the best 2–3; nothing that covers the question → no match. Known
 * out-of-scope phrasings (content/out-of-scope.yaml) are indexed too, so "how do I reset my password"
 * lands on "not covered" instead of the nearest guideline.
 */
import MiniSearch from 'minisearch';
import type { GuidelinePack } from '../guidelines/guideline-pack';
import { contentWords, stemsOf, words } from './text-normalizer';
import { phrasingsOf, type Phrasing } from './phrasings';

export type MatchResult =
  | { kind: 'confident'; nodeId: string; score: number }
  | { kind: 'ambiguous'; nodeIds: string[]; scores: number[] }
  | { kind: 'none'; reason: 'no-content-words' | 'out-of-scope' | 'weak' };

export interface MatcherTuning {
  /** Minimum best score for any match at all. */
  minScore: number;
  /** Minimum share of the question's content words that the best node's phrasings cover. */
  minCoverage: number;
  /** Best must beat the runner-up by this factor to be confident. */
  confidentRatio: number;
  /** Runners-up within this factor of the best are offered as choices. */
  offerRatio: number;
}

export const defaultTuning: MatcherTuning = { minScore: 4, minCoverage: 0.34, confidentRatio: 1.3, offerRatio: 0.6 };

const OUT_OF_SCOPE = '__out-of-scope__';

interface IndexedPhrasing {
  id: number;
  nodeId: string;
  text: string;
}

export class QuestionMatcher {
  private readonly index: MiniSearch<IndexedPhrasing>;

  constructor(phrasings: readonly Phrasing[], private readonly tuning: MatcherTuning = defaultTuning) {
    this.index = new MiniSearch<IndexedPhrasing>({
      fields: ['text'],
      storeFields: ['nodeId'],
      tokenize: words,
      processTerm: (term) => {
        const stems = stemsOf(term);
        return stems.length > 0 ? stems : null;
      },
      searchOptions: {
        fuzzy: (term) => (term.length >= 7 ? 0.2 : term.length >= 5 ? 1 : 0),
        prefix: (term) => term.length >= 4,
        boost: { text: 1 },
        combineWith: 'OR',
      },
    });
    this.index.addAll(phrasings.map((p, id) => ({ id, nodeId: p.nodeId ?? OUT_OF_SCOPE, text: p.text })));
  }

  static fromPack(pack: GuidelinePack, outOfScope: readonly string[] = [], tuning?: MatcherTuning): QuestionMatcher {
    return new QuestionMatcher([...phrasingsOf(pack), ...outOfScope.map((text) => ({ nodeId: null, text }))], tuning);
  }

  match(question: string): MatchResult {
    const asked = new Set(contentWords(question).flatMap(stemsOf));
    if (asked.size === 0) return { kind: 'none', reason: 'no-content-words' };

    const best = new Map<string, { score: number; terms: Set<string> }>();
    for (const hit of this.index.search(question)) {
      const nodeId = String(hit['nodeId']);
      const entry = best.get(nodeId) ?? { score: 0, terms: new Set<string>() };
      entry.score = Math.max(entry.score, hit.score);
      hit.queryTerms.forEach((t) => entry.terms.add(t));
      best.set(nodeId, entry);
    }
    const ranked = [...best.entries()].sort((a, b) => b[1].score - a[1].score);
    const top = ranked[0];
    if (!top) return { kind: 'none', reason: 'weak' };
    if (top[0] === OUT_OF_SCOPE) return { kind: 'none', reason: 'out-of-scope' };
    const coverage = top[1].terms.size / asked.size;
    if (top[1].score < this.tuning.minScore || coverage < this.tuning.minCoverage) return { kind: 'none', reason: 'weak' };

    const contenders = ranked.filter(([id, e]) => id !== OUT_OF_SCOPE && e.score >= top[1].score * this.tuning.offerRatio).slice(0, 3);
    const second = ranked[1];
    if (contenders.length === 1 || !second || top[1].score >= second[1].score * this.tuning.confidentRatio) {
      return { kind: 'confident', nodeId: top[0], score: top[1].score };
    }
    return { kind: 'ambiguous', nodeIds: contenders.map(([id]) => id), scores: contenders.map(([, e]) => e.score) };
  }
}
