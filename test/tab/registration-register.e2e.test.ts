/**
 * The register tab lists the registration workflow's own records: a registration stored by
 * RegistrationRepository appears in GET /api/tab/register (for an IT member) as a row with platform, unit,
 * state, head of unit, dates and its history.
 */
import path from 'node:path';
import { startBot, type RunningBot } from '../../bot/app';
import { parseConfig } from '../../src/config/config-schema';
import { createLogger } from '../../src/logging/logger';
import { validateDetails } from '../../src/registration/registration-form';
import type { RegistrationRecord } from '../../src/registration/registration-record';
import { RegistrationRepository } from '../../src/registration/registration-repository';
import { SqliteStore } from '../../src/storage/sqlite-store';
import { toRegisterEntry } from '../../src/registration/register-source';
import { tempDataDir } from '../support/bot-under-test';
import { validChecklist, validPeople, validProfile } from '../registration/registration-driver';
import { NOW, SsoFixture, ssoEnv } from './support/sso-fixture';

const parsed = validateDetails({ profile: validProfile, people: validPeople, checklist: validChecklist });
if (!parsed.ok) throw new Error('fixture invalid');
const kari = { id: 'a', name: 'Kari Nilsen' };
const record: RegistrationRecord = {
  ref: 'SOME-2026-0001',
  details: parsed.value,
  requester: kari,
  requesterAddress: { serviceUrl: 'https://x', conversationId: 'c', channelId: 'msteams' },
  lang: 'nb',
  state: 'needs-info',
  createdAt: '2026-02-25T08:00:00.000Z',
  updatedAt: '2026-02-25T09:00:00.000Z',
  history: [
    { at: '2026-02-25T08:00:00.000Z', by: kari, event: 'submit', from: null, to: 'submitted' },
    { at: '2026-02-25T09:00:00.000Z', by: { id: 'b', name: 'Ingrid Johansen' }, event: 'request-info', from: 'submitted', to: 'needs-info', comment: 'Mer info' },
  ],
};

describe('register tab over the registration records', () => {
  const fixture = new SsoFixture();
  let bot: RunningBot;

  beforeAll(async () => {
    await fixture.start();
    const dataDir = tempDataDir();
    const store = await SqliteStore.open(path.join(dataDir, 'bot.sqlite'));
    await new RegistrationRepository(store).create(record);
    store.close();
    bot = await startBot(parseConfig({ PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...ssoEnv(fixture) }), createLogger('silent'), { now: () => NOW });
  });
  afterAll(async () => {
    await bot.stop();
    await fixture.stop();
  });

  it('maps a record to a register row', () => {
    expect(toRegisterEntry(record)).toMatchObject({
      id: 'SOME-2026-0001',
      profileName: validProfile.profileName,
      unit: validProfile.unit,
      state: 'needs-info',
      headOfUnit: validPeople.headName,
      submittedBy: 'Kari Nilsen',
      history: [
        { at: '2026-02-25T08:00:00.000Z', state: 'submitted', by: 'Kari Nilsen' },
        { at: '2026-02-25T09:00:00.000Z', state: 'needs-info', by: 'Ingrid Johansen', note: 'Mer info' },
      ],
    });
  });

  it('serves the stored registrations to an IT member', async () => {
    const response = await fetch(`${bot.url}/api/tab/register`, { headers: { authorization: `Bearer ${await fixture.token()}` } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { entries: { id: string; state: string }[] };
    expect(body.entries).toEqual([expect.objectContaining({ id: 'SOME-2026-0001', state: 'needs-info' })]);
  });
});
