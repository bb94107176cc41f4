/**
 * The state machine of a case, as data: which action moves which state where, and who may take it.
 * pending → approved | rejected | answered (the leader) | withdrawn (the requester). Decided cases are final.
 */
import type { Transition } from '../workflow/transition';
import type { AuditEvent, CaseStatus, EscalationCase, PersonRef } from './escalation-case';

export type CaseAction = 'approve' | 'reject' | 'answer' | 'withdraw';
type Role = 'leader' | 'requester';

export const transitions: Record<CaseAction, { from: CaseStatus; to: CaseStatus; by: Role; event: AuditEvent }> = {
  approve: { from: 'pending', to: 'approved', by: 'leader', event: 'approved' },
  reject: { from: 'pending', to: 'rejected', by: 'leader', event: 'rejected' },
  answer: { from: 'pending', to: 'answered', by: 'leader', event: 'answered' },
  withdraw: { from: 'pending', to: 'withdrawn', by: 'requester', event: 'withdrawn' },
};

/** The case after the action, or a refusal: `forbidden` (not this person's action), `not-now` (already decided). */
export type Decision = Transition<EscalationCase>;

export function roleOf(escalation: EscalationCase, userId: string): Role | undefined {
  if (escalation.leader.id === userId) return 'leader';
  if (escalation.requester.id === userId) return 'requester';
  return undefined;
}

export function decide(escalation: EscalationCase, action: CaseAction, actor: PersonRef, at: Date, comment?: string): Decision {
  const rule = transitions[action];
  if (roleOf(escalation, actor.id) !== rule.by) return { kind: 'refused', why: 'forbidden' };
  if (escalation.status !== rule.from) return { kind: 'refused', why: 'not-now' };
  const trimmed = comment?.trim();
  return {
    kind: 'changed',
    next: {
      ...escalation,
      status: rule.to,
      decidedAt: at.toISOString(),
      ...(trimmed ? { comment: trimmed } : {}),
      history: [...escalation.history, { event: rule.event, by: actor, at: at.toISOString() }],
    },
  };
}
