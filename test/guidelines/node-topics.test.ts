import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { nodeTopics } from '../../src/guidelines/node-topics';

describe('nodeTopics', () => {
  const pack = loadGuidelinePack();
  const topics = nodeTopics(pack);

  it('gives every node the start menu topic it is found under, however deep', () => {
    expect(topics.get('picture-consent')).toBe('topic-pictures');
    expect(topics.get('no-casework')).toBe('topic-moderating');
    expect(topics.get('topic-at-work')).toBe('topic-about-guidelines');
    expect(topics.get('use-at-work')).toBe('topic-about-guidelines');
    expect(topics.get('topic-pictures')).toBe('topic-pictures');
    expect(topics.get('unsure-ask-leader')).toBe('unsure-ask-leader');
    expect(topics.get(pack.tree.root)).toBe(pack.tree.root);
  });

  it('puts a node found under several topics under the first in menu order, and leaves no node out', () => {
    expect(topics.get('confidential-info-private')).toBe('topic-private-person');
    expect(topics.get('political-inquiries')).toBe('topic-moderating');
    expect([...pack.nodes.keys()].filter((id) => !topics.has(id))).toEqual([]);
  });
});
