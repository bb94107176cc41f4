import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { back, goTo, pathTo } from '../../src/guidelines/tree-navigator';

const { tree } = loadGuidelinePack();

describe('tree navigator', () => {
  it('finds the shortest path from the root to any node, and none for unknown nodes', () => {
    expect(pathTo(tree, 'start')).toEqual(['start']);
    expect(pathTo(tree, 'picture-colleagues')).toEqual(['start', 'topic-pictures', 'picture-colleagues']);
    expect(pathTo(tree, 'no-such-node')).toBeUndefined();
  });

  it('follows an option clicked on the current card by extending the path', () => {
    expect(goTo(tree, ['start', 'topic-pictures'], 'picture-consent', 'topic-pictures')).toEqual(['start', 'topic-pictures', 'picture-consent']);
  });

  it('an option clicked on an older card recomputes the path instead of appending', () => {
    expect(goTo(tree, ['start', 'topic-moderating'], 'picture-consent', 'topic-pictures')).toEqual(pathTo(tree, 'picture-consent'));
  });

  it('going to a node already on the path cuts the path there', () => {
    expect(goTo(tree, ['start', 'topic-pictures', 'picture-consent'], 'topic-pictures')).toEqual(['start', 'topic-pictures']);
  });

  it('back pops one step on the current card, goes to the card\'s parent on an old card, and stays at the root', () => {
    expect(back(tree, ['start', 'topic-pictures', 'picture-consent'], 'picture-consent')).toEqual(['start', 'topic-pictures']);
    expect(back(tree, ['start'], 'picture-consent')).toEqual(['start', 'topic-pictures']);
    expect(back(tree, ['start'], 'start')).toEqual(['start']);
  });
});
