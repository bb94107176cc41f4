import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultSoftmaxSettings, SoftmaxClassifier } from '../../src/matching/softmax-classifier';
import { fileWeightStore, type WeightStore } from '../../src/matching/weight-store';

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

  describe('with a weight store', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'weights-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    /** The file store, counting the loads that found usable weights. */
    const counted = (): WeightStore & { hits: number } => {
      const inner = fileWeightStore(dir);
      const store = { hits: 0, load: (...args: Parameters<WeightStore['load']>) => { const kept = inner.load(...args); if (kept) store.hits += 1; return kept; }, save: inner.save };
      return store;
    };
    const probe = 'bilde samtykke svare';

    it('loads the weights of the same training instead of training again, and ranks exactly as the trained model', () => {
      const store = counted();
      SoftmaxClassifier.train(phrasings, words, defaultSoftmaxSettings, store);
      expect(store.hits).toBe(0);
      const loaded = SoftmaxClassifier.train(phrasings, words, defaultSoftmaxSettings, store);
      expect(store.hits).toBe(1);
      expect(loaded.rank(probe)).toEqual(model.rank(probe));
    });

    it('trains again when the phrasings change, and keeps only the latest weights', () => {
      const store = counted();
      SoftmaxClassifier.train(phrasings, words, defaultSoftmaxSettings, store);
      SoftmaxClassifier.train([...phrasings, { nodeId: 'consent', text: 'skriftlig samtykke' }], words, defaultSoftmaxSettings, store);
      expect(store.hits).toBe(0);
      expect(readdirSync(dir)).toHaveLength(1);
    });

    it('ignores a damaged file and trains again', () => {
      const store = counted();
      SoftmaxClassifier.train(phrasings, words, defaultSoftmaxSettings, store);
      const file = path.join(dir, readdirSync(dir)[0]!);
      const bytes = readFileSync(file);
      bytes[8] = bytes[8]! ^ 0xff;
      writeFileSync(file, bytes);
      const retrained = SoftmaxClassifier.train(phrasings, words, defaultSoftmaxSettings, store);
      expect(store.hits).toBe(0);
      expect(retrained.rank(probe)).toEqual(model.rank(probe));
      writeFileSync(file, bytes.subarray(0, 20));
      expect(SoftmaxClassifier.train(phrasings, words, defaultSoftmaxSettings, store).rank(probe)).toEqual(model.rank(probe));
      expect(store.hits).toBe(0);
    });
  });
});
