/**
 * The list cards («mine saker», «mine registreringer», «oversikt») page their records, so that even the largest
 * page they can produce stays under Teams' 28 KB activity limit: ten records whose every free-text field is at
 * its schema maximum, written in the characters that cost the most bytes in JSON. Newest first, "Vis flere"
 * while more remain, out-of-range pages clamp, and every card is a valid, accessible Adaptive Card 1.5.
 */
import { caseListCard } from '../../cards/escalation-cards';
import { pageOf, shorten } from '../../cards/list-page';
import { registrationListCard, type RegistrationListVerb } from '../../cards/registration-cards';
import type { AdaptiveCardJson } from '../../cards/render-card';
import { caseStatus, escalationCase, type EscalationCase } from '../../src/escalation/escalation-case';
import { LIMITS, validateDetails } from '../../src/registration/registration-form';
import type { RegistrationRecord } from '../../src/registration/registration-record';
import type { RegistrationState } from '../../src/registration/registration-states';
import { cardActions, cardText } from '../support/card-reader';
import { validationErrors } from '../support/card-validation';

const TEAMS_ACTIVITY_LIMIT = 28 * 1024;
/** Entra ID allows display names of up to 256 characters; the case and registration schemas set no limit. */
const NAME_CHARS = 256;
/** The costliest characters in the JSON: 4-byte emoji, a lone surrogate (escaped as \uXXXX), 3-byte €, an escaped quote. */
const COSTLY = ['😀', '\ud800', '€', '"'];
const STATES: RegistrationState[] = ['submitted', 'acknowledged', 'needs-info', 'updated', 'deactivated'];

/** `units` UTF-16 code units of `char` (a schema's max() counts code units). */
const fill = (char: string, units: number): string => char.repeat(Math.floor(units / char.length));

function activityBytes(card: AdaptiveCardJson): number {
  const activity = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] };
  return Buffer.byteLength(JSON.stringify(activity), 'utf8');
}

function expectValidAccessible(card: AdaptiveCardJson): void {
  expect(validationErrors(card)).toEqual([]);
  expect(card.body[0]).toMatchObject({ type: 'TextBlock', style: 'heading', wrap: true });
  expect(String(card['speak']).length).toBeGreaterThan(3);
  for (const action of cardActions(card)) expect(action.title.trim().length).toBeGreaterThan(1);
  expect(JSON.stringify(card)).not.toMatch(/"wrap":false/);
}

const me = { id: 'ole', name: 'Ole Hansen' };
const other = { id: 'kari', name: 'Kari Nilsen' };
const minute = (i: number): string => new Date(Date.UTC(2026, 10, 25, 8, 0) + i * 60_000).toISOString();
const uuid = (i: number): string => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

function escalation(i: number, overrides: Partial<EscalationCase> = {}): EscalationCase {
  return escalationCase.parse({
    id: uuid(i),
    status: 'pending',
    requester: other,
    leader: me,
    description: `Sak ${i}`,
    ruleIds: ['R5.2.9'],
    createdAt: minute(i),
    lang: 'nb',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    leaderReachable: true,
    history: [],
    ...overrides,
  });
}

function registration(i: number, profile: { profileName: string; unit: string }, requesterName: string, state: RegistrationState): RegistrationRecord {
  const details = validateDetails({
    profile: { platform: 'other', purpose: 'Informasjon', audience: 'Innbyggere', ...profile },
    people: { headName: 'Hanne Leder', headEmail: 'hanne@batsfjord.kommune.no', admin1Name: 'Siri Admin', admin1Email: 'siri@batsfjord.kommune.no' },
    checklist: { coatOfArms: true, websiteFirst: true, oneWorkingDay: true, crisisRouting: true, pictureConsent: true },
  });
  if (!details.ok) throw new Error(`fixture invalid: ${JSON.stringify(details.problems)}`);
  const by = { id: `aad-${i}`, name: requesterName };
  return {
    ref: `SOME-2026-${String(100000 + i)}`,
    details: details.value,
    requester: by,
    requesterAddress: { serviceUrl: 'https://x', conversationId: 'c', channelId: 'msteams' },
    lang: 'nb',
    state,
    createdAt: minute(i),
    updatedAt: minute(i),
    history: [{ at: minute(i), by, event: 'submit', from: null, to: 'submitted' }],
  };
}

