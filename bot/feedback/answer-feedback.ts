/**
 * "Var dette nyttig?" on answer cards (issue 12, ADR 0090): the pieces the feedback verbs need, and the routing
 * of the two verbs (parsed and validated with the other card submits in bot/turn-input.ts) to their handlers,
 * one file per verb. The voter is the person of the turn (Entra object id, else Teams user id), never card data.
 */
import type { TurnContext } from 'botbuilder';
import type { AnswerTally } from '../../src/feedback/answer-tally';
import type { AnswerVotes } from '../../src/feedback/answer-votes';
import type { UnansweredLog } from '../../src/feedback/unanswered-log';
import type { VoterKeys } from '../../src/feedback/voter-key';
import type { GuidelinePack } from '../../src/guidelines/guideline-pack';
import type { AnswerNode } from '../../src/guidelines/pack-schema';
import type { Lang } from '../../src/i18n/language';
import { feedbackText } from '../../src/i18n/feedback-text';
import type { SectionLinker } from '../../src/tab/section-links';
import type { CardSubmit } from '../turn-input';
import { explainSubmit } from './explain-submit';
import { voteSubmit } from './vote-submit';

export interface AnswerFeedback {
  votes: AnswerVotes;
  /** How often each answer was shown; counted by the guideline dialog. */
  tally: AnswerTally;
  voterKeys: VoterKeys;
  /** A 👎 is also logged with the questions the bot could not answer. */
  unanswered?: UnansweredLog;
}

/** One feedback click: the turn, its language, the turn's pack and where answer cards link to. */
export interface FeedbackTurn {
  context: TurnContext;
  lang: Lang;
  pack: GuidelinePack;
  sectionLink?: SectionLinker;
}

export type VoteSubmit = Extract<CardSubmit, { verb: 'feedback.vote' }>;
export type ExplainSubmit = Extract<CardSubmit, { verb: 'feedback.explain' }>;
export type FeedbackSubmit = VoteSubmit | ExplainSubmit;

export function isFeedbackSubmit(submit: CardSubmit): submit is FeedbackSubmit {
  return submit.verb === 'feedback.vote' || submit.verb === 'feedback.explain';
}

export async function handleFeedbackSubmit(feedback: AnswerFeedback | undefined, turn: FeedbackTurn, submit: FeedbackSubmit): Promise<void> {
  if (!feedback) {
    await turn.context.sendActivity(feedbackText(turn.lang).notReady);
    return;
  }
  // The card names the answer; only an answer of the live pack is taken (a forged or removed node is told kindly).
  const node = answerNodeOf(turn.pack, submit.node);
  if (!node) {
    await turn.context.sendActivity(feedbackText(turn.lang).unknownAnswer);
    return;
  }
  if (submit.verb === 'feedback.vote') await voteSubmit(feedback, turn, submit, node);
  else await explainSubmit(feedback, turn, submit, node);
}

/** The answer node the card names, checked against the pack: anything else (a forged or removed node) is undefined. */
export function answerNodeOf(pack: GuidelinePack, nodeId: string): AnswerNode | undefined {
  const node = pack.nodes.get(nodeId);
  return node?.kind === 'answer' ? node : undefined;
}

/** The person of the turn as the channel authenticated it: the Entra object id, else the Teams user id. */
export function personOf(context: TurnContext): string {
  const { from } = context.activity;
  return from.aadObjectId && from.aadObjectId !== '' ? `aad:${from.aadObjectId}` : `teams:${from.id}`;
}
