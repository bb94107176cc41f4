/**
 * The profile register tab in local mode (issue 11, item 8): without an app id and without SSO (as `npm start`
 * runs), a plain browser on this machine sees the register as the mock tenant's IT user, clearly labelled as local
 * mode, and it passes axe-core. With an app id nothing changes: the register needs a Teams sign-in.
 */
import type { Page } from 'playwright-core';
import { parseConfig } from '../../src/config/config-schema';
import { createLogger } from '../../src/logging/logger';
import { startBot, type RunningBot } from '../../bot/app';
import { tempDataDir } from '../support/bot-under-test';
import { launchBrowser, screenshot, seriousAxeViolations, type TestBrowser } from '../support/browser';
import { registerEntries } from '../tab/support/register-entries';
import { openTabPage } from './tab-page';

const INGRID = '1a111111-1111-4111-8111-000000000003';

async function start(env: Record<string, string>): Promise<RunningBot> {
  const config = parseConfig({ PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: tempDataDir(), IT_MEMBER_AAD_IDS: INGRID, ...env });
  return startBot(config, createLogger('silent'), { registerSource: async () => registerEntries });
}

describe('profile register tab in local mode (browser)', () => {
  let local: RunningBot;
  let withAppId: RunningBot;
  let browser: TestBrowser;
  const pages: Page[] = [];

  beforeAll(async () => {
    local = await start({});
    withAppId = await start({ MicrosoftAppId: '3f0a8a3e-5a1b-4c9d-9e2f-7a6b5c4d3e2f', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: '6f1c3a52-7f0e-4a43-9d53-0b1d2b7c9e11' });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await local?.stop();
    await withAppId?.stop();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });

  async function open(url: string): Promise<Page> {
    const page = await openTabPage(browser.context, url);
    pages.push(page);
    await page.waitForFunction(() => document.body.hasAttribute('data-register'), undefined, { timeout: 10_000 });
    return page;
  }

  it('shows every profile without sign-in, labelled as local mode, and passes axe-core', async () => {
    const page = await open(`${local.url}/tab/register`);
    await expect(page.locator('body').getAttribute('data-register')).resolves.toBe('loaded');
    await expect(page.locator('#register-table tbody tr').count()).resolves.toBe(3);
    await expect(page.locator('.local-mode').textContent()).resolves.toContain('Lokal modus.');
    await expect(page.locator('.local-mode').textContent()).resolves.toContain('I Teams krever fanen innlogging (SSO).');
    await expect(page.locator('#row-count').textContent()).resolves.toBe('Viser 3 av 3 profiler');
    await screenshot(page, 'register-local-mode', true);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('profiloversikt.csv');
  });

  it('with an app id nothing changes: no note, no rows, the register needs a Teams sign-in', async () => {
    const page = await open(`${withAppId.url}/tab/register`);
    await expect(page.locator('body').getAttribute('data-register')).resolves.toBe('not-in-teams');
    await expect(page.locator('.local-mode').count()).resolves.toBe(0);
    await expect(page.locator('#register-table tbody tr').count()).resolves.toBe(0);
    const api = await fetch(`${withAppId.url}/api/tab/register`);
    expect(api.status).toBe(503);
    expect(await api.text()).not.toContain('reg-1');
  });
});
