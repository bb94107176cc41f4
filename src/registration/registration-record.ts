/**
 * One registered profile: the form's details, who asked, its state and every change of state (who, when).
 * The zod schema validates every record read back from storage.
 */
import { z } from 'zod';
import { conversationAddressSchema } from '../outbox/outbox-item';
import { detailsSchema, type RegistrationDetails } from './registration-form';
import { nextState, TRANSITIONS, type RegistrationEvent, type RegistrationState } from './registration-states';
import { auditEntrySchema, type AuditEntry } from '../workflow/audit-entry';
import { personSchema, type Person } from '../workflow/person';
import type { Transition } from '../workflow/transition';

const states = z.enum(['submitted', 'acknowledged', 'needs-info', 'updated', 'deactivated']);
const events = z.enum(Object.keys(TRANSITIONS) as [RegistrationEvent, ...RegistrationEvent[]]);

export type { Person };
/** The audit entry every workflow uses; a registration's always records the change of state. */
const historyEntrySchema = auditEntrySchema(events, states).extend({ from: states.nullable(), to: states });
export type HistoryEntry = z.infer<typeof historyEntrySchema> & AuditEntry<RegistrationEvent, RegistrationState>;

export const registrationRecordSchema = z.object({
  /** Human-friendly reference, e.g. SOME-2026-0007. */
  ref: z.string().min(1),
  details: detailsSchema,
  requester: personSchema,
  /** The requester's personal chat, for the outcome message. */
  requesterAddress: conversationAddressSchema,
  /** The requester's language when they sent it ("nb" or "en"), for the outcome message. */
  lang: z.enum(['nb', 'en']),
  state: states,
  createdAt: z.string(),
  updatedAt: z.string(),
  history: z.array(historyEntrySchema),
  /** The card in the IT channel, once posted. */
  itCard: z.object({ conversationId: z.string(), activityId: z.string(), serviceUrl: z.string(), tenantId: z.string().optional() }).optional(),
});
export type RegistrationRecord = Omit<z.infer<typeof registrationRecordSchema>, 'details'> & { details: RegistrationDetails };

/** The record as stored, or undefined when it does not parse (never trusted as is). */
export function parseRecord(stored: unknown): RegistrationRecord | undefined {
  const parsed = registrationRecordSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** The record after `event` by `by` at `at`, or a refusal when the state machine does not allow it now. */
export function applyEvent(record: RegistrationRecord, event: RegistrationEvent, by: Person, at: Date, comment?: string, details?: RegistrationDetails): Transition<RegistrationRecord> {
  const to = nextState(record.state, event);
  if (!to) return { kind: 'refused', why: 'not-now' };
  const iso = at.toISOString();
  return {
    kind: 'changed',
    next: {
      ...record,
      details: details ?? record.details,
      state: to,
      updatedAt: iso,
      history: [...record.history, { at: iso, by, event, from: record.state, to, ...(comment ? { comment } : {}) }],
    },
  };
}

export function formatReference(year: number, sequence: number): string {
  return `SOME-${year}-${String(sequence).padStart(4, '0')}`;
}

export const REFERENCE_PATTERN = /^SOME-\d{4}-\d{4,}$/;
