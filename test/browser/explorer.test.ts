/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { postJson, startSeededApi, type SeededApi } from '../helpers/api';
import { CHROMIUM, launchBrowser, overlaps, readDrawing, screenshot, watchPage } from '../helpers/browser';
import { facetsOf } from '../../src/web/client/shared/facets';
import { registeredOperations } from '../../src/web/build';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';

/**
 * The explorer in a real browser, on the seeded graph: what a new user does at /explore without
 * writing GraphQL, each answer held against the API's own answer. It runs against a server with
 * TRUSTED_DOCUMENTS_ONLY: its operations are registered ones. (The embeds: embeds.test.ts.)
 */
const FAR = 'Practitioner:person-00001';

describe('the explorer in the browser', () => {
  let api: SeededApi;
  /** The same seeded graph behind a server that runs registered operations only. */
  let trusted: SeededApi;
  let explorer: string;
  let browser: Browser;
  let origin: string;

  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await postJson(api.server.url, { query, variables });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const neighbourIds = async (id: string) => (await gql('query($id: ID!) { neighbourhood(id: $id, limit: 60) { nodes { id } } }', { id })).neighbourhood.nodes.map((n: { id: string }) => n.id);
  const inView = (page: Page) => page.locator('#in-view li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id!));

  beforeAll(async () => {
    api = await startSeededApi();
    origin = new URL(api.server.url).origin;
    trusted = await startSeededApi({ trustedDocumentsOnly: true });
    explorer = new URL(trusted.server.url).origin;
    if (fs.existsSync(CHROMIUM)) browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await trusted?.close();
  });

  let sharedUrl = '';

  it('finds Lagos, draws it, expands a node, answers the headline question and draws a path — all offline', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 850 } });
    const watched = watchPage(page, [explorer]);
    await page.goto(`${explorer}/explore`);

    // Two typos find nothing, and the closest names are offered as buttons.
    await page.locator('#search-input').fill('Nuremburk');
    await page.keyboard.press('Enter');
    await page.locator('#search-results .hint', { hasText: 'Did you mean' }).waitFor();
    expect(await page.locator('#search-results button').allInnerTexts()).toContain('Nuremberg (Nürnberg)');
    await screenshot(page, 'explorer-did-you-mean');

    // With the keyboard and a typo: type, Enter, Tab to the first result, Enter.
    await page.locator('#search-input').fill('');
    await page.locator('#search-input').focus();
    await page.keyboard.type('Lagso');
    await page.keyboard.press('Enter');
    const lagos = page.locator('#search-results button', { hasText: /^Lagos$/ });
    await lagos.waitFor();
    await lagos.focus();
    await page.keyboard.press('Enter');
    await page.locator('#details-title', { hasText: 'Lagos' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('#in-view li').length > 1);
    const lagosIds = await neighbourIds('City:lagos');
    expect((await inView(page)).sort()).toEqual([...lagosIds].sort());
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    await screenshot(page, 'explorer-lagos');

    // Expanding a practitioner adds their neighbourhood.
    await page.locator('#in-view button[data-id="Practitioner:lagos-01"]').click();
    const expanded = [...new Set([...lagosIds, ...(await neighbourIds('Practitioner:lagos-01'))])].sort();
    await page.waitForFunction((n) => document.querySelectorAll('#in-view li').length === n, expanded.length);
    expect((await inView(page)).sort()).toEqual(expanded);
    expect(expanded.length).toBeGreaterThan(lagosIds.length);

    // The headline question, as a form.
    await page.locator('#question-city').fill('Lagos');
    await page.locator('#question-cluster').selectOption('MUNICIPAL_SERVICES');
    await page.locator('#question-form button[type=submit]').click();
    await page.locator('#matches li').first().waitFor();
    const expected = (
      await gql('{ practitionersWorkingOn(city: "Lagos", cluster: MUNICIPAL_SERVICES, first: 50) { edges { node { id name } evidence { description } } } }')
    ).practitionersWorkingOn.edges.map((e: { node: { id: string; name: string }; evidence: { description: string }[] }) => ({
      id: e.node.id,
      name: e.node.name,
      evidence: e.evidence.map((v) => v.description),
    }));
    const shown = await page.locator('#matches > li').evaluateAll((items) =>
      items.map((li) => ({
        id: (li as HTMLElement).dataset.id,
        name: li.querySelector('button')!.textContent,
        evidence: [...li.querySelectorAll('.evidence-item')].map((e) => e.textContent),
      })),
    );
    expect(shown).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    const highlighted = await page.locator('#in-view li[data-match="true"]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id));
    expect(highlighted.sort()).toEqual(expected.map((e: { id: string }) => e.id).sort());
    await screenshot(page, 'explorer-headline');

    // Two nodes: one picked in the graph, one found by search.
    await page.locator('#in-view button[data-id="Practitioner:lagos-01"]').click();
    await page.locator('#details-from').click();
    const farName = (await gql(`{ node(id: "${FAR}") { ... on Practitioner { name } } }`)).node.name;
    await page.locator('#search-input').fill(farName);
    await page.locator('#search-form button').click();
    await page.locator(`#search-results button[data-id="${FAR}"]`).click();
    await page.locator('#details-title', { hasText: farName }).waitFor();
    await page.locator('#details-to').click();
    await page.locator('#path-go').click();
    await page.locator('#path-sentences li').first().waitFor();
    const path = (await gql(`{ connectionPath(from: "Practitioner:lagos-01", to: "${FAR}", maxHops: 6) { nodes { id } steps { sentence } } }`)).connectionPath;
    expect(await page.locator('#path-sentences li').allTextContents()).toEqual(path.steps.map((s: { sentence: string }) => s.sentence));
    const onPath = await page.locator('#in-view li[data-path="true"]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id));
    expect(onPath.sort()).toEqual(path.nodes.map((n: { id: string }) => n.id).sort());
    await screenshot(page, 'explorer-path');

    sharedUrl = page.url();
    expect(Object.fromEntries(new URL(sharedUrl).searchParams)).toMatchObject({
      open: `City:lagos,Practitioner:lagos-01,${FAR}`,
      city: 'Lagos',
      cluster: 'MUNICIPAL_SERVICES',
      from: 'Practitioner:lagos-01',
      to: FAR,
    });
    expect(watched).toEqual({ foreign: [], errors: [] });
    await page.close();
  });

  it('restores a shared view from its URL, and fits a phone: tabs, the path in view, labels of 12 px', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    const watched = watchPage(page, [explorer]);
    await page.goto(sharedUrl);
    // The path is the last answer restored: the graph's tab shows it, in view.
    await page.waitForFunction(() => document.body.dataset.panel === 'graph' && document.querySelectorAll('#path-sentences li').length > 0);
    await page.waitForTimeout(300);
    const drawing = await readDrawing(page);
    const path = drawing.nodes.filter((n) => n.classes.includes('path'));
    expect(path.length).toBeGreaterThan(2);
    for (const n of path) expect(n.inView).toBe(true);
    expect(drawing.labelPx).toBeGreaterThanOrEqual(12);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'explorer-phone');
    await page.locator('#tab-controls').click();
    await page.locator('#matches li').first().waitFor();
    await page.locator('#path-sentences li').first().waitFor();
    await screenshot(page, 'explorer-phone-ask');
    await page.locator('#tab-details').click();
    expect(await page.locator('#details-title').innerText()).not.toBe('No node selected');
    expect(watched).toEqual({ foreign: [], errors: [] });
    await page.close();
  });

  it('lists the brokers and the communities, as networkAnalytics ranks them, and opens a broker', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 850 } });
    const watched = watchPage(page, [explorer]);
    await page.goto(`${explorer}/explore`);
    await page.locator('#brokers-go').click();
    await page.locator('#brokers li').first().waitFor();
    const { networkAnalytics: a } = await gql('{ networkAnalytics { brokers(first: 10) { practitioner { id name } } communities(first: 6) { size } } }');
    const shown = await page.locator('#brokers > li').evaluateAll((items) => items.map((li) => ({ id: (li as HTMLElement).dataset.id, name: li.querySelector('button')!.textContent })));
    expect(shown).toEqual(a.brokers.map((b: { practitioner: { id: string; name: string } }) => b.practitioner));
    expect(await page.locator('#communities > li').count()).toBe(a.communities.length);
    await page.locator('#brokers button').first().click();
    await page.locator('#details-title', { hasText: a.brokers[0].practitioner.name }).waitFor();
    expect(await inView(page)).toContain(a.brokers[0].practitioner.id);
    await screenshot(page, 'explorer-brokers');
    expect(watched).toEqual({ foreign: [], errors: [] });
    await page.close();
  });

  it('answers bad input with the service\'s message, in the page', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 850 } });
    const watched = watchPage(page, [explorer]);
    await page.goto(`${explorer}/explore`);
    await page.locator('#question-city').fill('Lagoss');
    await page.locator('#question-cluster').selectOption('MUNICIPAL_SERVICES');
    await page.locator('#question-form button[type=submit]').click();
    const { body } = await postJson(api.server.url, { query: '{ practitionersWorkingOn(city: "Lagoss", cluster: MUNICIPAL_SERVICES) { totalCount } }' });
    await page.locator('#question-result [role=alert]').waitFor();
    expect(await page.locator('#question-result [role=alert]').innerText()).toBe(body.errors[0].message);
    expect(body.errors[0].message).toContain('Lagos');

    await page.locator('#question-city').fill('Lagos');
    await page.locator('#question-cluster').selectOption('');
    await page.locator('#question-form button[type=submit]').click();
    expect(await page.locator('#question-result [role=alert]').innerText()).toBe('Pick a cluster or a topic.');

    await page.goto(`${origin}/embed/city/atlantis`);
    await page.locator('#card [role=alert]').waitFor();
    expect(await page.locator('#card [role=alert]').innerText()).toContain('atlantis');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('filters by node kind and by cluster, and the URL keeps the filters', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 850 } });
    await page.goto(`${explorer}/explore?open=City:lagos`);
    await page.waitForFunction(() => document.querySelectorAll('#in-view li').length > 1);
    const all = await inView(page);
    await page.locator('#kind-filter input[value=PRACTITIONER]').uncheck();
    const withoutPractitioners = await inView(page);
    expect(withoutPractitioners).toEqual(all.filter((id) => !id.startsWith('Practitioner:')));
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('CITY,COUNTRY,INSTITUTION,EVENT,OUTCOME,TOPIC,CLUSTER');
    for (const box of await page.locator('#kind-filter input').all()) await box.uncheck();
    expect(await inView(page)).toEqual([]);
    for (const box of await page.locator('#kind-filter input').all()) await box.check();
    expect((await inView(page)).sort()).toEqual([...all].sort());

    // A cluster hides what has clusters and none of them; places have none and stay.
    await page.locator('#filter-cluster').selectOption('LOCAL_ECONOMIC_DEVELOPMENT');
    const facets = (await gql(registeredOperations().NodeFacets, { ids: all })).nodes.map(facetsOf);
    const expected = facets.filter((f: { clusters: string[] }) => f.clusters.length === 0 || f.clusters.includes('LOCAL_ECONOMIC_DEVELOPMENT')).map((f: { id: string }) => f.id);
    expect((await inView(page)).sort()).toEqual(expected.sort());
    expect(expected.length).toBeLessThan(all.length);
    expect(new URL(page.url()).searchParams.get('fcluster')).toBe('LOCAL_ECONOMIC_DEVELOPMENT');
    await page.close();
  });

  it('draws the neighbourhoods of Lagos, Amman and the largest event with no two labels overlapping, each 12 px or more', async () => {
    const { events } = await gql('{ events(first: 100) { nodes { id participants(first: 0) { totalCount } } } }');
    const largest = [...events.nodes].sort((a: { participants: { totalCount: number } }, b: { participants: { totalCount: number } }) => b.participants.totalCount - a.participants.totalCount)[0].id;
    for (const [id, width, height] of [['City:lagos', 1366, 850], ['City:amman', 1366, 850], [largest, 1366, 850], ['City:lagos', 390, 844]] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${explorer}/explore?open=${id}&sel=${id}`);
      await page.waitForFunction(() => document.querySelectorAll('#in-view li').length > 1);
      if (width < 900) await page.locator('#tab-graph').click();
      await page.waitForTimeout(300);
      const drawing = await readDrawing(page);
      expect(drawing.nodes.map((n) => n.id).sort()).toEqual((await neighbourIds(id)).sort());
      expect(drawing.labelPx).toBeGreaterThanOrEqual(12);
      const shown = drawing.nodes.filter((n) => n.labelShown);
      for (const [i, a] of shown.entries()) {
        expect(a.box!.x1 >= 0 && a.box!.y1 >= 0 && a.box!.x2 <= drawing.width && a.box!.y2 <= drawing.height).toBe(true);
        for (const b of shown.slice(i + 1)) expect({ pair: [a.id, b.id], overlap: overlaps(a.box, b.box) }).toEqual({ pair: [a.id, b.id], overlap: false });
      }
      // A label that would overlap is moved around its node first, hidden only when no place is free:
      // most are shown (the layout is randomised; on a phone 11 to 14 of Lagos's 15 were), and always the selected centre.
      expect(shown.length).toBeGreaterThanOrEqual(Math.ceil((drawing.nodes.length * 2) / 3));
      expect(shown.map((n) => n.id)).toContain(id);
      await screenshot(page, `explorer-labels-${id.replace(':', '-')}-${width}`);
      await page.close();
    }
  });

  it('divides a practitioner into a segment per cluster worked on, as the API counts them', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 850 } });
    await page.goto(`${explorer}/explore?open=City:lagos`);
    await page.waitForFunction(() => document.querySelectorAll('#in-view li').length > 1);
    const drawing = await readDrawing(page);
    const ids = drawing.nodes.map((n) => n.id);
    const facets = (await gql(registeredOperations().NodeFacets, { ids })).nodes.map(facetsOf);
    const clusters = ['GOOD_URBAN_GOVERNANCE', 'INTEGRATED_URBAN_DEVELOPMENT', 'MUNICIPAL_SERVICES', 'LOCAL_ECONOMIC_DEVELOPMENT'];
    let several = 0;
    for (const f of facets as { id: string; clusters: string[] }[]) {
      const segments = drawing.nodes.find((n) => n.id === f.id)!.pie;
      expect(segments.map((s) => s > 0)).toEqual(clusters.map((c) => f.clusters.includes(c)));
      if (f.clusters.length > 1) several++;
    }
    expect(several).toBeGreaterThan(0);
    await page.close();
  });

  it('moves the graph and the figures to the end of 2016 and of 2022, as the API answers as of those days', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 850 } });
    const watched = watchPage(page, [explorer]);
    await page.goto(`${explorer}/explore?open=City:lagos`);
    await page.waitForFunction(() => document.querySelectorAll('#in-view li').length > 1);
    for (const year of [2016, 2022]) {
      await page.locator('#time-year').fill(String(year));
      await page.locator('#time-year').dispatchEvent('change');
      await page.locator('#graph-status', { hasText: `As of the end of ${year}` }).waitFor();
      await page.locator('#time-figures', { hasText: `By the end of ${year}` }).waitFor();
      const asOf = `${year}-12-31`;
      const { neighbourhood, networkStats } = await gql(
        'query($asOf: LocalDate) { neighbourhood(id: "City:lagos", limit: 60, asOf: $asOf) { nodes { id } } networkStats(asOf: $asOf) { practitioners events outcomes } }',
        { asOf },
      );
      expect((await inView(page)).sort()).toEqual(neighbourhood.nodes.map((n: { id: string }) => n.id).sort());
      expect(await page.locator('#time-figures').innerText()).toContain(`${networkStats.practitioners.toLocaleString('en')} practitioners, ${networkStats.events.toLocaleString('en')} events`);
      expect(new URL(page.url()).searchParams.get('year')).toBe(String(year));
      await screenshot(page, `explorer-year-${year}`);
    }
    expect(watched).toEqual({ foreign: [], errors: [] });
    await page.close();
  });

  it('downloads the view as GEXF that graphology reads back with the nodes in view, and as PNG and SVG', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 850 }, acceptDownloads: true });
    await page.goto(`${explorer}/explore?open=City:lagos`);
    await page.waitForFunction(() => document.querySelectorAll('#in-view li').length > 1);
    const download = async (format: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`#export-buttons button[data-format="${format}"]`).click()]);
      return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, 'utf8') };
    };
    const gexf = await download('GEXF');
    expect(gexf.name).toBe('view.gexf');
    const graph = parseGexf(MultiDirectedGraph, gexf.text);
    expect(graph.nodes().sort()).toEqual((await inView(page)).sort());
    const { neighbourhood } = await gql('{ neighbourhood(id: "City:lagos", limit: 60) { edges { source target type } } }');
    const exported = new Set(graph.mapEdges((_e, a, s, t) => `${s}|${a.type}|${t}`));
    for (const e of neighbourhood.edges) expect(exported.has(`${e.source}|${e.type}|${e.target}`)).toBe(true);
    expect((await download('png')).name).toBe('connective-cities-view.png');
    const svg = await download('svg');
    expect(svg.text).toContain('<svg');
    await page.close();
  });

  it('shows the map: every city placed, the exchange as arcs, countries shaded, a click opens the city; the slider moves the arcs', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 850 } });
    const watched = watchPage(page, [explorer]);
    await page.goto(`${explorer}/explore?view=map`);
    await page.locator('#map circle.city').first().waitFor();
    const { cities } = await gql('{ cities(first: 100) { nodes { id } } }');
    const arcsOf = async () => (await page.locator('#map path.arc').evaluateAll((ps) => ps.map((p) => `${p.getAttribute('data-a')}|${p.getAttribute('data-b')}`))).sort();
    const linksOf = async (to: number | null) =>
      (await gql('query($to: Int) { cityExchange(first: 100, to: $to) { links { cities { id } } } }', { to })).cityExchange.links.map((l: { cities: { id: string }[] }) => `${l.cities[0].id}|${l.cities[1].id}`).sort();
    expect((await page.locator('#map circle.city').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-id')))).sort()).toEqual(cities.nodes.map((c: { id: string }) => c.id).sort());
    expect(await arcsOf()).toEqual(await linksOf(null));
    const shade = (code: string) => page.locator(`#map path[data-country="${code}"]`).first().getAttribute('fill');
    expect(await shade('DE')).not.toBe(await shade('AQ'));
    await screenshot(page, 'explorer-map');

    // Shaded by events instead: each country's count is the events listing's facet for it.
    await page.locator('#map-shade').selectOption('events');
    await page.locator('#graph-status', { hasText: 'countries darker with more events held there' }).waitFor();
    const { events, countries } = await gql('{ events { facets(by: [COUNTRY]) { buckets { value count } } } countries(first: 100) { nodes { key code } } }');
    const codeOf = new Map(countries.nodes.map((c: { key: string; code: string }) => [c.key, c.code]));
    const drawn = new Map(await page.locator('#map path[data-country]').evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-country'), Number(p.getAttribute('data-count'))] as [string, number])));
    // Countries too small for the 1:110m shapes (Singapore, Kosovo) are not drawn; the others carry the facet's count.
    const onMap = events.facets[0].buckets.filter((b: { value: string | null }) => b.value && drawn.has(codeOf.get(b.value) as string));
    expect(onMap.length).toBeGreaterThan(5);
    for (const b of onMap) expect({ country: b.value, count: drawn.get(codeOf.get(b.value) as string) }).toEqual({ country: b.value, count: b.count });
    await screenshot(page, 'explorer-map-events');

    await page.locator('#time-year').fill('2016');
    await page.locator('#time-year').dispatchEvent('change');
    await page.locator('#graph-status', { hasText: 'up to 2016' }).waitFor();
    expect(await arcsOf()).toEqual(await linksOf(2016));
    // The shading follows the year too: events held in each country by the end of 2016.
    const then = (await gql('{ events { facets(by: [COUNTRY], asOf: "2016-12-31") { buckets { value count } } } }')).events.facets[0].buckets;
    const drawnThen = new Map(await page.locator('#map path[data-country]').evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-country'), Number(p.getAttribute('data-count'))] as [string, number])));
    const placed = then.filter((b: { value: string | null }) => b.value && drawnThen.has(codeOf.get(b.value) as string));
    expect(placed.length).toBeGreaterThan(0);
    for (const b of placed) expect({ country: b.value, count: drawnThen.get(codeOf.get(b.value) as string) }).toEqual({ country: b.value, count: b.count });
    await screenshot(page, 'explorer-map-2016');

    await page.locator('#map circle.city[data-id="City:lagos"]').click();
    await page.locator('#details-title', { hasText: 'Lagos' }).waitFor();
    expect(await page.locator('#graph').isVisible()).toBe(true);
    expect(await inView(page)).toContain('City:lagos');
    expect(watched).toEqual({ foreign: [], errors: [] });
    await page.close();
  });
});
