/**
 * Sends what the outbox holds: due items one at a time, each claimed with a lease (so two bot instances never
 * send the same item), retried with exponential backoff when the Bot Connector fails or times out, given up
 * ("dead", logged) on a permanent refusal or after `maxAttempts`. Items for a named channel that is not
 * configured yet wait, without counting attempts, until it is.
 *
 * API
 *   const worker = new OutboxWorker({ outbox, deliver, now, backoff, leaseMs, logger });
 *   worker.registerChannel('it', async () => channelAddressOrUndefined);
 *   worker.registerTopic('registration', { render, delivered });   // optional hooks per topic
 *   worker.start(pollMs); worker.kick(); await worker.drain(); await worker.stop();
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
  /** Called once the Connector accepted the item (before it is marked sent; must be idempotent). */
  delivered?: (item: OutboxItem, result: DeliveryResult) => Promise<void>;
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

  /** Sends due items soon (after an enqueue, or when a channel was configured). */
  kick(): void {
    if (this.stopped) return;
    void this.drain().catch((error: unknown) => this.deps.logger.error({ err: error }, 'outbox drain failed'));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
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
    for (const candidate of await this.deps.outbox.pending()) {
      if (this.stopped) break;
      if (Date.parse(candidate.nextAttemptAt) > now) continue;
      if (await this.sendOne(candidate)) sent += 1;
    }
    return sent;
  }

  private async sendOne(candidate: OutboxItem): Promise<boolean> {
    const { outbox, logger } = this.deps;
    let channel: ChannelAddress | undefined;
    if (candidate.destination.kind === 'channel-thread') {
      channel = await this.channels.get(candidate.destination.channel)?.();
      if (!channel) return false; // waits, without counting an attempt, until the channel is configured
    }
    const item = await outbox.claim(candidate.id, this.deps.leaseMs);
    if (!item) return false;
    const hooks = this.topics.get(item.topic);
    try {
      const activity = hooks?.render ? await hooks.render(item) : item.activity;
      if (!activity) {
        await outbox.markSent(item, { conversationId: '' });
        return false;
      }
      const result = await this.deps.deliver(item, activity, channel);
      await hooks?.delivered?.(item, result);
      await outbox.markSent(item, result);
      logger.info({ outboxItem: item.id, topic: item.topic, attempts: item.attempts + 1 }, 'outbox item delivered');
      return true;
    } catch (error) {
      const retryable = error instanceof DeliveryError ? error.retryable : true;
      const code = error instanceof DeliveryError ? error.code : error instanceof Error ? error.name : 'unknown';
      const attempts = item.attempts + 1;
      const retryAt = retryable && attempts < this.deps.backoff.maxAttempts ? new Date(this.deps.now().getTime() + retryDelayMs(this.deps.backoff, attempts)) : undefined;
      await outbox.markFailed(item, code, retryAt);
      if (retryAt) logger.warn({ outboxItem: item.id, topic: item.topic, attempts, code, retryAt: retryAt.toISOString() }, 'outbox delivery failed; will retry');
      else logger.error({ outboxItem: item.id, topic: item.topic, attempts, code }, 'outbox delivery failed permanently');
      return false;
    }
  }
}
