/**
 * A pack reloaded between turns (ADR 0091), through botbuilder's TestAdapter: the next turn answers from the new
 * pack (its cards are rendered anew, not taken from the old pack's cache), dialog state and old cards that name a
 * node the new pack no longer has start again at the top instead of failing, and one turn sees one pack.
 */
import { ConversationState, MemoryStorage, TestAdapter, TurnContext, UserState, type Activity, type TestFlow } from 'botbuilder';
import { GuidelineBot } from '../../bot/guideline-bot';
import { turnContent } from '../../bot/turn-content';
import type { PackSnapshot } from '../../src/guidelines/live-pack';
import { assemblePack, loadGuidelinePack } from '../../src/guidelines/load-pack';
import type { DecisionTree } from '../../src/guidelines/pack-schema';
import { loadOutOfScopePhrasings } from '../../src/matching/out-of-scope';
import { QuestionMatcher } from '../../src/matching/question-matcher';
import { Synonyms } from '../../src/matching/synonyms';
import { cardOf, cardText } from '../support/card-reader';

const REMOVED = 'picture-colleagues';
const NEW_ROOT_TEXT = 'Hva lurer du på i dag?';

function snapshot(tree: DecisionTree, version: string): PackSnapshot {
  const base = loadGuidelinePack();
  const pack = assemblePack(base.document, [...base.rules.values()], tree);
  return { pack, matcher: QuestionMatcher.fromPack(pack, loadOutOfScopePhrasings(), Synonyms.load()), version, loadedAt: '2025-03-03T08:00:00.000Z' };
}

/** The shipped tree without one answer (and the option leading to it), and with a new text on the root question. */
function reloadedTree(): DecisionTree {
  const tree = structuredClone(loadGuidelinePack().tree);
  tree.nodes = tree.nodes
    .filter((node) => node.id !== REMOVED)
    .map((node) => {
      if (node.kind !== 'question') return node;
      const options = node.options.filter((option) => option.next !== REMOVED);
      return node.id === tree.root ? { ...node, options, text: { ...node.text, nb: NEW_ROOT_TEXT } } : { ...node, options };
    });
  return tree;
}

const first = snapshot(loadGuidelinePack().tree, 'first');
const second = snapshot(reloadedTree(), 'second');
let live: PackSnapshot;

function newConversation(): TestAdapter {
  const storage = new MemoryStorage();
  const bot = new GuidelineBot({ content: turnContent({ current: () => live }), conversationState: new ConversationState(storage), userState: new UserState(storage) });
  return new TestAdapter(async (context) => bot.run(context));
}

const textOf = (activity: Partial<Activity>): string => cardText(cardOf(activity as unknown as Record<string, unknown>));
const submit = (value: unknown): Partial<Activity> => ({ type: 'message', value });

/** Walks to the answer that the reload removes, with the first pack live. */
function atRemovedAnswer(): TestFlow {
  live = first;
  return newConversation()
    .send('hei')
    .assertReply(() => undefined)
    .send(submit({ verb: 'tree.go', node: 'topic-pictures', from: 'start' }))
    .assertReply(() => undefined)
    .send(submit({ verb: 'tree.go', node: REMOVED, from: 'topic-pictures' }))
    .assertReply((a) => expect(textOf(a)).toContain('Publiser aldri bilder av kollegaer uten samtykke.'))
    .send('start på nytt')
    .assertReply((a) => expect(textOf(a)).toContain('Hva gjelder spørsmålet ditt?'))
    .send(submit({ verb: 'tree.go', node: REMOVED }))
    .assertReply(() => {
      live = second;
    });
}

describe('a pack reloaded between turns', () => {
  it('dialog state on a removed node starts again at the top, with the new pack\'s card (not the cached one)', async () => {
    await atRemovedAnswer()
      .send('tilbake')
      .assertReply((a) => {
        expect(textOf(a)).toContain(NEW_ROOT_TEXT);
        expect(textOf(a)).not.toContain('Hva gjelder spørsmålet ditt?');
      });
  });

  it("an old card's option or Back naming the removed node lands at the top", async () => {
    await atRemovedAnswer()
      .send(submit({ verb: 'tree.go', node: REMOVED, from: 'topic-pictures' }))
      .assertReply((a) => expect(textOf(a)).toContain(NEW_ROOT_TEXT))
      .send(submit({ verb: 'tree.back', node: REMOVED }))
      .assertReply((a) => expect(textOf(a)).toContain(NEW_ROOT_TEXT));
  });

  it('a turn keeps the pack it started with', () => {
    live = first;
    const content = turnContent({ current: () => live });
    const turn = new TurnContext(new TestAdapter(), { type: 'message' });
    expect(content(turn)).toBe(first);
    live = second;
    expect(content(turn)).toBe(first);
    expect(turnContent({ current: () => live })(turn)).toBe(first);
    expect(content(new TurnContext(new TestAdapter(), { type: 'message' }))).toBe(second);
  });
});
