/**
 * Fixed sentences of the escalation workflow (R5.2.9: doubtful cases go to the nearest leader), in Bokmål
 * and English. Safe messages only: never an internal error text.
 */
import type { Lang } from './language';
import type { AuditEvent, CaseStatus } from '../escalation/escalation-case';

const nb = {
  describeTitle: 'Spør nærmeste leder',
  describeBody:
    'Beskriv saken kort: hva du vil gjøre, og hva du er usikker på. Du kan legge ved en lenke til et utkast. ' +
    'Ikke skriv fødselsnummer eller andre personopplysninger. Du kan også bare skrive saken som en melding.',
  descriptionLabel: 'Saken',
  descriptionPlaceholder: 'Kan jeg legge ut bildet fra ungdomsklubben på kommunens Facebook-side?',
  linkLabel: 'Lenke til utkast (valgfritt)',
  next: 'Neste',
  cancel: 'Avbryt',
  cancelled: 'Greit, saken er ikke sendt.',
  emptyDescription: 'Skriv noen ord om saken, så finner jeg lederen din.',
  personalIdInCase:
    'Saken ser ut til å inneholde et fødselsnummer eller d-nummer. Jeg har verken lagret eller sendt den. ' +
    'Fjern nummeret (skriv for eksempel «eleven» eller «brukeren») og send saken på nytt.',
  leaderTitle: 'Hvem skal få saken?',
  leaderFound: (name: string) => `Nærmeste leder: ${name}`,
  leaderNone: 'Jeg fant ingen nærmeste leder for deg i katalogen. Velg en leder under.',
  leaderLookupFailed: 'Jeg får ikke slått opp nærmeste leder akkurat nå. Velg en leder under, eller prøv igjen senere.',
  noLeaders: 'Jeg har ingen ledere å foreslå. Ta saken direkte med nærmeste leder.',
  sendTo: (name: string) => `Send til ${name}`,
  pickOther: 'Eller velg en annen leder (for eksempel hvis lederen din er borte):',
  pickLabel: 'Annen leder',
  sendToPicked: 'Send til valgt leder',
  unknownLeader: 'Den lederen finner jeg ikke i katalogen. Velg en fra listen.',
  noDraft: 'Den saken er allerede sendt eller avbrutt. Skriv «spør leder» for å ta opp en ny sak.',
  alreadySent: (name: string) => `Denne saken er allerede sendt til ${name}. Skriv «mine saker» for å se hvordan det går med den.`,
  cannotResend: 'Denne saken kan ikke sendes på nytt: den er allerede avgjort, trukket eller ikke din. Skriv «spør leder» for å ta opp en ny sak.',
  sent: (name: string) => `Saken er sendt til ${name}. Du får svar her når saken er avgjort. Skriv «mine saker» for å se sakene dine.`,
  unreachable: (name: string) =>
    `Jeg fikk ikke levert saken til ${name}: boten er ikke installert hos ${name} i Teams. ` +
    `Ta kontakt med ${name} direkte. Saken er lagret, og du finner den under «mine saker».`,
  deliveryFailed: 'Jeg fikk ikke levert saken akkurat nå. Saken er lagret; prøv å kontakte lederen din direkte.',
  cardTitle: 'Sak til nærmeste leder',
  from: 'Fra',
  to: 'Leder',
  sentAt: 'Sendt',
  topic: 'Tema',
  rules: 'Regler',
  caseText: 'Saken',
  draftLink: 'Utkast',
  statusLabel: 'Status',
  decidedComment: 'Kommentar',
  history: 'Historikk',
  approve: 'Godkjent',
  reject: 'Ikke godkjent',
  answer: 'Svar med kommentar',
  commentLabel: 'Kommentar (valgfritt; skriv den før du trykker)',
  withdraw: 'Trekk saken',
  showCase: 'Vis saken',
  status: { pending: 'Venter på svar', approved: 'Godkjent', rejected: 'Ikke godkjent', answered: 'Besvart', withdrawn: 'Trukket' } satisfies Record<CaseStatus, string>,
  events: {
    created: 'sendte saken',
    delivered: 'kortet ble levert til lederen',
    'delivery-failed': 'kortet kunne ikke leveres til lederen',
    approved: 'godkjente',
    rejected: 'godkjente ikke',
    answered: 'svarte med kommentar',
    withdrawn: 'trakk saken',
    'leader-reminded': 'påminnelse sendt til lederen',
    'requester-told-overdue': 'ikke svar etter to arbeidsdager',
  } satisfies Record<AuditEvent, string>,
  decisionMessage: (leader: string, status: string) => `${leader} har avgjort saken din: ${status}.`,
  withComment: (comment: string) => `Kommentar: «${comment}»`,
  onlyLeader: 'Bare lederen saken er sendt til, kan avgjøre den.',
  onlyRequester: 'Bare den som sendte saken, kan trekke den.',
  notYours: 'Denne saken er ikke din.',
  caseNotFound: 'Den saken finner jeg ikke.',
  commentPersonalId: 'Kommentaren ser ut til å inneholde et fødselsnummer eller d-nummer. Fjern det; ingenting er lagret.',
  leaderReminder: (requester: string) => `Påminnelse: ${requester} venter på svar på en sak fra deg (sendt for over én arbeidsdag siden).`,
  requesterOverdue: (leader: string) =>
    `${leader} har ikke svart på saken din på to arbeidsdager. Du kan sende den til en annen leder, eller ta kontakt direkte.`,
  listTitle: 'Sakene dine',
  mine: 'Saker du har sendt',
  waiting: 'Venter på deg',
  decidedByYou: 'Avgjort av deg',
  sentToYou: 'Sendt til deg',
  sentByYou: 'Sendt av deg',
  listWaitingCount: (n: number) => (n === 1 ? '1 sak venter på deg.' : `${n} saker venter på deg.`),
  listShowing: (from: number, to: number, total: number) => `Viser ${from}–${to} av ${total}`,
  showMore: 'Vis flere',
  noCases: 'Du har ingen saker ennå. Skriv «spør leder» for å ta opp en sak med nærmeste leder.',
  withdrawnNotice: (requester: string) => `${requester} har trukket saken.`,
};

