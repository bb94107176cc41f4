/**
 * The matcher's second view of a question: a multinomial naive Bayes classifier trained on the pack's phrasings
 * of each node, over the question's search terms and the character 4-grams of its words. The 4-grams meet what
 * whole words miss: compounds ("facebooksiden", "kulturhusets"), typos and Nynorsk forms ("bilete", "tilsette").
 * Trained once at start-up from the pack (no model files). Written here rather than taken from a package:
 * wink-naive-bayes-text-classifier was measured first, and its one-against-the-rest odds cost 4 ms a question
 * (labels² × features); this is the textbook model at about 0.1 ms (docs/decisions/0080-matcher-views.md).
 */
import { foldLetters, words } from './text-normalizer';

/** Character 4-grams of each word, with word boundaries marked: "bilete" → ^bil, bile, ilet, lete, ete$. */
export function characterGrams(text: string): string[] {
  const grams: string[] = [];
  for (const word of words(foldLetters(text))) {
    const marked = `^${word}$`;
    for (let i = 0; i + 4 <= marked.length; i += 1) grams.push(`#${marked.slice(i, i + 4)}`);
  }
  return grams;
}

export interface Vote {
  nodeId: string;
  /** Log probability of the node given the question (up to a constant shared by all nodes). */
  odds: number;
}

/** One node's model: log P(feature | node) for the features its phrasings have, and for one it never had. */
interface LabelModel {
  nodeId: string;
  prior: number;
  seen: Map<string, number>;
  unseen: number;
}

/** Laplace smoothing of unseen features. */
const ALPHA = 0.5;

export class NodeClassifier {
  private constructor(
    private readonly models: readonly LabelModel[],
    private readonly vocabulary: ReadonlySet<string>,
    private readonly features: (text: string) => string[],
  ) {}

  /** `terms` is the matcher's own tokenisation (folded, thesaurus, stems), so both views read text alike. */
  static train(phrasings: readonly { nodeId: string; text: string }[], terms: (text: string) => string[]): NodeClassifier {
    const features = (text: string): string[] => [...new Set([...terms(text), ...characterGrams(text)])];
    const counts = new Map<string, { documents: number; features: Map<string, number>; total: number }>();
    const vocabulary = new Set<string>();
    for (const { nodeId, text } of phrasings) {
      const label = counts.get(nodeId) ?? { documents: 0, features: new Map<string, number>(), total: 0 };
      label.documents += 1;
      for (const feature of features(text)) {
        label.features.set(feature, (label.features.get(feature) ?? 0) + 1);
        label.total += 1;
        vocabulary.add(feature);
      }
      counts.set(nodeId, label);
    }
    // Logarithms once, at start-up: a question then costs one lookup per feature and node.
    const models = [...counts.entries()].map(([nodeId, label]) => {
      const denominator = Math.log(label.total + ALPHA * vocabulary.size);
      const seen = new Map([...label.features].map(([feature, count]) => [feature, Math.log(count + ALPHA) - denominator]));
      return { nodeId, prior: Math.log(label.documents / phrasings.length), seen, unseen: Math.log(ALPHA) - denominator };
    });
    return new NodeClassifier(models, vocabulary, features);
  }

  /** The nodes in order of the classifier's belief, best first. */
  rank(text: string): Vote[] {
    // Features no phrasing of any node has say nothing about which node it is.
    const features = this.features(text).filter((feature) => this.vocabulary.has(feature));
    return this.models
      .map((model) => {
        let odds = model.prior;
        for (const feature of features) odds += model.seen.get(feature) ?? model.unseen;
        return { nodeId: model.nodeId, odds };
      })
      .sort((a, b) => b.odds - a.odds);
  }
}
