/**
 * Matches a free-text question to a node of the decision tree.
 *
 * Every phrasing we have of a node (its examples, its title, the label that leads to it, the quoted rules
 * and their English paraphrase, the labelled questions that expect its rules) is one document in a BM25 index (phrasing-index.ts). Text is folded (æ/ø/å),
 * rewritten through the thesaurus, stripped of stop words and stemmed; typos and compounds are met by the
 * classifiers' character 4-grams (the search itself is exact). A node's score blends two views of the evidence: its best phrasing (BM25, plus a share
 * of its other matching phrasings) and how many of the question's terms the node covers, each term weighted by
 * how few nodes share it (a word found under one node says more than a word found everywhere).
 * Two classifiers over the same terms, neighbouring-term pairs and character 4-grams add their probability of each
 * node: naive Bayes (node-classifier.ts, softened) and softmax (softmax-classifier.ts, calibrated; it may also vouch
 * for a node, or for "out of scope", on its own). In a story the terms of the last sentence, usually the question,
 * count double in the search.
 * Tuned on the labelled questions held out (`npm run matcher:eval`), never on a locked test set. The outcome is honest: confident → one node
 * (with close runners-up that answer something else, to offer beside it); close call → the best 2–3; too little evidence, or a known
 * out-of-scope phrasing (content/out-of-scope.yaml) on top → no match.
 */
import type { GuidelinePack } from '../guidelines/guideline-pack';
import { rulesUnder } from '../guidelines/rules-under';
import { DomainVocabulary } from './domain-vocabulary';
import { classifierFeatures, NodeClassifier, type Vote } from './node-classifier';
import { defaultSoftmaxSettings, SoftmaxClassifier } from './softmax-classifier';
import { PhrasingIndex } from './phrasing-index';
import { questionPhrasings, type LabelledQuestion } from './labelled-questions';
import { phrasingsOf, type Phrasing } from './phrasings';
import { Synonyms } from './synonyms';
import { foldLetters, stemsOf, words } from './text-normalizer';
import type { WeightStore } from './weight-store';

export type MatchResult =
  /** `alsoConsidered`: runners-up close enough to be offered beside the answer ("Gjelder saken din …?"). */
  | { kind: 'confident'; nodeId: string; score: number; alsoConsidered?: string[] }
  | { kind: 'ambiguous'; nodeIds: string[]; scores: number[] }
  | { kind: 'none'; reason: 'no-content-words' | 'out-of-scope' | 'weak' };

export interface MatcherTuning {
  /** Minimum BM25 evidence (best phrasing) of the top node for any match at all. */
  minScore: number;
  /** Weight of the phrasing view against the term-coverage view in a node's score (0–1). */
  phrasingWeight: number;
  /** Share of the other matching phrasings' scores added to a node's best one (support). */
  support: number;
  /** Best must beat the runner-up by this factor to be confident. */
  confidentRatio: number;
  /** Runners-up within this factor of the best are offered as choices. */
  offerRatio: number;
  /** Beside a confident answer, runners-up within this factor of it (and not resting on its rules) are offered too; 0 offers none. */
  relatedRatio: number;
  /** Out of scope when at least this many of the question's terms are words the guidelines never use … */
  foreignMin: number;
  /** … and they are at least this share of its terms. */
  foreignShare: number;
  /** A long question is searched by at most this many of its terms, the rarest (see mostTelling). */
  maxTerms: number;
  /** The search visits at most this share of all phrasings: common terms ("sosiale medier", "kommune") beyond it are left out, they tell nodes apart too little to pay for the thousands of phrasings they are in. The classifiers still read them. */
  searchBudget: number;
  /** How much the classifier's probability of a node adds to its ranking score (best ≈ 1). */
  voteWeight: number;
  /** Softens the classifier's log odds before they become probabilities (naive Bayes is overconfident). */
  voteTemperature: number;
  /** How much the softmax model's probability of a node adds to its ranking score (softmax-classifier.ts). */
  softmaxWeight: number;
  /** The best node is also answered without the margin when the softmax model gives it at least this probability (its probabilities are calibrated, naive Bayes's are not). */
  confidentProbability: number;
  /** In a story (several sentences), how much more the terms of the last sentence — usually the question — count. */
  questionWeight: number;
}