describe('pageOf', () => {
  const items = Array.from({ length: 93 }, (_, i) => i);
  it('slices pages of ten and says where it is', () => {
    expect(pageOf(items, 0)).toMatchObject({ items: items.slice(0, 10), page: 0, pages: 10, total: 93, from: 1, to: 10, hasMore: true });
    expect(pageOf(items, 9)).toMatchObject({ items: items.slice(90), page: 9, from: 91, to: 93, hasMore: false });
    expect(pageOf(items, 2, 5)).toMatchObject({ items: [10, 11, 12, 13, 14], pages: 19, from: 11, to: 15 });
  });
  it('clamps pages out of range and handles an empty list', () => {
    expect(pageOf(items, 50).page).toBe(9);
    expect(pageOf(items, -3).page).toBe(0);
    expect(pageOf(items, Number.NaN).page).toBe(0);
    expect(pageOf(items, 1.7).page).toBe(1);
    expect(pageOf([], 4)).toEqual({ items: [], page: 0, pages: 1, total: 0, from: 0, to: 0, hasMore: false });
    expect(() => pageOf(items, 0, 0)).toThrow(RangeError);
  });
  it('shorten keeps one line, never cuts an emoji in half and mends lone surrogates', () => {
    expect(shorten(' to\n\n linjer\u0007 ', 50)).toBe('to linjer');
    expect(shorten('😀'.repeat(5), 3)).toBe('😀😀😀…');
    expect(shorten('a\ud800b', 5)).toBe('a\ufffdb');
    expect(shorten('abc', 3)).toBe('abc');
  });
});

describe('case list card («mine saker»)', () => {
  // 93 cases, stored oldest first; the list must show the newest first.
  const cases = Array.from({ length: 93 }, (_, i) => escalation(i, i % 2 === 0 ? {} : { requester: me, leader: other, status: 'approved' }));

  it('page 0 shows the ten newest, "1–10 av 93" and "Vis flere" for page 1', () => {
    const card = caseListCard(cases, me.id, 'nb');
    expectValidAccessible(card);
    const shows = cardActions(card).filter((a) => a.data?.['verb'] === 'escalation.show');
    expect(shows.map((a) => a.data?.['caseId'])).toEqual(Array.from({ length: 10 }, (_, k) => uuid(92 - k)));
    expect(shows.every((a) => a.title === 'Vis saken')).toBe(true);
    expect(cardText(card)).toContain('Viser 1–10 av 93');
    expect(cardText(card)).toContain('47 saker venter på deg.');
    expect(cardActions(card).filter((a) => a.data?.['verb'] === 'escalation.list')).toEqual([{ type: 'Action.Submit', title: 'Vis flere', data: { verb: 'escalation.list', page: 1 }, verb: undefined }]);
  });

  it('the last page has no "Vis flere"; pages out of range clamp', () => {
    const last = caseListCard(cases, me.id, 'en', 9);
    expectValidAccessible(last);
    expect(cardText(last)).toContain('Showing 91–93 of 93');
    expect(cardActions(last).map((a) => a.data?.['verb'])).toEqual(['escalation.show', 'escalation.show', 'escalation.show']);
    expect(caseListCard(cases, me.id, 'en', 500)).toEqual(last);
    expect(caseListCard(cases, me.id, 'en', -1)).toEqual(caseListCard(cases, me.id, 'en', 0));
  });

  it('shortens long descriptions in the list, whitespace flattened, and leaves other people’s cases out', () => {
    const long = escalation(1, { description: `${'a'.repeat(200)}\n\nslutt` });
    const card = caseListCard([long, escalation(2, { requester: { id: 'x', name: 'X' }, leader: { id: 'y', name: 'Y' } })], me.id, 'nb');
    expect(cardText(card)).toContain(`${'a'.repeat(120)}…`);
    expect(cardText(card)).toContain('Viser 1–1 av 1');
    expect(cardText(card)).toMatch(/^⏳ Venter på deg · Kari Nilsen · 25\.11\.2026,? 09:01\nSendt til deg$/m);
    expect(cardText(caseListCard([escalation(3, { requester: me, leader: other, status: 'approved' })], me.id, 'en'))).toMatch(/^✅ Approved · Kari Nilsen · .*\nSent by you$/m);
  });

  it.each(['nb', 'en'] as const)('the largest page (%s) fits in one Teams activity', (lang) => {
    const largest: Record<string, number> = {};
    for (const char of COSTLY) {
      largest[char] = 0;
      for (const status of caseStatus.options) {
        for (const asLeader of [true, false]) {
          const name = { id: 'someone', name: fill(char, NAME_CHARS) };
          const page = Array.from({ length: 10 }, (_, i) =>
            escalation(i, {
              status,
              requester: asLeader ? name : me,
              leader: asLeader ? me : name,
              description: fill(char, 2000),
              link: `https://${'a'.repeat(492)}`,
              comment: fill(char, 1000),
              topic: { nodeId: 'x', title: fill(char, 256) },
            }),
          );
          const card = caseListCard([...page, escalation(99, { createdAt: minute(-100) })], me.id, lang);
          expect(validationErrors(card)).toEqual([]);
          largest[char] = Math.max(largest[char] ?? 0, activityBytes(card));
        }
      }
    }
    console.log(`largest «mine saker» activity (${lang}), bytes of ${TEAMS_ACTIVITY_LIMIT}: ${JSON.stringify(largest)}`);
    expect(Math.max(...Object.values(largest))).toBeLessThan(TEAMS_ACTIVITY_LIMIT);
  });
});

