/**
 * The profile register API on the running bot: rows (JSON and CSV) only with a valid Teams SSO token of an IT
 * group member; 401 with a clear message for no, expired, foreign-audience or foreign-tenant tokens; 403 for a
 * user outside the IT group; 503 while SSO is not configured (with an app id; local mode answers without sign-in).
 * Keys come from a loopback JWKS.
 */
import { startInProcess, tempDataDir } from '../support/bot-under-test';
import { NOW, OTHER_TENANT, OTHER_USER, SsoFixture, ssoEnv } from './support/sso-fixture';
import { registerEntries } from './support/register-entries';
import { parseConfig } from '../../src/config/config-schema';
import { createLogger } from '../../src/logging/logger';
import { startBot } from '../../bot/app';

describe('profile register API', () => {
  const fixture = new SsoFixture();
  let bot: { url: string; stop(): Promise<void> };

  beforeAll(async () => {
    await fixture.start();
    const config = parseConfig({ PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: tempDataDir(), ...ssoEnv(fixture) });
    bot = await startBot(config, createLogger('silent'), { now: () => NOW, registerSource: async () => registerEntries });
  });
  afterAll(async () => {
    await bot.stop();
    await fixture.stop();
  });

  const get = (path: string, token?: string): Promise<Response> =>
    fetch(`${bot.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('returns every profile to a member of the IT group', async () => {
    const response = await get('/api/tab/register', await fixture.token());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { entries: { id: string }[] };
    expect(body.entries.map((e) => e.id)).toEqual(['reg-1', 'reg-2', 'reg-3']);
  });

  it('exports the register as CSV with the same check', async () => {
    const response = await get('/api/tab/register.csv', await fixture.token());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(await response.text()).toContain('Båtsfjord kulturhus');
    expect((await get('/api/tab/register.csv')).status).toBe(401);
  });

  it.each([
    ['no token', undefined],
    ['an expired token', { expiresIn: -600 }],
    ['a token for another audience', { aud: 'api://other.example.no/22222222-2222-4222-8222-222222222222' }],
    ['a token from another tenant', { tid: OTHER_TENANT }],
    ['a token signed with an unknown key', { foreignKey: true }],
  ] as const)('refuses %s with 401 and a clear message', async (_name, claims) => {
    const response = await get('/api/tab/register', claims ? await fixture.token(claims) : undefined);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    const body = (await response.json()) as { code: string; message: string; entries?: unknown };
    expect(body).toEqual({ code: 'unauthenticated', message: 'Du er ikke logget inn, eller innloggingen er utløpt. Åpne fanen i Teams på nytt.' });
  });

  it('refuses a valid user outside the IT group with 403', async () => {
    const response = await get('/api/tab/register?lang=en', await fixture.token({ oid: OTHER_USER, groups: ['cccccccc-0000-4000-8000-000000000000'] }));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: 'forbidden', message: 'The profile register is for the IT department only. You are not a member of the IT group.' });
  });
});

describe('profile register API without SSO configuration', () => {
  it('with an app id, answers 503 and says sign-in is not set up', async () => {
    const bot = await startInProcess({ MicrosoftAppId: '3f0a8a3e-5a1b-4c9d-9e2f-7a6b5c4d3e2f', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: '6f1c3a52-7f0e-4a43-9d53-0b1d2b7c9e11' });
    try {
      const response = await fetch(`${bot.url}/api/tab/register`, { headers: { authorization: 'Bearer x.y.z' } });
      expect(response.status).toBe(503);
      expect(((await response.json()) as { code: string }).code).toBe('not-configured');
    } finally {
      await bot.stop();
    }
  });

  it('in local mode (no app id, no SSO), answers this machine without a token (ADR 0076)', async () => {
    const bot = await startInProcess({});
    try {
      const response = await fetch(`${bot.url}/api/tab/register`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { entries: unknown[] }).entries).toEqual([]);
    } finally {
      await bot.stop();
    }
  });
});
