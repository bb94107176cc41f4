import { PhrasingIndex } from '../../src/matching/phrasing-index';

// Four phrasings of two nodes; lengths 2, 3, 1 and 2 terms (average 2).
const index = new PhrasingIndex([
  { nodeId: 'consent', terms: ['bild', 'samtykk'] },
  { nodeId: 'consent', terms: ['samtykk', 'foreldr', 'publiser'] },
  { nodeId: 'comments', terms: ['kommentar'] },
  { nodeId: 'comments', terms: ['bild', 'kommentar'] },
]);

/** BM25+ by the textbook (k 1.2, b 0.7, d 0.5), one occurrence of the term, written out in full. */
function bm25(phrasingsWithTerm: number, length: number): number {
  const idf = Math.log(1 + (4 - phrasingsWithTerm + 0.5) / (phrasingsWithTerm + 0.5));
  return idf * (0.5 + (1 * 2.2) / (1 + 1.2 * (1 - 0.7 + (0.7 * length) / 2)));
}

const byNode = (hits: ReturnType<PhrasingIndex['search']>): Record<string, { scores: number[]; terms: string[] }> =>
  Object.fromEntries(hits.map(({ nodeId, scores, terms }) => [nodeId, { scores: [...scores].sort((a, b) => b - a), terms: [...terms].sort() }]));

describe('PhrasingIndex', () => {
  it('scores each phrasing by BM25+, times the number of the terms it has, and groups them by node', () => {
    const hits = byNode(index.search(['bild', 'samtykk']));
    expect(Object.keys(hits).sort()).toEqual(['comments', 'consent']);
    expect(hits['consent']!.scores[0]).toBeCloseTo(2 * (bm25(2, 2) + bm25(2, 2)), 12);
    expect(hits['consent']!.scores[1]).toBeCloseTo(bm25(2, 3), 12);
    expect(hits['consent']!.terms).toEqual(['bild', 'samtykk']);
    expect(hits['comments']).toEqual({ scores: [expect.closeTo(bm25(2, 2), 12)], terms: ['bild'] });
  });

  it('counts how many phrasings have a term', () => {
    expect(index.phrasingCount).toBe(4);
    expect(index.phrasingsWith('kommentar')).toBe(2);
    expect(index.phrasingsWith('publiser')).toBe(1);
    expect(index.phrasingsWith('ukjent')).toBe(0);
  });

  it('weighs a term by the boost, and leaves excluded phrasings out', () => {
    const boosted = byNode(index.search(['kommentar'], (term) => (term === 'kommentar' ? 3 : 1)));
    expect(boosted['comments']!.scores).toEqual([expect.closeTo(3 * bm25(2, 1), 12), expect.closeTo(3 * bm25(2, 2), 12)]);
    const without = byNode(index.search(['kommentar'], undefined, new Set([2])));
    expect(without['comments']!.scores).toEqual([expect.closeTo(bm25(2, 2), 12)]);
  });

  it('starts every search afresh: one search leaves nothing behind for the next', () => {
    const first = index.search(['bild', 'samtykk', 'kommentar']);
    index.search(['samtykk', 'foreldr']);
    expect(index.search(['bild', 'samtykk', 'kommentar'])).toEqual(first);
    expect(index.search(['ukjent'])).toEqual([]);
  });
});
