import { SoftmaxClassifier } from '../../src/matching/softmax-classifier';

const words = (text: string): string[] => text.toLowerCase().split(/\W+/).filter(Boolean);

// "bilde" occurs under both nodes; only "samtykke" and "svare" tell them apart. A count-based model is pulled
// towards the node with more "bilde" phrasings; the discriminative model learns the telling words.
const phrasings = [
  { nodeId: 'consent', text: 'bilde samtykke' },
  { nodeId: 'consent', text: 'samtykke fra foreldre' },
  { nodeId: 'consent', text: 'samtykke til publisering' },
  { nodeId: 'comments', text: 'bilde kommentar svare' },
  { nodeId: 'comments', text: 'bilde kommentar' },
  { nodeId: 'comments', text: 'bilde innlegg svare' },
  { nodeId: 'comments', text: 'bilde svare innbygger' },
];

describe('SoftmaxClassifier', () => {
  const model = SoftmaxClassifier.train(phrasings, words);

  it('ranks by the words that tell nodes apart, not by the shared ones', () => {
    expect(model.rank('trenger jeg samtykke for et bilde')[0]?.nodeId).toBe('consent');
    expect(model.rank('hvordan svare under et bilde')[0]?.nodeId).toBe('comments');
  });

  it('gives log probabilities that sum to one over the nodes', () => {
    const votes = model.rank('samtykke');
    expect(votes.reduce((sum, v) => sum + Math.exp(v.odds), 0)).toBeCloseTo(1, 9);
    expect(Math.exp(votes[0]!.odds)).toBeGreaterThan(0.5);
  });

  it('knows nothing of a text without known features: the classes are near their prior', () => {
    const votes = model.rank('helt ukjente ord');
    expect(Math.exp(votes[0]!.odds) - Math.exp(votes[1]!.odds)).toBeLessThan(0.2);
  });

  it('is deterministic: the same phrasings train the same model', () => {
    const again = SoftmaxClassifier.train(phrasings, words);
    expect(again.rank('bilde samtykke svare')).toEqual(model.rank('bilde samtykke svare'));
  });
});
