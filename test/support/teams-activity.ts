/**
 * Builders for activities shaped the way Microsoft Teams sends them to a bot: personal conversations,
 * channel messages with an @mention, Action.Submit card clicks, conversationUpdate on install.
 */
import { randomUUID } from 'node:crypto';

export const TENANT_ID = '6f1c3a52-7f0e-4a43-9d53-0b1d2b7c9e11';
export const BOT_ID = '28:bot-app-id';

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
  locale?: string;
}

export function makeUser(name: string, locale = 'nb-NO'): TeamsUser {
  const aadObjectId = randomUUID();
  return { id: `29:${aadObjectId}`, name, aadObjectId, locale };
}

export function personalConversationId(user: TeamsUser): string {
  return `a:personal-${user.aadObjectId}`;
}

type Activity = Record<string, unknown>;

function base(user: TeamsUser, serviceUrl: string, tenantId: string): Activity {
  const conversationId = personalConversationId(user);
  return {
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    conversation: { conversationType: 'personal', tenantId, id: conversationId },
    recipient: { id: BOT_ID, name: 'Retningslinjer SoMe' },
    locale: user.locale ?? 'nb-NO',
    channelData: { tenant: { id: tenantId } },
    entities: [{ type: 'clientInfo', locale: user.locale ?? 'nb-NO', country: 'NO', platform: 'Web', timezone: 'Europe/Oslo' }],
  };
}

export function textMessage(user: TeamsUser, serviceUrl: string, text: string, tenantId = TENANT_ID): Activity {
  return { ...base(user, serviceUrl, tenantId), type: 'message', text, textFormat: 'plain' };
}

/** An Action.Submit click: Teams sends a message whose `value` is the action's data, with no text. */
export function cardSubmit(user: TeamsUser, serviceUrl: string, value: unknown, replyToId?: string, tenantId = TENANT_ID): Activity {
  return { ...base(user, serviceUrl, tenantId), type: 'message', value, ...(replyToId ? { replyToId } : {}) };
}

export function botInstalled(user: TeamsUser, serviceUrl: string, tenantId = TENANT_ID): Activity {
  return { ...base(user, serviceUrl, tenantId), type: 'conversationUpdate', membersAdded: [{ id: BOT_ID }] };
}
