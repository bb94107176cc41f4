/**
 * Doubt in a question ("jeg er i tvil om …", "eg veit ikkje om …", "not sure if it's OK to …"): the answer
 * is given, and the nearest leader is offered prominently beside it, as R5.2.9 asks for doubtful cases.
 */
import { foldLetters } from '../matching/text-normalizer';

const DOUBT = [
  /\b(er|var) (litt |veldig |ganske )?(i tvil|usikker|usikre|uviss)\b/,
  /\b(jeg|eg|vi|me) (vet|veit) (ikke|ikkje|ikkje heilt|ikke helt) (om|hva|kva|hvordan|korleis)\b/,
  /\btvil(er|ar)? (pa|om)\b/,
  /\b(usikker|usikre) (pa|om)\b/,
  /\bi tvil\b/,
  /\b(not sure|unsure|uncertain|in doubt|doubtful|not certain)\b/,
  /\bi (don'?t|do not) know (if|whether)\b/,
  /\b(grey|gray) (zone|area)\b/,
  /\bgra ?sone\b/,
];

export function expressesDoubt(text: string): boolean {
  const folded = foldLetters(text);
  return DOUBT.some((pattern) => pattern.test(folded));
}
