/**
 * What the user did in this turn, parsed at the edge: a typed command, a free-text question, or a card
 * submit whose `value` is validated with zod (never trusted, never cast). A submit that fails validation is
 * kept as `invalid-submit` so the bot can answer kindly instead of crashing or corrupting state.
 */
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { parseCommand, type Command } from '../src/conversation/commands';

const nodeRef = z.string().regex(/^[a-z0-9-]{1,80}$/);

/** Set on the buttons of menu cards (question, answer, suggestions): the next step replaces the clicked card. */
const inPlace = z.literal(true).optional();

/** The free-text question an answer or a choice came from (scrubbed on the card; only ever logged, scrubbed again). */
const askedQuestion = z.string().min(1).max(1000).optional();
/** How the answer on the card was reached (issue 12): counted with its votes, not an authorization matter. */
const answerOutcome = z.enum(['matched', 'chosen', 'menu']);

export const cardSubmitSchema = z.discriminatedUnion('verb', [
  /** `question`: a choice offered for that question (the suggestions card), so its answer counts as 'chosen'. */
  z.object({ verb: z.literal('tree.go'), node: nodeRef, from: nodeRef.optional(), question: askedQuestion, inPlace }),
  z.object({ verb: z.literal('tree.back'), node: nodeRef, inPlace }),
  z.object({ verb: z.literal('tree.restart'), inPlace }),
  z.object({ verb: z.literal('handoff'), kind: z.enum(['registration', 'escalation']), node: nodeRef.optional() }),
  /** "Var dette nyttig?" 👍 / 👎 on an answer card (bot/feedback/vote-submit.ts). */
  z.object({ verb: z.literal('feedback.vote'), node: nodeRef, vote: z.enum(['up', 'down']), outcome: answerOutcome, question: askedQuestion, inPlace }),
  /** "Hva manglet?" after a 👎 (bot/feedback/explain-submit.ts); `missing` is the card's input, optional. */
  z.object({ verb: z.literal('feedback.explain'), node: nodeRef, outcome: answerOutcome, missing: z.string().max(2000).optional(), inPlace }),
]);
export type CardSubmit = z.infer<typeof cardSubmitSchema>;

export type TurnInput =
  | { kind: 'command'; command: Command }
  | { kind: 'text'; text: string }
  | { kind: 'submit'; submit: CardSubmit }
  | { kind: 'feature-submit'; verb: string; value: unknown }
  | { kind: 'invalid-submit' }
  | { kind: 'empty' };

const featureVerb = z.object({ verb: z.string().max(80) });

/**
 * Teams puts the Action.Submit data in `value`; the message text is then empty. Verbs owned by a feature
 * (`featureVerbs`) are passed on with their raw value, for the feature's own schema to validate.
 */
export function parseTurnInput(activity: Pick<Activity, 'text' | 'value'>, textWithoutMention: string, featureVerbs: ReadonlySet<string> = new Set()): TurnInput {
  if (activity.value !== undefined && activity.value !== null) {
    const verb = featureVerb.safeParse(activity.value);
    if (verb.success && featureVerbs.has(verb.data.verb)) return { kind: 'feature-submit', verb: verb.data.verb, value: activity.value };
    const parsed = cardSubmitSchema.safeParse(activity.value);
    return parsed.success ? { kind: 'submit', submit: parsed.data } : { kind: 'invalid-submit' };
  }
  const text = textWithoutMention.trim();
  if (text === '') return { kind: 'empty' };
  const command = parseCommand(text);
  return command ? { kind: 'command', command } : { kind: 'text', text };
}
