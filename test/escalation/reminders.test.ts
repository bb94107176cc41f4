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
import { PersonalChats } from '../../src/escalation/personal-chats';
import { openCase, recordDelivery } from '../../src/escalation/raise-case';
import { SYSTEM_ACTOR } from '../../src/escalation/reminders';
import { FileDirectory } from '../../src/directory/file-directory';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { createLogger } from '../../src/logging/logger';
import { ReminderScheduler } from '../../bot/escalation/reminder-scheduler';
import type { OutgoingMessage, ProactiveMessenger } from '../../bot/escalation/send-proactive';

const KARI = { id: '1a111111-1111-4111-8111-000000000001', name: 'Kari Nilsen' };
const OLE = { id: '1a111111-1111-4111-8111-000000000002', name: 'Ole Hansen' };

class RecordingMessenger implements ProactiveMessenger {
  readonly sent: { conversationId: string; message: OutgoingMessage }[] = [];
  async sendToPerson(): Promise<never> {
    throw new Error('not used');
  }
  async send(conversationId: string, _address: unknown, message: OutgoingMessage): Promise<{ conversationId: string; activityId: string }> {
    this.sent.push({ conversationId, message });
    return { conversationId, activityId: `a-${this.sent.length}` };
  }
  async update(): Promise<void> {}
}

describe('escalation reminders', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'reminders-')), 'bot.sqlite');
  const pack = loadGuidelinePack();
  const directory = FileDirectory.load(path.join(__dirname, '..', '..', 'dev', 'org-directory.yaml'));
  const logger = createLogger('silent');
  const stores: SqliteStore[] = [];
  let clock = new Date('2027-05-14T08:00:00Z'); // Friday 14 May 2027, 10:00 in Oslo

  async function scheduler(messenger: RecordingMessenger): Promise<ReminderScheduler> {
    const store = await SqliteStore.open(file);
    stores.push(store);
    return new ReminderScheduler({ pack, cases: new CaseRepository(store), chats: new PersonalChats(store), directory, messenger, now: () => clock, logger });
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

    const first = new RecordingMessenger();
    const second = new RecordingMessenger();
    const a = await scheduler(first);
    const b = await scheduler(second);

    clock = new Date('2027-05-17T20:00:00Z'); // Monday 17 May: Whit Monday and Constitution Day
    expect(await a.tick()).toBe(0);

    clock = new Date('2027-05-18T07:59:00Z'); // Tuesday, a minute before one working day has passed
    expect(await a.tick()).toBe(0);

    clock = new Date('2027-05-18T08:00:00Z'); // Tuesday 10:00 in Oslo: one working day
    const [sentByA, sentByB] = await Promise.all([a.tick(), b.tick()]);
    expect(sentByA + sentByB).toBe(1);
    const leaderReminders = [...first.sent, ...second.sent].filter((s) => s.conversationId === 'ole-chat');
    expect(leaderReminders).toHaveLength(1);
    expect(JSON.stringify(leaderReminders[0]?.message)).toContain('Påminnelse: Kari Nilsen venter');

    // A restarted instance (fresh objects, same file) does not send it again.
    const restarted = await scheduler(new RecordingMessenger());
    expect(await restarted.tick()).toBe(0);
    expect(await a.tick()).toBe(0);

    clock = new Date('2027-05-19T08:00:00Z'); // Wednesday: two working days
    const third = new RecordingMessenger();
    const c = await scheduler(third);
    expect(await Promise.all([c.tick(), a.tick()]).then(([x, y]) => x + y)).toBe(1);
    const told = [...third.sent, ...first.sent].filter((s) => s.conversationId === 'kari-chat');
    expect(told).toHaveLength(1);
    expect(JSON.stringify(told[0]?.message)).toContain('har ikke svart på saken din på to arbeidsdager');
    expect(JSON.stringify(told[0]?.message)).toContain('Anne Berg'); // another leader is offered

    const history = (await cases.get(opened.id))?.escalation.history.map((h) => h.event);
    expect(history).toEqual(['created', 'delivered', 'leader-reminded', 'requester-told-overdue']);
  });
});
