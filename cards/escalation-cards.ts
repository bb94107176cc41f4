/**
 * Cards of the escalation workflow: describe the case, choose the leader, the case card (one template,
 * a leader's view with the decision buttons and a requester's view with "withdraw"), and the case list.
 * Typed data models; every template is expanded exactly once by renderCard.
 */
import type { EscalationCase } from '../src/escalation/escalation-case';
import type { Rule } from '../src/guidelines/pack-schema';
import { knownRules, ruleCitation } from '../src/guidelines/rule-citation';
import { readSectionTitle } from '../src/i18n/tab-text';
import type { SectionLinker } from '../src/tab/section-links';
import type { DirectoryPerson } from '../src/directory/leader-directory';
import { escalationText, type EscalationText } from '../src/i18n/escalation-text';
import type { Lang } from '../src/i18n/language';
import { newestFirst, pageOf, shorten } from './list-page';
import { renderCard, type AdaptiveCardJson } from './render-card';

export type CaseViewer = 'leader' | 'requester' | 'other';

const statusMark: Record<EscalationCase['status'], string> = { pending: '⏳', approved: '✅', rejected: '⛔', answered: '💬', withdrawn: '↩️' };

// Built once: constructing an Intl.DateTimeFormat costs ~50–70 µs, formatting with one ~1 µs (docs/performance.md).
const timeFormats = {
  nb: new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' }),
};

export function formatTime(iso: string, lang: Lang): string {
  return timeFormats[lang === 'nb' ? 'nb' : 'en'].format(new Date(iso));
}

export interface DescribeCardData {
  speak: string;
  topic: string;
  rules: string;
  text: EscalationText;
}

export function describeCard(lang: Lang, topic: string | undefined, ruleIds: readonly string[]): AdaptiveCardJson {
  const text = escalationText(lang);
  const data: DescribeCardData = { speak: `${text.describeTitle}. ${text.describeBody}`, topic: topic ?? '', rules: ruleIds.join(', '), text };
  return renderCard('escalation-describe', data);
}

export interface LeaderChoiceData {
  speak: string;
  message: string;
  found: boolean;
  leader: { id: string; name: string; detail: string };
  sendToLeader: string;
  alternatives: { id: string; label: string }[];
  /** Set when an overdue case is re-sent to another leader. */
  caseId: string;
  text: EscalationText;
}

const describePerson = (p: DirectoryPerson): string => [p.jobTitle, p.department].filter((x): x is string => !!x).join(', ');

export function leaderChoiceCard(
  lang: Lang,
  found: DirectoryPerson | undefined,
  message: string,
  alternatives: readonly DirectoryPerson[],
  caseId = '',
): AdaptiveCardJson {
  const text = escalationText(lang);
  const data: LeaderChoiceData = {
    speak: `${text.leaderTitle} ${message}`,
    message,
    found: found !== undefined,
    leader: { id: found?.id ?? '', name: found?.displayName ?? '', detail: found ? describePerson(found) : '' },
    sendToLeader: found ? text.sendTo(found.displayName) : '',
    alternatives: alternatives
      .filter((p) => p.id !== found?.id)
      .map((p) => ({ id: p.id, label: describePerson(p) ? `${p.displayName} (${describePerson(p)})` : p.displayName })),
    caseId,
    text,
  };
  return renderCard('escalation-leader', data);
}

/** What the case card needs from the guidelines: the rules' words, and where the reader tab shows them. */
export interface CaseGuidelines {
  rules: ReadonlyMap<string, Rule>;
  link?: SectionLinker;
}

export interface CaseCardData {
  speak: string;
  caseId: string;
  refreshUserIds: string[];
  statusLine: string;
  requester: string;
  leader: string;
  sentAt: string;
  topic: string;
  /** Bare rule ids, only when the rules' words are not at hand (cards built without the guidelines). */
  rules: string;
  /** Each rule of the case in its own words, with its citation ("Retningslinjer for sosiale medier, punkt 4.4 (R4.4.4)"). */
  ruleQuotes: { quote: string; paraphrase: string; citation: string }[];
  /** "Les hele punkt 4.4": the reader tab at the first rule (zero or one entry). */
  readMore: { title: string; url: string }[];
  description: string;
  link: string;
  comment: string;
  history: { line: string }[];
  canDecide: boolean;
  canWithdraw: boolean;
  text: EscalationText;
}

