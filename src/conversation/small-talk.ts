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
  ['who-are-you', /\b((hvem|kven|hva|kva) (er|har laget|har lagd|laga|lagde) (du|deg)|who (are|made|built|created) you|what are you|are you (a |an )?(real |human |)(person|human|bot|robot|ai|machine)|er du (et |eit |en |ein )?(menneske|robot|bot|ekte))\b/],
  ['how-are-you', /\b((hvordan|korleis|koss|hvorleis) (gar|star) det|how are you|how'?s it going|how are things)\b/],
  ['thanks', /^(ok |okei |flott |supert |fint |great |ah |ja |yes )?(tusen |mange |hjertelig )?(takk|takker|thanks|thank you|thx|cheers)\b/],
  ['goodbye', /^(ha det|hade|snakkes|bye|goodbye|see you|god (helg|kveld|natt|jul|paske|sommer)|ha en fin|ha ein fin|have a (nice|good|great))\b/],
  ['greeting', /^(god (morgen|dag|ettermiddag)|hei( hei| igjen| der)?|hallo|heisann|morn|morna|good (morning|afternoon|evening)|hi there|hey there)\b/],
  // "flott, da vet jeg det", "ok, good to know": an acknowledgement that closes the exchange.
  ['acknowledge', /^((ok+|okei|okay|flott|supert|fint|greit|great|perfect|nice|ah|aha|ja|yes) )?(da|na|then|now)? ?(vet jeg det|veit eg det|skjonner jeg|skjonar eg|forstar jeg|forstar eg|(godt|greit|fint) a vite|i know|i see|good to know|that helps|makes sense|got it)( (da|na|takk|thanks|now|then))*$/],
  ['acknowledge', /^(ok+|okei|okay|oki|greit|flott|supert|super|fint|topp|skjonner|forstatt|den er grei|great|got it|perfect|nice|cool|haha+|hehe+|lol|ja|nei|yes|no|fair (nok|enough)|aha|ah|sant|riktig|right)( (ok|takk|da|du|thanks|then|igjen))*$/],
];

const MAX_WORDS = 8;

export function smallTalkOf(text: string): SmallTalk | undefined {
  const normalized = foldLetters(text)
    .replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, ' ')
    .replace(/[:;]-?[)(dp]/gi, ' ')
    .replace(/[!.,;:?«»"()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (normalized === '' || normalized.split(' ').length > MAX_WORDS) return undefined;
  return patterns.find(([, pattern]) => pattern.test(normalized))?.[0];
}
