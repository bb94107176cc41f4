/**
 * The voter key: who voted, without keeping who it was. HMAC-SHA256 of the person's stored Teams identity (the
 * Entra object id, or the Teams user id) under a secret made once per installation and kept in the bot's storage
 * (`feedback/voter-secret`, created with insertIfAbsent so that two instances starting together agree on one).
 * The same person always gets the same key (one vote per answer); the key cannot be turned back into the id
 * without the secret, and the raw id is never written to a vote.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { KeyValueStore } from '../storage/key-value-store';

const SECRET_KEY = 'feedback/voter-secret';
const storedSecret = z.object({ secret: z.string().min(32) });

export class VoterKeys {
  private secret?: Promise<string>;

  constructor(private readonly store: KeyValueStore) {}

  /** The voter key of the person whose stored identity is `personId` (never card data). */
  async keyFor(personId: string): Promise<string> {
    const secret = await this.installationSecret();
    return createHmac('sha256', secret).update(personId, 'utf8').digest('hex');
  }

  private installationSecret(): Promise<string> {
    this.secret ??= this.loadOrCreate().catch((error: unknown) => {
      this.secret = undefined;
      throw error;
    });
    return this.secret;
  }

  private async loadOrCreate(): Promise<string> {
    await this.store.insertIfAbsent(SECRET_KEY, { secret: randomBytes(32).toString('base64') });
    const stored = storedSecret.safeParse((await this.store.read([SECRET_KEY]))[SECRET_KEY]);
    if (!stored.success) throw new Error('The stored voter secret is malformed');
    return stored.data.secret;
  }
}
