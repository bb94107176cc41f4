/**
 * Runs the reminder pass (EscalationService.remind) on a timer. It keeps nothing in memory: each reminder is
 * enqueued under a fixed id and recorded in its case, so restarts and several instances are safe.
 */
import type { EscalationService } from '../../src/escalation/escalation-service';
import type { Logger } from '../../src/logging/logger';

export class ReminderScheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly service: EscalationService,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {}

  start(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => void this.tick().catch((error: unknown) => this.logger.error({ err: error }, 'reminder pass failed')), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass at the injected clock's "now"; returns how many reminders were claimed. */
  async tick(): Promise<number> {
    this.running ??= this.service.remind(this.now()).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
