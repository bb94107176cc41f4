/**
 * The bot's words around the answers: replies to small talk, and the offer to ask the nearest leader when a
 * question expresses doubt (R5.2.9). Bokmål and English.
 */
import type { SmallTalk } from '../conversation/small-talk';
import type { Lang } from './language';

const nb = {
  smallTalk: {
    thanks: 'Bare hyggelig! Spør gjerne igjen om noe annet, eller skriv «meny» for å se temaene.',
    acknowledge: 'Fint! Skriv et spørsmål når du vil, eller «meny» for å se temaene.',
    greeting: 'Hei! Still et spørsmål om sosiale medier med egne ord, eller skriv «meny» for å se temaene.',
    goodbye: 'Ha det bra! Jeg er her når du lurer på noe om sosiale medier.',
    'how-are-you': 'Takk som spør, jeg er klar! Hva lurer du på om sosiale medier i kommunen?',
    'who-are-you':
      'Jeg er Båtsfjord kommunes assistent for retningslinjene for sosiale medier: jeg svarer med kommunens egne regler, hjelper deg å registrere en ny kommunal profil, og sender tvilstilfeller til nærmeste leder. Jeg er et dataprogram, ikke et menneske.',
  } satisfies Record<SmallTalk, string>,
  doubtTitle: 'Fortsatt i tvil?',
  doubtBody: 'Retningslinjene sier at tvilstilfeller skal tas opp med nærmeste leder. Jeg kan sende saken din til lederen din, med regelen over som grunnlag.',
  doubtCitation: 'Retningslinjer for sosiale medier, punkt 5.2 (R5.2.9)',
  askLeader: 'Spør nærmeste leder',
};

const en: typeof nb = {
  smallTalk: {
    thanks: "You're welcome! Ask me anything else, or type \"menu\" to see the topics.",
    acknowledge: 'Good! Type a question whenever you like, or "menu" to see the topics.',
    greeting: 'Hi! Ask a question about social media in your own words, or type "menu" to see the topics.',
    goodbye: "Goodbye! I'm here whenever you wonder about social media.",
    'how-are-you': "Thanks for asking, I'm ready! What would you like to know about social media at the kommune?",
    'who-are-you':
      "I am Båtsfjord kommune's assistant for the social media guidelines: I answer with the kommune's own rules, help you register a new official profile, and send doubtful cases to your nearest leader. I am a computer program, not a person.",
  },
  doubtTitle: 'Still in doubt?',
  doubtBody: 'The guidelines say that doubtful cases are raised with your nearest leader. I can send your case to your leader, with the rule above as the basis.',
  doubtCitation: 'Retningslinjer for sosiale medier, punkt 5.2 (R5.2.9)',
  askLeader: 'Ask my nearest leader',
};

export type ConversationText = typeof nb;

export function conversationText(lang: Lang): ConversationText {
  return lang === 'en' ? en : nb;
}
