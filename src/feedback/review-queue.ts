/**
 * The review queue of the guideline owner's loop (issue 12): questions the bot failed on, proposed in the owner tab
 * as new example phrasings of an answer node, then accepted or rejected by a person and applied to content/ by
 * `npm run content:review` (scripts/content-review.ts). An item holds the scrubbed text, the node, the language and
 * its state — never who asked or who proposed it.
 *
 * One store item per example (`feedback/review/item/<id>`); the id is derived from (node, normalised text), so
 * proposing the same example twice — even at the same moment — keeps one item (`insertIfAbsent`). An index item
 * lists the ids in the order they were first proposed. Items are validated with zod when read; a damaged item is
 * left out.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { normaliseExample } from '../guidelines/example-text';
import { scrubPersonalData } from '../privacy/scrub-personal-data';
import type { KeyValueStore } from '../storage/key-value-store';
import { updateItem } from '../storage/optimistic-update';
import { feedbackLang, type FeedbackLang } from './answer-votes';

export type { FeedbackLang };

const MAX_TEXT = 500;

/** What the owner tab may propose (validate at the edge with this schema too). */
export const reviewProposal = z.object({
  text: z.string().trim().min(3).max(MAX_TEXT),
  nodeId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'node ids are kebab-case'),
  lang: feedbackLang,
});

const reviewItem = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  at: z.string(),
  /** Scrubbed: no identity number, e-mail address or phone number. */
  text: z.string().min(1),
  nodeId: z.string().min(1),
  lang: feedbackLang,
  state: z.enum(['proposed', 'accepted', 'rejected', 'applied']),
});

export interface ReviewItem {
  id: string;
  at: string;
  text: string /* scrubbed */;
  nodeId: string;
  lang: FeedbackLang;
  state: 'proposed' | 'accepted' | 'rejected' | 'applied';
}

const index = z.object({ ids: z.array(z.string()) });
const INDEX_KEY = 'feedback/review/index';
const itemKey = (id: string): string => `feedback/review/item/${id}`;

/** The item's id: the same example of the same node always gets the same id. */
export function reviewItemId(nodeId: string, text: string): string {
  return createHash('sha256').update(`${nodeId}\n${normaliseExample(text)}`).digest('hex').slice(0, 16);
}

export class ReviewQueue {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => Date,
  ) {}

  /**
   * Idempotent on (nodeId, normalised text): proposing the same example twice keeps one item, in whatever state it
   * has reached (a rejected example stays rejected). Throws a ZodError on input the schema refuses.
   */
  async propose(input: { text: string; nodeId: string; lang: FeedbackLang }): Promise<ReviewItem> {
    const proposal = reviewProposal.parse(input);
    const text = scrubPersonalData(proposal.text);
    const fresh: ReviewItem = { id: reviewItemId(proposal.nodeId, text), at: this.now().toISOString(), text, nodeId: proposal.nodeId, lang: proposal.lang, state: 'proposed' };
    const inserted = await this.store.insertIfAbsent(itemKey(fresh.id), { ...fresh });
    await updateItem(this.store, INDEX_KEY, (current) => {
      const ids = index.safeParse(current).data?.ids ?? [];
      return ids.includes(fresh.id) ? undefined : { ids: [...ids, fresh.id] };
    });
    return inserted ? fresh : ((await this.get(fresh.id)) ?? fresh);
  }

  /** Every readable item, in the order first proposed. */
  async list(): Promise<ReviewItem[]> {
    const ids = index.safeParse((await this.store.read([INDEX_KEY]))[INDEX_KEY]).data?.ids ?? [];
    if (ids.length === 0) return [];
    const stored = await this.store.read(ids.map(itemKey));
    return ids.flatMap((id) => {
      const item = parseItem(stored[itemKey(id)]);
      return item ? [item] : [];
    });
  }

  /** A person's decision on a proposed (or earlier decided) item; an applied item stays applied. Undefined: no such item. */
  async decide(id: string, state: 'accepted' | 'rejected'): Promise<ReviewItem | undefined> {
    let result: ReviewItem | undefined;
    await updateItem(this.store, itemKey(id), (current) => {
      result = parseItem(current);
      if (!result || result.state === 'applied' || result.state === state) return undefined;
      result = { ...result, state };
      return { ...result };
    });
    return result;
  }

  /** These examples are now in content/ (written by `npm run content:review apply`). Unknown ids are ignored. */
  async markApplied(ids: string[]): Promise<void> {
    for (const id of ids) {
      await updateItem(this.store, itemKey(id), (current) => {
        const item = parseItem(current);
        return item && item.state !== 'applied' ? { ...item, state: 'applied' } : undefined;
      });
    }
  }

  private async get(id: string): Promise<ReviewItem | undefined> {
    return parseItem((await this.store.read([itemKey(id)]))[itemKey(id)]);
  }
}

function parseItem(stored: unknown): ReviewItem | undefined {
  return reviewItem.safeParse(stored).data;
}
