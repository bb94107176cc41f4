/**
 * The monthly summary for the IT channel (issue 12, item 5; opt-in with FEEDBACK_MONTHLY_SUMMARY=true): on the
 * first check in a new month, the previous month's top unanswered topics (failed questions by their closest
 * answer, out-of-scope questions by their shared word) and the answers with most 👎 go out as one card.
 *
 * Exactly once per month, with several instances and across restarts: the month is claimed with
 * `insertIfAbsent` on `feedback/monthly-summary/<YYYY-MM>`, holding the rendered activity; whoever finds the
 * claim (the winner, a loser, a restarted process) enqueues that one activity under the fixed outbox id
 * `owner-summary-<YYYY-MM>`, which the outbox sends once. A crash between claim and enqueue is healed by the next check.
 */
import { z } from 'zod';
import type { Outbox } from '../outbox/outbox';
import type { OutboundActivity } from '../outbox/outbox-item';
import type { KeyValueStore } from '../storage/key-value-store';
import { previousMonth, type OwnerReport } from './owner-report';
import type { OwnerReportSource } from './owner-report-source';

export const SUMMARY_TOPIC = 'owner-summary';
const TOP = 5;

export interface SummaryTopic {
  /** An answer's title (questions that came closest to it) or a shared word of out-of-scope questions. */
  label: string;
  kind: 'near-answer' | 'out-of-scope' | 'no-answer';
  count: number;
}

export interface MonthlySummary {
  /** "2026-03" */
  month: string;
  topics: SummaryTopic[];
  disliked: { nodeId: string; title: string; down: number; votes: number }[];
}

export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The top topics and most disliked answers of a report (ties: the report's own order). */
export function summaryOf(report: OwnerReport, month: string): MonthlySummary {
  const topics: SummaryTopic[] = [
    ...report.failed.map((g) => ({ label: g.title ?? '', kind: g.nodeId ? ('near-answer' as const) : ('no-answer' as const), count: g.questions.length })),
    ...report.outOfScope.map((g) => ({ label: g.word ?? '', kind: g.word ? ('out-of-scope' as const) : ('no-answer' as const), count: g.questions.length })),
  ];
  return {
    month,
    topics: topics.sort((a, b) => b.count - a.count).slice(0, TOP),
    disliked: report.answers
      .filter((a) => a.down > 0)
      .sort((a, b) => b.down - a.down)
      .slice(0, TOP)
      .map((a) => ({ nodeId: a.nodeId, title: a.title, down: a.down, votes: a.up + a.down })),
  };
}

const claimSchema = z.object({ month: z.string(), activity: z.record(z.string(), z.unknown()), claimedAt: z.string() });

export interface MonthlySummaryDeps {
  store: KeyValueStore;
  outbox: Pick<Outbox, 'enqueue'>;
  report: OwnerReportSource;
  /** The card as an activity (built at the bot edge). */
  render: (summary: MonthlySummary) => OutboundActivity;
  /** The named channel the outbox resolves when sending (the IT channel). */
  channel: string;
  now: () => Date;
  /** Ask the outbox to send the item now. */
  kick?: (id: string) => void;
}

export class MonthlySummaryPoster {
  constructor(private readonly deps: MonthlySummaryDeps) {}

  /** One check: 'posted' when this call claimed the month, 'already' when someone had. */
  async check(): Promise<'posted' | 'already'> {
    const { store, now } = this.deps;
    const period = previousMonth(now());
    const month = monthKey(period.from);
    const key = `feedback/monthly-summary/${month}`;
    let claim = claimSchema.safeParse((await store.read([key]))[key]).data;
    let posted = false;
    if (!claim) {
      const summary = summaryOf(await this.deps.report(period, 'nb'), month);
      const fresh = { month, activity: this.deps.render(summary), claimedAt: now().toISOString() };
      posted = await store.insertIfAbsent(key, { ...fresh });
      claim = posted ? fresh : claimSchema.parse((await store.read([key]))[key]);
    }
    const id = `${SUMMARY_TOPIC}-${month}`;
    await this.deps.outbox.enqueue({ id, destination: { kind: 'channel-thread', channel: this.deps.channel }, activity: claim.activity, topic: SUMMARY_TOPIC, subject: month });
    if (posted) this.deps.kick?.(id);
    return posted ? 'posted' : 'already';
  }
}