export const defaultTuning: MatcherTuning = { minScore: 2, phrasingWeight: 0.6, support: 0.1, confidentRatio: 1.8, offerRatio: 0.7, relatedRatio: 0.5, foreignMin: 2, foreignShare: 0.6, questionWeight: 1, maxTerms: 14, searchBudget: 0.15, voteWeight: 1, voteTemperature: 10, softmaxWeight: 1, confidentProbability: 0.4 };

export const OUT_OF_SCOPE = '__out-of-scope__';

export class QuestionMatcher {
  private readonly index: PhrasingIndex;
  private readonly nodeCount: number;
  private readonly classifier: NodeClassifier;
  private readonly softmax: SoftmaxClassifier;
  private readonly domain: DomainVocabulary;

  constructor(
    phrasings: readonly Phrasing[],
    private readonly synonyms: Synonyms = Synonyms.none(),
    private readonly tuning: MatcherTuning = defaultTuning,
    /** Whether two nodes rest on a common rule (from the pack); asking back between them would be pointless. */
    private readonly sameRule?: (a: string, b: string) => boolean,
    /** Keeps the softmax view's trained weights between starts (weight-store.ts); without it, it is trained every time. */
    weightStore?: WeightStore,
  ) {
    const documents = phrasings.map((p, id) => ({ id, nodeId: p.nodeId ?? OUT_OF_SCOPE, text: p.text }));
    // Every view reads the phrasings' terms and features: each is worked out once, here, not once per view.
    const texts = documents.map((d) => d.text);
    const termsOf = precomputed(texts, (text) => this.terms(text));
    const featuresOf = precomputed(texts, classifierFeatures(termsOf));
    this.index = new PhrasingIndex(documents.map((d) => ({ nodeId: d.nodeId, terms: termsOf(d.text) })));
    this.nodeCount = new Set(phrasings.map((p) => p.nodeId ?? OUT_OF_SCOPE)).size;
    this.classifier = NodeClassifier.train(documents, featuresOf);
    this.softmax = SoftmaxClassifier.train(documents, featuresOf, defaultSoftmaxSettings, weightStore);
    this.domain = new DomainVocabulary(documents.filter((d) => d.nodeId !== OUT_OF_SCOPE).flatMap((d) => termsOf(d.text)));
  }

  /** Whether the matcher was built with phrasings of this node. */
  knows(nodeId: string): boolean {
    return this.classifier.knows(nodeId);
  }

  /**
   * The matcher of a pack: its phrasings, the known out-of-scope ones and `options.questions` (labelled questions,
   * labelled-questions.ts) as training. `options.tuning` replaces the defaults (experiments); `options.weightStore`
   * keeps the softmax weights between starts.
   */
  static fromPack(pack: GuidelinePack, outOfScope: readonly string[] = [], synonyms?: Synonyms, options: { tuning?: MatcherTuning; weightStore?: WeightStore; questions?: readonly LabelledQuestion[] } = {}): QuestionMatcher {
    const rulesOf = new Map(pack.tree.nodes.map((node) => [node.id, new Set(rulesUnder(pack, node.id).map((rule) => rule.id))]));
    const rules = (nodeId: string): ReadonlySet<string> => rulesOf.get(nodeId) ?? new Set();
    const sameRule = (a: string, b: string): boolean => a === b || [...rules(a)].some((id) => rules(b).has(id));
    const phrasings = [...phrasingsOf(pack), ...outOfScope.map((text) => ({ nodeId: null, text })), ...questionPhrasings(pack, options.questions ?? [])];
    return new QuestionMatcher(phrasings, synonyms, options.tuning, sameRule, options.weightStore);
  }

  /** The search terms of a text: folded, thesaurus-rewritten, without stop words, stemmed, canonical. */
  terms(text: string): string[] {
    const rewritten = this.synonyms.rewritePhrases(foldLetters(text));
    return [...new Set(words(rewritten).flatMap((w) => stemsOf(w).map((s) => this.synonyms.canonical(s))))];
  }

