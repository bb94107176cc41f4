/**
 * The matcher's topic view: which topic of the decision tree (the start menu: pictures, moderating, official
 * profiles, private person, confidentiality, politicians, the guidelines themselves, doubt) a question is about.
 * It is a softmax model of its own (softmax-classifier.ts) over the same features, trained on the same phrasings
 * labelled with their node's topic, so each of its classes has five to eight times the phrasings of an answer: it
 * hears who is speaking and about what ("on the kommune's page" or "on my own Facebook", a picture or a comment)
 * more surely than the node model, which spreads the same cues over 40 answers. The node model's probabilities
 * are multiplied by their topic's, raised to `weight` (a product of experts): an answer under a topic the question
 * is not about loses ground. The out-of-scope class is a topic of its own.
 * Chosen on the dev sets (docs/decisions/0097-topic-view.md).
 */
import type { Vote } from './node-classifier';
import { defaultSoftmaxSettings, SoftmaxClassifier } from './softmax-classifier';
import type { WeightStore } from './weight-store';

export class TopicView {
  private constructor(
    private readonly model: SoftmaxClassifier,
    private readonly topicOf: (nodeId: string) => string,
    private readonly weight: number,
  ) {}

  /** `topicOf` names a node's topic (a node without one is a topic of its own). */
  static train(phrasings: readonly { nodeId: string; text: string }[], features: (text: string) => string[], topicOf: (nodeId: string) => string, weight: number, store?: WeightStore): TopicView {
    const byTopic = phrasings.map(({ nodeId, text }) => ({ nodeId: topicOf(nodeId), text }));
    return new TopicView(SoftmaxClassifier.train(byTopic, features, defaultSoftmaxSettings, store && { store, model: 'topics' }), topicOf, weight);
  }

  /** The node model's votes reweighed: log P(node) + weight × log P(its topic), as log probabilities again, best first. */
  reweigh(votes: readonly Vote[], text: string, features: string[]): Vote[] {
    const topicOdds = new Map(this.model.rank(text, features).map((vote) => [vote.nodeId, vote.odds]));
    const weighed = votes.map((vote) => ({ nodeId: vote.nodeId, odds: vote.odds + this.weight * (topicOdds.get(this.topicOf(vote.nodeId)) ?? Math.log(1e-9)) }));
    const best = Math.max(...weighed.map((vote) => vote.odds));
    const logTotal = best + Math.log(weighed.reduce((sum, vote) => sum + Math.exp(vote.odds - best), 0));
    return weighed.map((vote) => ({ nodeId: vote.nodeId, odds: vote.odds - logTotal })).sort((a, b) => b.odds - a.odds);
  }
}
