/**
 * Matches a free-text question to a node of the decision tree.
 *
 * Every phrasing we have of a node (its examples, its title, the label that leads to it, the quoted rules
 * and their English paraphrase) is one document in a MiniSearch (BM25) index. Text is folded (æ/ø/å),
 * rewritten through the thesaurus, stripped of stop words and stemmed, with fuzzy and prefix matching for
 * typos and compounds. A node's score is its best phrasing plus a share of its other matching phrasings.
 * The outcome is honest: confident → one node; close call → the best 2–3; too little evidence, or a known
 * out-of-scope phrasing (content/out-of-scope.yaml) on top → no match.
 */
import MiniSearch from 'minisearch';
import type { GuidelinePack } from '../guidelines/guideline-pack';
import { phrasingsOf, type Phrasing } from './phrasings';
import { Synonyms } from './synonyms';
import { foldLetters, stemsOf, words } from './text-normalizer';

export type MatchResult =
  | { kind: 'confident'; nodeId: string; score: number }
  | { kind: 'ambiguous'; nodeIds: string[]; scores: number[] }
  | { kind: 'none'; reason: 'no-content-words' | 'out-of-scope' | 'weak' };

export interface MatcherTuning {
  /** Minimum score of the best node for any match at all. */
  minScore: number;
  /** Share of the other matching phrasings' scores added to a node's best one (support). */
  support: number;
  /** Best must beat the runner-up by this factor to be confident. */
  confidentRatio: number;
  /** Runners-up within this factor of the best are offered as choices. */
  offerRatio: number;
}

export const defaultTuning: MatcherTuning = { minScore: 6, support: 0.1, confidentRatio: 1.25, offerRatio: 0.7 };

export const OUT_OF_SCOPE = '__out-of-scope__';

interface IndexedPhrasing {
  id: number;
  nodeId: string;
  text: string;
}

export class QuestionMatcher {
  private readonly index: MiniSearch<IndexedPhrasing>;

  constructor(
    phrasings: readonly Phrasing[],
    private readonly synonyms: Synonyms = Synonyms.none(),
    private readonly tuning: MatcherTuning = defaultTuning,
  ) {
    this.index = new MiniSearch<IndexedPhrasing>({
      fields: ['text'],
      storeFields: ['nodeId'],
      tokenize: (text) => this.terms(text),
      processTerm: (term) => term,
      searchOptions: {
        fuzzy: (term) => (term.length >= 8 ? 0.2 : term.length >= 5 ? 1 : 0),
        prefix: (term) => term.length >= 5,
        weights: { fuzzy: 0.45, prefix: 0.35 },
        combineWith: 'OR',
      },
    });
    this.index.addAll(phrasings.map((p, id) => ({ id, nodeId: p.nodeId ?? OUT_OF_SCOPE, text: p.text })));
  }

  static fromPack(pack: GuidelinePack, outOfScope: readonly string[] = [], synonyms?: Synonyms, tuning?: MatcherTuning): QuestionMatcher {
    return new QuestionMatcher([...phrasingsOf(pack), ...outOfScope.map((text) => ({ nodeId: null, text }))], synonyms, tuning);
  }

  /** The search terms of a text: folded, thesaurus-rewritten, without stop words, stemmed, canonical. */
  terms(text: string): string[] {
    const rewritten = this.synonyms.rewritePhrases(foldLetters(text));
    return [...new Set(words(rewritten).flatMap((w) => stemsOf(w).map((s) => this.synonyms.canonical(s))))];
  }

  match(question: string): MatchResult {
    if (this.terms(question).length === 0) return { kind: 'none', reason: 'no-content-words' };
    return decide(this.rank(question), this.tuning);
  }

  /** Nodes by score: best phrasing plus `support` × the sum of the node's other matching phrasings. */
  rank(question: string, exclude?: ReadonlySet<number>, support: number = this.tuning.support): { nodeId: string; score: number }[] {
    const perNode = new Map<string, number[]>();
    for (const hit of this.index.search(question)) {
      if (exclude?.has(Number(hit.id))) continue;
      const nodeId = String(hit['nodeId']);
      const scores = perNode.get(nodeId) ?? [];
      scores.push(hit.score);
      perNode.set(nodeId, scores);
    }
    return [...perNode.entries()]
      .map(([nodeId, scores]) => {
        const best = Math.max(...scores);
        const rest = scores.reduce((sum, s) => sum + s, 0) - best;
        return { nodeId, score: best + support * rest };
      })
      .sort((a, b) => b.score - a.score);
  }
}

/** The honest outcome from ranked nodes: confident, a close call between the best few, or no match. */
export function decide(ranked: readonly { nodeId: string; score: number }[], tuning: MatcherTuning): MatchResult {
  const top = ranked[0];
  if (!top || top.score < tuning.minScore) return { kind: 'none', reason: 'weak' };
  if (top.nodeId === OUT_OF_SCOPE) return { kind: 'none', reason: 'out-of-scope' };
  const inScope = ranked.filter((r) => r.nodeId !== OUT_OF_SCOPE);
  const second = inScope[1];
  if (!second || top.score >= second.score * tuning.confidentRatio) return { kind: 'confident', nodeId: top.nodeId, score: top.score };
  const contenders = inScope.filter((r) => r.score >= top.score * tuning.offerRatio).slice(0, 3);
  return { kind: 'ambiguous', nodeIds: contenders.map((c) => c.nodeId), scores: contenders.map((c) => c.score) };
}
