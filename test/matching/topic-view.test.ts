import type { Vote } from '../../src/matching/node-classifier';
import { TopicView } from '../../src/matching/topic-view';

const words = (text: string): string[] => text.toLowerCase().split(/\W+/).filter(Boolean);

// Two topics: what the kommune posts on its own page, and what an employee posts on their own profile.
const phrasings = [
  { nodeId: 'kommune-pictures', text: 'bilde på kommunens side' },
  { nodeId: 'kommune-pictures', text: 'legge ut foto på kommunens facebook' },
  { nodeId: 'kommune-comments', text: 'kommentar på kommunens side' },
  { nodeId: 'kommune-comments', text: 'svare innbygger på kommunens facebook' },
  { nodeId: 'private-views', text: 'mene noe på min egen profil' },
  { nodeId: 'private-views', text: 'dele min mening på egen facebook' },
];
const topicOf = (nodeId: string): string => nodeId.split('-')[0]!;
/** Node votes torn evenly between a kommune answer and a private one. */
const torn: Vote[] = [
  { nodeId: 'kommune-pictures', odds: Math.log(0.45) },
  { nodeId: 'private-views', odds: Math.log(0.45) },
  { nodeId: 'kommune-comments', odds: Math.log(0.1) },
];
const probability = (votes: Vote[], nodeId: string): number => Math.exp(votes.find((v) => v.nodeId === nodeId)!.odds);

describe('TopicView', () => {
  const view = TopicView.train(phrasings, words, topicOf, 1);

  it('lets the topic the question is about decide between answers the node model cannot tell apart', () => {
    const question = 'kan jeg legge ut dette på kommunens facebook';
    const votes = view.reweigh(torn, question, words(question));
    expect(votes[0]!.nodeId).toBe('kommune-pictures');
    expect(probability(votes, 'kommune-pictures')).toBeGreaterThan(2 * probability(votes, 'private-views'));
    const other = 'kan jeg skrive dette på min egen profil';
    expect(view.reweigh(torn, other, words(other))[0]!.nodeId).toBe('private-views');
  });

  it('gives log probabilities that sum to one, best first, and keeps the order within a topic', () => {
    const question = 'kommunens side';
    const votes = view.reweigh(torn, question, words(question));
    expect(votes.reduce((sum, v) => sum + Math.exp(v.odds), 0)).toBeCloseTo(1, 9);
    expect(votes.map((v) => v.odds)).toEqual([...votes.map((v) => v.odds)].sort((a, b) => b - a));
    expect(probability(votes, 'kommune-pictures') / probability(votes, 'kommune-comments')).toBeCloseTo(4.5, 6);
  });

  it('changes nothing at weight 0', () => {
    const neutral = TopicView.train(phrasings, words, topicOf, 0);
    const votes = neutral.reweigh(torn, 'kommunens side', ['kommunens', 'side']);
    for (const vote of torn) expect(probability(votes, vote.nodeId)).toBeCloseTo(Math.exp(vote.odds), 9);
  });
});
