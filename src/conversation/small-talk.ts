/**
 * Small talk that is not a question about the guidelines: thanks and acknowledgements ("takk", "ok",
 * "flott", "thanks, that's helpful!"), greetings and goodbyes ("god morgen", "ha en fin helg"), "how are
 * you?" and "who are you?". Short messages only, in Bokmål, Nynorsk or English, with or without æ/ø/å;
 * the bot answers briefly and kindly instead of "not in the guidelines".
 */
import { foldLetters } from '../matching/text-normalizer';

export type SmallTalk = 'thanks' | 'acknowledge' | 'greeting' | 'goodbye' | 'how-are-you' | 'who-are-you';

/** Each kind by its opening words (folded: æ → ae, ø → o, å → a); the rest of a short message may be anything polite. */
const patterns: [SmallTalk, RegExp][] = [
  ['who-are-you', /\b((hvem|kven|hva|kva) (er|har laget|har lagd|laga|lagde) (du|deg)|who (are|made|built|created) you|what are you|are you (a |an )?(real |human |)(person|human|bot|robot|ai|machine)|er du (et |eit |en |ein )?(menneske|robot|bot|ekte)|(hva|kva) (heter|heiter) du|what'?s your name|what is your name)\b/],
  ['how-are-you', /\b((hvordan|korleis|koss|hvorleis) (gar|star) det|how are you|how'?s it going|how are things)\b/],
  ['thanks', /^(ok |okei |flott |supert |fint |great |ah |ja |yes )?(tusen |mange |hjertelig )?(takk|takker|thanks|thank you|thx|cheers)\b/],
  ['goodbye', /^(ha det|hade|snakkes|bye|goodbye|see you|god (helg|kveld|natt|jul|paske|sommer)|ha en fin|ha ein fin|have a (nice|good|great))\b/],
  ['greeting', /^(god (morgen|dag|ettermiddag)|hei( hei| igjen| der)?|hallo|heisann|morn|morna|good (morning|afternoon|evening)|hi there|hey there)\b/],
  // "flott, da vet jeg det", "ok, good to know": an acknowledgement that closes the exchange.
  ['acknowledge', /^((ok+|okei|okay|flott|supert|fint|greit|great|perfect|nice|ah|aha|ja|yes) )?(da|na|then|now)? ?(vet jeg det|veit eg det|skjonner jeg|skjonar eg|forstar jeg|forstar eg|(godt|greit|fint) a vite|i know|i see|good to know|that helps|makes sense|got it)( (da|na|takk|thanks|now|then))*$/],
];

const MAX_WORDS = 8;

/** "ok cool", "ja greit", "alright then", "bra det": a short message made only of these words, not asked as a question ("er det greit?"), acknowledges. */
const ACKNOWLEDGEMENT_WORDS = new Set(
  ('ok okk okei okay oki greit grei flott supert super fint fine topp bra kult cool nice great perfect perfekt awesome ' +
    'alright allright skjonner skjonar forstatt aha ah ja jo jepp jaha nei yes yeah yep yup no nope sant riktig right ' +
    'fair nok enough haha hahaha hehe lol takk thanks da du det den er igjen then sounds good godt noted notert').split(' '),
);
const ACKNOWLEDGEMENT_MAX_WORDS = 4;

const isAcknowledgement = (words: readonly string[]): boolean =>
  words.length <= ACKNOWLEDGEMENT_MAX_WORDS && words.every((word) => ACKNOWLEDGEMENT_WORDS.has(word.replace(/(.)\1{2,}$/, '$1')));

export function smallTalkOf(text: string): SmallTalk | undefined {
  const normalized = foldLetters(text)
    .replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, ' ')
    .replace(/[:;]-?[)(dp]/gi, ' ')
    .replace(/[!.,;:?«»"()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (normalized === '' || normalized.split(' ').length > MAX_WORDS) return undefined;
  return patterns.find(([, pattern]) => pattern.test(normalized))?.[0] ?? (isAcknowledgement(normalized.split(' ')) && !text.trim().endsWith('?') ? 'acknowledge' : undefined);
}
