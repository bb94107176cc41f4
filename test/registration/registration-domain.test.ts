/**
 * The registration domain without Teams: the form's server-side validation, the state machine as data, the
 * history of every change, references, and what typed text means.
 */
import { urlProblem, validateDetails, validateStep } from '../../src/registration/registration-form';
import { personSchema } from '../../src/workflow/person';
import { applyEvent, formatReference, parseRecord, type RegistrationRecord } from '../../src/registration/registration-record';
import { nextState, TRANSITIONS } from '../../src/registration/registration-states';
import { registrationIntent } from '../../src/registration/registration-intent';
import { validChecklist, validPeople, validProfile } from './registration-driver';

describe('registration form (server-side validation)', () => {
  it('accepts a complete form and trims it; the URL is optional', () => {
    const step = validateStep('profile', { ...validProfile, profileName: '  Båtsfjord barnehage ', profileUrl: '' });
    expect(step).toEqual({ ok: true, value: { ...validProfile, profileUrl: undefined } });
    expect(validateDetails({ profile: validProfile, people: validPeople, checklist: validChecklist }).ok).toBe(true);
  });

  it.each([
    ['instagram', 'https://www.instagram.com/x', undefined],
    ['instagram', 'https://instagram.com/x', undefined],
    ['x', 'https://twitter.com/x', undefined],
    ['youtube', 'https://youtu.be/abc', undefined],
    ['other', 'https://mastodon.social/@x', undefined],
    ['instagram', 'http://www.instagram.com/x', 'url'],
    ['instagram', 'https://instagram.com.evil.example/x', 'urlDomain'],
    ['instagram', 'https://notinstagram.com/x', 'urlDomain'],
    ['facebook', 'https://user:pw@facebook.com/x', 'url'],
    ['facebook', 'javascript:alert(1)', 'url'],
    ['facebook', 'facebook.com/x', 'url'],
  ] as const)('%s %s → %s', (platform, url, problem) => {
    expect(urlProblem(platform, url)).toBe(problem);
  });

  it('names every problem by field: missing, too long, markup, e-mail, unchecked', () => {
    const profile = validateStep('profile', { platform: 'instagram', profileName: 'x'.repeat(5000), unit: '', purpose: '<b>hei</b>', audience: 'alle' });
    expect(profile).toEqual({ ok: false, problems: [{ field: 'profileName', problem: 'tooLong' }, { field: 'unit', problem: 'required' }, { field: 'purpose', problem: 'markup' }] });
    const people = validateStep('people', { ...validPeople, headEmail: 'not-an-email', admin2Name: 'Bare navn' });
    expect(people).toEqual({ ok: false, problems: [{ field: 'headEmail', problem: 'email' }, { field: 'admin2Email', problem: 'pairEmail' }] });
    const checklist = validateStep('checklist', { ...validChecklist, pictureConsent: 'false' });
    expect(checklist).toEqual({ ok: false, problems: [{ field: 'pictureConsent', problem: 'unchecked' }] });
    expect(validateStep('people', { headName: 'Hanne' }).ok).toBe(false); // at least one more administrator
  });
});

describe('registration state machine', () => {
  it('allows exactly the transitions of the issue', () => {
    expect(nextState(null, 'submit')).toBe('submitted');
    expect(nextState('submitted', 'acknowledge')).toBe('acknowledged');
    expect(nextState('submitted', 'request-info')).toBe('needs-info');
    expect(nextState('needs-info', 'update')).toBe('updated');
    expect(nextState('updated', 'acknowledge')).toBe('acknowledged');
    expect(nextState('acknowledged', 'deactivate')).toBe('deactivated');
    expect(nextState('acknowledged', 'acknowledge')).toBeUndefined();
    expect(nextState('needs-info', 'acknowledge')).toBeUndefined();
    expect(nextState('submitted', 'update')).toBeUndefined();
    expect(Object.keys(TRANSITIONS).sort()).toEqual(['acknowledge', 'deactivate', 'request-info', 'submit', 'update']);
  });

  it('keeps who and when for every change, and refuses what the machine does not allow', () => {
    const by = { id: 'a', name: 'Kari' };
    const it = { id: 'b', name: 'Ingrid' };
    const record = {
      ref: formatReference(2026, 7),
      state: 'submitted',
      history: [{ at: '2026-11-25T08:00:00.000Z', by, event: 'submit', from: null, to: 'submitted' }],
    } as unknown as RegistrationRecord;
    expect(record.ref).toBe('SOME-2026-0007');
    const asked = applyEvent(record, 'request-info', it, new Date('2026-11-25T09:00:00Z'), 'Hvem er admin?');
    if (asked.kind !== 'changed') throw new Error('expected a change');
    expect(asked.next.state).toBe('needs-info');
    expect(asked.next.history.at(-1)).toEqual({ at: '2026-11-25T09:00:00.000Z', by: it, event: 'request-info', from: 'submitted', to: 'needs-info', comment: 'Hvem er admin?' });
    expect(applyEvent(asked.next, 'acknowledge', it, new Date())).toEqual({ kind: 'refused', why: 'not-now' });
  });

  it('validates a stored record on read, and reads records written before people had an `id`', () => {
    expect(parseRecord({ ref: 'SOME-2026-0001', state: 'submitted' })).toBeUndefined();
    expect(parseRecord('not a record')).toBeUndefined();
    expect(personSchema.parse({ aadObjectId: 'a', name: 'Kari' })).toEqual({ id: 'a', name: 'Kari' });
  });
});

describe('registration intents', () => {
  it.each([
    ['registrer profil', 'start'],
    ['Register profile!', 'start'],
    ['mine registreringer', 'mine'],
    ['My registrations', 'mine'],
    ['oversikt', 'register'],
    ['Bruk denne kanalen for IT-varsler', 'use-channel'],
    ['vi vil lage en Instagram-konto for barnehagen', 'offer'],
    ['we want to create a Facebook page for the library', 'offer'],
    ['Svømmehallen trenger en egen Facebook-side. Kan du hjelpe meg å sette den opp?', 'offer'],
    ['The harbour needs an Instagram account, can you set one up?', 'offer'],
    ['Korleis set eg opp ein ny kommunal profil på TikTok?', 'offer'],
    ['kan jeg legge ut bilder av elevene?', undefined],
    ['kan jeg lage en privat Instagram-konto?', undefined],
    ['can I create my own Facebook page?', undefined],
  ] as const)('%s → %s', (text, intent) => {
    expect(registrationIntent(text)).toBe(intent);
  });
});
