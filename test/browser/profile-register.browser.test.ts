/**
 * IT's profile register tab in headless Chromium, inside a simulated Teams host that hands out SSO tokens signed
 * by a loopback "tenant": an IT group member sees every profile (filter, search, history, CSV); an expired token,
 * a token for another audience or tenant, and a user outside the IT group see a clear message and no data; outside
 * Teams the page says it needs Teams. axe-core finds no serious violations. Screenshots in test-artifacts/browser/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseConfig } from '../../src/config/config-schema';
import { createLogger } from '../../src/logging/logger';
import { startBot, type RunningBot } from '../../bot/app';
import { tempDataDir } from '../support/bot-under-test';
import { launchBrowser, screenshot, seriousAxeViolations, type TestBrowser } from '../support/browser';
import { registerEntries } from '../tab/support/register-entries';
import { NOW, OTHER_TENANT, OTHER_USER, SsoFixture, ssoEnv, type TokenClaims } from '../tab/support/sso-fixture';
import { openTabPage } from './tab-page';

describe('profile register tab (browser)', () => {
  const fixture = new SsoFixture();
  let bot: RunningBot;
  let browser: TestBrowser;
  const pages: Page[] = [];

  beforeAll(async () => {
    await fixture.start();
    const config = parseConfig({ PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: tempDataDir(), ...ssoEnv(fixture) });
    bot = await startBot(config, createLogger('silent'), { now: () => NOW, registerSource: async () => registerEntries });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await fixture.stop();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });

  async function openRegister(claims: TokenClaims | null, theme: 'default' | 'dark' = 'default'): Promise<Page> {
    const token = claims ? await fixture.token(claims) : undefined;
    const page = await openTabPage(browser.context, `${bot.url}/tab/register`, { theme, token });
    pages.push(page);
    await page.waitForFunction(() => document.body.hasAttribute('data-register'), undefined, { timeout: 10_000 });
    return page;
  }

  const rowIds = (page: Page): Promise<string[]> => page.locator('#register-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));

  it('shows every registered profile to an IT group member, with state as text, unit, platform, head and dates', async () => {
    const page = await openRegister({});
    await expect(page.locator('body').getAttribute('data-register')).resolves.toBe('loaded');
    await expect(rowIds(page)).resolves.toEqual(['reg-1', 'reg-2', 'reg-3']);
    const first = page.locator('#register-table tbody tr').first();
    const text = (await first.textContent()) ?? '';
    for (const expected of ['Båtsfjord kulturhus', 'Facebook', 'Kultur og fritid', 'Bekreftet', 'Kari Nordmann', '10.02.2026', '11.02.2026']) expect(text).toContain(expected);
    await expect(page.locator('#row-count').textContent()).resolves.toBe('Viser 3 av 3 profiler');
    await screenshot(page, 'register-rows');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });

  it('filters by state and platform, and searches', async () => {
    const page = await openRegister({});
    await page.getByLabel('Status').selectOption('needs-info');
    await expect(rowIds(page)).resolves.toEqual(['reg-2']);
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Plattform').selectOption('LinkedIn');
    await expect(rowIds(page)).resolves.toEqual(['reg-3']);
    await page.getByLabel('Plattform').selectOption('');
    await page.getByLabel('Søk (profil, enhet, ansvarlig)').fill('kari');
    await expect(rowIds(page)).resolves.toEqual(['reg-1']);
    await page.getByLabel('Søk (profil, enhet, ansvarlig)').fill('finnes ikke');
    await expect(page.locator('#row-count').textContent()).resolves.toBe('Ingen profiler passer filteret.');
  });

  it('shows the history of a profile, keyboard-operable', async () => {
    const page = await openRegister({});
    const summary = page.locator('tr[data-id="reg-2"] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('tr[data-id="reg-2"] details ol').textContent()).resolves.toContain('Mangler kommunevåpen i profilbildet');
    await screenshot(page, 'register-history');
  });

  it('downloads the register as CSV', async () => {
    const page = await openRegister({});
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('profiloversikt.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Båtsfjord skole;Instagram');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it.each([
    ['an expired token', { expiresIn: -600 }, 'refused-401', 'Du er ikke logget inn, eller innloggingen er utløpt.'],
    ['a token for another audience', { aud: 'api://other.example.no/22222222-2222-4222-8222-222222222222' }, 'refused-401', 'Du er ikke logget inn'],
    ['a token from another tenant', { tid: OTHER_TENANT }, 'refused-401', 'Du er ikke logget inn'],
    ['a user outside the IT group', { oid: OTHER_USER, groups: [] }, 'refused-403', 'Profiloversikten er bare for IT-avdelingen.'],
  ] as const)('refuses %s: a clear message and no data', async (name, claims, state, message) => {
    const page = await openRegister(claims);
    await expect(page.locator('body').getAttribute('data-register')).resolves.toBe(state);
    await expect(page.locator('#status').textContent()).resolves.toContain(message);
    await expect(page.locator('#register').isHidden()).resolves.toBe(true);
    await expect(page.locator('#register-table tbody tr').count()).resolves.toBe(0);
    if (name === 'a user outside the IT group') {
      await screenshot(page, 'register-refused-not-it');
      await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    }
  });

  it('outside Teams it says the register needs a Teams sign-in', async () => {
    const page = await openTabPage(browser.context, `${bot.url}/tab/register`);
    pages.push(page);
    await page.waitForFunction(() => document.body.getAttribute('data-register') === 'not-in-teams', undefined, { timeout: 10_000 });
    await expect(page.locator('#status').textContent()).resolves.toContain('krever innlogging med Teams');
  });

  it('follows the dark theme and passes axe-core there too', async () => {
    const page = await openRegister({}, 'dark');
    await page.waitForFunction(() => document.body.classList.contains('theme-dark'));
    await screenshot(page, 'register-dark');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });

  it('the configuration page names the tab and passes axe-core', async () => {
    const page = await openTabPage(browser.context, `${bot.url}/tab/register/config`, {});
    pages.push(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('Legg til profiloversikten');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });
});
