/**
 * The one citation format of the bot, the same on cards, in the reader tab and in messages:
 *   "Retningslinjer for sosiale medier, punkt 4.4 (R4.4.5)" / "Social media guidelines, section 4.4 (R4.4.5)".
 * Several rules of one section share its clause ("punkt 4.4 (R4.4.4, R4.4.5)"); clauses of several sections are
 * joined with "; ", in the order the rules come.
 */
import { citation } from './load-pack';
import type { Rule } from './pack-schema';

export function ruleCitation(rules: readonly Pick<Rule, 'id' | 'section'>[], lang: 'nb' | 'en'): string {
  const bySection = new Map<string, string[]>();
  for (const rule of rules) bySection.set(rule.section, [...(bySection.get(rule.section) ?? []), rule.id]);
  return [...bySection].map(([section, ids]) => `${citation(section, lang)} (${ids.join(', ')})`).join('; ');
}

/** The rules of `ids` that the pack knows, in the given order. */
export function knownRules(rules: ReadonlyMap<string, Rule>, ids: readonly string[]): Rule[] {
  return ids.flatMap((id) => {
    const rule = rules.get(id);
    return rule ? [rule] : [];
  });
}
