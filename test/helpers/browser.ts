/// <reference lib="dom" />
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
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

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DrawnNode {
  id: string;
  classes: string[];
  labelShown: boolean;
  /** The label's box on screen, when shown. */
  box: Box | null;
  inView: boolean;
  pie: number[];
}

export const overlaps = (a: Box | null, b: Box | null) => !!a && !!b && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** What a graph canvas (#graph) shows, read from its Cytoscape instance: nodes, label boxes, the label size on screen. */
export async function readDrawing(page: Page | Frame): Promise<{ nodes: DrawnNode[]; labelPx: number; width: number; height: number }> {
  return page.evaluate(() => {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const cy = (document.getElementById('graph') as HTMLElement & { cy: any }).cy;
    const [width, height] = [cy.width(), cy.height()];
    const nodes = cy.nodes(':visible').map((n: any) => {
      const shown = !n.hasClass('label-hidden') && String(n.data('label') ?? '') !== '';
      const box = shown ? n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) : null;
      const p = n.renderedPosition();
      return {
        id: n.id(),
        classes: n.classes(),
        labelShown: shown,
        box: box && { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
        inView: p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height,
        pie: [1, 2, 3, 4].map((i) => Number(n.data(`pie${i}`))),
      };
    });
    // Rounded: the zoom's arithmetic leaves 11.999999999999998 for 12.
    const labelPx = Math.round(100 * Math.min(...cy.nodes(':visible').map((n: any) => parseFloat(n.renderedStyle('font-size'))))) / 100;
    return { nodes, labelPx, width, height };
  });
}

/**
 * A dashboard on an origin of its own (127.0.0.1, a free port): `/?src=…&width=…&height=…`
 * frames `src` in an <iframe id="embed"> of that size.
 */
export async function dashboardPage(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    const attr = (v: string | null) => (v ?? '').replace(/&/g, '&amp;').replace(/[<>"]/g, '');
    res.setHeader('content-type', 'text/html');
    res.end(`<!doctype html><title>Dashboard</title><style>body{margin:8px}iframe{border:0;display:block}</style><h1>A dashboard</h1><iframe id="embed" src="${attr(q.get('src'))}" width="${attr(q.get('width')) || 720}" height="${attr(q.get('height')) || 520}"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
