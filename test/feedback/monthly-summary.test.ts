/**
 * The monthly summary (issue 12, item 5) on the real SQLite adapter and the real outbox, with an injected clock:
 * two instances checking twice in the same month enqueue one card; the next month another; a crash between the
 * month's claim and the enqueue is healed by the next check. The card names the previous month's top unanswered
 * topics and most disliked answers in text, and is a valid Adaptive Card.
 */
import { cardActivity } from '../../bot/proactive/card-activity';
import { MonthlySummaryScheduler } from '../../bot/feedback/monthly-summary-scheduler';
import { ownerSummaryCard } from '../../cards/owner-summary-card';
import type { AnswerVote } from '../../src/feedback/answer-votes';
import { ownerReport } from '../../src/feedback/owner-report';
import type { OwnerReportSource } from '../../src/feedback/owner-report-source';
import { MonthlySummaryPoster, summaryOf, type MonthlySummary } from '../../src/feedback/monthly-summary';
import type { UnansweredEntry } from '../../src/feedback/unanswered-log';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { createLogger } from '../../src/logging/logger';
import { Outbox } from '../../src/outbox/outbox';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { openTempStore } from '../support/temp-store';
import { validationErrors } from '../support/card-validation';

const pack = loadGuidelinePack();
const entry = (text: string, outcome: UnansweredEntry['outcome'], nodeIds: string[], at: string): UnansweredEntry => ({ at, text, lang: 'nb', outcome, nodeIds });
const unanswered: UnansweredEntry[] = [
  entry('bilde av klassen', 'asked-back', ['picture-consent'], '2026-02-10T10:00:00Z'),
  entry('bilde fra juleavslutningen', 'disliked', ['picture-consent'], '2026-02-11T10:00:00Z'),
  entry('ferie i Visma', 'out-of-scope', [], '2026-02-12T10:00:00Z'),
  entry('ferie i påsken', 'out-of-scope', [], '2026-02-13T10:00:00Z'),
  entry('ferie og fri', 'out-of-scope', [], '2026-02-14T10:00:00Z'),
  entry('i mars', 'out-of-scope', [], '2026-03-02T10:00:00Z'),
];
const votes: AnswerVote[] = [
  { at: '2026-02-11T10:00:00Z', nodeId: 'picture-consent', ruleIds: ['R4.4.4'], lang: 'nb', outcome: 'matched', vote: 'down' },
  { at: '2026-02-12T10:00:00Z', nodeId: 'picture-consent', ruleIds: ['R4.4.4'], lang: 'nb', outcome: 'matched', vote: 'up' },
];
const source: OwnerReportSource = async (period, lang) => ownerReport({ pack, tally: [], votes, unanswered, period, lang });

function instance(store: KeyValueStore, now: () => Date): { scheduler: MonthlySummaryScheduler; outbox: Outbox } {
  const outbox = new Outbox(store, now);
  const poster = new MonthlySummaryPoster({ store, outbox, report: source, render: (s) => cardActivity(ownerSummaryCard(s)), channel: 'it', now });
  return { scheduler: new MonthlySummaryScheduler(poster, createLogger('silent')), outbox };
}

describe('the monthly summary', () => {
  it('is enqueued once per month by two instances checking twice, and again the next month', async () => {
    const store = await openTempStore();
    let now = new Date('2026-03-01T00:10:00Z');
    const clock = (): Date => now;
    const a = instance(store, clock);
    const b = instance(store, clock);
    const outcomes = await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    now = new Date('2026-03-01T01:10:00Z');
    outcomes.push(await a.scheduler.tick(), await b.scheduler.tick());
    expect(outcomes.filter((o) => o === 'posted')).toHaveLength(1);
    const february = await a.outbox.pending();
    expect(february.map((item) => [item.id, item.destination, item.topic])).toEqual([['owner-summary-2026-02', { kind: 'channel-thread', channel: 'it' }, 'owner-summary']]);
    const text = JSON.stringify(february[0]?.activity);
    expect(text).toContain('Tilbakemeldinger for februar 2026');
    expect(text).toContain('1. «ferie» (utenfor retningslinjene): 3 spørsmål');
    expect(text).toContain('2. nær «Samtykke til identifiserbare bilder»: 2 spørsmål');
    expect(text).toContain('1. Samtykke til identifiserbare bilder: 1 👎 av 2 stemmer');
    expect(text).not.toContain('i mars');

    now = new Date('2026-04-01T06:00:00Z');
    await expect(b.scheduler.tick()).resolves.toBe('posted');
    await expect(a.scheduler.tick()).resolves.toBe('already');
    expect((await a.outbox.pending()).map((item) => item.id)).toEqual(['owner-summary-2026-02', 'owner-summary-2026-03']);
  });

  it('a crash after the claim and before the enqueue is healed by the next check, with the claimed card', async () => {
    const store = await openTempStore();
    const now = (): Date => new Date('2026-03-05T08:00:00Z');
    const failing = new MonthlySummaryPoster({
      store,
      outbox: { enqueue: () => Promise.reject(new Error('process died')) },
      report: source,
      render: (s) => cardActivity(ownerSummaryCard(s)),
      channel: 'it',
      now,
    });
    await expect(failing.check()).rejects.toThrow('process died');
    const { scheduler, outbox } = instance(store, now);
    await expect(scheduler.tick()).resolves.toBe('already');
    expect((await outbox.pending()).map((item) => item.id)).toEqual(['owner-summary-2026-02']);
  });

  it('is a valid Adaptive Card that says "Ingen." for an empty month and links to the owner tab', () => {
    const empty: MonthlySummary = { month: '2026-01', topics: [], disliked: [] };
    const card = ownerSummaryCard(empty, 'https://bot.example.no/tab/owner');
    expect(validationErrors(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Ingen.');
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Åpne tilbakemeldingene', url: 'https://bot.example.no/tab/owner' }]);
    const full = ownerSummaryCard(summaryOf(ownerReport({ pack, tally: [], votes, unanswered, period: { from: new Date('2026-02-01'), to: new Date('2026-03-01') }, lang: 'nb' }), '2026-02'));
    expect(validationErrors(full)).toEqual([]);
    expect(full['speak']).toContain('Mest spurt uten godt svar');
  });
});
