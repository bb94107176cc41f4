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

/**
 * The features both classifiers read: the matcher's own terms (folded, thesaurus, stems), each pair of neighbouring
 * terms ("egen+profil", "kommun+sid": who is speaking, about what) and character 4-grams.
 */
export function classifierFeatures(terms: (text: string) => string[]): (text: string) => string[] {
  return (text) => {
    const t = terms(text);
    const pairs = t.slice(1).map((term, i) => `${t[i]}+${term}`);
    return [...new Set([...t, ...pairs, ...characterGrams(text)])];
  };
}

export interface Vote {
  nodeId: string;
  /** Log probability of the node given the question (up to a constant shared by all nodes). */
  odds: number;
}

/** Laplace smoothing of unseen features. */
const ALPHA = 0.5;

/**
 * The model, inverted for speed: for each feature, the nodes whose phrasings have it and how much more likely
 * it makes each of them than a feature the node never had (a question then costs one short list per feature).
 */
interface Model {
  nodeIds: string[];
  /** log P(node) + (what every feature costs a node that never had it), per feature of the question added up. */
  prior: Float64Array;
  unseen: Float64Array;
  postings: Map<string, { node: number; gain: number }[]>;
}

export class NodeClassifier {
  private constructor(
    private readonly model: Model,
    private readonly features: (text: string) => string[],
  ) {}

  /** `features` are the matcher's (classifierFeatures: its own terms and character 4-grams), so all views read text alike. */
  static train(phrasings: readonly { nodeId: string; text: string }[], features: (text: string) => string[]): NodeClassifier {
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
    const labels = [...counts.entries()];
    const prior = new Float64Array(labels.length);
    const unseen = new Float64Array(labels.length);
    const postings = new Map<string, { node: number; gain: number }[]>();
    labels.forEach(([, label], node) => {
      const denominator = Math.log(label.total + ALPHA * vocabulary.size);
      prior[node] = Math.log(label.documents / phrasings.length);
      unseen[node] = Math.log(ALPHA) - denominator;
      for (const [feature, count] of label.features) {
        const list = postings.get(feature) ?? [];
        list.push({ node, gain: Math.log(count + ALPHA) - Math.log(ALPHA) });
        postings.set(feature, list);
      }
    });
    return new NodeClassifier({ nodeIds: labels.map(([nodeId]) => nodeId), prior, unseen, postings }, features);
  }

  knows(nodeId: string): boolean {
    return this.model.nodeIds.includes(nodeId);
  }

  /** The nodes in order of the classifier's belief, best first (`features`: the text's, when already worked out). */
  rank(text: string, features = this.features(text)): Vote[] {
    const { nodeIds, prior, unseen, postings } = this.model;
    // Features no phrasing of any node has say nothing about which node it is.
    const known = features.filter((feature) => postings.has(feature));
    const odds = Float64Array.from(prior, (p, node) => p + known.length * unseen[node]!);
    for (const feature of known) for (const { node, gain } of postings.get(feature) ?? []) odds[node]! += gain;
    return nodeIds.map((nodeId, node) => ({ nodeId, odds: odds[node]! })).sort((a, b) => b.odds - a.odds);
  }
}
