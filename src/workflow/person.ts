/**
 * A person in a workflow record (requester, leader, IT member, whoever acted): the Entra (AAD) object id, the
 * display name, and the Teams user id (29:…) once they have used the bot. One type for every workflow.
 * Records written before issue 9 named the id `aadObjectId`; they are read as `id`.
 */
import { z } from 'zod';

const legacyId = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null || 'id' in value || !('aadObjectId' in value)) return value;
  const { aadObjectId, ...rest } = value as { aadObjectId: unknown };
  return { ...rest, id: aadObjectId };
};

export const personSchema = z.preprocess(legacyId, z.object({ id: z.string().min(1), name: z.string(), teamsId: z.string().optional() }));
export type Person = z.infer<typeof personSchema>;
