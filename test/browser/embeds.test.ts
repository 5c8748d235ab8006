/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import fs from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser, Frame, Page } from 'playwright-core';
import { REGION_NAMES } from '../../src/domain';
import { EMBEDS } from '../../src/server/embeds';
import { mintToken } from '../../src/server/auth/mint-token';
import { postJson, startSeededApi, type SeededApi } from '../helpers/api';
import { CHROMIUM, dashboardPage, launchBrowser, overlaps, readDrawing, screenshot, watchPage } from '../helpers/browser';

/**
 * Every embed in a real browser, inside an <iframe> of another local origin (allowed by
 * EMBED_ORIGINS, or refused), at the three sizes dashboards use: nothing scrolls sideways, no
 * text is cut off or overlaps other text (from the rendered boxes), and each figure shown equals
 * the API's answer for the same parameters; German, the CSV, bad parameters and the builder too.
 */
const SECRET = 'embeds-test-secret-of-at-least-32-chars!';
const SIZES = [
  { width: 320, height: 240 },
  { width: 640, height: 420 },
  { width: 1280, height: 800 },
];

/** Each embed with parameters, and what shows it has drawn. */
const CASES: { name: string; path: string; ready: string }[] = [
  { name: 'stats', path: '/embed/stats?phase=3&to=2020', ready: 'table.bars' },
  { name: 'city', path: '/embed/city/lagos', ready: 'table.bars' },
  { name: 'headline', path: '/embed/headline?city=Lagos&cluster=MUNICIPAL_SERVICES', ready: 'ol.people' },
  { name: 'evolution', path: '/embed/evolution?from=2015&to=2022', ready: 'table.bars' },
  { name: 'map', path: '/embed/map?figure=events&to=2022', ready: 'svg circle.city' },
  { name: 'transfers', path: '/embed/transfers', ready: 'table.bars' },
  { name: 'ranking', path: '/embed/ranking?cluster=MUNICIPAL_SERVICES', ready: 'table.bars' },
  { name: 'graph', path: '/embed/graph?focus=City:lagos', ready: '#graph canvas' },
];

/**
 * How the frame lays out its text, from the rendered boxes: the page's scroll width against its
 * width, each line of text that leaves the frame sideways, and each pair of lines of different
 * elements that overlap (by more than half a pixel). Text for screen readers only is left out.
 */
async function layoutOf(frame: Frame): Promise<{ scrollWidth: number; width: number; lines: number; outside: string[]; overlapping: string[][] }> {
  return frame.evaluate(() => {
    const lines: { x1: number; y1: number; x2: number; y2: number; text: string; owner: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let owner = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement!;
      if (!text || parent.closest('script, style, title') || getComputedStyle(parent).visibility === 'hidden') continue;
      let hidden = false;
      for (let a: Element | null = parent; a && !hidden; a = a.parentElement) hidden = getComputedStyle(a).clip.startsWith('rect(0px');
      if (hidden) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      owner += 1;
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) lines.push({ x1: r.left + 0.5, y1: r.top + 0.5, x2: r.right - 0.5, y2: r.bottom - 0.5, text, owner });
    }
    const width = document.documentElement.clientWidth;
    const overlapping: string[][] = [];
    for (const [i, a] of lines.entries()) {
      for (const b of lines.slice(i + 1)) if (a.owner !== b.owner && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping.push([a.text, b.text]);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, lines: lines.length, outside: lines.filter((l) => l.x1 < -1 || l.x2 > width + 1).map((l) => l.text), overlapping };
  });
}

/** A table's rows as shown: the category and each figure's value. */
const tableRows = (frame: Frame, caption: string) =>
  frame.locator('table.bars', { has: frame.locator('caption', { hasText: caption }) }).first().evaluate((table) =>
    [...table.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent!, ...[...tr.querySelectorAll('td')].map((td) => Number((td as HTMLElement).dataset.value))]),
  );

