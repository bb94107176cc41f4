/**
 * The sentences of "Var dette nyttig?" on answer cards (issue 12), in Bokmål and English.
 */
import type { Lang } from './language';

const nb = {
  question: 'Var dette nyttig?',
  up: '👍 Ja',
  down: '👎 Nei',
  thanks: 'Takk for tilbakemeldingen!',
  missingLabel: 'Hva manglet? (valgfritt)',
  missingPlaceholder: 'Skriv gjerne hva du lette etter – ikke skriv navn eller personopplysninger.',
  send: 'Send',
  alreadyVoted: 'Du har allerede gitt tilbakemelding på dette svaret. Takk!',
  unknownAnswer: 'Jeg finner ikke det svaret lenger, så tilbakemeldingen ble ikke lagret. Skriv «meny» for å se temaene.',
  noDownVote: 'Jeg fant ingen «👎 Nei» fra deg på dette svaret, så teksten ble ikke lagret.',
  notReady: 'Tilbakemeldinger er ikke slått på her.',
};

const en: typeof nb = {
  question: 'Was this helpful?',
  up: '👍 Yes',
  down: '👎 No',
  thanks: 'Thank you for your feedback!',
  missingLabel: 'What was missing? (optional)',
  missingPlaceholder: 'Tell us what you were looking for – please do not write names or personal data.',
  send: 'Send',
  alreadyVoted: 'You have already given feedback on this answer. Thank you!',
  unknownAnswer: 'I cannot find that answer any more, so the feedback was not saved. Write «menu» to see the topics.',
  noDownVote: 'I found no «👎 No» from you on this answer, so the text was not saved.',
  notReady: 'Feedback is not switched on here.',
};

export type FeedbackText = typeof nb;

export function feedbackText(lang: Lang): FeedbackText {
  return lang === 'en' ? en : nb;
}
