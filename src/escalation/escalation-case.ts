/**
 * An escalation case (R5.2.9): a doubtful question an employee takes to their nearest leader. Stored as one
 * record with its audit trail; validated with zod whenever it is read back from storage.
 */
import { z } from 'zod';
import { auditEntrySchema, type AuditEntry as WorkflowAuditEntry } from '../workflow/audit-entry';
import { personSchema, type Person } from '../workflow/person';

export const caseStatus = z.enum(['pending', 'approved', 'rejected', 'answered', 'withdrawn']);
export type CaseStatus = z.infer<typeof caseStatus>;

/** The one person type of every workflow (src/workflow/person.ts). */
export const personRef = personSchema;
export type PersonRef = Person;

export const auditEvent = z.enum([
  'created',
  'delivered',
  'delivery-failed',
  'approved',
  'rejected',
  'answered',
  'withdrawn',
  'leader-reminded',
  'requester-told-overdue',
]);
export type AuditEvent = z.infer<typeof auditEvent>;

/** The one audit entry shape of every workflow (src/workflow/audit-entry.ts). */
export const auditEntry = auditEntrySchema(auditEvent, caseStatus);
export type AuditEntry = WorkflowAuditEntry<AuditEvent, CaseStatus>;

/** Where a card was posted, so that it can be updated later (conversation reference fields we need). */
export const postedCard = z.object({ conversationId: z.string().min(1), activityId: z.string().min(1), serviceUrl: z.string().optional() });
export type PostedCard = z.infer<typeof postedCard>;

export const escalationCase = z.object({
  id: z.string().uuid(),
  status: caseStatus,
  requester: personRef,
  leader: personRef,
  /** Already checked by the personal-data guard: never contains an identity number. */
  description: z.string().min(1).max(2000),
  /** An https link to a draft, checked like the description. */
  link: z.string().max(500).optional(),
  /** The tree node (topic) the user was looking at, and the rule ids it cites. */
  topic: z.object({ nodeId: z.string(), title: z.string() }).optional(),
  ruleIds: z.array(z.string()),
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().optional(),
  comment: z.string().max(1000).optional(),
  lang: z.enum(['nb', 'en']),
  tenantId: z.string().optional(),
  serviceUrl: z.string().min(1),
  requesterCard: postedCard.optional(),
  leaderCard: postedCard.optional(),
  leaderReachable: z.boolean(),
  leaderRemindedAt: z.iso.datetime().optional(),
  requesterToldOverdueAt: z.iso.datetime().optional(),
  history: z.array(auditEntry),
});
export type EscalationCase = z.infer<typeof escalationCase>;

export function isDecided(status: CaseStatus): boolean {
  return status !== 'pending';
}
