/**
 * Every card the guideline conversation can send is a valid Adaptive Card 1.5 (parsed and validated by the
 * official adaptivecards library), readable by a screen reader (heading, speak text, titled buttons), and
 * shows its citation as text.
 */
import { validationErrors } from '../support/card-validation';
import { answerCard, helpCard, noMatchCard, questionCard, suggestionsCard, welcomeCard } from '../../cards/guideline-cards';
import type { AdaptiveCardJson } from '../../cards/render-card';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { cardActions, cardText } from '../support/card-reader';

const pack = loadGuidelinePack();

function expectAccessible(card: AdaptiveCardJson): void {
  const first = card.body[0] as { type?: string; style?: string; text?: string };
  expect(first).toMatchObject({ type: 'TextBlock', style: 'heading' });
  expect(typeof card['speak']).toBe('string');
  expect(String(card['speak']).length).toBeGreaterThan(3);
  for (const action of cardActions(card)) expect(action.title.trim().length).toBeGreaterThan(1);
  expect(JSON.stringify(card)).not.toContain('${');
}

const cards: [string, AdaptiveCardJson][] = [];
for (const lang of ['nb', 'en'] as const) {
  cards.push([`welcome ${lang}`, welcomeCard(pack, lang)], [`help ${lang}`, helpCard(lang)], [`no-match ${lang}`, noMatchCard(pack, lang)]);
  cards.push([`suggestions ${lang}`, suggestionsCard(pack, ['picture-consent', 'picture-crowd'], lang)]);
  for (const node of pack.tree.nodes) {
    cards.push([`${node.id} ${lang}`, node.kind === 'answer' ? answerCard(pack, node, lang) : questionCard(pack, node, lang, node.id !== pack.tree.root)]);
  }
  // The same answer after a vote: thanked (👍), thanked and asking "Hva manglet?" (👎), and asked from a typed question.
  const answer = pack.tree.nodes.find((node) => node.kind === 'answer');
  if (answer?.kind === 'answer') {
    for (const state of ['thanks', 'explain'] as const) cards.push([`${answer.id} ${state} ${lang}`, answerCard(pack, answer, lang, undefined, { state, outcome: 'menu' })]);
    cards.push([`${answer.id} matched ${lang}`, answerCard(pack, answer, lang, undefined, { state: 'ask', outcome: 'matched', question: 'kan jeg legge ut bilder?' })]);
  }
}

describe('guideline cards', () => {
  it.each(cards)('%s is a valid, accessible Adaptive Card 1.5', (_name, card) => {
    expect(validationErrors(card)).toEqual([]);
    expectAccessible(card);
  });

  it('every answer card quotes each rule it cites, with the citation text', () => {
    for (const node of pack.tree.nodes) {
      if (node.kind !== 'answer') continue;
      const text = cardText(answerCard(pack, node, 'nb'));
      for (const ruleId of node.rules) {
        const rule = pack.rules.get(ruleId)!;
        expect(text).toContain(rule.quote);
        const citation = rule.section === 'vedtak' ? 'Retningslinjer for sosiale medier, vedtak' : `Retningslinjer for sosiale medier, punkt ${rule.section}`;
        expect(text).toContain(citation);
        expect(text).toContain(ruleId);
      }
    }
  });

  it('question cards of a section show that section\'s citation and rule ids', () => {
    const node = pack.nodes.get('topic-pictures');
    if (node?.kind !== 'question') throw new Error('topic-pictures is a question node');
    const text = cardText(questionCard(pack, node, 'nb', true));
    expect(text).toMatch(/Retningslinjer for sosiale medier, punkt 4\.4 \(R4\.4\.\d/);
  });

  it('asks back about one choice in the singular, and about several under the tree\'s own question', () => {
    expect(cardText(suggestionsCard(pack, ['picture-consent'], 'nb'))).toContain('Mente du dette?');
    expect(cardText(suggestionsCard(pack, ['picture-consent'], 'en'))).toContain('Did you mean this?');
    expect(cardText(suggestionsCard(pack, ['picture-consent', 'picture-crowd'], 'nb'))).toContain('Hva vil du vite om bilder og personvern?');
  });

  it('user text never reaches a template: the matcher only picks node ids', () => {
    const card = suggestionsCard(pack, ['picture-consent', 'no-such-node'], 'nb');
    expect(cardActions(card).filter((a) => a.data?.['verb'] === 'tree.go')).toHaveLength(1);
  });
});
