/**
 * Every registration card is a valid Adaptive Card 1.5, accessible (heading first, speak, titled buttons),
 * fully expanded (no `${` left, user text not evaluated), validates in the card as well (isRequired, regex,
 * errorMessage), and cites the rule of every checklist item.
 */
import { validationErrors } from '../support/card-validation';
import { formCard, offerCard, outcomeCard, summaryCard } from '../../cards/registration-cards';
import { itCard } from '../../cards/registration-it-card';
import type { AdaptiveCardJson } from '../../cards/render-card';
import type { RegistrationRecord } from '../../src/registration/registration-record';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { cardActions } from '../support/card-reader';
import { cardReading, validChecklist, validPeople, validProfile } from './registration-driver';
import { validateDetails } from '../../src/registration/registration-form';

const parsedDetails = validateDetails({ profile: { ...validProfile, purpose: '${1+1} ${text.formTitle}' }, people: validPeople, checklist: validChecklist });
if (!parsedDetails.ok) throw new Error('fixture invalid');
const details = parsedDetails.value;
const by = { id: 'a', name: 'Kari Nilsen' };
const record: RegistrationRecord = {
  ref: 'SOME-2026-0001',
  details,
  requester: by,
  requesterAddress: { serviceUrl: 'https://x', conversationId: 'c', channelId: 'msteams' },
  lang: 'nb',
  state: 'needs-info',
  createdAt: '2026-11-25T08:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
  history: [
    { at: '2026-11-25T08:00:00.000Z', by, event: 'submit', from: null, to: 'submitted' },
    { at: '2026-11-25T09:00:00.000Z', by: { id: 'b', name: 'Ingrid Johansen' }, event: 'request-info', from: 'submitted', to: 'needs-info', comment: 'Mer info' },
  ],
};
const draft = { id: 'draft-1', step: 'summary' as const, ...details, updatedAt: '' };
const rules = loadGuidelinePack().rules;

const cards: [string, AdaptiveCardJson][] = [];
for (const lang of ['nb', 'en'] as const) {
  cards.push([`form profile ${lang}`, formCard(lang, 'profile', undefined, rules)], [`form people ${lang}`, formCard(lang, 'people', draft, rules)], [`form checklist ${lang}`, formCard(lang, 'checklist', draft, rules)]);
  cards.push([`summary ${lang}`, summaryCard(lang, draft, rules)], [`offer ${lang}`, offerCard(lang, rules)], [`offer prefilled ${lang}`, offerCard(lang, rules, { platform: 'instagram', unit: 'Biblioteket' })]);
  cards.push([`form people with an outside address ${lang}`, formCard(lang, 'people', draft, rules, { outsideAddresses: ['kari@gmail.com'], kommuneDomains: ['batsfjord.kommune.no'] })]);
}
cards.push(['it needs-info', itCard(record, rules)], ['it submitted', itCard({ ...record, state: 'submitted', history: record.history.slice(0, 1) }, rules)], ['outcome', outcomeCard(record, record.history[1]!)]);

describe('registration cards', () => {
  it.each(cards)('%s is valid, accessible and fully expanded', (_name, card) => {
    expect(validationErrors(card)).toEqual([]);
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', style: 'heading' });
    expect(String(card['speak']).length).toBeGreaterThan(3);
    for (const action of cardActions(card)) expect(action.title.trim().length).toBeGreaterThan(1);
    const json = JSON.stringify(card).replace('${1+1} ${text.formTitle}', '');
    expect(json).not.toContain('${');
  });

  it('user text is shown as written, never evaluated', () => {
    expect(cardReading(itCard(record, rules))).toContain('${1+1} ${text.formTitle}');
  });

  it('the form validates in the card too, and the checklist quotes its rules in their own words with their citations', () => {
    const profile = JSON.stringify(formCard('nb', 'profile', undefined, rules));
    expect(profile).toContain('"isRequired":true');
    expect(profile).toContain('"regex":"^https://[^\\\\s<>]+$"');
    expect(profile).toContain('"errorMessage"');
    const checklist = cardReading(formCard('nb', 'checklist', undefined, rules));
    for (const id of ['R4.3.3', 'R4.3.1', 'R4.4.1', 'R4.3.5', 'R4.4.4']) {
      expect(checklist).toContain(`«${rules.get(id)!.quote}»`);
      expect(checklist).toContain(`Retningslinjer for sosiale medier, punkt ${rules.get(id)!.section} (${id})`);
    }
    expect(checklist).toContain('Sjekkliste fra retningslinjene');
    expect(checklist).not.toMatch(/Regel R\d/);
  });

  it('the IT card can be acted on only while waiting for IT, and says who did what and when', () => {
    const buttons = (card: AdaptiveCardJson): string[] => cardActions(card).filter((a) => a.verb !== 'registration.refresh').map((a) => a.title);
    expect(buttons(itCard({ ...record, state: 'submitted', history: record.history.slice(0, 1) }, rules))).toEqual(['Registrert i oversikten', 'Be om mer informasjon']);
    const asked = cardReading(itCard(record, rules));
    expect(buttons(itCard(record, rules))).toEqual([]);
    expect(asked).toContain('Status: IT har bedt om mer informasjon – Ingrid Johansen, 25.11.2026');
    expect(asked).toContain('Ingrid Johansen ba om mer informasjon: «Mer info»');
  });
});
