/**
 * feedback.explain — the optional "Hva manglet?" after a 👎: the text (scrubbed by AnswerVotes before storage) is
 * added to the person's own 👎 on that answer, and the card becomes the answer with a thank-you. When the answer
 * was walked to in the menu (no question led to it) the text is also what the owner's log of failures keeps.
 * An empty box just closes the card; a text without the person's 👎 on that answer is not stored.
 */
import { answerCard } from '../../cards/guideline-cards';
import type { AnswerNode } from '../../src/guidelines/pack-schema';
import { feedbackText } from '../../src/i18n/feedback-text';
import { replaceClickedCard } from '../send-card';
import { personOf, type AnswerFeedback, type ExplainSubmit, type FeedbackTurn } from './answer-feedback';

export async function explainSubmit(feedback: AnswerFeedback, turn: FeedbackTurn, submit: ExplainSubmit, node: AnswerNode): Promise<void> {
  const { context, lang, pack } = turn;
  const t = feedbackText(lang);
  const missing = submit.missing?.trim() ?? '';
  if (missing !== '') {
    const voter = await feedback.voterKeys.keyFor(personOf(context));
    const result = await feedback.votes.addExplanation(voter, node.id, missing);
    if (result === 'no-down-vote') {
      await context.sendActivity(t.noDownVote);
      return;
    }
    if (result === 'added' && submit.outcome === 'menu') {
      await feedback.unanswered?.record({ text: missing, lang, outcome: 'disliked', nodeIds: [node.id] });
    }
  }
  await replaceClickedCard(context, answerCard(pack, node, lang, turn.sectionLink, { state: 'thanks', outcome: submit.outcome }));
}
