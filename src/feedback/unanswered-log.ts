/**
 * What the bot could not answer, for the guideline owner (issue 12): questions that got "not covered" or
 * choices instead of an answer, with the node(s) offered, the matcher's outcome and the language — never who
 * asked. The text is scrubbed of identity numbers, e-mail addresses and phone numbers before it is stored, and
 * days older than the retention limit are deleted. One store item per day (`feedback/unanswered/<date>`).
 */
import { z } from 'zod';
import { scrubPersonalData } from '../privacy/scrub-personal-data';
import type { KeyValueStore } from '../storage/key-value-store';
import { updateItem } from '../storage/optimistic-update';

export const unansweredEntry = z.object({
  at: z.string(),
  /** Scrubbed: no identity number, e-mail address or phone number. */
  text: z.string(),
  lang: z.enum(['nb', 'nn', 'en']),
  /** 'disliked': a 👎 on an answer (the question that led to it, or the "Hva manglet?" text). */
  outcome: z.enum(['not-covered', 'out-of-scope', 'asked-back', 'disliked']),
  /** The node(s) the bot came closest to (offered as choices), best first. */
  nodeIds: z.array(z.string()),
});
export type UnansweredEntry = z.infer<typeof unansweredEntry>;

const dayItem = z.object({ entries: z.array(unansweredEntry) });
const dayIndex = z.object({ days: z.array(z.string()) });

const DAYS_KEY = 'feedback/unanswered/days';
const dayKey = (day: string): string => `feedback/unanswered/${day}`;
/** A day holds at most this many questions (a flood cannot grow one item without bound). */
const MAX_PER_DAY = 1000;
const MAX_TEXT = 500;

export class UnansweredLog {
  /** The day this process last deleted expired days: once a day is enough. */
  private purgedOn?: string;

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => Date,
    private readonly retentionDays: number,
  ) {}

  async record(entry: Omit<UnansweredEntry, 'at' | 'text'> & { text: string }): Promise<void> {
    const at = this.now();
    const day = at.toISOString().slice(0, 10);
    const scrubbed: UnansweredEntry = { ...entry, text: scrubPersonalData(entry.text).slice(0, MAX_TEXT), at: at.toISOString() };
    await updateItem(this.store, DAYS_KEY, (current) => {
      const days = dayIndex.safeParse(current).data?.days ?? [];
      return days.includes(day) ? undefined : { days: [...days, day] };
    });
    await updateItem(this.store, dayKey(day), (current) => {
      const entries = dayItem.safeParse(current).data?.entries ?? [];
      return entries.length >= MAX_PER_DAY ? undefined : { entries: [...entries, scrubbed] };
    });
    if (this.purgedOn !== day) {
      await this.purge();
      this.purgedOn = day;
    }
  }

  /** Every kept entry, oldest first. */
  async entries(): Promise<UnansweredEntry[]> {
    const days = dayIndex.safeParse((await this.store.read([DAYS_KEY]))[DAYS_KEY]).data?.days ?? [];
    const stored = await this.store.read(days.map(dayKey));
    return days.flatMap((day) => dayItem.safeParse(stored[dayKey(day)]).data?.entries ?? []);
  }

  /** Deletes the days older than the retention limit; returns how many days went. */
  async purge(): Promise<number> {
    const cutoff = new Date(this.now().getTime() - this.retentionDays * 86_400_000).toISOString().slice(0, 10);
    const days = dayIndex.safeParse((await this.store.read([DAYS_KEY]))[DAYS_KEY]).data?.days ?? [];
    const expired = days.filter((day) => day < cutoff);
    if (expired.length === 0) return 0;
    await this.store.delete(expired.map(dayKey));
    await updateItem(this.store, DAYS_KEY, (current) => {
      const kept = (dayIndex.safeParse(current).data?.days ?? []).filter((day) => !expired.includes(day));
      return { days: kept };
    });
    return expired.length;
  }
}
