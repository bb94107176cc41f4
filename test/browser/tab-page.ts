/** Opens a tab page in the test browser, as a plain browser page or inside a simulated Teams host (fake teams-js). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const fakeTeamsJs = readFileSync(path.join(__dirname, 'fake-teams-js.js'), 'utf8');

export interface FakeTeamsHost {
  theme?: 'default' | 'dark' | 'contrast';
  locale?: string;
  subPageId?: string;
  token?: string;
}

/** A new page; with `teams`, the page talks to a fake Teams host instead of loading the real library. */
export async function openTabPage(context: BrowserContext, url: string, teams?: FakeTeamsHost): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (teams) {
    await page.addInitScript((host) => {
      (window as unknown as { __fakeTeams: unknown }).__fakeTeams = host;
    }, teams);
    await page.route('**/tab/assets/teams-js.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeTeamsJs }));
  }
  await page.goto(url, { waitUntil: 'load' });
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  return page;
}
