/**
 * The review queue (issue 12): one item per example of a node however often (and however simultaneously) it is
 * proposed, scrubbed before storage, decided and applied by state, and validated when read — on the real SQLite
 * adapter.
 */
import { ReviewQueue, reviewItemId } from '../../src/feedback/review-queue';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { openTempStore } from '../support/temp-store';

const NOW = new Date('2026-02-03T10:00:00Z');

async function openQueue(): Promise<{ queue: ReviewQueue; store: KeyValueStore }> {
  const store = await openTempStore();
  return { queue: new ReviewQueue(store, () => NOW), store };
}

describe('the review queue', () => {
  it('keeps one item when the same example is proposed twice, whatever its case, spacing and final question mark', async () => {
    const { queue } = await openQueue();
    const first = await queue.propose({ text: 'Kan jeg legge ut bilde av russen?', nodeId: 'picture-consent', lang: 'nb' });
    const again = await queue.propose({ text: '  kan jeg legge ut  bilde av russen ', nodeId: 'picture-consent', lang: 'nb' });
    expect(again).toEqual(first);
    expect(await queue.list()).toEqual([
      { id: first.id, at: NOW.toISOString(), text: 'Kan jeg legge ut bilde av russen?', nodeId: 'picture-consent', lang: 'nb', state: 'proposed' },
    ]);
  });

  it('keeps the same text for another node as another item', async () => {
    const { queue } = await openQueue();
    await queue.propose({ text: 'bilder av russen', nodeId: 'picture-consent', lang: 'nb' });
    await queue.propose({ text: 'bilder av russen', nodeId: 'picture-checklist', lang: 'nb' });
    expect((await queue.list()).map((item) => item.nodeId)).toEqual(['picture-consent', 'picture-checklist']);
  });

  it('keeps one item when the same example is proposed at the same moment by several owners', async () => {
    let tick = 0;
    const queue = new ReviewQueue(await openTempStore(), () => new Date(NOW.getTime() + 1000 * tick++));
    const proposals = await Promise.all(
      Array.from({ length: 8 }, () => queue.propose({ text: 'Må jeg spørre før jeg tagger en kollega?', nodeId: 'picture-colleagues', lang: 'nb' })),
    );
    // Every caller gets the one stored item (its first proposal time), not its own copy.
    expect(new Set(proposals.map((item) => JSON.stringify(item))).size).toBe(1);
    expect(await queue.list()).toEqual([proposals[0]]);
  });

  it('keeps every different example proposed at the same moment', async () => {
    const { queue } = await openQueue();
    const texts = Array.from({ length: 6 }, (_, i) => `spørsmål nummer ${i + 1} om bilder`);
    await Promise.all(texts.map((text) => queue.propose({ text, nodeId: 'picture-consent', lang: 'nb' })));
    expect((await queue.list()).map((item) => item.text).sort()).toEqual([...texts].sort());
  });

  it('stores the text scrubbed of e-mail addresses and phone numbers', async () => {
    const { queue, store } = await openQueue();
    const item = await queue.propose({ text: 'kan jeg poste bildet, ring 909 12 345 eller kari@example.no', nodeId: 'picture-consent', lang: 'nb' });
    expect(item.text).toBe('kan jeg poste bildet, ring [telefonnummer fjernet] eller [e-post fjernet]');
    const stored = JSON.stringify(await store.read([`feedback/review/item/${item.id}`]));
    expect(stored).not.toContain('909 12 345');
    expect(stored).not.toContain('kari@example.no');
  });

  it('refuses a proposal the schema does not accept', async () => {
    const { queue } = await openQueue();
    await expect(queue.propose({ text: '  ', nodeId: 'picture-consent', lang: 'nb' })).rejects.toThrow();
    await expect(queue.propose({ text: 'bilder av russen', nodeId: 'Not A Node', lang: 'nb' })).rejects.toThrow();
    expect(await queue.list()).toEqual([]);
  });

  it('records decisions, marks accepted items applied and keeps applied items applied', async () => {
    const { queue } = await openQueue();
    const keep = await queue.propose({ text: 'bilder av russen', nodeId: 'picture-consent', lang: 'nb' });
    const drop = await queue.propose({ text: 'hva koster en annonse', nodeId: 'picture-consent', lang: 'nb' });
    expect((await queue.decide(keep.id, 'accepted'))?.state).toBe('accepted');
    expect((await queue.decide(drop.id, 'rejected'))?.state).toBe('rejected');
    expect(await queue.decide('0123456789abcdef', 'accepted')).toBeUndefined();

    await queue.markApplied([keep.id, 'fedcba9876543210']);
    expect((await queue.list()).map((item) => [item.text, item.state])).toEqual([
      ['bilder av russen', 'applied'],
      ['hva koster en annonse', 'rejected'],
    ]);
    expect((await queue.decide(keep.id, 'rejected'))?.state).toBe('applied');
    expect((await queue.propose({ text: 'Bilder av russen?', nodeId: 'picture-consent', lang: 'nb' })).state).toBe('applied');
  });

  it('leaves out an item that does not pass the schema when read, and will not decide on it', async () => {
    const { queue, store } = await openQueue();
    const good = await queue.propose({ text: 'bilder av russen', nodeId: 'picture-consent', lang: 'nb' });
    const bad = await queue.propose({ text: 'hva koster en annonse', nodeId: 'picture-consent', lang: 'nb' });
    await store.write({ [`feedback/review/item/${bad.id}`]: { ...bad, state: 'published', eTag: '*' } });
    expect((await queue.list()).map((item) => item.id)).toEqual([good.id]);
    expect(await queue.decide(bad.id, 'accepted')).toBeUndefined();
  });

  it('derives the id from the node and the normalised text', () => {
    expect(reviewItemId('picture-consent', 'Bilder av russen?')).toBe(reviewItemId('picture-consent', 'bilder av russen'));
    expect(reviewItemId('picture-consent', 'bilder av russen')).not.toBe(reviewItemId('picture-crowd', 'bilder av russen'));
  });
});
