/**
 * "Var dette nyttig?" at the foot of an answer card (issue 12, ADR 0090): the question with 👍 Ja / 👎 Nei, then, in
 * place of the clicked card, a thank-you — after 👎 with one optional "Hva manglet?" box. The buttons carry the
 * answer's node and how the answer was reached (and the question that led to it, when there was one); the bot
 * validates all of it and never takes the voter from the card.
 */
import type { AnswerOutcome } from '../src/feedback/answer-votes';
import type { Lang } from '../src/i18n/language';
import { feedbackText } from '../src/i18n/feedback-text';
import { scrubPersonalData } from '../src/privacy/scrub-personal-data';

/** Where the card is in the feedback: asking, thanked (after 👍 or a sent text), or thanked and asking what was missing (after 👎). */
export type FeedbackState = 'ask' | 'thanks' | 'explain';

export interface AnswerFeedbackView {
  state: FeedbackState;
  outcome: AnswerOutcome;
  /** The free-text question that led to the answer ('matched' or 'chosen'); scrubbed before it goes on the card. */
  question?: string;
}

/** The Action.Submit data of the feedback buttons (validated again by bot/turn-input.ts when it comes back). */
export type VoteData = { verb: 'feedback.vote'; node: string; vote: 'up' | 'down'; outcome: AnswerOutcome; question?: string; inPlace: true };
export type ExplainData = { verb: 'feedback.explain'; node: string; outcome: AnswerOutcome; inPlace: true };

export interface FeedbackSectionData {
  /** The question or the thank-you, as TextBlocks. */
  lines: { text: string }[];
  /** The "Hva manglet?" box: zero or one. */
  input: { id: 'missing'; label: string; placeholder: string; maxLength: number }[];
  buttons: { title: string; data: VoteData | ExplainData }[];
}

/** Longest question carried on a card (the matcher reads at most 1000 characters; the log keeps 500). */
const MAX_QUESTION_CARD_CHARS = 500;

export function feedbackQuestion(question: string): string {
  return scrubPersonalData(question.trim()).slice(0, MAX_QUESTION_CARD_CHARS);
}

export function feedbackSection(view: AnswerFeedbackView, nodeId: string, lang: Lang): FeedbackSectionData {
  const t = feedbackText(lang);
  const { outcome } = view;
  switch (view.state) {
    case 'ask': {
      const question = view.question ? { question: feedbackQuestion(view.question) } : {};
      const vote = (v: 'up' | 'down'): VoteData => ({ verb: 'feedback.vote', node: nodeId, vote: v, outcome, ...question, inPlace: true });
      return { lines: [{ text: t.question }], input: [], buttons: [{ title: t.up, data: vote('up') }, { title: t.down, data: vote('down') }] };
    }
    case 'thanks':
      return { lines: [{ text: t.thanks }], input: [], buttons: [] };
    case 'explain':
      return {
        lines: [{ text: t.thanks }],
        input: [{ id: 'missing', label: t.missingLabel, placeholder: t.missingPlaceholder, maxLength: 500 }],
        buttons: [{ title: t.send, data: { verb: 'feedback.explain', node: nodeId, outcome, inPlace: true } }],
      };
  }
}