export function statusLine(escalation: EscalationCase, lang: Lang): string {
  const text = escalationText(lang);
  return `${statusMark[escalation.status]} ${text.statusLabel}: ${text.status[escalation.status]}`;
}

export function caseCard(escalation: EscalationCase, viewer: CaseViewer, lang: Lang, guidelines?: CaseGuidelines): AdaptiveCardJson {
  const text = escalationText(lang);
  const pending = escalation.status === 'pending';
  const cited = guidelines ? knownRules(guidelines.rules, escalation.ruleIds) : [];
  const first = cited[0];
  const data: CaseCardData = {
    speak: `${text.cardTitle}. ${text.from} ${escalation.requester.name}. ${text.status[escalation.status]}.`,
    caseId: escalation.id,
    refreshUserIds: [escalation.requester, escalation.leader].map((p) => p.teamsId ?? p.id),
    statusLine: statusLine(escalation, lang),
    requester: escalation.requester.name,
    leader: escalation.leader.name,
    sentAt: formatTime(escalation.createdAt, lang),
    topic: escalation.topic?.title ?? '',
    rules: cited.length > 0 ? '' : escalation.ruleIds.join(', '),
    ruleQuotes: cited.map((rule) => ({ quote: `«${rule.quote}»`, paraphrase: lang === 'en' ? rule.en : '', citation: ruleCitation([rule], lang) })),
    readMore: first && guidelines?.link ? [{ title: readSectionTitle(first.section, lang), url: guidelines.link(first.id) }] : [],
    description: escalation.description,
    link: escalation.link ?? '',
    comment: escalation.comment ?? '',
    history: escalation.history.map((h) => ({ line: `${formatTime(h.at, lang)} – ${h.by.name}: ${text.events[h.event]}` })),
    canDecide: pending && viewer === 'leader',
    canWithdraw: pending && viewer === 'requester',
    text,
  };
  return renderCard('escalation-case', data);
}

export interface CaseListData {
  speak: string;
  /** "3 saker venter på deg." when cases wait for this user as a leader (on any page), else ''. */
  waitingSummary: string;
  /** "Viser 1–10 av 93". */
  showing: string;
  /** `line`: "⏳ Venter på deg · Kari Nilsen · 25.11.2026, 10:00"; `role`: "Sendt til deg" or "Sendt av deg". */
  cases: { caseId: string; line: string; role: string; description: string }[];
  hasMore: boolean;
  /** The page "Vis flere" asks for: submit data `{ verb: 'escalation.list', page: nextPage }`. */
  nextPage: number;
  text: EscalationText;
}

/** Longest description and name shown in the list (the case card shows them in full). */
export const LIST_DESCRIPTION_CHARS = 120;
export const LIST_NAME_CHARS = 100;

/**
 * «mine saker»: the user's cases (raised by them, or sent to them as a leader), newest first, one page of
 * ten with "Vis flere" while more remain, so the card stays far below Teams' 28 KB activity limit.
 */
export function caseListCard(cases: readonly EscalationCase[], userId: string, lang: Lang, page = 0): AdaptiveCardJson {
  const text = escalationText(lang);
  const relevant = cases.filter((c) => c.leader.id === userId || c.requester.id === userId);
  const shown = pageOf(newestFirst(relevant, (c) => c.createdAt), page);
  const waiting = relevant.filter((c) => c.leader.id === userId && c.status === 'pending').length;
  const line = (c: EscalationCase): string => {
    const asLeader = c.leader.id === userId;
    const status = asLeader && c.status === 'pending' ? text.waiting : text.status[c.status];
    const other = shorten(asLeader ? c.requester.name : c.leader.name, LIST_NAME_CHARS);
    return `${statusMark[c.status]} ${status} · ${other} · ${formatTime(c.createdAt, lang)}`;
  };
  const showing = text.listShowing(shown.from, shown.to, shown.total);
  const waitingSummary = waiting > 0 ? text.listWaitingCount(waiting) : '';
  const data: CaseListData = {
    speak: [`${text.listTitle}.`, waitingSummary, `${showing}.`].filter((s) => s !== '').join(' '),
    waitingSummary,
    showing,
    cases: shown.items.map((c) => ({
      caseId: c.id,
      line: line(c),
      role: c.leader.id === userId ? text.sentToYou : text.sentByYou,
      description: shorten(c.description, LIST_DESCRIPTION_CHARS),
    })),
    hasMore: shown.hasMore,
    nextPage: shown.page + 1,
    text,
  };
  return renderCard('escalation-list', data);
}