export type EscalationText = typeof nb;

const en: EscalationText = {
  describeTitle: 'Ask my nearest leader',
  describeBody:
    'Describe the case briefly: what you want to do and what you are unsure about. You may add a link to a draft. ' +
    'Do not include national identity numbers or other personal data. You can also just type the case as a message.',
  descriptionLabel: 'The case',
  descriptionPlaceholder: "May I post the picture from the youth club on the kommune's Facebook page?",
  linkLabel: 'Link to a draft (optional)',
  next: 'Next',
  cancel: 'Cancel',
  cancelled: 'OK, the case was not sent.',
  emptyDescription: 'Write a few words about the case, and I will find your leader.',
  personalIdInCase:
    'The case seems to contain a national identity number (fødselsnummer or d-nummer). I have neither stored nor sent it. ' +
    'Remove the number (write "the pupil" or "the client", for example) and send the case again.',
  leaderTitle: 'Who should get the case?',
  leaderFound: (name: string) => `Nearest leader: ${name}`,
  leaderNone: 'I found no nearest leader for you in the directory. Pick a leader below.',
  leaderLookupFailed: "I can't look up your nearest leader right now. Pick a leader below, or try again later.",
  noLeaders: 'I have no leaders to suggest. Please take the case to your nearest leader directly.',
  sendTo: (name: string) => `Send to ${name}`,
  pickOther: 'Or pick another leader (for example if yours is away):',
  pickLabel: 'Another leader',
  sendToPicked: 'Send to the chosen leader',
  unknownLeader: "I can't find that leader in the directory. Pick one from the list.",
  noDraft: 'That case has already been sent or cancelled. Type "ask my leader" to raise a new one.',
  alreadySent: (name: string) => `This case has already been sent to ${name}. Type "my cases" to see how it is going.`,
  cannotResend: 'This case cannot be sent again: it has been decided, withdrawn or is not yours. Type "ask my leader" to raise a new one.',
  sent: (name: string) => `The case has been sent to ${name}. You will get the answer here. Type "my cases" to see your cases.`,
  unreachable: (name: string) =>
    `I could not deliver the case to ${name}: the bot is not installed for ${name} in Teams. ` +
    `Please contact ${name} directly. The case is saved; you find it under "my cases".`,
  deliveryFailed: 'I could not deliver the case right now. It is saved; please contact your leader directly.',
  cardTitle: 'Case for the nearest leader',
  from: 'From',
  to: 'Leader',
  sentAt: 'Sent',
  topic: 'Topic',
  rules: 'Rules',
  caseText: 'The case',
  draftLink: 'Draft',
  statusLabel: 'Status',
  decidedComment: 'Comment',
  history: 'History (Historikk)',
  approve: 'Approved (Godkjent)',
  reject: 'Not approved (Ikke godkjent)',
  answer: 'Answer with a comment',
  commentLabel: 'Comment (optional; write it before you press)',
  withdraw: 'Withdraw the case',
  showCase: 'Show the case',
  status: { pending: 'Waiting for an answer', approved: 'Approved', rejected: 'Not approved', answered: 'Answered', withdrawn: 'Withdrawn' },
  events: {
    created: 'sent the case',
    delivered: 'the card reached the leader',
    'delivery-failed': 'the card could not be delivered to the leader',
    approved: 'approved',
    rejected: 'did not approve',
    answered: 'answered with a comment',
    withdrawn: 'withdrew the case',
    'leader-reminded': 'reminder sent to the leader',
    'requester-told-overdue': 'no answer after two working days',
  },
  decisionMessage: (leader: string, status: string) => `${leader} has decided your case: ${status}.`,
  withComment: (comment: string) => `Comment: "${comment}"`,
  onlyLeader: 'Only the leader the case was sent to can decide it.',
  onlyRequester: 'Only the person who sent the case can withdraw it.',
  notYours: 'This case is not yours.',
  caseNotFound: "I can't find that case.",
  commentPersonalId: 'The comment seems to contain a national identity number. Please remove it; nothing was stored.',
  leaderReminder: (requester: string) => `Reminder: ${requester} is waiting for your answer to a case (sent more than one working day ago).`,
  requesterOverdue: (leader: string) =>
    `${leader} has not answered your case in two working days. You can send it to another leader, or contact them directly.`,
  listTitle: 'Your cases',
  mine: 'Cases you raised',
  waiting: 'Waiting for you',
  decidedByYou: 'Decided by you',
  sentToYou: 'Sent to you',
  sentByYou: 'Sent by you',
  listWaitingCount: (n: number) => (n === 1 ? '1 case is waiting for you.' : `${n} cases are waiting for you.`),
  listShowing: (from: number, to: number, total: number) => `Showing ${from}–${to} of ${total}`,
  showMore: 'Show more',
  noCases: 'You have no cases yet. Type "ask my leader" to raise a case with your nearest leader.',
  withdrawnNotice: (requester: string) => `${requester} has withdrawn the case.`,
};

const catalogue: Record<Lang, EscalationText> = { nb, en };

export function escalationText(lang: Lang): EscalationText {
  return catalogue[lang];
}
