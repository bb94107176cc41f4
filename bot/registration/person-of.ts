/**
 * The person who sent the activity, as the workflows record people: Entra object id, name, Teams user id.
 */
import type { TurnContext } from 'botbuilder';
import type { Person } from '../../src/workflow/person';

export function personOf(context: TurnContext): Person {
  const from = context.activity.from;
  return { id: from.aadObjectId ?? from.id, name: from.name ?? '', teamsId: from.id };
}
