/**
 * The escalation cards are valid Adaptive Cards 1.5, accessible (heading, speak, titled buttons, status in
 * words and symbol, not colour alone), show the audit trail, and offer the decision buttons only to the
 * leader of a pending case. User text with `${…}` is shown as written, never evaluated.
 */
import { validationErrors } from '../support/card-validation';
import { caseCard, caseListCard, describeCard, leaderChoiceCard } from '../../cards/escalation-cards';
import type { AdaptiveCardJson } from '../../cards/render-card';
import type { EscalationCase } from '../../src/escalation/escalation-case';
import { openCase } from '../../src/escalation/raise-case';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { cardActions, cardText } from '../support/card-reader';

const pending: EscalationCase = openCase(
  {
    id: '3f0c9a3e-8a0e-4d55-9a77-2b1d9c0e0a11',
    requester: { id: 'kari', name: 'Kari Nilsen', teamsId: '29:kari' },
    leader: { id: 'ole', name: 'Ole Hansen' },
    description: 'Kan jeg skrive ${1+1} på Facebook?',
    link: 'https://example.org/utkast',
    topic: { nodeId: 'picture-consent', title: 'Bilder av barn' },
    ruleIds: ['R4.4.4', 'R5.2.9'],
    lang: 'nb',
    serviceUrl: 'http://127.0.0.1:1',
  },
  new Date('2026-11-25T09:00:00Z'),
);
const approved: EscalationCase = {
  ...pending,
  status: 'approved',
  comment: 'Ja.',
  history: [...pending.history, { event: 'approved', by: { id: 'ole', name: 'Ole Hansen' }, at: '2026-11-25T10:00:00.000Z' }],
};

describe('escalation cards', () => {
  const all: [string, AdaptiveCardJson][] = [];
  for (const lang of ['nb', 'en'] as const) {
    all.push([`describe ${lang}`, describeCard(lang, 'Bilder', ['R4.4.4'])]);
    all.push([`leader ${lang}`, leaderChoiceCard(lang, { id: 'ole', displayName: 'Ole Hansen', jobTitle: 'Enhetsleder' }, 'x', [{ id: 'anne', displayName: 'Anne Berg' }])]);
    all.push([`leader none ${lang}`, leaderChoiceCard(lang, undefined, 'x', [{ id: 'anne', displayName: 'Anne Berg' }], pending.id)]);
    for (const viewer of ['leader', 'requester', 'other'] as const) all.push([`case ${viewer} ${lang}`, caseCard(pending, viewer, lang)], [`approved ${viewer} ${lang}`, caseCard(approved, viewer, lang)]);
    all.push([`case with the rules' words ${lang}`, caseCard(pending, 'leader', lang, { rules: loadGuidelinePack().rules, link: (target) => `https://bot.example.no/tab/guidelines#${target}` })]);
    all.push([`list ${lang}`, caseListCard([pending, approved], 'ole', lang)]);
  }

  it.each(all)('%s is a valid, accessible Adaptive Card 1.5', (_name, card) => {
    expect(validationErrors(card)).toEqual([]);
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', style: 'heading' });
    expect(String(card['speak']).length).toBeGreaterThan(3);
    for (const action of cardActions(card)) expect(action.title.trim().length).toBeGreaterThan(1);
  });

  it('gives the leader the decision buttons and the requester "withdraw", only while pending', () => {
    const buttons = (card: AdaptiveCardJson): string[] => cardActions(card).filter((a) => a.verb && a.verb !== 'escalation.refresh').map((a) => a.title);
    expect(buttons(caseCard(pending, 'leader', 'nb'))).toEqual(['Godkjent', 'Ikke godkjent', 'Svar med kommentar']);
    expect(buttons(caseCard(pending, 'requester', 'nb'))).toEqual(['Trekk saken']);
    expect(buttons(caseCard(pending, 'other', 'nb'))).toEqual([]);
    expect(buttons(caseCard(approved, 'leader', 'nb'))).toEqual([]);
    expect(buttons(caseCard(approved, 'requester', 'nb'))).toEqual([]);
  });

  it('shows the case, the cited rules, the status in words and the history, with refresh for both users', () => {
    const card = caseCard(approved, 'requester', 'nb');
    const text = cardText(card);
    expect(text).toContain('✅ Status: Godkjent');
    expect(text).toContain('Kan jeg skrive ${1+1} på Facebook?');
    expect(text).toContain('Historikk');
    expect(text).toMatch(/Ole Hansen: godkjente/);
    expect(JSON.stringify(card)).toContain('R4.4.4, R5.2.9');
    expect(card['refresh']).toMatchObject({ action: { verb: 'escalation.refresh', data: { caseId: pending.id } }, userIds: ['29:kari', 'ole'] });
  });
});
