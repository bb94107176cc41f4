/**
 * What the durable outbox holds: one proactive delivery (a new channel thread, a message into an existing
 * conversation, or an in-place update of a message the bot sent), written to storage before it is sent.
 * Plain JSON, free of Teams types; bot/proactive turns it into Bot Connector calls.
 */
import { z } from 'zod';

/** Where an existing conversation lives; enough for a proactive message (Bot Framework conversation reference). */
export const conversationAddressSchema = z.object({
  serviceUrl: z.string().min(1),
  conversationId: z.string().min(1),
  tenantId: z.string().optional(),
  channelId: z.string().default('msteams'),
  bot: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  user: z.object({ id: z.string(), name: z.string().optional(), aadObjectId: z.string().optional() }).optional(),
});
export type ConversationAddress = z.infer<typeof conversationAddressSchema>;

/** A Teams channel the bot can open new threads in. */
export interface ChannelAddress {
  channelId: string;
  serviceUrl: string;
  tenantId?: string;
}

export const destinationSchema = z.discriminatedUnion('kind', [
  /** A new thread in a channel known by name (e.g. "it"), resolved when sent; the item waits while unknown. */
  z.object({ kind: z.literal('channel-thread'), channel: z.string().min(1) }),
  /** A new message in an existing conversation (personal chat, group chat or thread). */
  z.object({ kind: z.literal('conversation'), address: conversationAddressSchema }),
  /** A person's 1:1 chat with the bot, by Entra object id: the known chat, else a new one (createConversation). */
  z.object({ kind: z.literal('person'), aadObjectId: z.string().min(1), serviceUrl: z.string().min(1), tenantId: z.string().optional() }),
  /** Replace a message the bot sent (updateActivity), e.g. a card after someone acted on it. */
  z.object({ kind: z.literal('update'), address: conversationAddressSchema, activityId: z.string().min(1) }),
]);
export type Destination = z.infer<typeof destinationSchema>;

/** The Bot Framework activity to send, as JSON (type message, text and/or attachments). */
export type OutboundActivity = Record<string, unknown>;

export const deliveryResultSchema = z.object({ conversationId: z.string(), activityId: z.string().optional() });
export type DeliveryResult = z.infer<typeof deliveryResultSchema>;

export const outboxItemSchema = z.object({
  id: z.string().min(1),
  destination: destinationSchema,
  /** Snapshot of what to send; a topic's `render` hook may replace it with the current version at send time. */
  activity: z.record(z.string(), z.unknown()),
  /** Who owns the item (e.g. "registration"), for render/delivered hooks; `subject` is the owner's id (e.g. a reference). */
  topic: z.string().min(1),
  subject: z.string(),
  state: z.enum(['pending', 'sent', 'dead']),
  attempts: z.number().int().min(0),
  createdAt: z.string(),
  nextAttemptAt: z.string(),
  /** Until when one sender holds the item (several instances share the store). */
  leaseUntil: z.string().optional(),
  sentAt: z.string().optional(),
  result: deliveryResultSchema.optional(),
  /** Status code or error class of the last failure; never a message body. */
  lastError: z.string().optional(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;
export type OutboxState = OutboxItem['state'];
