import { answerDoubt, expressesDoubt, matchQuestion, UNSURE_NODE } from '../../src/conversation/doubt';
import type { MatchResult } from '../../src/matching/question-matcher';

const everyNode = (): boolean => true;

describe('doubt', () => {
  it.each(['Jeg er i tvil om jeg kan dele dette', 'eg veit ikkje om det er lov', 'not sure if it is OK to post', 'er usikker pa om dette gar', 'Noen har skrevet grove banneord. Vet ikke om jeg bør fjerne den', 'Eg er folkevald og veit ikkje om eg kan svare', "I'm in two minds about answering a parent on the school page", 'Jeg er litt i villrede om bildet fra juleavslutningen'])('hears doubt in "%s"', (text) => {
    expect(expressesDoubt(text)).toBe(true);
  });

  it('hears no doubt in a plain question', () => {
    expect(expressesDoubt('Kan jeg legge ut bilder av elevene?')).toBe(false);
  });

  it('answers a close call with the doubt rule and offers the other contenders beside it', () => {
    const close: MatchResult = { kind: 'ambiguous', nodeIds: ['picture-consent', UNSURE_NODE, 'own-views'], scores: [1.2, 1.1, 1] };
    expect(answerDoubt(close, everyNode)).toEqual({ match: { kind: 'confident', nodeId: UNSURE_NODE, score: 1.2 }, alsoOffer: ['picture-consent', 'own-views'] });
  });

  it('leaves a confident answer as it is', () => {
    const confident: MatchResult = { kind: 'confident', nodeId: 'picture-consent', score: 2 };
    expect(answerDoubt(confident, everyNode)).toEqual({ match: confident, alsoOffer: [] });
  });

  it('answers doubt that says too little to place with the doubt rule alone, and leaves "not covered" as it is', () => {
    const weak: MatchResult = { kind: 'none', reason: 'weak' };
    expect(answerDoubt(weak, everyNode)).toEqual({ match: { kind: 'confident', nodeId: UNSURE_NODE, score: 0 }, alsoOffer: [] });
    const notCovered: MatchResult = { kind: 'none', reason: 'out-of-scope' };
    expect(answerDoubt(notCovered, everyNode)).toEqual({ match: notCovered, alsoOffer: [] });
  });

  it('asks back as before when the pack has no answer about doubt', () => {
    const close: MatchResult = { kind: 'ambiguous', nodeIds: ['a', 'b'], scores: [1, 0.9] };
    expect(answerDoubt(close, (nodeId) => nodeId !== UNSURE_NODE)).toEqual({ match: close, alsoOffer: [] });
  });

  it('matches a doubtful case to its topic, not to the answer about doubt, and a plain question against every node', () => {
    const asked: (string | undefined)[] = [];
    const matcher = { match: (_question: string, without?: string): MatchResult => (asked.push(without), { kind: 'confident', nodeId: 'picture-consent', score: 2 }) };
    expect(matchQuestion('Jeg er usikker på om jeg kan legge ut bildet av elevene', matcher, everyNode)).toEqual({ doubt: true, match: { kind: 'confident', nodeId: 'picture-consent', score: 2 }, alsoOffer: [] });
    expect(matchQuestion('Kan jeg legge ut bildet av elevene?', matcher, everyNode).doubt).toBe(false);
    expect(asked).toEqual([UNSURE_NODE, undefined]);
  });
});