  /** The node a question is about; `without` leaves one node out of the running (a doubtful case is matched to its topic, not to the answer about doubt). */
  match(question: string, without?: string): MatchResult {
    const terms = this.terms(question);
    if (terms.length === 0) return { kind: 'none', reason: 'no-content-words' };
    if (this.domain.isForeign(terms, this.tuning.foreignMin, this.tuning.foreignShare)) return { kind: 'none', reason: 'out-of-scope' };
    // The classifiers' features from the terms already worked out (the question is tokenised once).
    const features = classifierFeatures((text) => (text === question ? terms : this.terms(text)))(question);
    const kept = <T extends { nodeId: string }>(rows: T[]): T[] => (without === undefined ? rows : rows.filter((row) => row.nodeId !== without));
    const ranked = kept(this.rankTerms(this.mostTelling(terms), undefined, this.tuning, this.questionBoost(question)));
    const views: ClassifierView[] = [
      { votes: kept(this.classifier.rank(question, features)), weight: this.tuning.voteWeight, temperature: this.tuning.voteTemperature },
      { votes: kept(this.softmax.rank(question, features)), weight: this.tuning.softmaxWeight, temperature: 1, vouchAt: this.tuning.confidentProbability },
    ];
    return decide(ranked, this.tuning, views, this.sameRule);
  }

  /** Nodes by blended score (0–1, the best node near 1), with the BM25 evidence behind each. */
  rank(question: string, exclude?: ReadonlySet<number>, tuning: MatcherTuning = this.tuning): RankedNode[] {
    return this.rankTerms(this.terms(question), exclude, tuning);
  }

  /** The terms worth searching: the rarest first, at most `maxTerms`, while the phrasings they are found in stay within `searchBudget` (always at least one). */
  private mostTelling(terms: readonly string[]): readonly string[] {
    const budget = this.tuning.searchBudget * this.index.phrasingCount;
    const rarestFirst = [...terms].sort((a, b) => this.index.phrasingsWith(a) - this.index.phrasingsWith(b));
    const searched: string[] = [];
    let visits = 0;
    for (const term of rarestFirst) {
      const phrasings = this.index.phrasingsWith(term);
      if (searched.length === this.tuning.maxTerms || (searched.length > 0 && visits + phrasings > budget)) break;
      searched.push(term);
      visits += phrasings;
    }
    return searched;
  }

  /**
   * A story ends in its question ("… can we put them on the kommune's Facebook page?"): the terms of its last
   * sentence count `1 + questionWeight` in the search, so incidental words of the story weigh less.
   */
  private questionBoost(text: string): ((term: string) => number) | undefined {
    const sentences = text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim() !== '');
    const last = sentences.at(-1);
    if (sentences.length < 2 || !last || this.tuning.questionWeight === 0) return undefined;
    const lastTerms = new Set(this.terms(last));
    return (term) => (lastTerms.has(term) ? 1 + this.tuning.questionWeight : 1);
  }

  /** rank() for a question already turned into terms (the question is tokenised once per match). */
  private rankTerms(terms: readonly string[], exclude?: ReadonlySet<number>, tuning: MatcherTuning = this.tuning, boostTerm?: (term: string) => number): RankedNode[] {
    const perNode = this.index.search(terms, boostTerm, exclude);
    const nodesWithTerm = new Map<string, number>();
    for (const { terms } of perNode) for (const term of terms) nodesWithTerm.set(term, (nodesWithTerm.get(term) ?? 0) + 1);
    const nodeCount = this.nodeCount;
    const rows = perNode.map(({ nodeId, scores, terms }) => {
      const best = Math.max(...scores);
      const phrasing = best + tuning.support * (scores.reduce((sum, s) => sum + s, 0) - best);
      const coverage = terms.reduce((sum, term) => sum + Math.log(1 + nodeCount / (nodesWithTerm.get(term) ?? 1)), 0);
      return { nodeId, evidence: best, phrasing, coverage };
    });
    const maxPhrasing = Math.max(1e-9, ...rows.map((r) => r.phrasing));
    const maxCoverage = Math.max(1e-9, ...rows.map((r) => r.coverage));
    return rows
      .map((r) => ({
        nodeId: r.nodeId,
        evidence: r.evidence,
        score: tuning.phrasingWeight * (r.phrasing / maxPhrasing) + (1 - tuning.phrasingWeight) * (r.coverage / maxCoverage),
      }))
      .sort((a, b) => b.score - a.score);
  }
}

export interface RankedNode {
  nodeId: string;
  /** Blended score, relative to the other nodes for this question. */
  score: number;
  /** BM25 score of the node's best phrasing: absolute evidence that the question is about it. */
  evidence: number;
}

