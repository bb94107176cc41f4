/**
 * The topic of every node: the option of the tree's root (the start menu: pictures, moderating, official profiles,
 * private person, …) under which it is found. A node found under several topics belongs to the first in menu order;
 * the root belongs to itself.
 */
import type { GuidelinePack } from './guideline-pack';

export function nodeTopics(pack: GuidelinePack): ReadonlyMap<string, string> {
  const topicOf = new Map<string, string>([[pack.tree.root, pack.tree.root]]);
  const root = pack.nodes.get(pack.tree.root);
  if (root?.kind !== 'question') return topicOf;
  const visit = (nodeId: string, topic: string): void => {
    if (topicOf.has(nodeId)) return;
    topicOf.set(nodeId, topic);
    const node = pack.nodes.get(nodeId);
    if (node?.kind === 'question') node.options.forEach((option) => visit(option.next, topic));
  };
  root.options.forEach((option) => visit(option.next, option.next));
  return topicOf;
}
