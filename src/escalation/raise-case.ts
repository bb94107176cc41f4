/**
 * Raising a case, as the story goes: the user's text passes the personal-data guard (nothing with an identity
 * number is kept), a pending case is opened with the topic and rules the user was looking at, and the
 * delivery of the leader's card is recorded in the audit trail (delivered, or the leader cannot be reached).
 */
import { z } from 'zod';
import { scanForPersonalIds } from '../privacy/personal-id-guard';
import type { EscalationCase, PersonRef, PostedCard } from './escalation-case';

export const MAX_DESCRIPTION = 2000;

export type DraftCheck = { kind: 'ok'; description: string; link?: string } | { kind: 'personal-id' } | { kind: 'empty' };

const httpsLink = z.url({ protocol: /^https$/ }).max(500);

/** The personal-data guard runs first: a text or link with an identity number is refused whole, not kept. */
export function checkDraft(description: string, link?: string): DraftCheck {
  if (scanForPersonalIds(description).found || (link !== undefined && scanForPersonalIds(link).found)) return { kind: 'personal-id' };
  const text = description.trim().slice(0, MAX_DESCRIPTION);
  if (text === '') return { kind: 'empty' };
  const parsedLink = link?.trim() ? httpsLink.safeParse(link.trim()) : undefined;
  return { kind: 'ok', description: text, ...(parsedLink?.success ? { link: parsedLink.data } : {}) };
}

export interface OpenCaseInput {
  id: string;
  requester: PersonRef;
  leader: PersonRef;
  description: string;
  link?: string;
  topic?: { nodeId: string; title: string };
  ruleIds: readonly string[];
  lang: 'nb' | 'en';
  tenantId?: string;
  serviceUrl: string;
}

export function openCase(input: OpenCaseInput, now: Date): EscalationCase {
  const at = now.toISOString();
  return {
    ...input,
    ruleIds: [...input.ruleIds],
    status: 'pending',
    createdAt: at,
    leaderReachable: true,
    history: [{ event: 'created', by: input.requester, at }],
  };
}

export type DeliveryOutcome = { kind: 'delivered'; card: PostedCard } | { kind: 'unreachable' } | { kind: 'failed' };

export function recordDelivery(escalation: EscalationCase, outcome: DeliveryOutcome, system: PersonRef, now: Date): EscalationCase {
  const at = now.toISOString();
  if (outcome.kind === 'delivered') {
    return { ...escalation, leaderCard: outcome.card, leaderReachable: true, history: [...escalation.history, { event: 'delivered', by: system, at }] };
  }
  return {
    ...escalation,
    leaderReachable: outcome.kind !== 'unreachable',
    history: [...escalation.history, { event: 'delivery-failed', by: system, at }],
  };
}
