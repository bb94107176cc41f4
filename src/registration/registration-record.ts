/**
 * One registered profile: the form's details, who asked, its state and every change of state (who, when).
 * The zod schema validates every record read back from storage.
 */
import { z } from 'zod';
import { conversationAddressSchema, type ConversationAddress } from '../outbox/outbox-item';
import { detailsSchema, type RegistrationDetails } from './registration-form';
import { nextState, TRANSITIONS, type RegistrationEvent, type RegistrationState } from './registration-states';

export interface Person {
  aadObjectId: string;
  name: string;
}

export interface HistoryEntry {
  at: string;
  by: Person;
  event: RegistrationEvent;
  from: RegistrationState | null;
  to: RegistrationState;
  comment?: string;
}

export interface RegistrationRecord {
  /** Human-friendly reference, e.g. SOME-2026-0007. */
  ref: string;
  details: RegistrationDetails;
  requester: Person;
  /** The requester's personal chat, for the outcome message. */
  requesterAddress: ConversationAddress;
  /** The requester's language when they sent it ("nb" or "en"), for the outcome message. */
  lang: 'nb' | 'en';
  state: RegistrationState;
  createdAt: string;
  updatedAt: string;
  history: HistoryEntry[];
  /** The card in the IT channel, once posted. */
  itCard?: { conversationId: string; activityId: string; serviceUrl: string; tenantId?: string };
}

const states = z.enum(['submitted', 'acknowledged', 'needs-info', 'updated', 'deactivated']);
const personSchema = z.object({ aadObjectId: z.string().min(1), name: z.string() });

export const registrationRecordSchema = z.object({
  ref: z.string().min(1),
  details: detailsSchema,
  requester: personSchema,
  requesterAddress: conversationAddressSchema,
  lang: z.enum(['nb', 'en']),
  state: states,
  createdAt: z.string(),
  updatedAt: z.string(),
  history: z.array(
    z.object({
      at: z.string(),
      by: personSchema,
      event: z.enum(Object.keys(TRANSITIONS) as [RegistrationEvent, ...RegistrationEvent[]]),
      from: states.nullable(),
      to: states,
      comment: z.string().optional(),
    }),
  ),
  itCard: z.object({ conversationId: z.string(), activityId: z.string(), serviceUrl: z.string(), tenantId: z.string().optional() }).optional(),
});

/** The record as stored, or undefined when it does not parse (never trusted as is). */
export function parseRecord(stored: unknown): RegistrationRecord | undefined {
  const parsed = registrationRecordSchema.safeParse(stored);
  return parsed.success ? (parsed.data as RegistrationRecord) : undefined;
}

export class TransitionRefused extends Error {
  constructor(
    readonly state: RegistrationState | null,
    readonly event: RegistrationEvent,
  ) {
    super(`"${event}" is not allowed in state ${state ?? '(new)'}`);
    this.name = 'TransitionRefused';
  }
}

/** The record after `event` by `by` at `at`; throws TransitionRefused when the state machine does not allow it. */
export function applyEvent(record: RegistrationRecord, event: RegistrationEvent, by: Person, at: Date, comment?: string, details?: RegistrationDetails): RegistrationRecord {
  const to = nextState(record.state, event);
  if (!to) throw new TransitionRefused(record.state, event);
  const iso = at.toISOString();
  return {
    ...record,
    details: details ?? record.details,
    state: to,
    updatedAt: iso,
    history: [...record.history, { at: iso, by, event, from: record.state, to, ...(comment ? { comment } : {}) }],
  };
}

export function formatReference(year: number, sequence: number): string {
  return `SOME-${year}-${String(sequence).padStart(4, '0')}`;
}

export const REFERENCE_PATTERN = /^SOME-\d{4}-\d{4,}$/;
