import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from './tmp';

/**
 * Debian's chromium driven by playwright-core (which never downloads a browser); .ci/run installs
 * it. Flags keep it from calling home: this machine's network is closed. Screenshots go to
 * test-artifacts/ for a person to look at.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');

export function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Every request a page makes that does not go to one of `origins` (data: URLs aside), and its errors. */
export function watchPage(page: Page, origins: string[]): { foreign: string[]; errors: string[] } {
  const watched = { foreign: [] as string[], errors: [] as string[] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !origins.some((o) => url.startsWith(o))) watched.foreign.push(url);
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  return watched;
}

export const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
