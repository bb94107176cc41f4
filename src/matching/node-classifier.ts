/**
 * The matcher's second view of a question: a naive Bayes text classifier (wink-naive-bayes-text-classifier)
 * trained on the pack's phrasings of each node, over the question's search terms and the character 4-grams of
 * its words. The 4-grams meet what whole words miss: compounds ("facebooksiden", "kulturhusets"), typos and
 * Nynorsk forms ("bilete", "tilsette"). Trained once at start-up from the pack (no model files).
 */
import { createRequire } from 'node:module';
import { foldLetters, words } from './text-normalizer';

interface WinkClassifier {
  defineConfig(config: { considerOnlyPresence: boolean; smoothingFactor: number }): boolean;
  definePrepTasks(tasks: ((input: string[]) => string[])[]): number;
  learn(input: string[], label: string): boolean;
  consolidate(): boolean;
  computeOdds(input: string[]): [string, number][];
}

// The package ships no types; this is the part of its documented API the matcher uses.
const createWinkClassifier = createRequire(__filename)('wink-naive-bayes-text-classifier') as () => WinkClassifier;

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
  /** Log odds of the node against the others (wink's computeOdds); only the order is used. */
  odds: number;
}

export class NodeClassifier {
  private constructor(
    private readonly classifier: WinkClassifier,
    private readonly features: (text: string) => string[],
  ) {}

  /** `terms` is the matcher's own tokenisation (folded, thesaurus, stems), so both views read text alike. */
  static train(phrasings: readonly { nodeId: string; text: string }[], terms: (text: string) => string[]): NodeClassifier {
    const classifier = createWinkClassifier();
    classifier.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
    classifier.definePrepTasks([(input) => input]);
    const features = (text: string): string[] => [...terms(text), ...characterGrams(text)];
    for (const { nodeId, text } of phrasings) classifier.learn(features(text), nodeId);
    classifier.consolidate();
    return new NodeClassifier(classifier, features);
  }

  /** The nodes in order of the classifier's belief, best first. */
  rank(text: string): Vote[] {
    return this.classifier.computeOdds(this.features(text)).map(([nodeId, odds]) => ({ nodeId, odds }));
  }
}
