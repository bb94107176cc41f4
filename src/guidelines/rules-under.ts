/**
 * The rules an area of the tree covers: every rule cited by an answer reachable from a node, in document
 * order. Used to show a question card's citation with the rule ids it leads to.
 */
import type { GuidelinePack } from './guideline-pack';
import type { Rule } from './pack-schema';

export function rulesUnder(pack: GuidelinePack, nodeId: string): Rule[] {
  const ids = new Set<string>();
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = pack.nodes.get(id);
    if (!node) return;
    if (node.kind === 'answer') node.rules.forEach((r) => ids.add(r));
    else node.options.forEach((o) => visit(o.next));
  };
  visit(nodeId);
  const order = [...pack.rules.keys()];
  return [...ids]
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))
    .flatMap((id) => {
      const rule = pack.rules.get(id);
      return rule ? [rule] : [];
    });
}
