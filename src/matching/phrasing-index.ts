/**
 * The matcher's search view: BM25 over the phrasings, each phrasing a set of terms, and the hits summed up per
 * node. The scoring is the BM25+ of MiniSearch, which this index replaced (k 1.2, b 0.7, d 0.5; a phrasing's
 * score times the number of the question's terms it has), so the answers stayed the same. MiniSearch built an
 * object for every phrasing hit (up to ~900 a question) only for the matcher to fold them into ~40 nodes; this
 * index scores into arrays made once and folds as it goes, which took the matcher's p99 under 1 ms
 * (docs/decisions/0096-search-view-scores-into-arrays.md).
 */

/** What a node's phrasings have in common with the question. */
export interface NodeHits {
  nodeId: string;
  /** Score of each of the node's phrasings that has any of the terms. */
  scores: number[];
  /** The question's terms found in any of the node's phrasings. */
  terms: string[];
}

const K = 1.2;
const B = 0.7;
const D = 0.5;

export class PhrasingIndex {
  private readonly nodeIds: string[] = [];
  /** The node of each phrasing (its index in nodeIds). */
  private readonly nodeOf: Uint32Array;
  /** How long each phrasing is against the average (BM25's length normalisation), folded into one factor. */
  private readonly lengthFactor: Float64Array;
  /** The phrasings each term occurs in. */
  private readonly postings = new Map<string, Uint32Array>();
  /** Scratch space for one search, kept between searches: a phrasing's score, and how many terms it had. */
  private readonly score: Float64Array;
  private readonly matched: Uint16Array;

  constructor(phrasings: readonly { nodeId: string; terms: readonly string[] }[]) {
    const nodeIndex = new Map<string, number>();
    this.nodeOf = Uint32Array.from(phrasings, ({ nodeId }) => {
      if (!nodeIndex.has(nodeId)) nodeIndex.set(nodeId, this.nodeIds.push(nodeId) - 1);
      return nodeIndex.get(nodeId)!;
    });
    const lengths = phrasings.map(({ terms }) => new Set(terms).size);
    const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length);
    this.lengthFactor = Float64Array.from(lengths, (length) => K * (1 - B + (B * length) / averageLength));
    const lists = new Map<string, number[]>();
    phrasings.forEach(({ terms }, phrasing) => {
      for (const term of new Set(terms)) (lists.get(term) ?? lists.set(term, []).get(term)!).push(phrasing);
    });
    for (const [term, list] of lists) this.postings.set(term, Uint32Array.from(list));
    this.score = new Float64Array(phrasings.length);
    this.matched = new Uint16Array(phrasings.length);
  }

  get phrasingCount(): number {
    return this.nodeOf.length;
  }

  /** In how many phrasings the term occurs. */
  phrasingsWith(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /**
   * The nodes with a phrasing that has any of the (distinct) terms, with each such phrasing's score; `boost`
   * weighs a term's contribution, `exclude` leaves phrasings out (by their position in the constructor's list).
   */
  search(terms: readonly string[], boost?: (term: string) => number, exclude?: ReadonlySet<number>): NodeHits[] {
    const touched: number[] = [];
    const termsOfNode = new Map<number, string[]>();
    for (const term of terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      const weight = (boost?.(term) ?? 1) * inverseFrequency(list.length, this.phrasingCount);
      for (const phrasing of list) {
        if (exclude?.has(phrasing)) continue;
        if (this.matched[phrasing] === 0) touched.push(phrasing);
        this.matched[phrasing]! += 1;
        this.score[phrasing]! += weight * (D + (K + 1) / (1 + this.lengthFactor[phrasing]!));
        const node = this.nodeOf[phrasing]!;
        const nodeTerms = termsOfNode.get(node) ?? termsOfNode.set(node, []).get(node)!;
        if (nodeTerms.at(-1) !== term) nodeTerms.push(term);
      }
    }
    const byNode = new Map<number, NodeHits>();
    for (const phrasing of touched) {
      const node = this.nodeOf[phrasing]!;
      const hits = byNode.get(node) ?? byNode.set(node, { nodeId: this.nodeIds[node]!, scores: [], terms: termsOfNode.get(node)! }).get(node)!;
      hits.scores.push(this.score[phrasing]! * this.matched[phrasing]!);
      this.score[phrasing] = 0;
      this.matched[phrasing] = 0;
    }
    return [...byNode.values()];
  }
}

/** BM25's inverse document frequency: a term in few phrasings says more. */
function inverseFrequency(phrasingsWithTerm: number, phrasingCount: number): number {
  return Math.log(1 + (phrasingCount - phrasingsWithTerm + 0.5) / (phrasingsWithTerm + 0.5));
}
