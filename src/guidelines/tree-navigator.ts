/**
 * Walking the decision tree, as pure functions over a path (node ids from the root to where the user is).
 * Cards carry the node they were drawn for, so a click on an old card still lands in the right place.
 */
import type { DecisionTree } from './pack-schema';

export type TreePath = readonly string[];

/** The shortest path from the root to a node, or undefined if the node is not in the tree. */
export function pathTo(tree: DecisionTree, nodeId: string): string[] | undefined {
  const children = new Map(tree.nodes.map((n) => [n.id, n.kind === 'question' ? n.options.map((o) => o.next) : []]));
  const queue: string[][] = [[tree.root]];
  const seen = new Set([tree.root]);
  while (queue.length > 0) {
    const path = queue.shift() as string[];
    const last = path[path.length - 1] as string;
    if (last === nodeId) return path;
    for (const next of children.get(last) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...path, next]);
      }
    }
  }
  return undefined;
}

/** Follow an option to `nodeId`, clicked on the card of `from` (if known). */
export function goTo(tree: DecisionTree, path: TreePath, nodeId: string, from?: string): string[] | undefined {
  const existing = path.indexOf(nodeId);
  if (existing >= 0) return path.slice(0, existing + 1);
  if (from !== undefined && path[path.length - 1] === from) return [...path, nodeId];
  return pathTo(tree, nodeId);
}

/** One step back from the card of `cardNodeId`; the root stays the root. */
export function back(tree: DecisionTree, path: TreePath, cardNodeId: string): string[] {
  const base = path[path.length - 1] === cardNodeId ? [...path] : (pathTo(tree, cardNodeId) ?? [tree.root]);
  return base.length > 1 ? base.slice(0, -1) : [tree.root];
}

export function current(tree: DecisionTree, path: TreePath): string {
  return path[path.length - 1] ?? tree.root;
}

/**
 * The tree's own question that tells `nodeIds` apart: their deepest common ancestor (a question node), or
 * undefined when only the top menu joins them. Asking it back reads like the menu a person would walk.
 */
export function separatingQuestion(tree: DecisionTree, nodeIds: readonly string[]): string | undefined {
  const paths = nodeIds.map((id) => pathTo(tree, id)).filter((p): p is string[] => p !== undefined);
  if (paths.length < 2) return undefined;
  let common: string | undefined;
  for (let depth = 0; paths.every((p) => p.length > depth + 1 && p[depth] === paths[0]![depth]); depth += 1) common = paths[0]![depth];
  return common === tree.root ? undefined : common;
}
