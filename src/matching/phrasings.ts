/**
 * Everything the pack says about a node, as separate phrasings for the matcher: its examples in every
 * language, its title and summary, the option labels that lead to it, and for answers the quoted rules
 * with their English paraphrase.
 */
import type { GuidelinePack } from '../guidelines/guideline-pack';

export interface Phrasing {
  /** null marks a known out-of-scope phrasing. */
  nodeId: string | null;
  text: string;
}

export function phrasingsOf(pack: GuidelinePack): Phrasing[] {
  const out: Phrasing[] = [];
  const add = (nodeId: string, text: string): void => {
    out.push({ nodeId, text });
  };
  for (const node of pack.tree.nodes) {
    const examples = node.examples;
    if (examples) [...examples.nb, ...examples.nn, ...examples.en].forEach((t) => add(node.id, t));
    if (node.kind === 'answer') {
      add(node.id, node.title.nb);
      add(node.id, node.title.en);
      add(node.id, node.summary.nb);
      add(node.id, node.summary.en);
      for (const ruleId of node.rules) {
        const rule = pack.rules.get(ruleId);
        if (rule) {
          add(node.id, rule.quote);
          add(node.id, rule.en);
        }
      }
    } else if (node.id !== pack.tree.root) {
      add(node.id, node.text.nb);
      add(node.id, node.text.en);
    }
    if (node.kind === 'question') {
      for (const option of node.options) {
        add(option.next, option.label.nb);
        add(option.next, option.label.en);
      }
    }
  }
  return out;
}
