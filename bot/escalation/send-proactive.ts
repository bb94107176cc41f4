/**
 * The escalation workflow's one door to proactive messaging: open a 1:1 chat with a person by their Entra
 * object id (adapter.createConversationAsync), send into a known conversation, and update a card the bot
 * sent earlier (updateActivity). Kept small and separate so it can be switched to the shared durable outbox
 * (src/outbox, bot/proactive) once that supports opening personal chats (see docs/decisions/0030).
 */
import { ActivityTypes, CardFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { AdaptiveCardJson } from '../../cards/render-card';
import type { PostedCard } from '../../src/escalation/escalation-case';

export interface PersonalAddress {
  serviceUrl: string;
  tenantId?: string;
}

/** True for the connector's "not installed / no such conversation" answers. */
export function isUnreachable(error: unknown): boolean {
  const status = statusOf(error);
  return status === 403 || status === 404;
}

/** The person cannot be reached: the bot is not installed for them (the connector answered 403 or 404). */
export class UnreachableError extends Error {
  constructor(readonly status: number) {
    super(`recipient unreachable (${status})`);
    this.name = 'UnreachableError';
  }
}

export type OutgoingMessage = { card: AdaptiveCardJson } | { text: string };

function activityOf(message: OutgoingMessage): Record<string, unknown> {
  if ('text' in message) return { type: ActivityTypes.Message, text: message.text };
  const card = message.card;
  return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)], ...(typeof card['speak'] === 'string' ? { speak: card['speak'] } : {}) };
}

function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
}

export interface ProactiveMessenger {
  /** Opens (or reopens) the 1:1 chat with `aadObjectId` and sends the message; UnreachableError on 403/404. */
  sendToPerson(aadObjectId: string, address: PersonalAddress, message: OutgoingMessage): Promise<PostedCard>;
  send(conversationId: string, address: PersonalAddress, message: OutgoingMessage): Promise<PostedCard>;
  update(posted: PostedCard, address: PersonalAddress, card: AdaptiveCardJson): Promise<void>;
}

export function createProactiveMessenger(adapter: CloudAdapter, appId: string): ProactiveMessenger {
  const reference = (conversationId: string, address: PersonalAddress): Partial<ConversationReference> => ({
    channelId: 'msteams',
    serviceUrl: address.serviceUrl,
    conversation: { id: conversationId, tenantId: address.tenantId, isGroup: false, conversationType: 'personal', name: '' },
  });
  const send = async (conversationId: string, address: PersonalAddress, message: OutgoingMessage): Promise<PostedCard> => {
    let activityId: string | undefined;
    await adapter.continueConversationAsync(appId, reference(conversationId, address), async (context) => {
      activityId = (await context.sendActivity(activityOf(message)))?.id;
    });
    return { conversationId, activityId: activityId ?? '', serviceUrl: address.serviceUrl };
  };
  return {
    async sendToPerson(aadObjectId, address, message) {
      let conversationId: string | undefined;
      try {
        await adapter.createConversationAsync(
          appId,
          'msteams',
          address.serviceUrl,
          AuthenticationConstants.ToChannelFromBotOAuthScope,
          {
            isGroup: false,
            bot: { id: appId ? `28:${appId}` : 'bot', name: '' },
            members: [{ id: aadObjectId, name: '' }],
            tenantId: address.tenantId,
            channelData: address.tenantId ? { tenant: { id: address.tenantId } } : {},
          },
          async (context) => {
            conversationId = context.activity.conversation.id;
          },
        );
      } catch (error) {
        const status = statusOf(error);
        if (status === 403 || status === 404) throw new UnreachableError(status);
        throw error;
      }
      if (!conversationId) throw new Error('createConversation returned no conversation id');
      return send(conversationId, address, message);
    },
    send,
    async update(posted, address, card) {
      await adapter.continueConversationAsync(appId, reference(posted.conversationId, address), async (context) => {
        await context.updateActivity({ ...activityOf({ card }), id: posted.activityId, conversation: context.activity.conversation });
      });
    },
  };
}
