/**
 * The guideline reader in headless Chromium: every section is rendered and anchored, every rule id is marked at its
 * sentence and anchored (#R4.4.5), search finds "samtykke" in 4.4 and a rule by its id, a deep link opens section 4.4
 * or a rule (as #section-4.4 in a browser, as subPageId inside Teams), the Teams dark and
 * high-contrast themes apply, it works on a phone-sized screen and in a plain browser, and axe-core finds no
 * serious or critical violations. Screenshots go to test-artifacts/browser/.
 */
import type { Page } from 'playwright-core';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { startInProcess } from '../support/bot-under-test';
import { launchBrowser, screenshot, seriousAxeViolations, type TestBrowser } from '../support/browser';
import { openTabPage } from './tab-page';

const pack = loadGuidelinePack();

describe('guideline reader tab (browser)', () => {
  let bot: Awaited<ReturnType<typeof startInProcess>>;
  let browser: TestBrowser;
  const pages: Page[] = [];
  const open = async (...args: Parameters<typeof openTabPage> extends [unknown, ...infer Rest] ? Rest : never): Promise<Page> => {
    const page = await openTabPage(browser.context, ...args);
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    bot = await startInProcess({});
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });

  it('renders every section of the document with its heading and a table-of-contents link', async () => {
    const page = await open(`${bot.url}/tab/guidelines`);
    for (const section of pack.document.sections) {
      const heading = page.locator(`#section-${section.id.replace('.', '\\.')}`);
      await expect(heading.textContent()).resolves.toContain(section.title);
      await expect(page.locator(`nav a[href="#section-${section.id}"]`).count()).resolves.toBe(1);
    }
    await expect(page.locator('h1').textContent()).resolves.toBe('Retningslinjer for sosiale medier');
    await screenshot(page, 'reader-desktop');
  });

  it('works in a plain browser outside Teams (the real teams-js finds no host)', async () => {
    const page = await open(`${bot.url}/tab/guidelines`);
    await page.waitForFunction(() => document.body.getAttribute('data-teams') === 'no', undefined, { timeout: 10_000 });
    await expect(page.locator('body').getAttribute('data-theme')).resolves.toBeNull();
  });

  it('search finds "samtykke" in section 4.4 and the result opens it', async () => {
    const page = await open(`${bot.url}/tab/guidelines`, {});
    await page.getByLabel('Søkeord').fill('samtykke');
    await page.keyboard.press('Enter');
    const first = page.locator('#search-results ol.results li a').first();
    await first.waitFor();
    await expect(first.textContent()).resolves.toContain('Punkt 4.4');
    await expect(page.locator('#search-results').textContent()).resolves.toContain('skriftlig samtykke');
    await screenshot(page, 'reader-search-samtykke');
    await first.click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('section-4.4');
    await expect(page.locator('[data-section="4.4"].is-current').count()).resolves.toBe(1);
  });

  it('the search form works without JavaScript too (answered on the server)', async () => {
    const page = await open(`${bot.url}/tab/guidelines?q=samtykke`);
    await expect(page.locator('#search-results a[data-section="4.4"]').count()).resolves.toBe(1);
  });

  it('a deep link opens section 4.4: #section-4.4 in a browser', async () => {
    const page = await open(`${bot.url}/tab/guidelines#section-4.4`);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('section-4.4');
    const top = await page.locator('#section-4\\.4').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await screenshot(page, 'reader-deep-link-4.4');
  });

  it('a Teams deep link opens section 4.4: subEntityId arrives as the page subPageId', async () => {
    const page = await open(`${bot.url}/tab/guidelines`, { subPageId: '4.4' });
    await page.waitForFunction(() => document.activeElement?.id === 'section-4.4', undefined, { timeout: 10_000 });
    await expect(page.locator('[data-section="4.4"].is-current').count()).resolves.toBe(1);
    expect(page.url()).toMatch(/#section-4\.4$/);
  });

  it('marks every rule id at the sentence it begins with, each an anchor (#R4.4.5)', async () => {
    const page = await open(`${bot.url}/tab/guidelines`);
    for (const rule of pack.rules.values()) {
      const mark = page.locator(`[id="${rule.id}"]`);
      await expect(mark.count()).resolves.toBe(1);
      await expect(mark.textContent()).resolves.toBe(rule.id);
      await expect(mark.evaluate((el) => el.closest('.doc-section')?.getAttribute('data-section'))).resolves.toBe(rule.section);
      const after = await mark.evaluate((el) => (el.parentElement?.textContent ?? '').slice((el.parentElement?.textContent ?? '').indexOf(el.textContent ?? '') + (el.textContent ?? '').length).trim());
      expect(after.startsWith(rule.quote.replace(/\s+/g, ' ').slice(0, 20))).toBe(true);
    }
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });

  it('a link to #R4.4.5 (an answer card\'s "Les hele punkt 4.4") opens the rule at its sentence', async () => {
    const page = await open(`${bot.url}/tab/guidelines#R4.4.5`);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('R4.4.5');
    await expect(page.locator('[data-section="4.4"].is-current').count()).resolves.toBe(1);
    const box = await page.locator('[id="R4.4.5"]').boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(900);
    await screenshot(page, 'reader-rule-R4.4.5');
  });

  it('a Teams deep link to a rule (subEntityId "R4.4.5") opens it', async () => {
    const page = await open(`${bot.url}/tab/guidelines`, { subPageId: 'R4.4.5' });
    await page.waitForFunction(() => document.activeElement?.id === 'R4.4.5', undefined, { timeout: 10_000 });
    expect(page.url()).toMatch(/#R4\.4\.5$/);
  });

  it('search finds a rule by its id ("r4.4.5") and the result opens the rule', async () => {
    const page = await open(`${bot.url}/tab/guidelines`, {});
    await page.getByLabel('Søkeord').fill('r4.4.5');
    await page.keyboard.press('Enter');
    const first = page.locator('#search-results ol.results li a').first();
    await first.waitFor();
    await expect(first.textContent()).resolves.toContain('Retningslinjer for sosiale medier, punkt 4.4 (R4.4.5)');
    await expect(page.locator('#search-results').textContent()).resolves.toContain('Publiser aldri bilder av kollegaer uten samtykke.');
    await screenshot(page, 'reader-search-rule-id');
    await first.click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('R4.4.5');
  });

  it('applies the Teams dark theme from the context, and follows theme changes', async () => {
    const page = await open(`${bot.url}/tab/guidelines`, { theme: 'dark' });
    await page.waitForFunction(() => document.body.classList.contains('theme-dark'));
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).toBe('rgb(31, 31, 31)');
    await screenshot(page, 'reader-dark');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await page.evaluate(() => (window as unknown as { __fakeTeamsChangeTheme: (t: string) => void }).__fakeTeamsChangeTheme('contrast'));
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgb(0, 0, 0)');
    await screenshot(page, 'reader-contrast');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });

  it('uses English chrome when Teams runs in English', async () => {
    const page = await open(`${bot.url}/tab/guidelines`, { locale: 'en-GB' });
    await page.waitForURL(/lang=en/);
    await page.locator('h1', { hasText: 'Social media guidelines' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('article').getAttribute('lang')).resolves.toBe('nb');
  });

  it('has no serious or critical axe-core violations, and is keyboard-navigable', async () => {
    const page = await open(`${bot.url}/tab/guidelines`);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Hopp til innholdet');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
    await page.keyboard.type('samtykke');
    await page.keyboard.press('Enter');
    await page.locator('#search-results a[data-section="4.4"]').waitFor();
    await expect(page.locator('nav[aria-labelledby="toc-heading"]').count()).resolves.toBe(1);
    await expect(page.locator('main').count()).resolves.toBe(1);
  });

  it('is readable on a phone: no horizontal scrolling, contents above the document', async () => {
    const phone = await launchBrowser({ viewport: { width: 375, height: 740 } });
    try {
      const page = await openTabPage(phone.context, `${bot.url}/tab/guidelines`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'reader-phone');
      await screenshot(page, 'reader-phone-full', true);
      await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    } finally {
      await phone.close();
    }
  }, 60_000);
});
