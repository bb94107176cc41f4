/**
 * The live pack's rules as a read-only map, for cards rendered outside a turn (the outbox renders a workflow's
 * proactive cards when it sends them): each read sees the pack that is live at that moment (ADR 0091).
 */
import type { PackSource } from './live-pack';
import type { Rule } from './pack-schema';

export function liveRules(source: PackSource): ReadonlyMap<string, Rule> {
  const rules = (): ReadonlyMap<string, Rule> => source.current().pack.rules;
  return {
    get size() {
      return rules().size;
    },
    get: (id) => rules().get(id),
    has: (id) => rules().has(id),
    forEach: (callback, thisArg?: unknown) => rules().forEach(callback, thisArg),
    entries: () => rules().entries(),
    keys: () => rules().keys(),
    values: () => rules().values(),
    [Symbol.iterator]: () => rules()[Symbol.iterator](),
  };
}
