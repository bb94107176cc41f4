/**
 * "Var dette nyttig?" (issue 12): one 👍 or 👎 per person per answer node, with the node's rules, the language and
 * how the answer was reached. The person is an opaque voter key (a keyed hash, src/feedback/voter-key.ts), never a
 * Teams or Entra id. A vote is one store item whose key is the voter key and the node, written with
 * `insertIfAbsent`: a double click, a replayed card or a second vote later all find it there and store nothing.
 * Each day lists the votes cast on it (`feedback/votes/<date>`), so that votes older than the retention limit are
 * found and deleted with their day.
 */
import { z } from 'zod';
import { scrubPersonalData } from '../privacy/scrub-personal-data';
import type { KeyValueStore } from '../storage/key-value-store';
import { updateItem } from '../storage/optimistic-update';
import { daysBefore, dayOf } from './feedback-days';

export type FeedbackLang = 'nb' | 'nn' | 'en';
export const feedbackLang = z.enum(['nb', 'nn', 'en']);
export const answerOutcome = z.enum(['matched', 'chosen', 'menu']);
export type AnswerOutcome = z.infer<typeof answerOutcome>;

export interface AnswerVote {
  at: string;
  nodeId: string;
  ruleIds: string[];
  lang: FeedbackLang;
  /** how the answer was reached: 'matched' = free text answered at once; 'chosen' = picked from offered choices; 'menu' = walked the tree */
  outcome: AnswerOutcome;
  vote: 'up' | 'down';
  /** the optional "Hva manglet?" text, scrubbed */
  missing?: string;
}

const storedVote = z.object({
  at: z.string(),
  nodeId: z.string(),
  ruleIds: z.array(z.string()),
  lang: feedbackLang,
  outcome: answerOutcome,
  vote: z.enum(['up', 'down']),
  missing: z.string().optional(),
});
const dayIndex = z.object({ days: z.array(z.string()) });
const dayVotes = z.object({ keys: z.array(z.string()) });

const DAYS_KEY = 'feedback/votes/days';
const dayKey = (day: string): string => `feedback/votes/${day}`;
const voteKey = (voterKey: string, nodeId: string): string => `feedback/vote/${nodeId}/${voterKey}`;
/** Longest kept "Hva manglet?" text. */
export const MAX_MISSING_CHARS = 500;

export type ExplainResult = 'added' | 'replaced' | 'no-down-vote';

export class AnswerVotes {
  /** The day this process last deleted expired days: once a day is enough. */
  private purgedOn?: string;

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => Date,
    private readonly retentionDays: number,
  ) {}

  /** voterKey is an opaque per-person key (never the raw Teams/Entra id in storage). */
  async record(voterKey: string, vote: Omit<AnswerVote, 'at'>): Promise<'recorded' | 'already-voted'> {
    const at = this.now();
    const day = dayOf(at);
    const key = voteKey(voterKey, vote.nodeId);
    // A second vote later, or a replayed card: the vote is there already and nothing is listed again.
    if ((await this.store.read([key]))[key]) return 'already-voted';
    const { missing, ...fields } = vote;
    const text = missing === undefined ? '' : scrub(missing);
    const item: AnswerVote = { ...fields, at: at.toISOString(), ...(text !== '' ? { missing: text } : {}) };
    // The day lists the key before the vote exists, so a vote is never stored where retention cannot find it;
    // two clicks at once list the same key once, and only one of them inserts the vote.
    await updateItem(this.store, DAYS_KEY, (current) => {
      const days = dayIndex.safeParse(current).data?.days ?? [];
      return days.includes(day) ? undefined : { days: [...days, day] };
    });
    await updateItem(this.store, dayKey(day), (current) => {
      const keys = dayVotes.safeParse(current).data?.keys ?? [];
      return keys.includes(key) ? undefined : { keys: [...keys, key] };
    });
    const inserted = await this.store.insertIfAbsent(key, { ...item });
    await this.purgeOncePerDay(day);
    return inserted ? 'recorded' : 'already-voted';
  }

  /** Adds or replaces the "Hva manglet?" text of this voter's existing down vote on nodeId. */
  async explain(voterKey: string, nodeId: string, missing: string): Promise<boolean> {
    return (await this.addExplanation(voterKey, nodeId, missing)) !== 'no-down-vote';
  }

  /** As explain(), telling whether the vote had no text before ('added') or had one ('replaced'). */
  async addExplanation(voterKey: string, nodeId: string, missing: string): Promise<ExplainResult> {
    const text = scrub(missing);
    let result: ExplainResult = 'no-down-vote';
    await updateItem(this.store, voteKey(voterKey, nodeId), (current) => {
      const vote = storedVote.safeParse(current).data;
      if (!vote || vote.vote !== 'down' || text === '') return undefined;
      result = vote.missing === undefined ? 'added' : 'replaced';
      return { ...vote, missing: text };
    });
    return result;
  }

  /** Every vote within retention, oldest first. */
  async all(): Promise<AnswerVote[]> {
    const cutoff = daysBefore(this.now(), this.retentionDays);
    const days = (await this.days()).filter((day) => day >= cutoff);
    const lists = await this.store.read(days.map(dayKey));
    const keys = [...new Set(days.flatMap((day) => dayVotes.safeParse(lists[dayKey(day)]).data?.keys ?? []))];
    const stored = keys.length > 0 ? await this.store.read(keys) : {};
    return keys
      .flatMap((key) => {
        const vote = storedVote.safeParse(stored[key]).data;
        return vote ? [withoutUndefined(vote)] : [];
      })
      .filter((vote) => vote.at.slice(0, 10) >= cutoff)
      .sort((a, b) => a.at.localeCompare(b.at));
  }

  /** Deletes the votes of the days older than the retention limit, with their days; returns how many days went. */
  async purge(): Promise<number> {
    const cutoff = daysBefore(this.now(), this.retentionDays);
    const expired = (await this.days()).filter((day) => day < cutoff);
    if (expired.length === 0) return 0;
    const lists = await this.store.read(expired.map(dayKey));
    const keys = expired.flatMap((day) => dayVotes.safeParse(lists[dayKey(day)]).data?.keys ?? []);
    await this.store.delete([...new Set(keys), ...expired.map(dayKey)]);
    await updateItem(this.store, DAYS_KEY, (current) => ({ days: (dayIndex.safeParse(current).data?.days ?? []).filter((day) => !expired.includes(day)) }));
    return expired.length;
  }

  private async days(): Promise<string[]> {
    return dayIndex.safeParse((await this.store.read([DAYS_KEY]))[DAYS_KEY]).data?.days ?? [];
  }

  private async purgeOncePerDay(day: string): Promise<void> {
    if (this.purgedOn === day) return;
    await this.purge();
    this.purgedOn = day;
  }
}

function scrub(text: string): string {
  return scrubPersonalData(text.trim()).slice(0, MAX_MISSING_CHARS);
}

function withoutUndefined(vote: z.infer<typeof storedVote>): AnswerVote {
  const { missing, ...rest } = vote;
  return missing === undefined ? rest : { ...rest, missing };
}
