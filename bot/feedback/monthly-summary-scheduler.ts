/**
 * Runs the monthly summary's check (MonthlySummaryPoster.check) on a timer, like the escalation reminders. It
 * keeps nothing in memory: the month is claimed in storage and the card enqueued under a fixed id, so restarts
 * and several instances post it once.
 */
import { ownerSummaryCard } from '../../cards/owner-summary-card';
import { MonthlySummaryPoster } from '../../src/feedback/monthly-summary';
import type { OwnerReportSource } from '../../src/feedback/owner-report-source';
import type { Logger } from '../../src/logging/logger';
import { IT_CHANNEL } from '../../src/registration/registration-service';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { cardActivity } from '../proactive/card-activity';
import type { ProactiveOutbox } from '../proactive/proactive-outbox';

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

/** How often the month is checked: the first check after midnight UTC on the 1st posts (within the hour). */
export const MONTHLY_SUMMARY_CHECK_MS = 3_600_000;

export interface MonthlySummaryParts {
  store: KeyValueStore;
  proactive: ProactiveOutbox;
  report: OwnerReportSource;
  /** Where the card's button opens the owner tab. */
  ownerTabUrl: string;
  logger: Logger;
  now: () => Date;
}

/** The poster and its scheduler, posting to the IT channel the registration workflow resolves. */
export function createMonthlySummary(parts: MonthlySummaryParts): MonthlySummaryScheduler {
  const poster = new MonthlySummaryPoster({
    store: parts.store,
    outbox: parts.proactive.outbox,
    report: parts.report,
    render: (summary) => cardActivity(ownerSummaryCard(summary, parts.ownerTabUrl)),
    channel: IT_CHANNEL,
    now: parts.now,
    kick: (id) => parts.proactive.worker.kick(id),
  });
  return new MonthlySummaryScheduler(poster, parts.logger);
}
