/**
 * How the answer shown this turn was reached (issue 12), from the turn's validated input: a typed question
 * answered at once ('matched'), a choice offered for a typed question ('chosen', the suggestions card's buttons
 * carry the question), or a step in the topic menu ('menu'). Counted in the tally and carried by the vote buttons.
 */
import type { AnswerOutcome } from '../../src/feedback/answer-votes';
import type { TurnInput } from '../turn-input';

export interface Reached {
  outcome: AnswerOutcome;
  /** The typed question that led to the answer, for 'matched' and 'chosen'. */
  question?: string;
}

export function howReached(input: TurnInput): Reached {
  if (input.kind === 'text') return { outcome: 'matched', question: input.text };
  if (input.kind === 'submit' && input.submit.verb === 'tree.go' && input.submit.question) return { outcome: 'chosen', question: input.submit.question };
  return { outcome: 'menu' };
}
