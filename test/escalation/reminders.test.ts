/**
 * Reminders on Norwegian working days with an injected clock: a case raised on the Friday before Whit
 * Monday (17 May 2027, also Constitution Day) reminds the leader on Tuesday 18 May, once; the requester is
 * told after two working days. Two scheduler instances on the same SQLite file send each reminder once,
 * and a restarted instance does not send it again.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteStore } from '../../src/storage/sqlite-store';
import { CaseRepository } from '../../src/escalation/case-repository';
import { EscalationService, ESCALATION_TOPIC } from '../../src/escalation/escalation-service';
import { openCase, recordDelivery } from '../../src/escalation/raise-case';
import { SYSTEM_ACTOR } from '../../src/escalation/reminders';
import { FileDirectory } from '../../src/directory/file-directory';
import { createLogger } from '../../src/logging/logger';
import { Outbox } from '../../src/outbox/outbox';
import { OutboxWorker, type Deliver } from '../../src/outbox/outbox-worker';
import type { OutboundActivity, OutboxItem } from '../../src/outbox/outbox-item';
import { ReminderScheduler } from '../../bot/escalation/reminder-scheduler';
import { escalationRenderer } from '../../bot/escalation/escalation-renderer';

const KARI = { id: '1a111111-1111-4111-8111-000000000001', name: 'Kari Nilsen' };
const OLE = { id: '1a111111-1111-4111-8111-000000000002', name: 'Ole Hansen' };

/** Where an outbox item went: the conversation, or the person for a 1:1 chat. */
const whereTo = (item: OutboxItem): string =>
  item.destination.kind === 'conversation' ? item.destination.address.conversationId : item.destination.kind === 'person' ? item.destination.aadObjectId : item.destination.kind;

describe('escalation reminders', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'reminders-')), 'bot.sqlite');
  const directory = FileDirectory.load(path.join(__dirname, '..', '..', 'dev', 'org-directory.yaml'));
  const logger = createLogger('silent');
  const stores: SqliteStore[] = [];
  let clock = new Date('2027-05-14T08:00:00Z'); // Friday 14 May 2027, 10:00 in Oslo
  const sent: { to: string; activity: OutboundActivity }[] = [];
  const deliver: Deliver = async (item, activity) => {
    sent.push({ to: whereTo(item), activity });
    return { conversationId: whereTo(item), activityId: `a-${sent.length}` };
  };

  /** One bot instance: its own connection to the file, use cases, outbox worker and scheduler. */
  async function instance(): Promise<{ scheduler: ReminderScheduler; worker: OutboxWorker }> {
    const store = await SqliteStore.open(file);
    stores.push(store);
    const now = (): Date => clock;
    const outbox = new Outbox(store, now);
    const worker = new OutboxWorker({ outbox, deliver, now, backoff: { baseMs: 1000, maxMs: 8000, maxAttempts: 5 }, leaseMs: 30_000, logger });
    const service = new EscalationService({ cases: new CaseRepository(store), outbox, kick: () => undefined, directory, renderer: escalationRenderer(), now });
    worker.registerTopic(ESCALATION_TOPIC, { render: (item) => service.render(item) });
    return { scheduler: new ReminderScheduler(service, now, logger), worker };
  }

  afterAll(() => stores.forEach((s) => s.close()));

  it('reminds the leader once after one working day across a weekend and a public holiday', async () => {
    const store = await SqliteStore.open(file);
    stores.push(store);
    const cases = new CaseRepository(store);
    const opened = openCase(
      { id: randomUUID(), requester: KARI, leader: OLE, description: 'Bilde fra ungdomsklubben?', ruleIds: ['R5.2.9'], lang: 'nb', serviceUrl: 'http://127.0.0.1:1' },
      clock,
    );
    const delivered = recordDelivery(opened, { kind: 'delivered', card: { conversationId: 'ole-chat', activityId: 'x' } }, SYSTEM_ACTOR, clock);
    await cases.create({ ...delivered, requesterCard: { conversationId: 'kari-chat', activityId: 'y' } });

    const { scheduler: a, worker: wa } = await instance();
    const { scheduler: b, worker: wb } = await instance();
    const sendAll = (): Promise<number[]> => Promise.all([wa.drain(), wb.drain()]);

    clock = new Date('2027-05-17T20:00:00Z'); // Monday 17 May: Whit Monday and Constitution Day
    expect(await a.tick()).toBe(0);

    clock = new Date('2027-05-18T07:59:00Z'); // Tuesday, a minute before one working day has passed
    expect(await a.tick()).toBe(0);

    clock = new Date('2027-05-18T08:00:00Z'); // Tuesday 10:00 in Oslo: one working day
    const [sentByA, sentByB] = await Promise.all([a.tick(), b.tick()]);
    expect(sentByA + sentByB).toBe(1);
    await sendAll();
    const leaderReminders = sent.filter((s) => s.to === 'ole-chat');
    expect(leaderReminders).toHaveLength(1);
    expect(JSON.stringify(leaderReminders[0]?.activity)).toContain('Påminnelse: Kari Nilsen venter');

    // A restarted instance (fresh objects, same file) does not send it again.
    const restarted = await instance();
    expect(await restarted.scheduler.tick()).toBe(0);
    expect(await a.tick()).toBe(0);
    await Promise.all([sendAll(), restarted.worker.drain()]);
    expect(sent.filter((s) => s.to === 'ole-chat')).toHaveLength(1);

    clock = new Date('2027-05-19T08:00:00Z'); // Wednesday: two working days
    const c = await instance();
    expect(await Promise.all([c.scheduler.tick(), a.tick()]).then(([x, y]) => x + y)).toBe(1);
    await Promise.all([sendAll(), c.worker.drain()]);
    const told = sent.filter((s) => s.to === KARI.id);
    expect(told).toHaveLength(1);
    expect(JSON.stringify(told[0]?.activity)).toContain('har ikke svart på saken din på to arbeidsdager');
    expect(JSON.stringify(told[0]?.activity)).toContain('Anne Berg'); // another leader is offered

    const history = (await cases.get(opened.id))?.escalation.history.map((h) => h.event);
    expect(history).toEqual(['created', 'delivered', 'leader-reminded', 'requester-told-overdue']);
  });
});
