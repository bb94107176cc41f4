/**
 * Sends what the outbox holds: each item claimed with a lease (so two bot instances never send the same item),
 * retried with exponential backoff when the Bot Connector fails or times out, given up ("dead", logged, the
 * topic's `failed` hook told) on a permanent refusal or after `maxAttempts`. Items for a named channel that is
 * not configured yet wait, without counting attempts, until it is.
 *
 * Exactly once: once the Connector accepted an item, it is never delivered again by this process — the
 * acceptance is kept in memory until the "sent" write succeeds (retried if storage is locked or down), and
 * only then do the topic's hooks run. The one window left is a crash between the Connector's answer and that
 * write (docs/decisions/0021-exactly-once-workflows.md).
 *
 * API
 *   const worker = new OutboxWorker({ outbox, deliver, now, backoff, leaseMs, logger });
 *   worker.registerChannel('it', async () => channelAddressOrUndefined);
 *   worker.registerTopic('registration', { render, delivered, failed });   // optional hooks per topic
 *   worker.start(pollMs); worker.kick(itemId?); await worker.drain(); await worker.stop();
 * `kick(id)` sends that item at once (right after its enqueue); the poll is only for retries.
 * `deliver` is the port to the Bot Connector (bot/proactive/proactive-sender.ts); it throws DeliveryError.
 */
import type { Logger } from '../logging/logger';
import type { BackoffPolicy } from './backoff';
import { retryDelayMs } from './backoff';
import type { Outbox } from './outbox';
import type { ChannelAddress, DeliveryResult, OutboundActivity, OutboxItem } from './outbox-item';

/** A failed delivery: `retryable` for 5xx, 429, timeouts and network errors; `code` is safe to log. */
export class DeliveryError extends Error {
  constructor(
    readonly retryable: boolean,
    readonly code: string,
  ) {
    super(`delivery failed (${code})`);
    this.name = 'DeliveryError';
  }
}

export type Deliver = (item: OutboxItem, activity: OutboundActivity, channel: ChannelAddress | undefined) => Promise<DeliveryResult>;

export interface TopicHooks {
  /** The current version of the activity at send time; undefined = nothing to send any more (item is closed). */
  render?: (item: OutboxItem) => Promise<OutboundActivity | undefined>;
  /** Called once the Connector accepted the item and it is marked sent (idempotent; a failure is logged, not retried). */
  delivered?: (item: OutboxItem, result: DeliveryResult) => Promise<void>;
  /** Called once when the item is given up (`code` says why, e.g. "http-403" for a person who has not installed the app). */
  failed?: (item: OutboxItem, code: string) => Promise<void>;
}

export interface OutboxWorkerDeps {
  outbox: Outbox;
  deliver: Deliver;
  now: () => Date;
  backoff: BackoffPolicy;
  leaseMs: number;
  logger: Logger;
}

export class OutboxWorker {
  private readonly topics = new Map<string, TopicHooks>();
  private readonly channels = new Map<string, () => Promise<ChannelAddress | undefined>>();
  private running?: Promise<number>;
  private again = false;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  /** Items the Connector accepted whose "sent" write has not succeeded yet: never delivered again. */
  private readonly accepted = new Map<string, { item: OutboxItem; result: DeliveryResult }>();
  /** Items being sent by this process right now (a kick and a pass may meet). */
  private readonly inFlight = new Set<string>();
  private readonly sendingNow = new Set<Promise<unknown>>();

  constructor(private readonly deps: OutboxWorkerDeps) {}

  registerTopic(topic: string, hooks: TopicHooks): void {
    this.topics.set(topic, hooks);
  }

  registerChannel(name: string, resolve: () => Promise<ChannelAddress | undefined>): void {
    this.channels.set(name, resolve);
  }

