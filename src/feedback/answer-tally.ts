/**
 * How often each answer was shown (issue 12), per day, node, language and how it was reached — a count and
 * nothing else: no person, no question. One store item per day (`feedback/tally/<date>`), counted with the
 * optimistic update so that answers shown at the same moment are all counted; days older than the retention
 * limit are deleted.
 */
import { z } from 'zod';
import type { KeyValueStore } from '../storage/key-value-store';
import { updateItem } from '../storage/optimistic-update';
import { answerOutcome, feedbackLang, type FeedbackLang } from './answer-votes';
import { dayOf, daysBefore } from './feedback-days';

export interface TallyRow {
  day: string;
  nodeId: string;
  lang: FeedbackLang;
  outcome: 'matched' | 'chosen' | 'menu';
  count: number;
}

const countRow = z.object({ nodeId: z.string(), lang: feedbackLang, outcome: answerOutcome, count: z.number().int().nonnegative() });
const dayTally = z.object({ rows: z.array(countRow) });
const dayIndex = z.object({ days: z.array(z.string()) });

const DAYS_KEY = 'feedback/tally/days';
const dayKey = (day: string): string => `feedback/tally/${day}`;

export class AnswerTally {
  /** The day this process last deleted expired days: once a day is enough. */
  private purgedOn?: string;

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => Date,
    private readonly retentionDays: number,
  ) {}

  /** One more showing of the answer `nodeId` today. */
  async count(nodeId: string, lang: FeedbackLang, outcome: TallyRow['outcome']): Promise<void> {
    const day = dayOf(this.now());
    await updateItem(this.store, DAYS_KEY, (current) => {
      const days = dayIndex.safeParse(current).data?.days ?? [];
      return days.includes(day) ? undefined : { days: [...days, day] };
    });
    await updateItem(this.store, dayKey(day), (current) => {
      const rows = dayTally.safeParse(current).data?.rows ?? [];
      const same = rows.find((row) => row.nodeId === nodeId && row.lang === lang && row.outcome === outcome);
      const counted = same ? rows.map((row) => (row === same ? { ...row, count: row.count + 1 } : row)) : [...rows, { nodeId, lang, outcome, count: 1 }];
      return { rows: counted };
    });
    if (this.purgedOn !== day) {
      await this.purge();
      this.purgedOn = day;
    }
  }

  /** Every kept count, oldest day first. */
  async rows(): Promise<TallyRow[]> {
    const cutoff = daysBefore(this.now(), this.retentionDays);
    const days = (await this.days()).filter((day) => day >= cutoff).sort();
    const stored = await this.store.read(days.map(dayKey));
    return days.flatMap((day) => (dayTally.safeParse(stored[dayKey(day)]).data?.rows ?? []).map((row) => ({ day, ...row })));
  }

  /** Deletes the days older than the retention limit; returns how many days went. */
  async purge(): Promise<number> {
    const cutoff = daysBefore(this.now(), this.retentionDays);
    const expired = (await this.days()).filter((day) => day < cutoff);
    if (expired.length === 0) return 0;
    await this.store.delete(expired.map(dayKey));
    await updateItem(this.store, DAYS_KEY, (current) => ({ days: (dayIndex.safeParse(current).data?.days ?? []).filter((day) => !expired.includes(day)) }));
    return expired.length;
  }

  private async days(): Promise<string[]> {
    return dayIndex.safeParse((await this.store.read([DAYS_KEY]))[DAYS_KEY]).data?.days ?? [];
  }
}
