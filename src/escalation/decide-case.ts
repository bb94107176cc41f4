/**
 * A leader's decision (or the requester's withdrawal) as a use case: read the case, apply the state machine,
 * write with the eTag it was read with. If someone else wrote first (a double click, a second instance),
 * read again: the case is then final and the caller shows its current state. A case is decided at most once.
 */
import { decide, type CaseAction } from './case-machine';
import type { EscalationCase, PersonRef } from './escalation-case';
import { CaseChangedError, type CaseRepository } from './case-repository';

export type DecideResult =
  | { kind: 'not-found' }
  | { kind: 'forbidden'; current: EscalationCase }
  | { kind: 'final'; current: EscalationCase }
  | { kind: 'changed'; next: EscalationCase };

export async function decideCase(
  repository: CaseRepository,
  caseId: string,
  action: CaseAction,
  actor: PersonRef,
  now: Date,
  comment?: string,
): Promise<DecideResult> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const stored = await repository.get(caseId);
    if (!stored) return { kind: 'not-found' };
    const decision = decide(stored.escalation, action, actor, now, comment);
    if (decision.kind === 'refused') return decision.why === 'forbidden' ? { kind: 'forbidden', current: stored.escalation } : { kind: 'final', current: stored.escalation };
    const next = withTeamsId(decision.next, actor);
    try {
      await repository.update(next, stored.eTag);
      return { kind: 'changed', next };
    } catch (error) {
      if (!(error instanceof CaseChangedError)) throw error;
    }
  }
  throw new CaseChangedError();
}

/** Remembers the Teams user id of the person who acted (for the card's refresh list). */
export function withTeamsId(escalation: EscalationCase, actor: PersonRef): EscalationCase {
  if (!actor.teamsId) return escalation;
  if (escalation.leader.id === actor.id) return { ...escalation, leader: { ...escalation.leader, teamsId: actor.teamsId } };
  if (escalation.requester.id === actor.id) return { ...escalation, requester: { ...escalation.requester, teamsId: actor.teamsId } };
  return escalation;
}
