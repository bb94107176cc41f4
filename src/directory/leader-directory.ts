/**
 * The port for finding a person's nearest leader (nærmeste leder). Two adapters: Microsoft Graph
 * (GET /users/{id}/manager) for a real tenant, and an embedded directory file for local use and tests.
 * People are described in Graph's own field names.
 */
import { z } from 'zod';

export const directoryPerson = z.object({
  /** The Microsoft Entra (AAD) object id. */
  id: z.string().min(1),
  displayName: z.string().min(1),
  mail: z.string().nullish(),
  department: z.string().nullish(),
  jobTitle: z.string().nullish(),
});
export type DirectoryPerson = z.infer<typeof directoryPerson>;

export type ManagerLookup =
  | { kind: 'found'; manager: DirectoryPerson }
  /** The directory knows the person but no manager is set. */
  | { kind: 'none' }
  /** The directory could not be asked (Graph down, throttled, no permission). */
  | { kind: 'unavailable' };

export interface LeaderDirectory {
  managerOf(userId: string): Promise<ManagerLookup>;
  /** The leaders above the nearest one, nearest first: whom the user may pick instead (the leader can be away). */
  alternatives(userId: string): Promise<DirectoryPerson[]>;
  person(id: string): Promise<DirectoryPerson | undefined>;
}
