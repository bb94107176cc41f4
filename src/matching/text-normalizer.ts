/**
 * Turns free text into search terms, the same way for the guideline pack and for users' questions:
 * lower case, æ/ø/å folded (so "bor", "boer" and "bør" meet), Bokmål/Nynorsk/English stop words dropped,
 * each word stemmed with the Snowball Norwegian and English stemmers.
 */
import { eng, nob } from 'stopword';
import { newStemmer } from 'snowball-stemmers';

const norwegian = newStemmer('norwegian');
const english = newStemmer('english');

/** Nynorsk function words the Bokmål list lacks, plus chat filler. */
const extraStopWords = [
  'eg', 'ikkje', 'kva', 'korleis', 'kven', 'kvifor', 'ho', 'dei', 'me', 'vere', 'ein', 'eit', 'berre', 'frå', 'mykje',
  'hei', 'hallo', 'takk', 'lurer', 'lure', 'spørsmål', 'question', 'please', 'hello', 'hi', 'thanks', 'du', 'dere',
  'gjerne', 'ok', 'også', 'ogsa', 'mitt', 'mine', 'my', 'our', 'vår', 'vårt', 'våre', 'noe', 'noen', 'any', 'some',
  // Chat verbs and fillers that say nothing about the topic ("trenger jeg …", "holder det …", "is it ok to …").
  'trenger', 'treng', 'trengs', 'need', 'needs', 'holder', 'enough', 'nok', 'greit', 'fine', 'okay', 'allowed', 'tillatt',
  'gjøre', 'gjere', 'gjør', 'gjer', 'do', 'does', 'bare', 'berre', 'just', 'egentlig', 'eigentleg', 'really', 'actually',
  'vil', 'ville', 'want', 'wants', 'får', 'få', 'fikk', 'can', 'could', 'should', 'must', 'må', 'bør', 'burde', 'skal',
  'lurer', 'lure', 'wondering', 'wonder', 'tror', 'trur', 'think', 'vet', 'veit', 'know', 'liksom', 'altså', 'jo', 'vel',
  'sånn', 'slik', 'sånt', 'slikt', 'ting', 'thing', 'things', 'stuff', 'anyone', 'someone', 'noko', 'nokon', 'det', 'dette',
];

/** Lower-cases and folds Norwegian letters and their keyboard substitutes to one spelling. */
export function foldLetters(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

const stopWords = new Set([...nob, ...eng, ...extraStopWords].map(foldLetters));

/** Splits text into folded words (letters and digits; hyphenated compounds kept whole and in parts). */
export function words(text: string): string[] {
  const folded = foldLetters(text);
  const raw = folded.match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];
  return raw.flatMap((word) => (word.includes('-') ? [word.replace(/-/g, ''), ...word.split('-')] : [word]));
}

export function isStopWord(word: string): boolean {
  return stopWords.has(word);
}

const STEM_CACHE_SIZE = 20_000;
const stemCache = new Map<string, string>();

/**
 * The search term of one word (none for stop words): the shorter of its Norwegian and English stems, so a
 * word counts once whichever language it is in ("bildene" → "bild", "posting" → "post").
 */
export function stemsOf(word: string): string[] {
  if (word.length < 2 || isStopWord(word)) return [];
  let stem = stemCache.get(word);
  if (stem === undefined) {
    const nbStem = norwegian.stem(word);
    const enStem = english.stem(word);
    stem = enStem.length < nbStem.length ? enStem : nbStem;
    // Stemming is pure and chat vocabulary is small: remember the stems (bounded; cleared when full).
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stemCache.set(word, stem);
  }
  return [stem];
}

/** The content words of a text, folded, without stop words (before stemming). */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => w.length >= 2 && !isStopWord(w));
}
