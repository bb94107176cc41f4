/**
 * Cards of the escalation workflow: describe the case, choose the leader, the case card (one template,
 * a leader's view with the decision buttons and a requester's view with "withdraw"), and the case list.
 * Typed data models; every template is expanded exactly once by renderCard.
 */
import type { EscalationCase } from '../src/escalation/escalation-case';
import type { DirectoryPerson } from '../src/directory/leader-directory';
import { escalationText, type EscalationText } from '../src/i18n/escalation-text';
import type { Lang } from '../src/i18n/language';
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

export interface CaseCardData {
  speak: string;
  caseId: string;
  refreshUserIds: string[];
  statusLine: string;
  requester: string;
  leader: string;
  sentAt: string;
  topic: string;
  rules: string;
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

export function caseCard(escalation: EscalationCase, viewer: CaseViewer, lang: Lang): AdaptiveCardJson {
  const text = escalationText(lang);
  const pending = escalation.status === 'pending';
  const data: CaseCardData = {
    speak: `${text.cardTitle}. ${text.from} ${escalation.requester.name}. ${text.status[escalation.status]}.`,
    caseId: escalation.id,
    refreshUserIds: [escalation.requester, escalation.leader].map((p) => p.teamsId ?? p.id),
    statusLine: statusLine(escalation, lang),
    requester: escalation.requester.name,
    leader: escalation.leader.name,
    sentAt: formatTime(escalation.createdAt, lang),
    topic: escalation.topic?.title ?? '',
    rules: escalation.ruleIds.join(', '),
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
  waiting: { caseId: string; line: string }[];
  mine: { caseId: string; line: string }[];
  decided: { line: string }[];
  text: EscalationText;
}

export function caseListCard(cases: readonly EscalationCase[], userId: string, lang: Lang): AdaptiveCardJson {
  const text = escalationText(lang);
  const line = (c: EscalationCase, other: string): string =>
    `${statusMark[c.status]} ${text.status[c.status]} · ${other} · ${formatTime(c.createdAt, lang)} · ${c.description.length > 80 ? `${c.description.slice(0, 79)}…` : c.description}`;
  const forMe = cases.filter((c) => c.leader.id === userId);
  const data: CaseListData = {
    speak: text.listTitle,
    waiting: forMe.filter((c) => c.status === 'pending').map((c) => ({ caseId: c.id, line: line(c, c.requester.name) })),
    mine: cases.filter((c) => c.requester.id === userId).map((c) => ({ caseId: c.id, line: line(c, c.leader.name) })),
    decided: forMe.filter((c) => c.status !== 'pending').map((c) => ({ line: line(c, c.requester.name) })),
    text,
  };
  return renderCard('escalation-list', data);
}
