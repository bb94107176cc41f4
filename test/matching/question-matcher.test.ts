import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { loadOutOfScopePhrasings } from '../../src/matching/out-of-scope';
import { decide, defaultTuning, OUT_OF_SCOPE, QuestionMatcher } from '../../src/matching/question-matcher';
import { Synonyms } from '../../src/matching/synonyms';
import { foldLetters, stemsOf } from '../../src/matching/text-normalizer';

const pack = loadGuidelinePack();
const matcher = QuestionMatcher.fromPack(pack, loadOutOfScopePhrasings(), Synonyms.load());

describe('text normalisation', () => {
  it('folds æ/ø/å and their keyboard substitutes to one spelling', () => {
    expect(foldLetters('Bør jeg få samtykke før publisering på Båtsfjord?')).toBe(foldLetters('Bor jeg fa samtykke for publisering pa Batsfjord?'));
    expect(foldLetters('boer')).toBe(foldLetters('bør'));
    expect(foldLetters('paa')).toBe(foldLetters('på'));
  });

  it('stems inflected forms to one term and drops stop words', () => {
    expect(stemsOf('bildene')).toEqual(stemsOf('bilder'));
    expect(stemsOf('og')).toEqual([]);
  });

  it('the thesaurus makes Bokmål, Nynorsk and English words meet', () => {
    const terms = (text: string): string[] => matcher.terms(text);
    expect(terms('photo')).toEqual(terms('bilete'));
    expect(terms('legge ut')).toEqual(terms('publish'));
    expect(terms('taushetsplikt')).toEqual(terms('confidentiality'));
  });
});

describe('question matcher', () => {
  it('matches a plain question confidently to the node citing the rule', () => {
    const result = matcher.match('Kan jeg publisere bilder av kollegaene mine uten å spørre dem?');
    expect(result.kind).toBe('confident');
    expect(result.kind === 'confident' && pack.nodes.get(result.nodeId)).toMatchObject({ rules: expect.arrayContaining(['R4.4.5']) });
  });

  it('tolerates typos and missing diacritics', () => {
    const result = matcher.match('maa jeg ha samtykk for a legge ut bilde av elevane?');
    expect(result.kind === 'confident' ? result.nodeId : result.kind === 'ambiguous' ? result.nodeIds : undefined).toBeDefined();
  });

  it('says "none" for questions outside the guidelines and for text without content words', () => {
    expect(matcher.match('hvordan bytter jeg passordet til outlook?').kind).toBe('none');
    expect(matcher.match('og i på')).toEqual({ kind: 'none', reason: 'no-content-words' });
  });

  it('decides honestly from scores: weak evidence → none, close → ambiguous, clear lead → confident', () => {
    const strong = defaultTuning.minScore * 3;
    expect(decide([{ nodeId: 'a', score: 1, evidence: defaultTuning.minScore / 2 }], defaultTuning).kind).toBe('none');
    const close = [
      { nodeId: 'a', score: 1, evidence: strong },
      { nodeId: 'b', score: 0.96, evidence: strong },
      { nodeId: 'c', score: 0.2, evidence: strong },
    ];
    expect(decide(close, defaultTuning)).toEqual({ kind: 'ambiguous', nodeIds: ['a', 'b'], scores: [1, 0.96] });
    const clear = [
      { nodeId: 'a', score: 1, evidence: strong },
      { nodeId: 'b', score: 0.4, evidence: strong },
    ];
    expect(decide(clear, defaultTuning)).toMatchObject({ kind: 'confident', nodeId: 'a' });
    expect(decide([{ nodeId: OUT_OF_SCOPE, score: 1, evidence: strong }, ...clear], defaultTuning)).toEqual({ kind: 'none', reason: 'out-of-scope' });
  });

  it('offers close runners-up beside a confident answer, but not those resting on its rules, nor distant ones', () => {
    const strong = defaultTuning.minScore * 3;
    const ranked = [
      { nodeId: 'a', score: 1, evidence: strong },
      { nodeId: 'b', score: 0.45, evidence: strong },
      { nodeId: 'c', score: 0.4, evidence: strong },
      { nodeId: 'd', score: 0.1, evidence: strong },
    ];
    const tuning = { ...defaultTuning, confidentRatio: 2, relatedRatio: 0.35 };
    expect(decide(ranked, tuning)).toEqual({ kind: 'confident', nodeId: 'a', score: 1, alsoConsidered: ['b', 'c'] });
    expect(decide(ranked, tuning, [], (x, y) => x === y || [x, y].sort().join() === 'a,b')).toEqual({ kind: 'confident', nodeId: 'a', score: 1, alsoConsidered: ['c'] });
    expect(decide(ranked, { ...tuning, relatedRatio: 0.5 })).toEqual({ kind: 'confident', nodeId: 'a', score: 1 });
    expect(decide(ranked, { ...tuning, relatedRatio: 0 })).toEqual({ kind: 'confident', nodeId: 'a', score: 1 });
  });

  it('lets a calibrated view decide what it is sure of: its node answered at a close call, out of scope said as such', () => {
    const strong = defaultTuning.minScore * 3;
    const close = [
      { nodeId: 'a', score: 1, evidence: strong },
      { nodeId: 'b', score: 0.96, evidence: strong },
    ];
    const sure = (nodeId: string) => ({ votes: [{ nodeId, odds: Math.log(0.9) }, { nodeId: 'b', odds: Math.log(0.05) }], weight: 0, temperature: 1, vouchAt: defaultTuning.confidentProbability });
    expect(decide(close, defaultTuning, [sure('a')])).toMatchObject({ kind: 'confident', nodeId: 'a' });
    expect(decide(close, defaultTuning, [sure(OUT_OF_SCOPE)])).toEqual({ kind: 'none', reason: 'out-of-scope' });
  });
});
