/**
 * The outbox's port to the Bot Connector, on the CloudAdapter (works with an empty app id in local mode).
 *
 * API
 *   const deliver = createProactiveSender(adapter, appId, timeoutMs);   // a `Deliver` for OutboxWorker
 *   - channel-thread: POST /v3/conversations (isGroup, channelData.channel.id) = a new thread in the channel;
 *     returns the new conversation id and the id of the root message (needed to update the card later).
 *   - conversation:   a proactive message into an existing conversation (continueConversationAsync).
 *   - person:         a person's 1:1 chat by Entra object id: the known chat (PersonalChats), else a new one
 *                     (createConversation); 403/404 there = the app is not installed for them: with an
 *                     installer (Graph, TEAMS_APP_CATALOG_ID) the app is installed for them, the chat is waited
 *                     for and the message sent; refused = permanent, Graph unavailable = retried later.
 *   - update:         updateActivity of a message the bot sent earlier (the card updates for everyone).
 * Every call is bounded by `timeoutMs`; failures become DeliveryError (retryable for 5xx, 429, timeout, network).
 *
 * Why not adapter.createConversationAsync: it does not hand back the root message id (ConversationResourceResponse
 * .activityId), which updating the card needs; so the thread is created with the connector client of a
 * continueConversationAsync turn on the channel — the same REST call (see docs/decisions/0020).
 */
import type { Activity, CloudAdapter, ConversationAccount, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';
import { ConnectorClient } from 'botframework-connector';
import { DeliveryError, type Deliver } from '../../src/outbox/outbox-worker';
import type { ChannelAddress, ConversationAddress, DeliveryResult, OutboundActivity } from '../../src/outbox/outbox-item';
import type { PersonalChats } from '../../src/outbox/personal-chats';
import type { AppInstaller } from '../../src/install/graph-app-installer';

/** Proactive installation for people who never installed the app; `chatWaitMs`: the pauses while Teams sets up their chat. */
export interface InstallOnDemand {
  installer: AppInstaller;
  chatWaitMs?: readonly number[];
}

const DEFAULT_CHAT_WAIT_MS = [1000, 2000, 4000, 8000];

function conversationOf(id: string, tenantId: string | undefined): ConversationAccount {
  return (tenantId ? { id, tenantId } : { id }) as ConversationAccount;
}

function referenceFor(address: ConversationAddress): Partial<ConversationReference> {
  return {
    channelId: address.channelId,
    serviceUrl: address.serviceUrl,
    // Only what we know: Teams (and the local client) refuse empty conversationType/name on outgoing activities.
    conversation: conversationOf(address.conversationId, address.tenantId),
    bot: address.bot ? { id: address.bot.id, name: address.bot.name ?? '' } : undefined,
    user: address.user ? { id: address.user.id, name: address.user.name ?? '', aadObjectId: address.user.aadObjectId } : undefined,
  };
}

function channelReference(channel: ChannelAddress): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl: channel.serviceUrl,
    conversation: conversationOf(channel.channelId, channel.tenantId),
  };
}

export function classifyError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number') {
    const status = error.statusCode;
    return new DeliveryError(status >= 500 || status === 429 || status === 408, `http-${status}`);
  }
  return new DeliveryError(true, error instanceof Error ? error.name : 'unknown');
}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeliveryError(true, 'timeout')), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const isNotThere = (error: DeliveryError): boolean => error.code === 'http-403' || error.code === 'http-404';

function connectorOf(context: TurnContext): ConnectorClient {
  const client: unknown = context.turnState.get(context.adapter.ConnectorClientKey);
  if (!(client instanceof ConnectorClient)) throw new DeliveryError(false, 'no-connector-client');
  return client;
}