  start(pollMs: number): void {
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Sends the item `id` now (right after its enqueue), or all due items soon (e.g. when a channel was configured). */
  kick(id?: string): void {
    if (this.stopped) return;
    if (id === undefined) {
      void this.drain().catch((error: unknown) => this.deps.logger.error({ err: error }, 'outbox drain failed'));
      return;
    }
    const sending = this.sendById(id)
      .catch((error: unknown) => this.deps.logger.error({ err: error, outboxItem: id }, 'outbox send failed'))
      .finally(() => this.sendingNow.delete(sending));
    this.sendingNow.add(sending);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.all([this.running?.catch(() => undefined), ...this.sendingNow]);
  }

  /** Waits for the sends started by `kick(id)` (tests, graceful stop). */
  async settled(): Promise<void> {
    while (this.sendingNow.size > 0) await Promise.all([...this.sendingNow]);
  }

  /** One pass over the due items; concurrent calls share the pass (and one more runs if asked meanwhile). Returns items sent. */
  async drain(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let sent = 0;
      do {
        this.again = false;
        sent += await this.pass();
      } while (this.again && !this.stopped);
      return sent;
    })();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async pass(): Promise<number> {
    const now = this.deps.now().getTime();
    let sent = 0;
    for (const { item, result } of [...this.accepted.values()]) await this.recordSent(item, result);
    for (const candidate of await this.deps.outbox.pending()) {
      if (this.stopped) break;
      if (Date.parse(candidate.nextAttemptAt) > now || this.accepted.has(candidate.id)) continue;
      if (await this.sendOne(candidate)) sent += 1;
    }
    return sent;
  }

  private async sendById(id: string): Promise<void> {
    const item = await this.deps.outbox.get(id);
    if (item?.state === 'pending' && Date.parse(item.nextAttemptAt) <= this.deps.now().getTime()) await this.sendOne(item);
  }

  private async sendOne(candidate: OutboxItem): Promise<boolean> {
    if (this.inFlight.has(candidate.id) || this.accepted.has(candidate.id)) return false;
    this.inFlight.add(candidate.id);
    try {
      return await this.claimAndSend(candidate);
    } finally {
      this.inFlight.delete(candidate.id);
    }
  }

  private async claimAndSend(candidate: OutboxItem): Promise<boolean> {
    const { outbox } = this.deps;
    let channel: ChannelAddress | undefined;
    if (candidate.destination.kind === 'channel-thread') {
      channel = await this.channels.get(candidate.destination.channel)?.();
      if (!channel) return false; // waits, without counting an attempt, until the channel is configured
    }
    const item = await outbox.claim(candidate.id, this.deps.leaseMs);
    if (!item) return false;
    const hooks = this.topics.get(item.topic);
    let result: DeliveryResult;
    try {
      const activity = hooks?.render ? await hooks.render(item) : item.activity;
      if (!activity) {
        await outbox.markSent(item, { conversationId: '' });
        return false;
      }
      result = await this.deps.deliver(item, activity, channel);
    } catch (error) {
      await this.recordFailure(item, error);
      return false;
    }
    this.accepted.set(item.id, { item, result });
    return this.recordSent(item, result);
  }

  /** The Connector accepted the item: mark it sent (kept in memory and retried until that write succeeds), then tell its topic. */
  private async recordSent(item: OutboxItem, result: DeliveryResult): Promise<boolean> {
    const { outbox, logger } = this.deps;
    try {
      await outbox.markSent(item, result);
    } catch (error) {
      logger.warn({ err: error, outboxItem: item.id }, 'outbox item delivered but not yet marked sent; will not send it again');
      return false;
    }
    this.accepted.delete(item.id);
    logger.info({ outboxItem: item.id, topic: item.topic, attempts: item.attempts + 1 }, 'outbox item delivered');
    await this.topics
      .get(item.topic)
      ?.delivered?.(item, result)
      .catch((error: unknown) => logger.error({ err: error, outboxItem: item.id }, 'outbox delivered hook failed'));
    return true;
  }

  private async recordFailure(item: OutboxItem, error: unknown): Promise<void> {
    const { logger } = this.deps;
    const retryable = error instanceof DeliveryError ? error.retryable : true;
    const code = error instanceof DeliveryError ? error.code : error instanceof Error ? error.name : 'unknown';
    const attempts = item.attempts + 1;
    const retryAt = retryable && attempts < this.deps.backoff.maxAttempts ? new Date(this.deps.now().getTime() + retryDelayMs(this.deps.backoff, attempts)) : undefined;
    await this.deps.outbox.markFailed(item, code, retryAt);
    if (retryAt) {
      logger.warn({ outboxItem: item.id, topic: item.topic, attempts, code, retryAt: retryAt.toISOString() }, 'outbox delivery failed; will retry');
      return;
    }
    logger.error({ outboxItem: item.id, topic: item.topic, attempts, code }, 'outbox delivery failed permanently');
    await this.topics
      .get(item.topic)
      ?.failed?.(item, code)
      .catch((hookError: unknown) => logger.error({ err: hookError, outboxItem: item.id }, 'outbox failed hook failed'));
  }
}
