/**
 * Reminders for pending cases: after one Norwegian working day the leader is reminded once; after two the
 * requester is told and offered another leader. Each reminder is handed to `send` (which enqueues it in the
 * outbox under a fixed id, so a second instance or pass enqueues nothing new) and then claimed in the case (an
 * eTag write that records it), so a crash between the two can neither lose it nor send it twice.
 */
import { addNorwegianWorkingDays } from '../calendar/working-days';
import type { EscalationCase, PersonRef } from './escalation-case';
import { CaseChangedError, type CaseRepository } from './case-repository';

export type ReminderKind = 'leader-reminder' | 'requester-overdue';

export const SYSTEM_ACTOR: PersonRef = { id: 'system', name: 'Retningslinjer SoMe' };

/** The reminders that are due for a case at `now` and not yet sent. */
export function dueReminders(escalation: EscalationCase, now: Date): ReminderKind[] {
  if (escalation.status !== 'pending') return [];
  const created = new Date(escalation.createdAt);
  const due: ReminderKind[] = [];
  if (!escalation.leaderRemindedAt && escalation.leaderReachable && now >= addNorwegianWorkingDays(created, 1)) due.push('leader-reminder');
  if (!escalation.requesterToldOverdueAt && now >= addNorwegianWorkingDays(created, 2)) due.push('requester-overdue');
  return due;
}

function claimed(escalation: EscalationCase, kind: ReminderKind, now: Date): EscalationCase {
  const at = now.toISOString();
  const event = kind === 'leader-reminder' ? 'leader-reminded' : 'requester-told-overdue';
  return {
    ...escalation,
    ...(kind === 'leader-reminder' ? { leaderRemindedAt: at } : { requesterToldOverdueAt: at }),
    history: [...escalation.history, { event, by: SYSTEM_ACTOR, at }],
  };
}

export type SendReminder = (kind: ReminderKind, escalation: EscalationCase) => Promise<void>;

/**
 * One pass of the scheduler: sends (enqueues) and claims every due reminder. Returns how many this pass claimed.
 * A reminder whose claim loses the race (another instance, or the case was decided meanwhile) is not counted.
 */
export async function runDueReminders(repository: CaseRepository, now: Date, send: SendReminder): Promise<number> {
  let sent = 0;
  for (const pending of await repository.pending()) {
    for (const kind of dueReminders(pending, now)) {
      const stored = await repository.get(pending.id);
      if (!stored || !dueReminders(stored.escalation, now).includes(kind)) continue;
      await send(kind, stored.escalation);
      try {
        await repository.update(claimed(stored.escalation, kind, now), stored.eTag);
      } catch (error) {
        if (error instanceof CaseChangedError) continue;
        throw error;
      }
      sent += 1;
    }
  }
  return sent;
}
