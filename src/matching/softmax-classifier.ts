/**
 * The matcher's discriminative view of a question: multinomial logistic regression (softmax) over the same
 * features as the naive Bayes view (the matcher's stems and character 4-grams), trained at start-up on the
 * pack's phrasings by stochastic gradient descent. Where naive Bayes counts every feature as independent
 * evidence, this model learns which features tell one node from its siblings — the words of a story that are
 * incidental get little weight because they occur under many nodes. Written here rather than taken from a
 * package: the packages measured work on dense matrices (nodes × thousands of features) and one-against-the-rest
 * models; ours is sparse, deterministic (a seeded shuffle) and about one second of training
 * (docs/decisions/0081-softmax-view.md).
 */
import { createHash } from 'node:crypto';
import type { Vote } from './node-classifier';
import type { WeightStore } from './weight-store';

export interface SoftmaxSettings {
  /** Passes over the phrasings. */
  epochs: number;
  /** First step size; it decays as 1 / (1 + decay × epoch). */
  learningRate: number;
  decay: number;
  /** L2 pull of each weight towards 0 on every update that touches it. */
  l2: number;
}

export const defaultSoftmaxSettings: SoftmaxSettings = { epochs: 12, learningRate: 1.5, decay: 0.1, l2: 1e-4 };

/** Gradients smaller than this leave a node's weights alone (most nodes, for most phrasings). */
const NEGLIGIBLE = 1e-4;

interface Example {
  features: Uint32Array;
  label: number;
}

export class SoftmaxClassifier {
  private constructor(
    private readonly nodeIds: readonly string[],
    private readonly featureIndex: ReadonlyMap<string, number>,
    /** weights[feature × nodeCount + node]: a feature's weights for all nodes lie side by side. */
    private readonly weights: Float32Array,
    private readonly bias: Float64Array,
    private readonly features: (text: string) => string[],
  ) {}

  /** Trains on the phrasings, or loads the weights `store` kept from the same training (see weight-store.ts). */
  static train(phrasings: readonly { nodeId: string; text: string }[], features: (text: string) => string[], settings: SoftmaxSettings = defaultSoftmaxSettings, store?: WeightStore): SoftmaxClassifier {
    const nodeIds = [...new Set(phrasings.map((p) => p.nodeId))];
    const labelOf = new Map(nodeIds.map((id, i) => [id, i]));
    const featureIndex = new Map<string, number>();
    const indexOf = (feature: string): number => {
      let index = featureIndex.get(feature);
      if (index === undefined) featureIndex.set(feature, (index = featureIndex.size));
      return index;
    };
    const examples: Example[] = phrasings.map((p) => ({ features: Uint32Array.from(features(p.text), indexOf), label: labelOf.get(p.nodeId)! }));
    const size = { weights: nodeIds.length * featureIndex.size, bias: nodeIds.length };
    const key = trainingKey(examples, size, settings);
    const kept = store?.load(key, size);
    if (kept) return new SoftmaxClassifier(nodeIds, featureIndex, kept.weights, kept.bias, features);
    const model = new SoftmaxClassifier(nodeIds, featureIndex, new Float32Array(size.weights), new Float64Array(size.bias), features);
    model.fit(examples, settings);
    store?.save(key, { weights: model.weights, bias: model.bias });
    return model;
  }

  /** The nodes in order of the model's belief, best first; `odds` are log probabilities (`features`: the text's, when already worked out). */
  rank(text: string, features = this.features(text)): Vote[] {
    const known = features.flatMap((feature) => {
      const index = this.featureIndex.get(feature);
      return index === undefined ? [] : [index];
    });
    const probabilities = this.probabilities(Uint32Array.from(known));
    return this.nodeIds.map((nodeId, node) => ({ nodeId, odds: Math.log(probabilities[node]!) })).sort((a, b) => b.odds - a.odds);
  }

  private fit(examples: Example[], settings: SoftmaxSettings): void {
    const nodeCount = this.nodeIds.length;
    const order = examples.map((_, i) => i);
    const random = seededRandom(1);
    for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
      shuffle(order, random);
      const step = settings.learningRate / (1 + settings.decay * epoch);
      for (const i of order) {
        const { features, label } = examples[i]!;
        const probabilities = this.probabilities(features);
        const scale = 1 / Math.sqrt(features.length || 1);
        for (let node = 0; node < nodeCount; node += 1) {
          const gradient = probabilities[node]! - (node === label ? 1 : 0);
          this.bias[node]! -= 0.1 * step * gradient;
          if (Math.abs(gradient) < NEGLIGIBLE) continue;
          for (const feature of features) {
            const at = feature * nodeCount + node;
            this.weights[at]! -= step * (gradient * scale + settings.l2 * this.weights[at]!);
          }
        }
      }
    }
  }

  /** Softmax over the nodes of the summed weights of the features present (scaled by 1/√n so long texts are not overconfident). */
  private probabilities(features: Uint32Array): Float64Array {
    const nodeCount = this.nodeIds.length;
    const scale = 1 / Math.sqrt(features.length || 1);
    const logits = new Float64Array(nodeCount);
    for (const feature of features) {
      const row = feature * nodeCount;
      for (let node = 0; node < nodeCount; node += 1) logits[node]! += this.weights[row + node]!;
    }
    let max = -Infinity;
    for (let node = 0; node < nodeCount; node += 1) {
      logits[node] = this.bias[node]! + logits[node]! * scale;
      max = Math.max(max, logits[node]!);
    }
    let total = 0;
    for (let node = 0; node < logits.length; node += 1) total += logits[node] = Math.exp(logits[node]! - max);
    for (let node = 0; node < logits.length; node += 1) logits[node]! /= total;
    return logits;
  }
}

/**
 * Names one training: every example's label and features, the sizes, the settings and the training code itself
 * (its source text), so weights are only reused for exactly the training that made them.
 */
function trainingKey(examples: readonly Example[], size: { weights: number; bias: number }, settings: SoftmaxSettings): string {
  const hash = createHash('sha256').update(JSON.stringify({ size, settings, negligible: NEGLIGIBLE })).update(SoftmaxClassifier.toString());
  for (const { features, label } of examples) hash.update(Uint32Array.of(label, features.length)).update(features);
  return hash.digest('hex').slice(0, 32);
}

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}
