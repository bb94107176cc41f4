/**
 * What the bot makes of a typed message, in the order the bot routes it (bot/guideline-bot.ts and the
 * features' onText): a command, small talk, a request to ask the leader, a registration request, or a
 * question for the matcher — with doubt noticed. The matcher evaluation (`npm run matcher:eval`) measures
 * the product through this function, not the matcher alone.
 */
import { matchEscalationIntent } from '../escalation/escalation-phrases';
import type { MatchResult, QuestionMatcher } from '../matching/question-matcher';
import { registrationIntent } from '../registration/registration-intent';
import { parseCommand, type Command } from './commands';
import { matchQuestion } from './doubt';
import { smallTalkOf, type SmallTalk } from './small-talk';

export type Understanding =
  | { kind: 'command'; command: Command }
  | { kind: 'small-talk'; talk: SmallTalk }
  | { kind: 'ask-leader' }
  | { kind: 'registration' }
  /** «mine saker», «mine registreringer», «oversikt». */
  | { kind: 'list' }
  /** A question; `alsoOffer`: topics shown as choices beside the answer about doubt (doubt.ts); `offersRegistration` when it is about creating an official profile (the offer goes beside the answer). */
  | { kind: 'question'; match: MatchResult; doubt: boolean; alsoOffer: string[]; offersRegistration: boolean };

export function understand(text: string, matcher: QuestionMatcher): Understanding {
  const command = parseCommand(text);
  if (command) return { kind: 'command', command };
  const talk = smallTalkOf(text);
  if (talk) return { kind: 'small-talk', talk };
  const escalation = matchEscalationIntent(text);
  if (escalation?.intent === 'ask-leader') return { kind: 'ask-leader' };
  const registration = registrationIntent(text);
  if (registration === 'start') return { kind: 'registration' };
  if (registration === 'mine' || registration === 'register' || escalation?.intent === 'my-cases') return { kind: 'list' };
  const { doubt, match, alsoOffer } = matchQuestion(text, matcher, (nodeId) => matcher.knows(nodeId));
  return { kind: 'question', match, doubt, alsoOffer, offersRegistration: registration === 'offer' };
}
