/**
 * People of dev/org-directory.yaml as Teams users, and Action.Execute invokes shaped the way Teams sends them.
 */
import { randomUUID } from 'node:crypto';
import { TENANT_ID, type TeamsUser } from '../support/teams-activity';

const person = (n: number, name: string): TeamsUser => {
  const aadObjectId = `1a111111-1111-4111-8111-00000000000${n}`;
  return { id: `29:${aadObjectId}`, name, aadObjectId, locale: 'nb-NO' };
};

export const KARI = person(1, 'Kari Nilsen');
export const OLE = person(2, 'Ole Hansen');
export const PER = person(4, 'Per Olsen');
export const ANNE = person(6, 'Anne Berg');

/** An Action.Execute click (invoke `adaptiveCard/action`) in the given conversation. */
export function cardInvoke(user: TeamsUser, serviceUrl: string, conversationId: string, verb: string, data: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: conversationId },
    recipient: { id: '28:bot-app-id', name: 'Retningslinjer SoMe' },
    locale: user.locale ?? 'nb-NO',
    channelData: { tenant: { id: TENANT_ID } },
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export interface InvokeReply {
  statusCode: number;
  type: string;
  value: Record<string, unknown>;
}

export function parseInvokeReply(body: string): InvokeReply {
  return JSON.parse(body) as InvokeReply;
}