export function createProactiveSender(adapter: CloudAdapter, appId: string, timeoutMs: number, chats: PersonalChats, install?: InstallOnDemand): Deliver {
  const run = async (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<DeliveryResult>): Promise<DeliveryResult> => {
    let result: DeliveryResult | undefined;
    let failure: unknown;
    await withTimeout(
      adapter.continueConversationAsync(appId, reference, async (context) => {
        // Caught here, not by the adapter's onTurnError, so that the status code decides retry or give up.
        try {
          result = await logic(context);
        } catch (error) {
          failure = error;
        }
      }),
      timeoutMs,
    ).catch((error: unknown) => {
      throw classifyError(error);
    });
    if (failure !== undefined) throw classifyError(failure);
    if (!result) throw new DeliveryError(true, 'no-result');
    return result;
  };

  const post = (address: ConversationAddress, activity: Partial<Activity>): Promise<DeliveryResult> =>
    run(referenceFor(address), async (context) => {
      const sent = await context.sendActivity({ type: 'message', ...activity });
      return { conversationId: address.conversationId, activityId: sent?.id };
    });

  /** Opens the 1:1 chat with a person (Teams returns the existing one if there is one). */
  const openChat = async (aadObjectId: string, serviceUrl: string, tenantId: string | undefined): Promise<ConversationAddress> => {
    const result = await run({ channelId: 'msteams', serviceUrl, conversation: conversationOf('open-chat', tenantId) }, async (context) => {
      const created = await connectorOf(context).conversations.createConversation({
        isGroup: false,
        bot: { id: appId ? `28:${appId}` : 'bot', name: '' },
        members: [{ id: aadObjectId, name: '' }],
        tenantId: tenantId ?? '',
        channelData: tenantId ? { tenant: { id: tenantId } } : {},
      } as ConversationParameters);
      return { conversationId: created.id ?? '' };
    });
    if (!result.conversationId) throw new DeliveryError(true, 'no-conversation-id');
    await chats.remember(aadObjectId, { conversationId: result.conversationId, serviceUrl, tenantId });
    return { conversationId: result.conversationId, serviceUrl, tenantId, channelId: 'msteams' };
  };

  /** Opens the chat; if the app is not installed for the person, installs it through Graph and waits for the chat. */
  const openChatInstalling = async (aadObjectId: string, serviceUrl: string, tenantId: string | undefined): Promise<ConversationAddress> => {
    try {
      return await openChat(aadObjectId, serviceUrl, tenantId);
    } catch (error) {
      if (!install || !(error instanceof DeliveryError) || !isNotThere(error)) throw error;
      const outcome = await install.installer.installFor(aadObjectId);
      if (outcome === 'refused') throw new DeliveryError(false, 'install-refused');
      if (outcome === 'unavailable') throw new DeliveryError(true, 'install-unavailable');
      let last: unknown = error;
      for (const pause of install.chatWaitMs ?? DEFAULT_CHAT_WAIT_MS) {
        await new Promise((resolve) => setTimeout(resolve, pause));
        try {
          return await openChat(aadObjectId, serviceUrl, tenantId);
        } catch (retry) {
          last = retry;
          if (!(retry instanceof DeliveryError) || !isNotThere(retry)) throw retry;
        }
      }
      // Installed, but the chat is not there yet: the outbox tries again later.
      throw last instanceof DeliveryError ? new DeliveryError(true, 'chat-not-ready') : last;
    }
  };

  return async (item, outbound: OutboundActivity, channel) => {
    const activity = outbound as Partial<Activity>;
    const destination = item.destination;
    switch (destination.kind) {
      case 'channel-thread': {
        if (!channel) throw new DeliveryError(true, 'channel-not-configured');
        return run(channelReference(channel), async (context) => {
          const parameters: ConversationParameters = {
            isGroup: true,
            bot: { id: appId, name: '' },
            members: [],
            topicName: '',
            tenantId: channel.tenantId ?? '',
            activity: { type: 'message', ...activity } as Activity,
            channelData: { channel: { id: channel.channelId }, ...(channel.tenantId ? { tenant: { id: channel.tenantId } } : {}) },
          };
          const created = await connectorOf(context).conversations.createConversation(parameters);
          return { conversationId: created.id ?? '', activityId: created.activityId };
        });
      }
      case 'conversation':
        return post(destination.address, activity);
      case 'person': {
        const known = await chats.get(destination.aadObjectId);
        if (known) {
          try {
            return await post({ ...known, channelId: 'msteams' }, activity);
          } catch (error) {
            // The known chat is gone (the app was removed and added again): open it anew below.
            if (!(error instanceof DeliveryError) || !isNotThere(error)) throw error;
          }
        }
        return post(await openChatInstalling(destination.aadObjectId, destination.serviceUrl, destination.tenantId), activity);
      }
      case 'update':
        return run(referenceFor(destination.address), async (context) => {
          await context.updateActivity({ type: 'message', ...activity, id: destination.activityId });
          return { conversationId: destination.address.conversationId, activityId: destination.activityId };
        });
    }
  };
}

/** The address of the conversation a turn came from, to reach the same person or thread later. */
export function addressOf(context: TurnContext): ConversationAddress {
  const activity = context.activity;
  return {
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    tenantId: activity.conversation.tenantId,
    channelId: activity.channelId,
    bot: { id: activity.recipient.id, name: activity.recipient.name },
    user: { id: activity.from.id, name: activity.from.name, aadObjectId: activity.from.aadObjectId },
  };
}