describe('registration list card («mine registreringer», «oversikt»)', () => {
  const records = Array.from({ length: 230 }, (_, i) => registration(i, { profileName: `Profil ${i}`, unit: 'Båtsfjord skole' }, 'Kari Nilsen', STATES[i % 5]!));

  it.each([
    ['registration.register', true],
    ['registration.mine', false],
  ] as [RegistrationListVerb, boolean][])('%s: newest first, ten a page, state in words, "Vis flere" with the verb and the next page', (verb, withRequester) => {
    const card = registrationListCard('nb', 'Oversikt', records, withRequester, 0, verb);
    expectValidAccessible(card);
    const text = cardText(card);
    expect(text).toContain('Viser 1–10 av 230');
    const refs = text.split('\n').filter((l) => l.startsWith('SOME-'));
    expect(refs).toEqual(Array.from({ length: 10 }, (_, k) => `SOME-2026-${100229 - k}`));
    const json = JSON.stringify(card);
    expect(json).toContain('"value":"Profil 229"');
    expect(json).toContain('"title":"Status","value":"Ny – venter på IT"');
    expect(json.includes('"title":"Meldt av"')).toBe(withRequester);
    expect(cardActions(card)).toEqual([{ type: 'Action.Submit', title: 'Vis flere', data: { verb, page: 1 }, verb: undefined }]);
  });

  it('the last page has no "Show more"; pages out of range clamp', () => {
    const last = registrationListCard('en', 'Register', records, true, 22, 'registration.register');
    expectValidAccessible(last);
    expect(cardText(last)).toContain('Showing 221–230 of 230');
    expect(cardActions(last)).toEqual([]);
    expect(registrationListCard('en', 'Register', records, true, 23, 'registration.register')).toEqual(last);
    expect(registrationListCard('en', 'Register', records, true, -2, 'registration.register')).toEqual(registrationListCard('en', 'Register', records, true, 0, 'registration.register'));
  });

  it.each(['nb', 'en'] as const)('the largest page (%s) fits in one Teams activity', (lang) => {
    const largest: Record<string, number> = {};
    for (const char of COSTLY) {
      largest[char] = 0;
      for (const state of STATES) {
        for (const withRequester of [true, false]) {
          const profile = { profileName: fill(char, LIMITS.name), unit: fill(char, LIMITS.unit) };
          const page = Array.from({ length: 11 }, (_, i) => registration(900000 + i, profile, fill(char, NAME_CHARS), state));
          const card = registrationListCard(lang, lang === 'nb' ? 'Oversikt over kommunens profiler' : "The municipality's profiles", page, withRequester, 0, 'registration.register');
          expect(validationErrors(card)).toEqual([]);
          largest[char] = Math.max(largest[char] ?? 0, activityBytes(card));
        }
      }
    }
    console.log(`largest registration list activity (${lang}), bytes of ${TEAMS_ACTIVITY_LIMIT}: ${JSON.stringify(largest)}`);
    expect(Math.max(...Object.values(largest))).toBeLessThan(TEAMS_ACTIVITY_LIMIT);
  });
});
