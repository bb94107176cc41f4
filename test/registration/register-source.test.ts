/**
 * The register tab reads the registration records through the RegisterSource port: newest first, with the
 * history as the tab shows it ("updated" waits for IT like "submitted").
 */
import { openTempStore } from '../support/temp-store';
import { registerSource } from '../../src/registration/register-source';
import { validateDetails } from '../../src/registration/registration-form';
import type { RegistrationRecord } from '../../src/registration/registration-record';
import { RegistrationRepository } from '../../src/registration/registration-repository';
import { registerEntrySchema } from '../../src/tab/register-entry';
import { validChecklist, validPeople, validProfile } from './registration-driver';

it('lists every record newest first, valid for the tab', async () => {
  const details = validateDetails({ profile: validProfile, people: validPeople, checklist: validChecklist });
  if (!details.ok) throw new Error('fixture');
  const repository = new RegistrationRepository(await openTempStore());
  const kari = { id: 'a', name: 'Kari Nilsen' };
  const ingrid = { id: 'b', name: 'Ingrid Johansen' };
  const base = { details: details.value, requester: kari, requesterAddress: { serviceUrl: 's', conversationId: 'c', channelId: 'msteams' }, lang: 'nb' as const };
  const first: RegistrationRecord = { ...base, ref: 'SOME-2026-0001', state: 'acknowledged', createdAt: '2026-11-24T08:00:00.000Z', updatedAt: '2026-11-24T09:00:00.000Z', history: [
    { at: '2026-11-24T08:00:00.000Z', by: kari, event: 'submit', from: null, to: 'submitted' },
    { at: '2026-11-24T09:00:00.000Z', by: ingrid, event: 'acknowledge', from: 'submitted', to: 'acknowledged' },
  ] };
  const second: RegistrationRecord = { ...base, ref: 'SOME-2026-0002', state: 'updated', createdAt: '2026-11-25T08:00:00.000Z', updatedAt: '2026-11-25T08:00:00.000Z', history: [
    { at: '2026-11-25T08:00:00.000Z', by: kari, event: 'submit', from: null, to: 'submitted' },
  ] };
  await repository.create(first);
  await repository.create(second);
  const entries = await registerSource(repository)();
  expect(entries.map((e) => [e.id, e.state])).toEqual([['SOME-2026-0002', 'submitted'], ['SOME-2026-0001', 'acknowledged']]);
  for (const entry of entries) expect(registerEntrySchema.parse(entry)).toEqual(entry);
  expect(entries[1]).toMatchObject({ platform: 'Instagram', url: validProfile.profileUrl, headOfUnit: 'Hanne Leder', submittedBy: 'Kari Nilsen', history: [{ by: 'Kari Nilsen', state: 'submitted' }, { by: 'Ingrid Johansen', state: 'acknowledged' }] });
});
