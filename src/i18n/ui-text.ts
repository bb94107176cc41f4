/**
 * Every fixed user-facing sentence of the bot, in Bokmål and English. One catalogue, safe messages only:
 * nothing here ever carries an internal error text.
 */
import type { Lang } from './language';

const nb = {
  botName: 'Retningslinjer for sosiale medier',
  welcomeTitle: 'Hei! Jeg kan svare på spørsmål om Båtsfjord kommunes retningslinjer for sosiale medier.',
  welcomeBody:
    'Velg et tema under, eller skriv spørsmålet ditt med egne ord, for eksempel «Kan jeg legge ut bilder av elevene?». ' +
    'Hvert svar viser regelen og punktet i retningslinjene det bygger på.',
  welcomeCommands: 'Kommandoer: «meny», «hjelp», «start på nytt», «tilbake». Write «english» for English.',
  menuHeading: 'Velg et tema',
  helpTitle: 'Slik bruker du meg',
  helpIntro: 'Jeg hjelper deg med tre ting:',
  alsoHeading: 'Jeg kan også',
  /** The bot's three jobs, each with an example and the button that starts it (help and welcome cards). */
  jobs: {
    ask: {
      title: 'Svare på spørsmål om retningslinjene',
      example: 'Skriv med egne ord, for eksempel «Kan jeg legge ut bilder av elevene?», eller bla i temaene.',
      button: 'Vis temaene',
    },
    register: {
      title: 'Registrere en ny kommunal profil',
      example: 'Skriv «registrer profil», for eksempel når biblioteket vil ha en Instagram-konto. IT-avdelingen får beskjed.',
      button: 'Registrer ny profil',
    },
    escalate: {
      title: 'Sende et tvilstilfelle til nærmeste leder',
      example: 'Skriv «spør leder», for eksempel når du lurer på om du kan dele et innlegg fra et politisk parti. Lederen svarer deg her.',
      button: 'Spør nærmeste leder',
    },
  },
  helpLines: [
    'Spør på bokmål, nynorsk eller engelsk – med eller uten æ, ø og å.',
    '«meny» viser temaene, «tilbake» går ett steg tilbake, «start på nytt» begynner fra start.',
    '«mine saker» og «mine registreringer» viser det du har sendt.',
    '«english» gir svar på engelsk, «norsk» på bokmål.',
  ],
  back: 'Tilbake',
  startOver: 'Start på nytt',
  ruleLabel: 'Regel',
  rulesLabel: 'Regler',
  quoteIntro: 'Slik står det i retningslinjene:',
  answerSpeakPrefix: 'Svar:',
  suggestionsTitle: 'Jeg er ikke helt sikker på hva du mener. Mente du ett av disse?',
  suggestionTitle: 'Jeg er ikke helt sikker på hva du mener. Mente du dette?',
  relatedTitle: 'Gjelder saken din et av disse temaene?',
  noMatchTitle: 'Det finner jeg ikke i retningslinjene',
  noMatchBody:
    'Retningslinjene for sosiale medier ser ikke ut til å dekke dette spørsmålet, og jeg vil ikke gjette. ' +
    'Prøv å spørre på en annen måte, velg et tema i menyen, eller spør noen:',
  showMenu: 'Vis temaene',
  tooLong: (max: number) => `Meldingen er for lang for meg. Skriv spørsmålet kort, helst under ${max} tegn, så svarer jeg.`,
  personalId:
    'Meldingen din ser ut til å inneholde et fødselsnummer eller d-nummer. Jeg har verken lagret eller sendt den videre. ' +
    'Skriv spørsmålet uten personopplysninger.',
  emptyMessage: 'Skriv et spørsmål, eller skriv «meny» for å se temaene.',
  unknownCardAction: 'Det kortet kan jeg ikke lenger bruke. Her er menyen:',
  turnError: 'Beklager, noe gikk galt hos meg. Prøv det samme en gang til om litt – det er trygt å trykke eller skrive på nytt.',
  languageSet: 'Greit, jeg svarer på bokmål.',
  handoffRegistration: 'Registrer ny profil',
  handoffEscalation: 'Spør nærmeste leder',
  handoffNotReady: 'Denne funksjonen er ikke klar ennå. Inntil videre: ta kontakt med nærmeste leder eller IT-avdelingen direkte.',
  tenantRefused: 'Denne boten betjener bare Båtsfjord kommune.',
  citationPrefix: 'Kilde:',
};

