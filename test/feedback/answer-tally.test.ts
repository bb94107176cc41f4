/**
 * How often each answer was shown (issue 12): counted per day, node, language and outcome, every showing counted
 * when many happen at once, days past the retention limit deleted (injected clock) — on the real SQLite adapter.
 */
import { AnswerTally } from '../../src/feedback/answer-tally';
import { openTempStore } from '../support/temp-store';

describe('the answer tally', () => {
  it('counts each showing per day, node, language and outcome', async () => {
    let now = new Date('2026-01-01T10:00:00Z');
    const tally = new AnswerTally(await openTempStore(), () => now, 180);
    await tally.count('picture-consent', 'nb', 'matched');
    await tally.count('picture-consent', 'nb', 'matched');
    await tally.count('picture-consent', 'en', 'matched');
    await tally.count('picture-consent', 'nb', 'menu');
    now = new Date('2026-01-02T08:00:00Z');
    await tally.count('picture-consent', 'nb', 'chosen');
    expect(await tally.rows()).toEqual([
      { day: '2026-01-01', nodeId: 'picture-consent', lang: 'nb', outcome: 'matched', count: 2 },
      { day: '2026-01-01', nodeId: 'picture-consent', lang: 'en', outcome: 'matched', count: 1 },
      { day: '2026-01-01', nodeId: 'picture-consent', lang: 'nb', outcome: 'menu', count: 1 },
      { day: '2026-01-02', nodeId: 'picture-consent', lang: 'nb', outcome: 'chosen', count: 1 },
    ]);
  });

  it('counts every one of many showings at the same moment', async () => {
    const tally = new AnswerTally(await openTempStore(), () => new Date('2026-01-01T10:00:00Z'), 180);
    await Promise.all(Array.from({ length: 12 }, (_, i) => tally.count(i % 2 === 0 ? 'picture-consent' : 'picture-colleagues', 'nb', 'menu')));
    expect((await tally.rows()).map((r) => [r.nodeId, r.count]).sort()).toEqual([
      ['picture-colleagues', 6],
      ['picture-consent', 6],
    ]);
  });

  it('deletes days past the retention limit', async () => {
    let now = new Date('2026-01-01T10:00:00Z');
    const store = await openTempStore();
    const tally = new AnswerTally(store, () => now, 30);
    await tally.count('picture-consent', 'nb', 'menu');
    now = new Date('2026-01-20T10:00:00Z');
    await tally.count('picture-colleagues', 'nb', 'menu');
    now = new Date('2026-02-05T10:00:00Z');
    expect((await tally.rows()).map((r) => r.day)).toEqual(['2026-01-20']);
    expect(await tally.purge()).toBe(1);
    expect(await store.read(['feedback/tally/2026-01-01'])).toEqual({});
    expect((await tally.rows()).map((r) => r.day)).toEqual(['2026-01-20']);
  });
});
