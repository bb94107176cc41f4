/**
 * One line of a workflow record's audit trail: when, who, what happened, and (for a change of state) from which
 * state to which, with the actor's comment. The same shape for every workflow; each names its own events.
 */
import { z } from 'zod';
import { personSchema } from './person';

export function auditEntrySchema<E extends string, S extends string>(events: z.ZodType<E>, states: z.ZodType<S>) {
  return z.object({
    at: z.string(),
    by: personSchema,
    event: events,
    from: states.nullable().optional(),
    to: states.optional(),
    comment: z.string().optional(),
  });
}

export interface AuditEntry<E extends string, S extends string> {
  at: string;
  by: { id: string; name: string; teamsId?: string };
  event: E;
  from?: S | null;
  to?: S;
  comment?: string;
}
