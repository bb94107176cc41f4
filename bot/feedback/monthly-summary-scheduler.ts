/**
 * Runs the monthly summary's check (MonthlySummaryPoster.check) on a timer, like the escalation reminders. It
 * keeps nothing in memory: the month is claimed in storage and the card enqueued under a fixed id, so restarts
 * and several instances post it once.
 */
import type { MonthlySummaryPoster } from '../../src/feedback/monthly-summary';
import type { Logger } from '../../src/logging/logger';

export class MonthlySummaryScheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<'posted' | 'already'>;

  constructor(
    private readonly poster: MonthlySummaryPoster,
    private readonly logger: Logger,
  ) {}

  start(intervalMs: number): void {
    if (intervalMs <= 0) return;
    const check = (): void => void this.tick().catch((error: unknown) => this.logger.error({ err: error }, 'monthly summary check failed'));
    check();
    this.timer = setInterval(check, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One check at the poster's clock; a check already running is joined, not repeated. */
  async tick(): Promise<'posted' | 'already'> {
    this.running ??= this.poster.check().finally(() => {
      this.running = undefined;
    });
    const outcome = await this.running;
    if (outcome === 'posted') this.logger.info({}, 'monthly summary enqueued for the IT channel');
    return outcome;
  }
}
