import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { startSeededApi, type SeededApi } from '../helpers/api';
import { CHROMIUM, launchBrowser, screenshot, watchPage } from '../helpers/browser';

/**
 * GraphiQL in a real browser (Debian's chromium, installed by .ci/run): it loads with no request
 * leaving the machine, runs the first example tab and shows its result. Screenshots land in
 * test-artifacts/ for a person to look at.
 */
describe('GraphiQL in the browser', () => {
  it('has a browser to run in', () => {
    // .ci/run installs it; locally: apt-get install chromium (or set CHROMIUM_PATH).
    expect({ chromium: CHROMIUM, installed: fs.existsSync(CHROMIUM) }).toEqual({ chromium: CHROMIUM, installed: true });
  });

  let api: SeededApi;
  let browser: Browser;

  beforeAll(async () => {
    api = await startSeededApi();
    if (!fs.existsSync(CHROMIUM)) return;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('opens offline, runs the Lagos example and shows the practitioners', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const origin = new URL(api.server.url).origin;
    const watched = watchPage(page, [origin]);

    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 20000 });
    await page.locator('.graphiql-tab').first().waitFor();
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.graphiql-query-editor').innerText()).toContain('LagosPractitioners');

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await result.getByText('"Lagos"').first().waitFor({ timeout: 20000 });
    const text = await result.innerText();
    expect(text).toContain('"totalCount"');
    expect(text).toContain('Adeyo Quintarel');
    await screenshot(page, 'graphiql-lagos');

    expect(watched).toEqual({ foreign: [], errors: [] });
  });
});
