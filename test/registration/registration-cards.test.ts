/**
 * Every registration card is a valid Adaptive Card 1.5, accessible (heading first, speak, titled buttons),
 * fully expanded (no `${` left, user text not evaluated), validates in the card as well (isRequired, regex,
 * errorMessage), and cites the rule of every checklist item.
 */
import { validationErrors } from '../support/card-validation';
import { formCard, itCard, offerCard, outcomeCard, summaryCard } from '../../cards/registration-cards';
import type { AdaptiveCardJson } from '../../cards/render-card';
import type { RegistrationRecord } from '../../src/registration/registration-record';
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

const cards: [string, AdaptiveCardJson][] = [];
for (const lang of ['nb', 'en'] as const) {
  cards.push([`form profile ${lang}`, formCard(lang, 'profile', undefined)], [`form people ${lang}`, formCard(lang, 'people', draft)], [`form checklist ${lang}`, formCard(lang, 'checklist', draft)]);
  cards.push([`summary ${lang}`, summaryCard(lang, draft)], [`offer ${lang}`, offerCard(lang)]);
}
cards.push(['it needs-info', itCard(record)], ['it submitted', itCard({ ...record, state: 'submitted', history: record.history.slice(0, 1) })], ['outcome', outcomeCard(record, record.history[1]!)]);

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
    expect(cardReading(itCard(record))).toContain('${1+1} ${text.formTitle}');
  });

  it('the form validates in the card too, and the checklist cites its rules', () => {
    const profile = JSON.stringify(formCard('nb', 'profile', undefined));
    expect(profile).toContain('"isRequired":true');
    expect(profile).toContain('"regex":"^https://[^\\\\s<>]+$"');
    expect(profile).toContain('"errorMessage"');
    const checklist = cardReading(formCard('nb', 'checklist', undefined));
    const toggles = JSON.stringify(formCard('nb', 'checklist', undefined));
    for (const section of ['4.3.3', '4.3.1', '4.4.1', '4.3.5', '4.4.4']) expect(toggles).toContain(`punkt ${section}`);
    expect(checklist).toContain('Sjekkliste fra retningslinjene');
  });

  it('the IT card can be acted on only while waiting for IT, and says who did what and when', () => {
    expect(cardActions(itCard({ ...record, state: 'submitted', history: record.history.slice(0, 1) })).map((a) => a.title)).toEqual(['Registrert i oversikten', 'Be om mer informasjon']);
    const asked = cardReading(itCard(record));
    expect(cardActions(itCard(record))).toEqual([]);
    expect(asked).toContain('Status: IT har bedt om mer informasjon – Ingrid Johansen, 25.11.2026');
    expect(asked).toContain('Ingrid Johansen ba om mer informasjon: «Mer info»');
  });
});
