/**
 * The durable outbox and its worker, with an injected clock and a fake connector: sent exactly once, retried
 * with growing delays on 5xx/timeouts, given up on a permanent refusal, kept waiting (without spending
 * attempts) until its channel exists, and never sent twice by two workers sharing the store.
 */
import { openTempStore } from '../support/temp-store';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { createLogger } from '../../src/logging/logger';
import { Outbox } from '../../src/outbox/outbox';
import type { ChannelAddress, OutboxItem } from '../../src/outbox/outbox-item';
import { DeliveryError, OutboxWorker, type Deliver } from '../../src/outbox/outbox-worker';
import { retryDelayMs } from '../../src/outbox/backoff';

const logger = createLogger('silent');
const backoff = { baseMs: 1000, maxMs: 8000, maxAttempts: 5 };

class FakeClock {
  constructor(public ms = Date.parse('2026-11-25T08:00:00Z')) {}
  now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

async function setup(deliverImpl: Deliver) {
  const store = await openTempStore();
  const clock = new FakeClock();
  const outbox = new Outbox(store, clock.now);
  const calls: OutboxItem[] = [];
  const deliver: Deliver = async (item, activity, channel) => {
    calls.push(item);
    return deliverImpl(item, activity, channel);
  };
  const worker = new OutboxWorker({ outbox, deliver, now: clock.now, backoff, leaseMs: 30_000, logger });
  return { store, clock, outbox, worker, calls };
}

const address = { serviceUrl: 'https://smba.example/emea/', conversationId: 'a:personal-1', channelId: 'msteams' };
const message = (id: string) => ({ id, destination: { kind: 'conversation' as const, address }, activity: { type: 'message', text: 'hei' }, topic: 'test', subject: id });

describe('outbox', () => {
  it('sends an item exactly once, even when enqueued twice and drained again', async () => {
    const { outbox, worker, calls } = await setup(async () => ({ conversationId: 'c', activityId: 'a1' }));
    await outbox.enqueue(message('m1'));
    await outbox.enqueue(message('m1'));
    expect(await worker.drain()).toBe(1);
    expect(await worker.drain()).toBe(0);
    expect(calls).toHaveLength(1);
    expect(await outbox.get('m1')).toMatchObject({ state: 'sent', attempts: 1, result: { activityId: 'a1' } });
    expect(await outbox.pending()).toEqual([]);
  });

  it('retries a 5xx or a timeout with growing delays, and only when the delay has passed', async () => {
    let failures = 3;
    const { clock, outbox, worker, calls } = await setup(async () => {
      if (failures-- > 0) throw new DeliveryError(true, failures === 0 ? 'timeout' : 'http-500');
      return { conversationId: 'c' };
    });
    await outbox.enqueue(message('m2'));
    expect(await worker.drain()).toBe(0); // attempt 1 fails
    expect((await outbox.get('m2'))?.nextAttemptAt).toBe(new Date(clock.ms + 1000).toISOString());
    clock.advance(999);
    await worker.drain();
    expect(calls).toHaveLength(1); // not yet
    clock.advance(1);
    await worker.drain(); // attempt 2 fails; next after 2000 ms
    clock.advance(1999);
    await worker.drain();
    expect(calls).toHaveLength(2);
    clock.advance(1);
    await worker.drain(); // attempt 3 fails (timeout); next after 4000 ms
    clock.advance(4000);
    expect(await worker.drain()).toBe(1);
    expect(calls).toHaveLength(4);
    expect(await outbox.get('m2')).toMatchObject({ state: 'sent', attempts: 4 });
  });

  it('gives up on a permanent refusal (403) without retrying', async () => {
    const { clock, outbox, worker, calls } = await setup(async () => {
      throw new DeliveryError(false, 'http-403');
    });
    await outbox.enqueue(message('m3'));
    await worker.drain();
    clock.advance(60_000);
    await worker.drain();
    expect(calls).toHaveLength(1);
    expect(await outbox.get('m3')).toMatchObject({ state: 'dead', lastError: 'http-403' });
  });

  it('keeps a channel post waiting, without spending attempts, until the channel is known', async () => {
    const known: { channel?: ChannelAddress } = {};
    const seen: (ChannelAddress | undefined)[] = [];
    const { outbox, worker, calls } = await setup(async (_item, _activity, resolved) => {
      seen.push(resolved);
      return { conversationId: 'thread-1', activityId: 'root-1' };
    });
    worker.registerChannel('it', async () => known.channel);
    await outbox.enqueue({ ...message('m4'), destination: { kind: 'channel-thread', channel: 'it' } });
    await worker.drain();
    await worker.drain();
    expect(calls).toHaveLength(0);
    expect(await outbox.get('m4')).toMatchObject({ state: 'pending', attempts: 0 });
    known.channel = { channelId: '19:it@thread.tacv2', serviceUrl: 'https://smba.example/emea/' };
    expect(await worker.drain()).toBe(1);
    expect(seen).toEqual([known.channel]);
  });

  it('renders the current content at send time and tells the owner where it went', async () => {
    const { outbox, worker } = await setup(async (_item, activity) => ({ conversationId: String(activity['text']), activityId: 'x' }));
    const delivered: string[] = [];
    worker.registerTopic('test', { render: async () => ({ type: 'message', text: 'fresh' }), delivered: async (_item, result) => void delivered.push(result.conversationId) });
    await outbox.enqueue(message('m5'));
    await worker.drain();
    expect(delivered).toEqual(['fresh']);
  });

  it('two workers on one store never send the same item twice', async () => {
    const store = await openTempStore();
    const clock = new FakeClock();
    let sends = 0;
    const deliver: Deliver = async () => {
      sends += 1;
      await new Promise((resolve) => setImmediate(resolve));
      return { conversationId: 'c' };
    };
    const make = () => new OutboxWorker({ outbox: new Outbox(store, clock.now), deliver, now: clock.now, backoff, leaseMs: 30_000, logger });
    await new Outbox(store, clock.now).enqueue(message('m6'));
    await Promise.all([make().drain(), make().drain(), make().drain()]);
    expect(sends).toBe(1);
  });

  it('never delivers again an item the Connector accepted, when marking it sent fails (storage locked)', async () => {
    const store = await openTempStore();
    let failSentWrites = 2;
    // The same SQLite store, except that the first two "sent" writes fail as a locked database would.
    const flaky: KeyValueStore = {
      read: (keys) => store.read(keys),
      delete: (keys) => store.delete(keys),
      insertIfAbsent: (key, item) => store.insertIfAbsent(key, item),
      write: async (changes) => {
        const sentWrite = Object.values(changes).some((item) => item['state'] === 'sent');
        if (sentWrite && failSentWrites-- > 0) throw new Error('SQLITE_BUSY: database is locked');
        return store.write(changes);
      },
    };
    const clock = new FakeClock();
    let deliveries = 0;
    const outbox = new Outbox(flaky, clock.now);
    const worker = new OutboxWorker({ outbox, deliver: async () => ({ conversationId: 'c', activityId: `a${++deliveries}` }), now: clock.now, backoff, leaseMs: 30_000, logger });
    await outbox.enqueue(message('m7'));
    await worker.drain();
    clock.advance(60_000); // the lease has run out: an item still "pending" in storage would be sent again
    await worker.drain();
    clock.advance(60_000);
    await worker.drain();
    expect(deliveries).toBe(1);
    expect(await outbox.get('m7')).toMatchObject({ state: 'sent', result: { activityId: 'a1' } });
  });

  it('sends an item the moment it is kicked, without waiting for a poll', async () => {
    const { outbox, worker, calls } = await setup(async () => ({ conversationId: 'c', activityId: 'now' }));
    await outbox.enqueue(message('m8'));
    worker.kick('m8');
    await worker.settled();
    expect(calls.map((c) => c.id)).toEqual(['m8']);
  });

  it('backoff doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(backoff, n))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });
});
