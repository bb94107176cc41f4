/**
 * The guideline pack of one turn: the live snapshot taken when the turn first asks (GuidelineBot.run asks first) and
 * kept in the turn state, so that every card and match of the turn comes from the same pack even if a reload swaps
 * the live one meanwhile (ADR 0091).
 */
import type { TurnContext } from 'botbuilder';
import type { PackSnapshot, PackSource } from '../src/guidelines/live-pack';

export type TurnContent = (context: TurnContext) => PackSnapshot;

const KEY = Symbol('packSnapshot');

export function turnContent(source: PackSource): TurnContent {
  return (context) => {
    const pinned = context.turnState.get(KEY) as PackSnapshot | undefined;
    if (pinned) return pinned;
    const snapshot = source.current();
    context.turnState.set(KEY, snapshot);
    return snapshot;
  };
}
