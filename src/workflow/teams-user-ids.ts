/**
 * People's Teams user ids (their MRI as the bot sees it, "29:…") by Entra object id, learned from what they do:
 * they write, click, or are listed when the bot joins a team. A shared card's `refresh.userIds` needs them —
 * configuration names people by Entra object id only (`teams-user/<id>`).
 */
import { z } from 'zod';
import type { KeyValueStore } from '../storage/key-value-store';

const key = (aadObjectId: string): string => `teams-user/${aadObjectId.toLowerCase()}`;
const entry = z.object({ teamsId: z.string().min(1) });

export class TeamsUserIds {
  constructor(private readonly store: KeyValueStore) {}

  async remember(aadObjectId: string, teamsId: string): Promise<void> {
    if (!teamsId.startsWith('29:')) return;
    const [known] = await this.of([aadObjectId]);
    if (known !== teamsId) await this.store.write({ [key(aadObjectId)]: { teamsId } });
  }

  /** The known Teams ids of these people, in their order; people not seen yet are left out. */
  async of(aadObjectIds: readonly string[]): Promise<string[]> {
    if (aadObjectIds.length === 0) return [];
    const items = await this.store.read(aadObjectIds.map(key));
    return aadObjectIds.flatMap((id) => {
      const parsed = entry.safeParse(items[key(id)]);
      return parsed.success ? [parsed.data.teamsId] : [];
    });
  }
}
