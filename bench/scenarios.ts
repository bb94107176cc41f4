/**
 * What each simulated Teams user does, turn after turn, in each scenario. A script looks at the last
 * activity the bot sent into the user's personal conversation and returns the next activity to post —
 * a card click uses the card's own Action.Submit data, as Teams would.
 */
import { cardActions, cardOf, type CardAction } from '../test/support/card-reader';
import { cardSubmit, makeUser, personalConversationId, textMessage, type TeamsUser } from '../test/support/teams-activity';
import { seededRandom } from './stats';

type Json = Record<string, unknown>;

/** Next activity to send, given the last thing the bot showed this user (undefined before the first turn). */
export type UserScript = (last: Json | undefined) => Json;

export interface VirtualUser {
  user: TeamsUser;
  conversationId: string;
  script: UserScript;
}

export type ScenarioName = 'tree-walk' | 'free-text' | 'echo';

export interface ScenarioContext {
  serviceUrl: string;
  questions: readonly string[];
}

function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/**
 * (a) Decision-tree walk: menu → topic → question(s) → answer, clicking the cards' actions, then
 * "Start over" and again. The first turn types "meny".
 */
export function treeWalkScript(user: TeamsUser, index: number, context: ScenarioContext): UserScript {
  const random = seededRandom(1000 + index);
  return (last) => {
    const actions: CardAction[] = last ? cardActions(cardOf(last)) : [];
    const forward = actions.filter((a) => a.data?.['verb'] === 'tree.go');
    const next = pick(forward, random) ?? actions.find((a) => a.data?.['verb'] === 'tree.restart');
    return next?.data ? cardSubmit(user, context.serviceUrl, next.data) : textMessage(user, context.serviceUrl, 'meny');
  };
}

/** (b) Free-text questions from the labelled set, each user starting at a different place in it. */
export function freeTextScript(user: TeamsUser, index: number, context: ScenarioContext): UserScript {
  let turn = index * 7;
  return () => textMessage(user, context.serviceUrl, context.questions[turn++ % context.questions.length] ?? 'hei');
}

/** (d) The echo baseline gets the same kind of message: the labelled questions as text. */
export const echoScript = freeTextScript;

const scripts: Record<ScenarioName, (user: TeamsUser, index: number, context: ScenarioContext) => UserScript> = {
  'tree-walk': treeWalkScript,
  'free-text': freeTextScript,
  echo: echoScript,
};

/** `count` users, each in their own personal conversation, running the scenario's script. */
export function makeUsers(scenario: ScenarioName, count: number, context: ScenarioContext): VirtualUser[] {
  return Array.from({ length: count }, (_, index) => {
    const user = makeUser(`Bench ${scenario} ${index + 1}`, index % 5 === 4 ? 'en-GB' : 'nb-NO');
    return { user, conversationId: personalConversationId(user), script: scripts[scenario](user, index, context) };
  });
}
