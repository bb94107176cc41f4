/**
 * The guideline owner's tab ("Tilbakemeldinger", issue 12 item 3) in headless Chromium inside a simulated Teams
 * host, after a scripted day of questions through the bot's HTTP endpoint: an owner sees the counts, votes and
 * "Hva manglet?" per answer, the failed questions grouped by their closest answer and the out-of-scope questions
 * by word, in captioned tables; "Legg til som eksempel for …" puts a question in the review queue and says so; a
 * user outside the owner group and an expired token see a clear message and no data; dark and high-contrast
 * themes; axe-core finds no serious violations. Screenshots: test-artifacts/browser/owner-*.png.
 */
import type { Page } from 'playwright-core';
import { startBot, type RunningBot } from '../../bot/app';
import { parseConfig } from '../../src/config/config-schema';
import { createLogger } from '../../src/logging/logger';
import { tempDataDir } from '../support/bot-under-test';
import { launchBrowser, screenshot, seriousAxeViolations, type TestBrowser } from '../support/browser';
import { ConnectorStub } from '../support/connector-stub';
import { DAY, scriptedDay, type DayFacts } from '../support/owner-day';
import { NOW, SSO_TENANT, SsoFixture, ssoEnv, type TokenClaims } from '../tab/support/sso-fixture';
import { openTabPage } from './tab-page';

const OWNER_GROUP = 'dddddddd-eeee-4fff-8aaa-bbbbbbbbbbbb';

