/**
 * feedback.vote — 👍 Ja / 👎 Nei on an answer card: stored once per person and answer; the clicked card becomes the
 * same answer with a thank-you (after 👎 with "Hva manglet?"). A second vote (a double click, an old copy of the
 * card, a vote days later) changes nothing and is told kindly. A 👎 on an answer to a typed question is logged with
 * that question for the guideline owner (scrubbed, no identity).
 */
import { answerCard } from '../../cards/guideline-cards';
import type { AnswerNode } from '../../src/guidelines/pack-schema';
import { feedbackText } from '../../src/i18n/feedback-text';
import { replaceClickedCard } from '../send-card';
import { personOf, type AnswerFeedback, type FeedbackTurn, type VoteSubmit } from './answer-feedback';

export async function voteSubmit(feedback: AnswerFeedback, turn: FeedbackTurn, submit: VoteSubmit, node: AnswerNode): Promise<void> {
  const { context, lang, pack } = turn;
  const t = feedbackText(lang);
  const voter = await feedback.voterKeys.keyFor(personOf(context));
  const result = await feedback.votes.record(voter, { nodeId: node.id, ruleIds: node.rules, lang, outcome: submit.outcome, vote: submit.vote });
  if (result === 'already-voted') {
    await context.sendActivity(t.alreadyVoted);
    return;
  }
  if (submit.vote === 'down' && submit.question) {
    await feedback.unanswered?.record({ text: submit.question, lang, outcome: 'disliked', nodeIds: [node.id] });
  }
  const state = submit.vote === 'up' ? 'thanks' : 'explain';
  await replaceClickedCard(context, answerCard(pack, node, lang, turn.sectionLink, { state, outcome: submit.outcome }));
}