/** A classifier's votes, and how much its (softened) probabilities add to the ranking score. */
export interface ClassifierView {
  votes: readonly Vote[];
  weight: number;
  /** Divides the log odds before they become probabilities: > 1 softens an overconfident model. */
  temperature: number;
  /** A calibrated view vouches for the best node when it gives it at least this probability: answered without the margin. */
  vouchAt?: number;
}

/**
 * The honest outcome from ranked nodes (and, when given, the classifiers' votes): confident, a close call
 * between the best few, or no match. Without votes the ranking decides alone (`confidentRatio`).
 */
export function decide(ranked: readonly RankedNode[], tuning: MatcherTuning, views: readonly ClassifierView[] = [], sameRule?: (a: string, b: string) => boolean): MatchResult {
  const top0 = ranked[0];
  if (!top0 || top0.evidence < tuning.minScore) return { kind: 'none', reason: 'weak' };
  // A calibrated view sure the question is out of scope outweighs a near match in the others.
  if (views.some((view) => vouchesFor(view, OUT_OF_SCOPE))) return { kind: 'none', reason: 'out-of-scope' };
  const fused = views.reduce<RankedNode[]>((nodes, view) => fuse(nodes, view), [...ranked]);
  const top = fused[0]!;
  if (top.nodeId === OUT_OF_SCOPE) return { kind: 'none', reason: 'out-of-scope' };
  const inScope = fused.filter((r) => r.nodeId !== OUT_OF_SCOPE);
  const second = inScope[1];
  const ratio = second ? top.score / Math.max(1e-9, second.score) : Infinity;
  // Beside an answer, the close runners-up that answer something else: the way out when the answer is the wrong one.
  const related = tuning.relatedRatio > 0 ? inScope.slice(1).filter((r) => r.score >= top.score * tuning.relatedRatio && !sameRule?.(top.nodeId, r.nodeId)).slice(0, 2).map((r) => r.nodeId) : [];
  const answer: MatchResult = { kind: 'confident', nodeId: top.nodeId, score: top.score, ...(related.length > 0 ? { alsoConsidered: related } : {}) };
  if (ratio >= tuning.confidentRatio || views.some((view) => vouchesFor(view, top.nodeId))) return answer;
  const contenders = inScope.filter((r) => r.score >= top.score * tuning.offerRatio).slice(0, 3);
  // A runner-up that rests on a rule of the best one would be asked back for nothing: the best one answers.
  if (sameRule && second && sameRule(top.nodeId, second.nodeId)) return answer;
  return { kind: 'ambiguous', nodeIds: contenders.map((c) => c.nodeId), scores: contenders.map((c) => c.score) };
}

function vouchesFor({ votes, vouchAt }: ClassifierView, nodeId: string): boolean {
  const vote = votes.find((v) => v.nodeId === nodeId);
  return vouchAt !== undefined && vote !== undefined && Math.exp(vote.odds) >= vouchAt;
}

/**
 * The ranking's scores (best ≈ 1) plus `weight` × the classifier's probability of each node. Naive Bayes is
 * overconfident (its log odds add up every feature as if independent), so its odds are softened by `temperature`.
 */
function fuse(ranked: readonly RankedNode[], { votes, weight, temperature }: ClassifierView): RankedNode[] {
  const best = votes[0]?.odds ?? 0;
  const exp = votes.map((v) => ({ nodeId: v.nodeId, e: Math.exp((v.odds - best) / temperature) }));
  const total = exp.reduce((sum, v) => sum + v.e, 0) || 1;
  const probability = new Map(exp.map((v) => [v.nodeId, v.e / total]));
  return ranked.map((r) => ({ ...r, score: r.score + weight * (probability.get(r.nodeId) ?? 0) })).sort((a, b) => b.score - a.score);
}

/**
 * `compute` with its results for `texts` worked out once in advance: those are looked up, any other text (a
 * question) is computed as it comes. The table never grows after it is made.
 */
function precomputed<T>(texts: readonly string[], compute: (text: string) => T): (text: string) => T {
  const known = new Map(texts.map((text) => [text, compute(text)]));
  return (text) => (known.has(text) ? known.get(text)! : compute(text));
}
