/**
 * What the bot worked out about the current turn (the parsed input and the answer language), kept in the
 * turn state so that dialogs read it instead of parsing the activity again.
 */
import type { TurnContext } from 'botbuilder';
import type { Lang } from '../src/i18n/language';
import type { TurnInput } from './turn-input';

export interface TurnInfo {
  input: TurnInput;
  lang: Lang;
}

const KEY = Symbol('turnInfo');

export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(KEY, info);
}

export function turnInfo(context: TurnContext): TurnInfo {
  const info = context.turnState.get(KEY) as TurnInfo | undefined;
  if (!info) throw new Error('turnInfo read before the bot set it');
  return info;
}

/** The answer language of the turn when the bot has worked it out, else Bokmål (the turn-error handler's case). */
export function turnLangOr(context: TurnContext): Lang {
  return (context.turnState.get(KEY) as TurnInfo | undefined)?.lang ?? 'nb';
}
