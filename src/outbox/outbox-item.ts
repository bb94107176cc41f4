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

export type Destination =
  /** A new thread in a channel known by name (e.g. "it"), resolved when sent; the item waits while unknown. */
  | { kind: 'channel-thread'; channel: string }
  /** A new message in an existing conversation (personal chat, group chat or thread). */
  | { kind: 'conversation'; address: ConversationAddress }
  /** Replace a message the bot sent (updateActivity), e.g. a card after someone acted on it. */
  | { kind: 'update'; address: ConversationAddress; activityId: string };

/** The Bot Framework activity to send, as JSON (type message, text and/or attachments). */
export type OutboundActivity = Record<string, unknown>;

export interface DeliveryResult {
  conversationId: string;
  activityId?: string;
}

export type OutboxState = 'pending' | 'sent' | 'dead';

export interface OutboxItem {
  id: string;
  destination: Destination;
  /** Snapshot of what to send; a topic's `render` hook may replace it with the current version at send time. */
  activity: OutboundActivity;
  /** Who owns the item (e.g. "registration"), for render/delivered hooks; `subject` is the owner's id (e.g. a reference). */
  topic: string;
  subject: string;
  state: OutboxState;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string;
  /** Until when one sender holds the item (several instances share the store). */
  leaseUntil?: string;
  sentAt?: string;
  result?: DeliveryResult;
  /** Status code or error class of the last failure; never a message body. */
  lastError?: string;
}
