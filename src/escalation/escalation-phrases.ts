/**
 * What typed text starts the escalation workflow or lists cases: the commands («spør leder», «ask my
 * leader», «mine saker», «my cases») and a few whole-message phrasings of doubt («jeg er usikker», «kan du
 * spørre lederen min?»). A question that merely contains "usikker" still goes to the guideline matcher.
 */
import { foldLetters } from '../matching/text-normalizer';

export type EscalationIntent = 'ask-leader' | 'my-cases';

/** The intent, and the language the phrase is in when it tells ("my cases" is English, «mine saker» Bokmål). */
export interface IntentMatch {
  intent: EscalationIntent;
  lang?: 'nb' | 'en';
}

const normalize = (text: string): string =>
  foldLetters(text)
    .replace(/[!.,;:?]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const myCases = ['mine saker', 'my cases', 'vis mine saker', 'show my cases', 'saker til meg', 'cases waiting for me'];

const askLeader: RegExp[] = [
  /^(spor|sporr|sporre) (naermeste |min |mi )?(leder|leiar|lederen|leiaren|sjefen)( min| mi)?$/,
  /^ask my (nearest )?(leader|manager|boss)$/,
  /^(jeg er|eg er) (usikker|i tvil)$/,
  /^i('?m| am) (unsure|not sure)$/,
  /\b(spor|sporre) (naermeste )?(lederen|leiaren|sjefen|leder|leiar) (min|mi)\b/,
  /\bkan du (spor|sporre) (naermeste )?(leder|lederen|leiaren|sjefen)\b/,
  /\bask my (nearest )?(leader|manager|boss)\b/,
  /\bta (det|saken) (opp )?med (naermeste )?(leder|lederen|sjefen)\b/,
];

const english = /\b(my|ask|show|cases|unsure|not sure|i'?m|i am)\b/;

export function matchEscalationIntent(text: string): IntentMatch | undefined {
  const normalized = normalize(text);
  const lang = english.test(normalized) ? 'en' : 'nb';
  if (myCases.map(normalize).includes(normalized)) return { intent: 'my-cases', lang };
  if (askLeader.some((pattern) => pattern.test(normalized))) return { intent: 'ask-leader', lang };
  return undefined;
}

export function escalationIntent(text: string): EscalationIntent | undefined {
  return matchEscalationIntent(text)?.intent;
}
