import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { mintToken } from '../../src/server/auth/mint-token';
import { startSeededApi, type SeededApi } from '../helpers/api';
import { CHROMIUM, launchBrowser, screenshot, watchPage } from '../helpers/browser';

/**
 * GraphiQL in a real browser (Debian's chromium, installed by .ci/run): it loads with no request
 * leaving the machine, runs the first example tab and shows its result, and runs the live tab's
 * subscription over WebSocket. Screenshots land in test-artifacts/ for a person to look at.
 */
const SECRET = 'graphiql-test-secret-of-at-least-32-chars';

describe('GraphiQL in the browser', () => {
  it('has a browser to run in', () => {
    // .ci/run installs it; locally: apt-get install chromium (or set CHROMIUM_PATH).
    expect({ chromium: CHROMIUM, installed: fs.existsSync(CHROMIUM) }).toEqual({ chromium: CHROMIUM, installed: true });
  });

  let api: SeededApi;
  let browser: Browser;

  beforeAll(async () => {
    api = await startSeededApi({ auth: { secret: SECRET } });
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

  it('fits a 1400-pixel screen: every tab visible, no example wider than its editor, arguments in reading order', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const origin = new URL(api.server.url).origin;
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 20000 });
    const tabs = page.locator('.graphiql-tab');
    const count = await tabs.count();
    const strip = await page.locator('.graphiql-tabs').evaluate((e) => ({ right: e.getBoundingClientRect().right, scrolls: e.scrollWidth > e.clientWidth }));
    expect(strip.scrolls).toBe(false);
    for (let i = 0; i < count; i++) {
      const tab = await tabs.nth(i).evaluate((e) => ({ text: (e as HTMLElement).innerText, right: e.getBoundingClientRect().right, clipped: e.scrollWidth > e.clientWidth }));
      expect({ ...tab, inside: tab.right <= strip.right }).toEqual({ text: tab.text, right: tab.right, clipped: false, inside: true });
    }
    await screenshot(page, 'graphiql-1400');
    for (let i = 0; i < count; i++) {
      await tabs.nth(i).click();
      await page.waitForTimeout(150);
      const editor = await page.locator('.graphiql-query-editor .CodeMirror-scroll').first().evaluate((e) => ({ wide: e.scrollWidth > e.clientWidth + 1 }));
      expect({ tab: i, ...editor }).toEqual({ tab: i, wide: false });
    }
    // The Docs panel lists practitionersWorkingOn's arguments as a person reads: what, then how many.
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    await page.getByText('Query', { exact: true }).first().click();
    await page.locator('.graphiql-doc-explorer a', { hasText: /^practitionersWorkingOn$/ }).first().click();
    const names = await page.locator('.graphiql-doc-explorer-argument-name').allInnerTexts();
    expect(names).toEqual(['city', 'cluster', 'topic', 'via', 'asOf', 'first', 'after']);
    await screenshot(page, 'graphiql-docs');
    await page.close();
  });

  it('runs the live tab: a write appears in the response as it happens', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const origin = new URL(api.server.url).origin;
    const watched = watchPage(page, [origin, origin.replace('http', 'ws')]);
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-tab', { hasText: 'Live' }).click();
    await page.locator('.graphiql-query-editor', { hasText: 'networkChanged' }).waitFor();
    // GraphiQL takes the new tab's operation on its next render; executing before runs the old one.
    await page.waitForTimeout(500);
    let subscribed!: () => void;
    const subscription = new Promise<void>((resolve) => (subscribed = resolve));
    page.on('websocket', (socket) => socket.on('framesent', (frame) => String(frame.payload).includes('"subscribe"') && subscribed()));
    await page.locator('.graphiql-execute-button').click();
    // Write once the subscription has gone out and the server has had a moment to register it.
    await subscription;
    await page.waitForTimeout(300);
    const token = await mintToken(SECRET, { role: 'EDITOR', subject: 'graphiql-test', ttl: '10m' });
    const written = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { link(input: { type: EXPERT_IN, from: "Practitioner:lagos-02", to: "Topic:solid-waste-management" }) { created } }' }),
    }).then((r) => r.json() as Promise<{ data?: unknown }>);
    expect(written.data).toEqual({ link: { created: expect.any(Boolean) } });
    const result = page.locator('.graphiql-response');
    await result.getByText('"LINKED"').waitFor({ timeout: 10000 });
    expect(await result.innerText()).toContain('"Practitioner:lagos-02"');
    await screenshot(page, 'graphiql-live');
    expect(watched).toEqual({ foreign: [], errors: [] });
    await page.close();
  });
});