describe('owner tab (browser)', () => {
  const fixture = new SsoFixture();
  const connector = new ConnectorStub();
  let bot: RunningBot;
  let browser: TestBrowser;
  let day: DayFacts;
  const pages: Page[] = [];

  beforeAll(async () => {
    await Promise.all([fixture.start(), connector.start()]);
    const config = parseConfig({ PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: tempDataDir(), ESCALATION_REMINDER_CHECK_SECONDS: '0', ...ssoEnv(fixture), OWNER_GROUP_ID: OWNER_GROUP });
    bot = await startBot(config, createLogger('silent'), { now: () => NOW });
    day = await scriptedDay(bot.url, connector, SSO_TENANT);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await Promise.all([fixture.stop(), connector.stop()]);
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });

  async function openOwner(claims: TokenClaims, theme: 'default' | 'dark' | 'contrast' = 'default'): Promise<Page> {
    const page = await openTabPage(browser.context, `${bot.url}/tab/owner`, { theme, token: await fixture.token(claims) });
    pages.push(page);
    await page.waitForFunction(() => /^(loaded|refused-|not-in-teams|no-token)/.test(document.body.getAttribute('data-owner') ?? ''), undefined, { timeout: 10_000 });
    return page;
  }
  const owner: TokenClaims = { groups: [OWNER_GROUP] };

  it("shows an owner the day's aggregates in captioned tables with headers, and passes axe-core", async () => {
    const page = await openOwner(owner);
    await expect(page.locator('body').getAttribute('data-owner')).resolves.toBe('loaded');
    await expect(page.locator('h1').textContent()).resolves.toBe('Tilbakemeldinger');
    await expect(page.locator('#stat-up').textContent()).resolves.toBe('1');
    await expect(page.locator('#stat-down').textContent()).resolves.toBe('1');
    await expect(page.locator('#stat-out-of-scope').textContent()).resolves.toBe(String(DAY.outOfScope.length));

    const row = page.locator(`#answers-table tr[data-node="${day.answeredNode}"]`);
    const cells = await row.locator('th, td').allTextContents();
    // title, rules, matched, chosen, menu, total, 👍, 👎, what was missing
    expect(cells.slice(2, 8)).toEqual(['2', '0', '0', '2', '1', '1']);
    expect(cells[8]).toBe('Hva med bilder fra skoleavslutningen? Ring meg på [telefonnummer fjernet]');
    // Answers nobody got or rated in the period are hidden until asked for.
    const shown = await page.locator('#answers-table tbody tr').count();
    expect(shown).toBeLessThan(10);
    await page.getByLabel('Vis også svar som ikke ble gitt i perioden').check();
    await expect(page.locator('#answers-table tbody tr').count()).resolves.toBeGreaterThan(shown + 30);
    await page.getByLabel('Vis også svar som ikke ble gitt i perioden').uncheck();

    await expect(page.locator('#failed-groups caption').first().textContent()).resolves.toMatch(/^Gruppert etter svaret de lå nærmest: .+ \(\d+\)$/);
    await expect(page.locator('#failed-groups').textContent()).resolves.toContain(DAY.notCovered);
    await expect(page.locator('#out-of-scope-table tbody tr').first().locator('th').textContent()).resolves.toBe('ferie');
    for (const table of await page.locator('table').all()) {
      await expect(table.locator('caption').count()).resolves.toBe(1);
      await expect(table.locator('thead th[scope="col"]').count()).resolves.toBeGreaterThan(2);
    }
    await expect(page.locator('h2').allTextContents()).resolves.toEqual(['Kort fortalt', 'Svar per tema', 'Spørsmål assistenten ikke svarte godt på', 'Spørsmål utenfor retningslinjene']);
    await screenshot(page, 'owner-report', true);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });

  it('"Legg til som eksempel for …" puts the question in the review queue, with the closest answer preselected', async () => {
    const page = await openOwner(owner);
    const row = page.locator('#failed-groups tr', { hasText: day.askedBack }).first();
    const select = row.getByLabel('Legg til som eksempel for');
    await expect(select.inputValue()).resolves.toBe(day.offeredNodes[0]);
    const title = await select.locator('option:checked').textContent();
    await row.getByRole('button', { name: 'Legg til' }).click();
    // The result is written when the POST has answered: wait for it rather than read it at once.
    await row.locator('.action-result', { hasText: /\S/ }).waitFor({ timeout: 10_000 });
    await expect(row.locator('.action-result').textContent()).resolves.toBe(`✓ Lagt i gjennomgangskøen som eksempel for «${title}».`);
    await screenshot(page, 'owner-added-example');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });

  it('a shorter period changes nothing for today; the CSV download has the answers', async () => {
    const page = await openOwner(owner);
    await page.getByLabel('Periode', { exact: true }).selectOption('7');
    await page.waitForFunction(() => document.body.getAttribute('data-owner') === 'loaded');
    await expect(page.locator('#stat-up').textContent()).resolves.toBe('1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned svar per tema (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('tilbakemeldinger-answers.csv');
  });

  it.each([
    ['a user outside the owner group', { groups: [] }, 'refused-403', 'Tilbakemeldingene er bare for eierne av retningslinjene.'],
    ['an expired token', { groups: [OWNER_GROUP], expiresIn: -600 }, 'refused-401', 'Du er ikke logget inn, eller innloggingen er utløpt.'],
  ] as const)('refuses %s: a clear message and no data', async (name, claims, state, message) => {
    const page = await openOwner(claims);
    await expect(page.locator('body').getAttribute('data-owner')).resolves.toBe(state);
    await expect(page.locator('#status').textContent()).resolves.toContain(message);
    await expect(page.locator('#report').isHidden()).resolves.toBe(true);
    await expect(page.locator('#answers-table tbody tr').count()).resolves.toBe(0);
    if (state === 'refused-403') {
      await screenshot(page, 'owner-refused-not-owner');
      await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    }
  });

  it('follows the dark and high-contrast themes and passes axe-core there', async () => {
    for (const theme of ['dark', 'contrast'] as const) {
      const page = await openOwner(owner, theme);
      await page.waitForFunction((name) => document.body.classList.contains(`theme-${name}`), theme);
      await screenshot(page, `owner-${theme}`);
      await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    }
  });
});
