/**
 * Doubt in a question ("jeg er i tvil om …", "eg veit ikkje om …", "not sure if it's OK to …"): the answer
 * is given, and the nearest leader is offered prominently beside it, as R5.2.9 asks for doubtful cases.
 */
import type { MatchResult, QuestionMatcher } from '../matching/question-matcher';
import { foldLetters } from '../matching/text-normalizer';

/** The answer about doubtful cases themselves: take them to the nearest leader (R5.2.9). */
export const UNSURE_NODE = 'unsure-ask-leader';

const DOUBT = [
  /\b(er|var) (litt |veldig |ganske )?(i tvil|usikker|usikre|uviss)\b/,
  /\b(vet|veit) (ikke|ikkje|ikkje heilt|ikke helt) (om|hva|kva|hvordan|korleis)\b/,
  /\btvil(er|ar)? (pa|om)\b/,
  /\b(usikker|usikre) (pa|om)\b/,
  /\bi tvil\b/,
  /\b(not sure|unsure|uncertain|in doubt|doubtful|not certain)\b/,
  /\bi (don'?t|do not) know (if|whether)\b/,
  /\b(grey|gray) (zone|area)\b/,
  /\b(in two minds|torn (between|about|on)|on the fence)\b/,
  /\bi villrede\b/,
  /\bgra ?sone\b/,
];

export function expressesDoubt(text: string): boolean {
  const folded = foldLetters(text);
  return DOUBT.some((pattern) => pattern.test(folded));
}

/**
 * What a doubtful question is answered with. The guidelines answer doubt itself — doubtful cases go to the nearest
 * leader (R5.2.9) — so when the matcher cannot tell which rule the case is about, that answer is given at once: with
 * the closest topics beside it (`alsoOffer`) at a close call, alone when the question says too little to place it
 * ("jeg er usikker"). A question the guidelines do not cover stays "not covered", doubt or not: the answer about
 * doubt is about social media, not about overtime pay.
 */
export function answerDoubt(match: MatchResult, hasNode: (nodeId: string) => boolean): { match: MatchResult; alsoOffer: string[] } {
  const unplaced = match.kind === 'ambiguous' || (match.kind === 'none' && match.reason !== 'out-of-scope');
  if (!unplaced || !hasNode(UNSURE_NODE)) return { match, alsoOffer: [] };
  const aboutDoubt: MatchResult = { kind: 'confident', nodeId: UNSURE_NODE, score: match.kind === 'ambiguous' ? (match.scores[0] ?? 0) : 0 };
  return { match: aboutDoubt, alsoOffer: match.kind === 'ambiguous' ? match.nodeIds.filter((id) => id !== UNSURE_NODE) : [] };
}

/**
 * A typed question matched the way doubt asks for: a doubtful case is matched to its topic (the answer about doubt
 * itself is left out of the running), and when that topic is unclear the answer about doubt is given with the
 * closest topics beside it (answerDoubt). `alsoOffer`: topics to offer beside the answer — those, or the matcher's
 * close runners-up (`alsoConsidered`). Used by the dialog and by understand(), so both answer alike.
 */
export function matchQuestion(question: string, matcher: Pick<QuestionMatcher, 'match'>, hasNode: (nodeId: string) => boolean): { doubt: boolean; match: MatchResult; alsoOffer: string[] } {
  if (!expressesDoubt(question)) {
    const match = matcher.match(question);
    return { doubt: false, match, alsoOffer: runnersUp(match) };
  }
  const topic = matcher.match(question, UNSURE_NODE);
  const doubtful = answerDoubt(topic, hasNode);
  // The topic answered: its close runners-up beside it; the answer about doubt: the topics answerDoubt chose.
  return { doubt: true, match: doubtful.match, alsoOffer: doubtful.match === topic ? runnersUp(topic) : doubtful.alsoOffer };
}

const runnersUp = (match: MatchResult): string[] => (match.kind === 'confident' ? (match.alsoConsidered ?? []) : []);