describe('the embeds in the browser', () => {
  let api: SeededApi;
  let browser: Browser;
  let page: Page;
  let watched: { foreign: string[]; errors: string[] };
  let origin: string;
  /** The dashboard, on an origin EMBED_ORIGINS lists: it frames ?src= at ?width= × ?height=. */
  let dashboard: { origin: string; close(): Promise<void> };
  let dashboardOrigin: string;
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await postJson(api.server.url, { query, variables });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  beforeAll(async () => {
    // The dashboard's origin must be known before the server starts.
    dashboard = await dashboardPage();
    dashboardOrigin = dashboard.origin;
    api = await startSeededApi({ embedOrigins: [dashboardOrigin], auth: { secret: SECRET } });
    origin = new URL(api.server.url).origin;
    if (!fs.existsSync(CHROMIUM)) return;
    browser = await launchBrowser();
    page = await browser.newPage({ acceptDownloads: true });
    watched = watchPage(page, [origin, dashboardOrigin]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await dashboard?.close();
  });

  /**
   * The embed at `path`, framed at a size by the dashboard (one server, one page for the whole
   * file: starting either costs more than loading an embed), drawn, then checked.
   */
  async function inFrame(path: string, ready: string, size: { width: number; height: number }, check: (frame: Frame, page: Page) => Promise<void>): Promise<void> {
    watched.foreign.length = 0;
    watched.errors.length = 0;
    await page.setViewportSize({ width: size.width + 40, height: size.height + 120 });
    await page.goto(`${dashboardOrigin}/?${new URLSearchParams({ src: `${origin}${path}`, width: String(size.width), height: String(size.height) })}`);
    const frame = (await (await page.locator('#embed').elementHandle())!.contentFrame())!;
    await frame.locator(ready).first().waitFor({ timeout: 20000 });
    await check(frame, page);
    expect(watched).toEqual({ foreign: [], errors: [] });
  }

  /**
   * What each embed (as CASES asks it) must show, from the API's answer for the same parameters;
   * checked in the layout test's 640 × 420 frame, so each page is loaded once per size.
   */
  const clusterNames = async () => new Map<string, string>((await gql('{ clusters { nodes { key name } } }')).clusters.nodes.map((c: { key: string; name: string }) => [c.key, c.name]));
  const three = (f: { practitioners: number; events: number; outcomes: number }) => [f.practitioners, f.events, f.outcomes];
  const FIGURES: Record<string, (frame: Frame) => Promise<void>> = {
    async stats(frame) {
      const names = await clusterNames();
      const { networkStats: s } = await gql('{ networkStats(phase: 3, asOf: "2020-12-31") { byCluster { cluster practitioners events outcomes } byRegion { region practitioners events outcomes } byYear { year events participants } } }');
      expect(await tableRows(frame, 'By cluster')).toEqual(s.byCluster.map((c: { cluster: string }) => [names.get(c.cluster), ...three(c as never)]));
      expect(await tableRows(frame, 'By region')).toEqual(s.byRegion.map((r: { region: keyof typeof REGION_NAMES }) => [REGION_NAMES[r.region].en, ...three(r as never)]));
      expect(await tableRows(frame, 'By year')).toEqual(s.byYear.map((y: { year: number; events: number; participants: number }) => [String(y.year), y.events, y.participants]));
    },
    async evolution(frame) {
      const { networkEvolution } = await gql('{ networkEvolution(from: 2015, to: 2022) { years { year events activePractitioners newTies newTiesAcrossCountries } } }');
      expect(await tableRows(frame, 'By year')).toEqual(networkEvolution.years.map((y: Record<string, number>) => [String(y.year), y.events, y.activePractitioners, y.newTies, y.newTiesAcrossCountries]));
    },
    async headline(frame) {
      const { practitionersWorkingOn: w } = await gql('{ practitionersWorkingOn(city: "Lagos", cluster: MUNICIPAL_SERVICES, first: 10) { totalCount edges { node { name } evidence { description } } } }');
      expect(await frame.locator('h1').innerText()).toBe('Who in Lagos worked on Municipal Services');
      expect(await frame.locator('.figure strong').innerText()).toBe(String(w.totalCount));
      expect(await frame.locator('ol.people > li > a').allInnerTexts()).toEqual(w.edges.map((e: { node: { name: string } }) => e.node.name));
      expect(await frame.locator('ol.people > li').first().locator('ul.evidence li').allInnerTexts()).toEqual(w.edges[0].evidence.map((v: { description: string }) => v.description));
    },
    async transfers(frame) {
      // A flow per pair of cities, counted from the API's list of transfers.
      const { knowledgeTransfers } = await gql('{ knowledgeTransfers(first: 200) { fromCity { name } toCity { name } } }');
      const flows = new Map<string, number>();
      for (const t of knowledgeTransfers) if (t.fromCity && t.toCity) flows.set(`${t.fromCity.name} → ${t.toCity.name}`, (flows.get(`${t.fromCity.name} → ${t.toCity.name}`) ?? 0) + 1);
      expect(flows.size).toBeGreaterThan(0);
      expect(new Map((await tableRows(frame, 'Transfers')).map(([label, n]) => [label, n]))).toEqual(flows);
    },
    async ranking(frame) {
      // Each city's links summed from the API's exchange, the ten heaviest; the brokers as networkAnalytics ranks them.
      const { cityExchange, networkAnalytics } = await gql('{ cityExchange(cluster: MUNICIPAL_SERVICES, first: 500) { links { cities { name } weight } } networkAnalytics { brokers(first: 10) { practitioner { name } betweenness } } }');
      const cities = new Map<string, [number, number]>();
      for (const l of cityExchange.links) for (const c of l.cities) cities.set(c.name, [(cities.get(c.name)?.[0] ?? 0) + l.weight, (cities.get(c.name)?.[1] ?? 0) + 1]);
      const top = [...cities].sort((a, b) => b[1][0] - a[1][0] || a[0].localeCompare(b[0])).slice(0, 10).map(([n, [x, p]]) => [n, x, p]);
      expect(await tableRows(frame, 'Cities')).toEqual(top);
      expect(await tableRows(frame, 'Brokers')).toEqual(networkAnalytics.brokers.map((b: { practitioner: { name: string }; betweenness: number }) => [b.practitioner.name, Math.round(b.betweenness * 1000) / 1000]));
    },
    async city(frame) {
      const names = await clusterNames();
      const { city } = await gql('{ city(id: "lagos") { stats { byCluster { cluster practitioners events outcomes } } } }');
      const shown = await tableRows(frame, 'By cluster');
      for (const b of city.stats.byCluster) expect(shown).toContainEqual([names.get(b.cluster), ...three(b)]);
    },
    async map(frame) {
      const { cities, cityExchange } = await gql('{ cities(first: 1) { totalCount } cityExchange(first: 100, to: 2022) { links { cities { id } } } }');
      expect(await frame.locator('circle.city').count()).toBe(cities.totalCount);
      const drawn = await frame.locator('path.arc').evaluateAll((paths) => paths.map((p) => [(p as SVGElement).dataset.a, (p as SVGElement).dataset.b]));
      expect(drawn).toEqual(cityExchange.links.map((l: { cities: { id: string }[] }) => [l.cities[0].id, l.cities[1].id]));
    },
    async graph(frame) {
      const { neighbourhood } = await gql('{ neighbourhood(id: "City:lagos", depth: 1, limit: 40) { nodes { id } } }');
      await frame.locator('#focus-name', { hasText: 'Lagos' }).waitFor();
      expect((await readDrawing(frame)).nodes.map((n) => n.id).sort()).toEqual(neighbourhood.nodes.map((n: { id: string }) => n.id).sort());
    },
  };

  it('has a case and a check of its figures for every embed the server offers', () => {
    expect(CASES.map((c) => c.name).sort()).toEqual(EMBEDS.map((e) => e.name).sort());
    expect(Object.keys(FIGURES).sort()).toEqual(EMBEDS.map((e) => e.name).sort());
  });

  it.each(CASES)('lays out the $name embed at 320 × 240, 640 × 420 and 1280 × 800 — nothing sideways, cut off or overlapping — with the figures the API answers', async ({ name, path, ready }) => {
    for (const size of SIZES) {
      await inFrame(path, ready, size, async (frame, page) => {
        if (name === 'graph') {
          // Drawn, named and its labels placed: the status is written after, and the labels settle in the next frames.
          await frame.locator('#graph-status', { hasText: 'nodes' }).waitFor();
          await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        }
        const { scrollWidth, width, lines, outside, overlapping } = await layoutOf(frame);
        expect({ size, scrollWidth, outside, overlapping }).toEqual({ size, scrollWidth: width, outside: [], overlapping: [] });
        expect(lines).toBeGreaterThan(2);
        if (name === 'graph') {
          const drawing = await readDrawing(frame);
          const shown = drawing.nodes.filter((n) => n.labelShown);
          for (const [i, a] of shown.entries()) {
            expect(a.box!.x1 >= 0 && a.box!.x2 <= drawing.width && a.box!.y1 >= 0 && a.box!.y2 <= drawing.height).toBe(true);
            for (const b of shown.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
          }
        }
        if (size === SIZES[1]) await FIGURES[name](frame);
        await screenshot(page, `embed-${name}-${size.width}x${size.height}`);
      });
    }
  });

  it('speaks German with lang=de, in the dark with theme=dark, and downloads the CSV of the figures shown', async () => {
    await inFrame('/embed/stats?lang=de&theme=dark', 'table.bars', SIZES[2], async (frame, page) => {
      expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).toEqual(['de', 'dark']);
      const byCluster = await tableRows(frame, 'Nach Cluster');
      expect(byCluster.map((r) => r[0])).toContain('Kommunale Dienstleistungen');
      expect((await tableRows(frame, 'Nach Region')).map((r) => r[0])).toContain(REGION_NAMES.MENA.de);
      expect(await frame.locator('table.bars thead th').allInnerTexts()).toContain('Veranstaltungen');
      const [download] = await Promise.all([page.waitForEvent('download'), frame.locator('button.csv').first().click()]);
      expect(download.suggestedFilename()).toBe('by-cluster.csv');
      const csv = parseCsv(fs.readFileSync((await download.path())!, 'utf8')) as string[][];
      expect(csv[0]).toEqual(['Cluster', 'Fachleute', 'Veranstaltungen', 'Ergebnisse']);
      expect(csv.slice(1).map(([label, ...values]) => [label, ...values.map(Number)])).toEqual(byCluster);
      await screenshot(page, 'embed-stats-de-dark');
    });
  });

  it('says inside the frame what is wrong with a bad parameter, and what the service answered for an unknown city', async () => {
    for (const [path, message] of [
      ['/embed/stats?region=MARS', 'region must be one of AFRICA, ASIA, EUROPE, LATIN_AMERICA, MENA; “MARS” is not.'],
      ['/embed/evolution?from=soon', 'from must be a year such as 2016; “soon” is not.'],
      ['/embed/headline?cluster=MUNICIPAL_SERVICES', 'city is required'],
      ['/embed/stats?colour=red', '“colour” is not a parameter of this embed; it takes phase, region, to, lang, theme.'],
    ]) {
      await inFrame(path, '.error', SIZES[0], async (frame) => {
        expect(await frame.locator('.error').innerText()).toContain(message);
      });
    }
    await inFrame('/embed/headline?city=Atlantis&cluster=MUNICIPAL_SERVICES', '.error', SIZES[1], async (frame, page) => {
      expect(await frame.locator('.error').innerText()).toMatch(/Atlantis/);
      await screenshot(page, 'embed-headline-unknown-city');
    });
  });

  it('builds an embed: the snippet frames exactly the preview', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await page.goto(`${origin}/embed`);
      await page.locator('#embed').selectOption('headline');
      // The choices are named from the data once it answers (then the form is drawn again).
      await page.locator('#param-cluster option', { hasText: 'Municipal Services' }).waitFor({ state: 'attached' });
      await page.locator('#param-city').fill('Nairobi');
      await page.locator('#param-cluster').selectOption('MUNICIPAL_SERVICES');
      await page.locator('#param-lang').selectOption('de');
      await page.locator('#size').selectOption({ label: 'Small (320 × 240)' });
      const snippet = await page.locator('#snippet').inputValue();
      const preview = page.locator('#preview');
      const [src, width, height] = [await preview.getAttribute('src'), await preview.getAttribute('width'), await preview.getAttribute('height')];
      expect(src).toBe(`${origin}/embed/headline?city=Nairobi&cluster=MUNICIPAL_SERVICES&lang=de`);
      expect(snippet).toBe(`<iframe src="${src}" width="${width}" height="${height}" title="Who worked on it? · Connective Cities" style="border:0" loading="lazy"></iframe>`);
      expect([width, height]).toEqual(['320', '240']);
      const previewFrame = (await (await preview.elementHandle())!.contentFrame())!;
      await previewFrame.locator('h1').waitFor();
      const previewTitle = await previewFrame.locator('h1').innerText();
      expect(previewTitle).toBe('Wer in Nairobi hat an „Kommunale Dienstleistungen“ gearbeitet?');
      await screenshot(page, 'embed-builder');
      // The snippet pasted into a dashboard shows what the preview showed.
      await inFrame(new URL(src!).pathname + new URL(src!).search, 'h1', { width: Number(width), height: Number(height) }, async (frame) => {
        expect(await frame.locator('h1').innerText()).toBe(previewTitle);
      });
    } finally {
      await page.close();
    }
  });

  it('refuses an embed to an origin not in EMBED_ORIGINS', async () => {
    const host = await dashboardPage(); // on an origin EMBED_ORIGINS does not list
    const page = await browser.newPage();
    try {
      const refusals: string[] = [];
      page.on('console', (message) => message.text().includes('frame-ancestors') && refusals.push(message.text()));
      await page.goto(`${host.origin}/?${new URLSearchParams({ src: `${origin}/embed/stats` })}`);
      const frame = (await (await page.locator('#embed').elementHandle())!.contentFrame())!;
      await page.waitForTimeout(1000);
      expect(await frame.locator('table.bars').count()).toBe(0);
      expect(refusals.length).toBeGreaterThan(0);
    } finally {
      await page.close();
      await host.close();
    }
  });

  it('refreshes an embedded city card when the graph changes', async () => {
    await inFrame('/embed/city/lagos', '.figure strong', SIZES[1], async (frame, page) => {
      const figure = frame.locator('.figure strong').first();
      const before = Number((await figure.innerText()).replace(/,/g, ''));
      // The card subscribes as it starts; give the socket a moment to be acknowledged.
      await page.waitForTimeout(500);
      const token = await mintToken(SECRET, { role: 'EDITOR', subject: 'embeds-test', ttl: '10m' });
      const write = (query: string) =>
        fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) }).then((r) => r.json());
      await write('mutation { createPractitioner(input: { id: "live-1", name: "Live Test", position: "planner", languages: ["en"] }) { id } }');
      const linked = await write('mutation { link(input: { type: BASED_IN, from: "Practitioner:live-1", to: "City:lagos" }) { created } }');
      expect(linked.data).toEqual({ link: { created: true } });
      await frame.waitForFunction((n) => document.querySelector('.figure strong')?.textContent === String(n), before + 1, { timeout: 10000 });
    });
  });
});
