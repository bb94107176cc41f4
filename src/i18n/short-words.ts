/**
 * Greetings, thanks, other short words and the bot's own commands that say which language a message is in
 * although they hold no function words: «hei», «takk», «registrer profil» are Norwegian; "hello", "thanks",
 * "register profile" are English. Words both languages
 * use ("ok", "super") and commands Norwegians type in English too ("help", "back") tell nothing. The whole message decides, without punctuation or emoji.
 */
import type { Lang } from './language';

const norwegian = [
  'hei', 'heisann', 'hei hei', 'hallo', 'halla', 'morn', 'god morgen', 'god dag', 'god kveld',
  'takk', 'tusen takk', 'mange takk', 'takk skal du ha', 'takk for hjelpen', 'takk for hjelpa',
  'ja', 'nei', 'greit', 'flott', 'supert', 'fint', 'skjønner', 'forstått', 'ha det', 'ha det bra', 'snakkes',
  'hjelp', 'meny', 'menyen', 'tilbake', 'hjelp meg',
  // the workflows' commands (bot/registration, bot/escalation)
  'registrer profil', 'registrer ny profil', 'ny profil', 'mine registreringer', 'mine saker', 'spør leder', 'spør nærmeste leder', 'oversikt',
];
const english = [
  'hi', 'hello', 'hey', 'good morning', 'good afternoon', 'good evening',
  'thanks', 'thank you', 'thanks a lot', 'thank you so much', 'cheers',
  'yes', 'great', 'got it', 'bye', 'goodbye',
  'register profile', 'register a profile', 'register new profile', 'register a new profile', 'new profile',
  'my registrations', 'my profiles', 'my cases', 'show my cases', 'ask my leader', 'ask my manager',
];

const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Extended_Pictographic}]|\u200d|\ufe0f/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const lookup = new Map<string, Lang>([...norwegian.map((w): [string, Lang] => [fold(w), 'nb']), ...english.map((w): [string, Lang] => [fold(w), 'en'])]);

/** The language of a message that is only a greeting, thanks or a short word; undefined otherwise. */
export function shortWordLanguage(text: string): Lang | undefined {
  return lookup.get(fold(text));
}
