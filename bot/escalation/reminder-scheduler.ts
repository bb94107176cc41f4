/**
 * Runs the reminder pass (src/escalation/reminders.ts) on a timer. It keeps nothing in memory: what was sent
 * is recorded in each case (claimed in storage before sending), so restarts and several instances are safe.
 */
import { leaderChoiceCard } from '../../cards/escalation-cards';
import type { EscalationCase } from '../../src/escalation/escalation-case';
import { runDueReminders, type ReminderKind } from '../../src/escalation/reminders';
import { escalationText } from '../../src/i18n/escalation-text';
import type { EscalationDeps } from './escalation-deps';

export class ReminderScheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(private readonly deps: EscalationDeps) {}

  start(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => void this.tick().catch((error: unknown) => this.deps.logger.error({ err: error }, 'reminder pass failed')), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass at the injected clock's "now"; returns how many reminders were sent. */
  async tick(): Promise<number> {
    this.running ??= runDueReminders(this.deps.cases, this.deps.now(), (kind, escalation) => this.send(kind, escalation)).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async send(kind: ReminderKind, escalation: EscalationCase): Promise<void> {
    const address = { serviceUrl: escalation.serviceUrl, tenantId: escalation.tenantId };
    try {
      if (kind === 'leader-reminder' && escalation.leaderCard) {
        const leaderAddress = { ...address, serviceUrl: escalation.leaderCard.serviceUrl ?? escalation.serviceUrl };
        await this.deps.messenger.send(escalation.leaderCard.conversationId, leaderAddress, { text: escalationText('nb').leaderReminder(escalation.requester.name) });
      } else if (kind === 'requester-overdue' && escalation.requesterCard) {
        const text = escalationText(escalation.lang);
        const alternatives = (await this.deps.directory.alternatives(escalation.requester.id)).filter(
          (p) => p.id !== escalation.leader.id && p.id !== escalation.requester.id,
        );
        const message = text.requesterOverdue(escalation.leader.name);
        await this.deps.messenger.send(
          escalation.requesterCard.conversationId,
          address,
          alternatives.length > 0 ? { card: leaderChoiceCard(escalation.lang, undefined, message, alternatives, escalation.id) } : { text: message },
        );
      }
      this.deps.logger.info({ caseId: escalation.id, kind }, 'escalation reminder sent');
    } catch (error) {
      // Claimed already: at most once. The case stays visible under «mine saker».
      this.deps.logger.error({ err: error, caseId: escalation.id, kind }, 'could not send an escalation reminder');
    }
  }
}
