/**
 * What typed text means for registrations: the command to start (`registrer profil` / `register profile`),
 * the lists (`mine registreringer` / `my registrations`; `oversikt` / `register` in the IT channel), choosing
 * the IT channel (`bruk denne kanalen for IT-varsler`), or a sentence about creating a profile, for which the
 * registration is offered (not forced). Bokmål, Nynorsk and English, with or without æ/ø/å.
 */
import { foldLetters } from '../matching/text-normalizer';

export type RegistrationIntent = 'start' | 'mine' | 'register' | 'use-channel' | 'offer';

const phrases: Record<Exclude<RegistrationIntent, 'offer'>, string[]> = {
  start: ['registrer profil', 'registrer ny profil', 'registrere profil', 'registrere ny profil', 'registrer ein profil', 'ny profil', 'register profile', 'register a profile', 'register new profile', 'new profile'],
  mine: ['mine registreringer', 'mine registreringar', 'mine profiler', 'my registrations', 'my profiles'],
  register: ['oversikt', 'register', 'profiloversikt', 'oversikt over profiler', 'profile register', 'overview'],
  'use-channel': ['bruk denne kanalen for it-varsler', 'bruk denne kanalen for it varsler', 'bruk denne kanalen til it-varsler', 'use this channel for it notifications'],
};

const normalize = (text: string): string =>
  foldLetters(text)
    .replace(/[!.,;:?«»"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const lookup = new Map<string, RegistrationIntent>();
for (const [intent, list] of Object.entries(phrases) as [RegistrationIntent, string[]][]) {
  for (const phrase of list) lookup.set(normalize(phrase), intent);
}

/** Verbs of making a profile, in Bokmål, Nynorsk and English (folded: æ → ae, ø → o, å → a). */
const CREATE =
  /\b(lage|lag|lager|laga|lagar|opprett\w*|starte|start|starta|startar|starter|apne|apnar|apner|opne|opnar|etablere|etablerer|skipe|registrere|registrer|registrerer|registrera|(sette|setje|setter|set|setja) (\w+ )?opp|melde inn|melder inn|meld inn|create|creating|make|making|set up|setting up|set (\w+ )?up|open|opening|launch|launching|lansere|lanserer|lansera|register|registering|start up)\b/;
const PROFILE =
  /\b(\w*konto\w*|\w*profil\w*|side|sida|sidene|siden|\w*sida|\w*siden|\w*side|gruppe|gruppa|kanal|kanalen|account\w*|profile\w*|page\w*|channel|group|handle|facebook\w*|instagram\w*|tiktok\w*|snapchat\w*|linkedin\w*|youtube\w*|twitter\w*)\b/;

/** A private profile is not the kommune's: no registration to offer ("my own", not a unit's "own page"). */
const PRIVATE = /\b(privat\w*|min egen|mi eiga|min eigen|mitt eget|mitt eige|meg selv|meg sjol|personal|private|my own|my personal)\b/;

export function registrationIntent(text: string): RegistrationIntent | undefined {
  const normalized = normalize(text);
  const exact = lookup.get(normalized);
  if (exact) return exact;
  return CREATE.test(normalized) && PROFILE.test(normalized) && !PRIVATE.test(normalized) ? 'offer' : undefined;
}
