/**
 * Whom a requester may send a case to (R5.2.9, "nærmeste leder"): their nearest leader and the leaders
 * above them in the directory (Graph's manager chain, or the directory file's), never anyone else — the
 * choice on the card is checked against this list, so a forged submit cannot make a colleague the "leader".
 */
import type { DirectoryPerson, LeaderDirectory } from '../directory/leader-directory';

export interface LeaderChoices {
  /** The nearest leader, when the directory knows one. */
  nearest?: DirectoryPerson;
  /** Others the requester may pick instead (the leader can be away). */
  others: DirectoryPerson[];
  /** The directory could not be asked (Graph down): the card says so. */
  unavailable: boolean;
}

export async function leaderChoices(directory: LeaderDirectory, requesterId: string, exclude?: string): Promise<LeaderChoices> {
  const lookup = await directory.managerOf(requesterId);
  const nearest = lookup.kind === 'found' && lookup.manager.id !== requesterId && lookup.manager.id !== exclude ? lookup.manager : undefined;
  const seen = new Set([requesterId, exclude, nearest?.id]);
  const others = (await directory.alternatives(requesterId)).filter((person) => {
    if (seen.has(person.id)) return false;
    seen.add(person.id);
    return true;
  });
  return { nearest, others, unavailable: lookup.kind === 'unavailable' };
}

/** The leader the requester picked, if the directory allows that choice; undefined otherwise. */
export async function allowedLeader(directory: LeaderDirectory, requesterId: string, leaderId: string): Promise<DirectoryPerson | undefined> {
  const choices = await leaderChoices(directory, requesterId);
  return [choices.nearest, ...choices.others].find((person) => person?.id === leaderId);
}
