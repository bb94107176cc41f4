/**
 * The fixed text of the two tabs (guideline reader, IT's profile register) and of their JSON APIs, Bokmål first.
 * Safe messages only: nothing here ever carries an internal error text.
 */
import type { Lang } from './language';

const nb = {
  skipToContent: 'Hopp til innholdet',
  readerTitle: 'Retningslinjer for sosiale medier',
  readerIntro: 'Hele dokumentet slik kommunestyret har vedtatt det. Søk, eller velg et punkt i innholdsfortegnelsen.',
  tocHeading: 'Innhold',
  searchHeading: 'Søk i retningslinjene',
  searchLabel: 'Søkeord',
  searchButton: 'Søk',
  searchNone: 'Fant ingen punkter som passer. Prøv et annet ord, eller spør boten.',
  searchResults: 'Treff',
  searchFailed: 'Søket virker ikke akkurat nå. Prøv igjen om litt.',
  sectionPrefix: 'Punkt',
  backToTop: 'Til toppen',
  languageSwitch: 'English',
  registerTitle: 'Profiloversikt',
  registerIntro: 'Alle offisielle profiler i sosiale medier som er registrert gjennom assistenten.',
  tableHeading: 'Registrerte profiler',
  filterHeading: 'Filtrer',
  filterSearch: 'Søk (profil, enhet, ansvarlig)',
  filterState: 'Status',
  filterPlatform: 'Plattform',
  filterAll: 'Alle',
  exportCsv: 'Last ned CSV',
  loading: 'Henter oversikten …',
  rowsShown: 'Viser {shown} av {total} profiler',
  noRows: 'Ingen profiler passer filteret.',
  historyToggle: 'Historikk',
  colProfile: 'Profil',
  colPlatform: 'Plattform',
  colUrl: 'Adresse',
  colUnit: 'Enhet',
  colState: 'Status',
  colHead: 'Ansvarlig virksomhetsleder',
  colSubmittedBy: 'Registrert av',
  colSubmitted: 'Registrert',
  colUpdated: 'Sist endret',
  colHistory: 'Historikk',
  states: { submitted: 'Innsendt', 'needs-info': 'Trenger mer informasjon', updated: 'Oppdatert', acknowledged: 'Bekreftet', deactivated: 'Deaktivert' },
  notSignedIn: 'Du er ikke logget inn, eller innloggingen er utløpt. Åpne fanen i Teams på nytt.',
  notInTeams: 'Profiloversikten krever innlogging med Teams. Åpne den som fane i IT-kanalen i Teams.',
  notItMember: 'Profiloversikten er bare for IT-avdelingen. Du er ikke med i IT-gruppen.',
  notConfigured: 'Innlogging for fanen er ikke satt opp ennå. Be IT-avdelingen sette opp enkel pålogging (SSO).',
  notAvailable: 'Profilregisteret er ikke tilgjengelig ennå.',
  localModeTitle: 'Lokal modus.',
  localModeBody:
    'Boten kjører uten app-id og uten innlogging, og svarer bare på denne maskinen. Du ser oversikten slik IT-avdelingens testbruker ser den. I Teams krever fanen innlogging (SSO).',
  configTitle: 'Legg til profiloversikten',
  configBody: 'Fanen viser alle offisielle profiler som er registrert gjennom assistenten. Bare medlemmer av IT-gruppen ser innholdet. Trykk «Lagre» for å legge den til i kanalen.',
};

export type TabText = typeof nb;

const en: TabText = {
  skipToContent: 'Skip to content',
  readerTitle: 'Social media guidelines',
  readerIntro: 'The whole document as adopted by the municipal council (in Norwegian). Search, or pick a section in the contents.',
  tocHeading: 'Contents',
  searchHeading: 'Search the guidelines',
  searchLabel: 'Search words',
  searchButton: 'Search',
  searchNone: 'No section matches. Try another word, or ask the bot.',
  searchResults: 'Results',
  searchFailed: 'Search is not working right now. Please try again shortly.',
  sectionPrefix: 'Section',
  backToTop: 'Back to top',
  languageSwitch: 'Norsk',
  registerTitle: 'Profile register',
  registerIntro: 'Every official social media profile registered through the assistant.',
  tableHeading: 'Registered profiles',
  filterHeading: 'Filter',
  filterSearch: 'Search (profile, unit, responsible)',
  filterState: 'State',
  filterPlatform: 'Platform',
  filterAll: 'All',
  exportCsv: 'Download CSV',
  loading: 'Loading the register …',
  rowsShown: 'Showing {shown} of {total} profiles',
  noRows: 'No profile matches the filter.',
  historyToggle: 'History',
  colProfile: 'Profile',
  colPlatform: 'Platform',
  colUrl: 'Address',
  colUnit: 'Unit',
  colState: 'State',
  colHead: 'Responsible head of unit',
  colSubmittedBy: 'Registered by',
  colSubmitted: 'Registered',
  colUpdated: 'Last changed',
  colHistory: 'History',
  states: { submitted: 'Submitted', 'needs-info': 'Needs more information', updated: 'Updated', acknowledged: 'Acknowledged', deactivated: 'Deactivated' },
  notSignedIn: 'You are not signed in, or your sign-in has expired. Open the tab in Teams again.',
  notInTeams: 'The profile register needs a Teams sign-in. Open it as a tab in the IT channel in Teams.',
  notItMember: 'The profile register is for the IT department only. You are not a member of the IT group.',
  notConfigured: 'Sign-in for the tab is not set up yet. Ask the IT department to set up single sign-on (SSO).',
  notAvailable: 'The profile register is not available yet.',
  localModeTitle: 'Local mode.',
  localModeBody:
    "The bot runs without an app id and without sign-in, and answers on this machine only. You see the register as the IT department's test user sees it. In Teams the tab requires sign-in (SSO).",
  configTitle: 'Add the profile register',
  configBody: 'The tab shows every official profile registered through the assistant. Only members of the IT group see its content. Select "Save" to add it to the channel.',
};

export function tabText(lang: Lang): TabText {
  return lang === 'en' ? en : nb;
}

/** The answer card's link into the reader: "Les hele punkt 4.4" / "Read section 4.4" (the adoption note by name). */
export function readSectionTitle(sectionId: string, lang: Lang): string {
  if (sectionId === 'vedtak') return lang === 'en' ? 'Read the adoption note' : 'Les hele vedtaket';
  return lang === 'en' ? `Read section ${sectionId}` : `Les hele punkt ${sectionId}`;
}
