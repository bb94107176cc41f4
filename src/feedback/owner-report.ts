/**
 * The guideline owner's report (issue 12, item 3), as pure functions over what the bot keeps: per answer node how
 * often it was shown (matched at once, chosen from offered choices, reached through the menu), its 👍 and 👎 and
 * the "Hva manglet?" texts; the questions the bot failed on (not covered, asked back, disliked) grouped by the
 * answer node they came closest to; and the out-of-scope questions grouped by their words (owner-topics.ts).
 * Everything is counted inside one period [from, to). No identity is in any input, so none is in the report.
 */
import type { GuidelinePack } from '../guidelines/guideline-pack';
import type { Lang } from '../i18n/language';
import type { AnswerVote } from './answer-votes';
import type { TallyRow } from './answer-tally';
import { groupByWords, type TopicGroup } from './owner-topics';
import type { UnansweredEntry } from './unanswered-log';

export interface ReportPeriod {
  from: Date;
  /** Exclusive. */
  to: Date;
}

export type Outcome = TallyRow['outcome'];

export interface AnswerRow {
  nodeId: string;
  title: string;
  ruleIds: string[];
  answered: Record<Outcome, number> & { total: number };
  up: number;
  down: number;
  /** The "Hva manglet?" texts of the 👎 votes (scrubbed when stored), oldest first. */
  missing: string[];
}

export type FailedOutcome = 'not-covered' | 'asked-back' | 'disliked';

export interface FailedQuestion {
  at: string;
  text: string;
  lang: UnansweredEntry['lang'];
  outcome: FailedOutcome;
  /** The answer nodes it came closest to, best first (from the log, else the matcher's ranking). */
  nodeIds: string[];
  /** True when the nodes come from the matcher's ranking now rather than from what the bot offered then. */
  nodesGuessed: boolean;
}

export interface FailedGroup {
  /** The closest answer node; undefined for the questions close to none. */
  nodeId?: string;
  title?: string;
  questions: FailedQuestion[];
}

export interface OutOfScopeQuestion {
  at: string;
  text: string;
  lang: UnansweredEntry['lang'];
}

export interface OwnerReport {
  from: string;
  to: string;
  answers: AnswerRow[];
  failed: FailedGroup[];
  outOfScope: TopicGroup<OutOfScopeQuestion>[];
  /** Every answer node of the pack, for the review queue's node choice. */
  nodes: { nodeId: string; title: string }[];
}

export interface ReportInput {
  pack: GuidelinePack;
  tally: readonly TallyRow[];
  votes: readonly AnswerVote[];
  unanswered: readonly UnansweredEntry[];
  period: ReportPeriod;
  lang: Lang;
  /** The answer nodes closest to a text, best first (the matcher's ranking); for questions logged without nodes. */
  closestNodes?: (text: string) => string[];
}

const DAY_MS = 86_400_000;

/** The last `days` days up to `now`. */
export function lastDays(now: Date, days: number): ReportPeriod {
  return { from: new Date(now.getTime() - days * DAY_MS), to: new Date(now.getTime() + 1) };
}

/** The calendar month (UTC) before the one `now` is in. */
export function previousMonth(now: Date): ReportPeriod {
  return { from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)), to: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)) };
}

function within(period: ReportPeriod): (at: string) => boolean {
  const from = period.from.getTime();
  const to = period.to.getTime();
  return (at) => {
    const time = Date.parse(at);
    return time >= from && time < to;
  };
}

/** A tally row counts a whole UTC day: it is inside when the day overlaps the period. */
function dayWithin(period: ReportPeriod): (day: string) => boolean {
  const fromDay = period.from.toISOString().slice(0, 10);
  const lastDay = new Date(period.to.getTime() - 1).toISOString().slice(0, 10);
  return (day) => day >= fromDay && day <= lastDay;
}

function titleOf(pack: GuidelinePack, nodeId: string, lang: Lang): string {
  const node = pack.nodes.get(nodeId);
  return node?.kind === 'answer' ? node.title[lang] : nodeId;
}

function answerRows(input: ReportInput): AnswerRow[] {
  const { pack, lang } = input;
  const rows = new Map<string, AnswerRow>();
  const row = (nodeId: string): AnswerRow => {
    let found = rows.get(nodeId);
    if (!found) {
      const node = pack.nodes.get(nodeId);
      found = { nodeId, title: titleOf(pack, nodeId, lang), ruleIds: node?.kind === 'answer' ? [...node.rules] : [], answered: { matched: 0, chosen: 0, menu: 0, total: 0 }, up: 0, down: 0, missing: [] };
      rows.set(nodeId, found);
    }
    return found;
  };
  for (const node of pack.tree.nodes) if (node.kind === 'answer') row(node.id);
  const dayInside = dayWithin(input.period);
  for (const t of input.tally.filter((t) => dayInside(t.day))) {
    const r = row(t.nodeId);
    r.answered[t.outcome] += t.count;
    r.answered.total += t.count;
  }
  const inside = within(input.period);
  for (const v of input.votes.filter((v) => inside(v.at))) {
    const r = row(v.nodeId);
    if (v.vote === 'up') r.up += 1;
    else r.down += 1;
    if (v.vote === 'down' && v.missing) r.missing.push(v.missing);
  }
  return [...rows.values()].sort((a, b) => b.answered.total - a.answered.total || b.down - a.down || a.title.localeCompare(b.title, 'nb'));
}

const isFailed = (entry: UnansweredEntry): entry is UnansweredEntry & { outcome: FailedOutcome } => entry.outcome !== 'out-of-scope';

function failedGroups(input: ReportInput, entries: readonly UnansweredEntry[]): FailedGroup[] {
  const answerNode = (id: string): boolean => input.pack.nodes.get(id)?.kind === 'answer';
  const groups = new Map<string | undefined, FailedQuestion[]>();
  for (const entry of entries.filter(isFailed)) {
    const logged = entry.nodeIds.filter(answerNode);
    const guessed = logged.length === 0 ? (input.closestNodes?.(entry.text) ?? []).filter(answerNode).slice(0, 3) : [];
    const nodeIds = logged.length > 0 ? logged : guessed;
    const question: FailedQuestion = { at: entry.at, text: entry.text, lang: entry.lang, outcome: entry.outcome, nodeIds, nodesGuessed: logged.length === 0 && guessed.length > 0 };
    groups.set(nodeIds[0], [...(groups.get(nodeIds[0]) ?? []), question]);
  }
  return [...groups.entries()]
    .map(([nodeId, questions]) => ({ nodeId, title: nodeId === undefined ? undefined : titleOf(input.pack, nodeId, input.lang), questions }))
    .sort((a, b) => (a.nodeId === undefined ? 1 : 0) - (b.nodeId === undefined ? 1 : 0) || b.questions.length - a.questions.length || (a.title ?? '').localeCompare(b.title ?? '', 'nb'));
}

export function ownerReport(input: ReportInput): OwnerReport {
  const inside = within(input.period);
  const entries = input.unanswered.filter((e) => inside(e.at));
  const outOfScope = entries.filter((e) => e.outcome === 'out-of-scope').map(({ at, text, lang }) => ({ at, text, lang }));
  return {
    from: input.period.from.toISOString(),
    to: input.period.to.toISOString(),
    answers: answerRows(input),
    failed: failedGroups(input, entries),
    outOfScope: groupByWords(outOfScope),
    nodes: input.pack.tree.nodes.flatMap((node) => (node.kind === 'answer' ? [{ nodeId: node.id, title: node.title[input.lang] }] : [])),
  };
}
