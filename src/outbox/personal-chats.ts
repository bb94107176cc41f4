/**
 * The 1:1 chats the bot has with people, by Entra object id (`escalation/chat/<id>`): remembered when a
 * person installs the bot or writes to it, so an outbox item for a person (destination `person`) goes into
 * their existing chat; a new chat is opened (createConversation) only for people the bot has not met. Also
 * how the local client's second window (acting as the leader) receives the card.
 */
import { z } from 'zod';
import type { KeyValueStore } from '../storage/key-value-store';

const personalChat = z.object({ conversationId: z.string().min(1), serviceUrl: z.string().min(1), tenantId: z.string().optional() });
export type PersonalChat = z.infer<typeof personalChat>;

const key = (aadObjectId: string): string => `escalation/chat/${aadObjectId}`;

export class PersonalChats {
  constructor(private readonly store: KeyValueStore) {}

  async remember(aadObjectId: string, chat: PersonalChat): Promise<void> {
    const current = await this.get(aadObjectId);
    if (current && current.conversationId === chat.conversationId && current.serviceUrl === chat.serviceUrl) return;
    await this.store.write({ [key(aadObjectId)]: { ...chat } });
  }

  async get(aadObjectId: string): Promise<PersonalChat | undefined> {
    const item = (await this.store.read([key(aadObjectId)]))[key(aadObjectId)];
    const parsed = personalChat.safeParse(item);
    return parsed.success ? parsed.data : undefined;
  }
}
