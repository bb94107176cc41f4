/**
 * "Var dette nyttig?" on answer cards (issue 12): labelled buttons (text, not emoji alone) in the user's language,
 * the thank-you without buttons, the "Hva manglet?" box with a label, and the question carried on the buttons
 * scrubbed and never evaluated as a template. (Validity and accessibility of these cards: guideline-cards.test.ts.)
 */
import { answerCard, suggestionsCard } from '../../cards/guideline-cards';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import type { AnswerNode } from '../../src/guidelines/pack-schema';
import { cardActions, cardText } from '../support/card-reader';

const pack = loadGuidelinePack();
const answer = pack.tree.nodes.find((node): node is AnswerNode => node.kind === 'answer')!;
const voteTitles = (card: Record<string, unknown>): string[] => cardActions(card).filter((a) => String(a.data?.['verb']).startsWith('feedback.')).map((a) => a.title);

describe('the feedback section of answer cards', () => {
  it.each([
    ['nb', 'Var dette nyttig?', ['👍 Ja', '👎 Nei']],
    ['en', 'Was this helpful?', ['👍 Yes', '👎 No']],
  ] as const)('asks in %s with buttons that say what they do in words', (lang, question, titles) => {
    const card = answerCard(pack, answer, lang);
    expect(cardText(card)).toContain(question);
    expect(voteTitles(card)).toEqual(titles);
    for (const title of titles) expect(title).toMatch(/\p{L}{2,}/u);
    expect(cardActions(card).find((a) => a.title === titles[1])?.data).toEqual({ verb: 'feedback.vote', node: answer.id, vote: 'down', outcome: 'menu', inPlace: true });
  });

  it('after 👍 shows the same answer with a thank-you and no vote buttons', () => {
    const card = answerCard(pack, answer, 'nb', undefined, { state: 'thanks', outcome: 'menu' });
    expect(cardText(card)).toContain('Takk for tilbakemeldingen!');
    expect(cardText(card)).toContain(answer.title.nb);
    expect(cardText(card)).not.toContain('Var dette nyttig?');
    expect(voteTitles(card)).toEqual([]);
  });

  it('after 👎 asks "Hva manglet?" in a labelled, optional box with one send button', () => {
    const card = answerCard(pack, answer, 'nb', undefined, { state: 'explain', outcome: 'chosen' });
    const input = JSON.stringify(card).match(/\{"type":"Input\.Text"[^}]*\}/)?.[0];
    expect(JSON.parse(input!)).toMatchObject({ id: 'missing', label: 'Hva manglet? (valgfritt)', isMultiline: true, maxLength: 500 });
    expect(JSON.stringify(card)).not.toContain('isRequired');
    expect(voteTitles(card)).toEqual(['Send']);
    expect(cardActions(card).find((a) => a.title === 'Send')?.data).toEqual({ verb: 'feedback.explain', node: answer.id, outcome: 'chosen', inPlace: true });
  });

  it('carries the typed question on the buttons scrubbed, as data that is never evaluated', () => {
    const question = 'Kan ${title} ringe 909 12 345 eller skrive til kari@example.no?';
    const card = answerCard(pack, answer, 'nb', undefined, { state: 'ask', outcome: 'matched', question });
    const carried = 'Kan ${title} ringe [telefonnummer fjernet] eller skrive til [e-post fjernet]?';
    for (const action of cardActions(card).filter((a) => a.data?.['verb'] === 'feedback.vote')) expect(action.data).toMatchObject({ outcome: 'matched', question: carried });
    expect(cardText(card)).not.toContain('ringe');
    const choices = cardActions(suggestionsCard(pack, [answer.id], 'nb', question)).filter((a) => a.data?.['verb'] === 'tree.go');
    expect(choices.map((a) => a.data)).toEqual([{ verb: 'tree.go', node: answer.id, question: carried, inPlace: true }]);
  });
});