export type UiText = typeof nb;

const en: UiText = {
  botName: 'Social media guidelines',
  welcomeTitle: "Hi! I answer questions about Båtsfjord kommune's social media guidelines.",
  welcomeBody:
    'Pick a topic below, or type your question in your own words, for example "Can I post pictures of the pupils?". ' +
    'Every answer shows the rule and the section of the guidelines it rests on. The guidelines themselves are in Norwegian.',
  welcomeCommands: 'Commands: "menu", "help", "restart", "back". Skriv «norsk» for bokmål.',
  menuHeading: 'Pick a topic',
  helpTitle: 'How to use me',
  helpIntro: 'I help you with three things:',
  alsoHeading: 'I can also',
  jobs: {
    ask: {
      title: 'Answer questions about the guidelines',
      example: 'Type in your own words, for example "Can I post pictures of the pupils?", or browse the topics.',
      button: 'Show topics',
    },
    register: {
      title: 'Register a new municipal profile',
      example: 'Type "register profile", for example when the library wants an Instagram account. The IT department is told.',
      button: 'Register a new profile',
    },
    escalate: {
      title: 'Take a doubtful case to your nearest leader',
      example: 'Type "ask my leader", for example when you wonder whether you may share a post from a political party. Your leader answers you here.',
      button: 'Ask my nearest leader',
    },
  },
  helpLines: [
    'Ask in English, Bokmål or Nynorsk.',
    '"menu" shows the topics, "back" goes one step back, "restart" starts from the top.',
    '"my cases" and "my registrations" show what you have sent.',
    '"norsk" switches to Norwegian Bokmål, "english" back to English.',
  ],
  back: 'Back',
  startOver: 'Start over',
  ruleLabel: 'Rule',
  rulesLabel: 'Rules',
  quoteIntro: 'What the guidelines say (in Norwegian):',
  answerSpeakPrefix: 'Answer:',
  suggestionsTitle: "I'm not quite sure what you mean. Did you mean one of these?",
  suggestionTitle: "I'm not quite sure what you mean. Did you mean this?",
  relatedTitle: 'Is your case about one of these topics?',
  noMatchTitle: "I can't find that in the guidelines",
  noMatchBody:
    "The social media guidelines don't seem to cover this question, and I won't guess. " +
    'Try asking another way, pick a topic from the menu, or ask someone:',
  showMenu: 'Show topics',
  tooLong: (max: number) => `That message is too long for me. Please keep your question short, ideally under ${max} characters.`,
  personalId:
    'Your message seems to contain a Norwegian national identity number (fødselsnummer or d-nummer). I have neither stored nor forwarded it. ' +
    'Please ask without personal data.',
  emptyMessage: 'Type a question, or "menu" to see the topics.',
  unknownCardAction: "I can't use that card any more. Here is the menu:",
  turnError: 'Sorry, something went wrong on my side. Please try the same again in a moment – it is safe to press or write it again.',
  languageSet: "OK, I'll answer in English.",
  handoffRegistration: 'Register a new profile',
  handoffEscalation: 'Ask my nearest leader',
  handoffNotReady: 'This feature is not ready yet. Until then, please contact your nearest leader or the IT department directly.',
  tenantRefused: 'This bot serves Båtsfjord kommune only.',
  citationPrefix: 'Source:',
};

const catalogue: Record<Lang, UiText> = { nb, en };

export function uiText(lang: Lang): UiText {
  return catalogue[lang];
}
