/**
 * The card in the IT channel, one card for everyone with a view per role (Universal Actions): the card posted to
 * the channel is the status view; Teams refreshes it (`refresh`, verb `registration.refresh`) for the IT members
 * in `refresh.userIds` into IT's view with the buttons. More than 60 IT members (Teams' limit for automatic
 * refresh): `userIds` is empty and each IT member refreshes by hand ("Refresh card" in the card's menu). Who may
 * act is still decided on the server from the configured IT members (403 for anyone else).
 */
import type { Lang } from '../src/i18n/language';
import { registrationText, type RegistrationText } from '../src/i18n/registration-text';
import type { HistoryEntry, RegistrationRecord } from '../src/registration/registration-record';
import { awaitingIt } from '../src/registration/registration-states';
import { checklistLines, detailFacts, type Fact, type RuleBook } from './registration-cards';
import { renderCard, type AdaptiveCardJson } from './render-card';

/** Teams refreshes a card automatically for at most 60 listed users. */
export const MAX_REFRESH_USERS = 60;

/** `it`: the IT member's view with the buttons (while the registration waits for IT); `status`: everyone else's. */
export type ItCardView = 'it' | 'status';

export interface ItCardOptions {
  view: ItCardView;
  /** Teams ids ("29:…") of the IT members: their card refreshes to the `it` view. */
  itViewers?: readonly string[];
  lang?: Lang;
}

export interface ItCardData {
  title: string;
  statusLabel: string;
  status: string;
  facts: Fact[];
  checklistTitle: string;
  checklist: { line: string }[];
  historyTitle: string;
  history: { line: string }[];
  canAct: boolean;
  /** The status view while IT has yet to act: "IT-avdelingen behandler registreringen." */
  waitingNote: string;
  commentLabel: string;
  acknowledgeTitle: string;
  requestInfoTitle: string;
  refreshTitle: string;
  refreshUserIds: string[];
  ref: string;
  version: number;
}

function historyLine(t: RegistrationText, entry: HistoryEntry): string {
  const comment = entry.comment ? `: «${entry.comment}»` : '';
  return `${t.dateTime(new Date(entry.at))} – ${entry.by.name} ${t.historyEvents[entry.event]}${comment}`;
}

/** "Registrert i oversikten – Ingrid Johansen, 25.11.2026, 07:10": the state and who put it there, when. */
function statusLine(t: RegistrationText, record: RegistrationRecord): string {
  const last = record.history.at(-1);
  return last && last.event !== 'submit' ? `${t.states[record.state]} – ${last.by.name}, ${t.dateTime(new Date(last.at))}` : t.states[record.state];
}

/** The card in the IT channel (Bokmål, the IT department's working language), in the given view. */
export function itCard(record: RegistrationRecord, rules: RuleBook, options: ItCardOptions = { view: 'it' }): AdaptiveCardJson {
  const lang = options.lang ?? 'nb';
  const t = registrationText(lang);
  const viewers = options.itViewers ?? [];
  const waiting = awaitingIt(record.state);
  const data: ItCardData = {
    title: record.history.length > 1 ? t.itCardUpdatedTitle(record.ref) : t.itCardTitle(record.ref),
    statusLabel: t.statusLabel,
    status: statusLine(t, record),
    facts: [...detailFacts(t, record.details), { title: t.requester, value: record.requester.name }, { title: t.submittedAt, value: t.dateTime(new Date(record.createdAt)) }],
    checklistTitle: t.checklistTitle,
    checklist: checklistLines(t, record.details, rules, lang),
    historyTitle: t.historyTitle,
    history: record.history.map((entry) => ({ line: historyLine(t, entry) })),
    canAct: waiting && options.view === 'it',
    waitingNote: waiting && options.view === 'status' ? t.itHandles : '',
    commentLabel: t.commentLabel,
    acknowledgeTitle: t.acknowledge,
    requestInfoTitle: t.requestInfo,
    refreshTitle: t.refreshCard,
    refreshUserIds: viewers.length <= MAX_REFRESH_USERS ? [...viewers] : [],
    ref: record.ref,
    version: record.history.length,
  };
  return renderCard('registration-it', data);
}
