/**
 * The two user-facing languages. Norwegian Bokmål is the default; English only when the user writes English or
 * asks for it ("english"); the Teams client's locale does not switch it (docs/decisions/0070-language.md).
 * Nynorsk is understood in questions and answered in Bokmål (the document's language).
 */
import { eng, nob } from 'stopword';
import { shortWordLanguage } from './short-words';

export type Lang = 'nb' | 'en';

/** Teams sends locales like "nb-NO", "nn-NO", "en-US", "en-GB". */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? 'en' : 'nb';
}

const nynorsk = ['eg', 'ikkje', 'kva', 'korleis', 'kven', 'kvifor', 'dei', 'ein', 'eit', 'berre', 'frå', 'mykje', 'vere', 'skal', 'kan', 'me'];
const norwegianWords = new Set([...nob, ...nynorsk]);
const englishWords = new Set(eng);

/**
 * The language a message is written in, from its function words ("jeg", "kan", "ikkje" against "I", "can",
 * "the"); undefined when it is too short or mixed to tell.
 */
export function guessLanguage(text: string): Lang | undefined {
  const short = shortWordLanguage(text);
  if (short) return short;
  const words = text.toLowerCase().match(/[a-zæøåäö]+/g) ?? [];
  let norwegian = /[æøå]/i.test(text) ? 1 : 0;
  let english = 0;
  for (const word of words) {
    const nb = norwegianWords.has(word);
    const en = englishWords.has(word);
    if (nb && !en) norwegian += 1;
    if (en && !nb) english += 1;
  }
  if (norwegian === english) return undefined;
  return norwegian > english ? 'nb' : 'en';
}

export interface LanguageSignals {
  /** The user's explicit choice ("english" / "norsk"). */
  preference?: Lang;
  /** The language the user last wrote in, remembered for card clicks, which carry no text. */
  recent?: Lang;
  /** This turn's message text, if any. */
  text?: string;
}

/** An explicit choice wins; then the language of the message itself; then the last one written; then Bokmål. */
export function chooseLang(signals: LanguageSignals): Lang {
  return signals.preference ?? (signals.text ? guessLanguage(signals.text) : undefined) ?? signals.recent ?? 'nb';
}
