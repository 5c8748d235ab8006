import fs from 'node:fs';
import path from 'node:path';
import { webAssetsDir } from '../../src/server/web';
import { EMBEDS } from '../../src/server/embeds';
import { parse } from 'graphql';
import { registeredOperations } from '../../src/web/build';
import { postJson, startSeededApi, type SeededApi } from '../helpers/api';

/**
 * The explorer's and the embeds' pages over HTTP: their security headers (frame-ancestors from
 * EMBED_ORIGINS), local-only assets, CORS for dashboards (CORS_ORIGINS), and every operation the
 * pages send answering on the seeded graph.
 */
const frameAncestors = (policy: string | null) => /frame-ancestors ([^;]+)/.exec(policy ?? '')?.[1];

describe('explorer and embed pages', () => {
  let api: SeededApi;
  let open: SeededApi;
  const origin = () => new URL(api.server.url).origin;

  beforeAll(async () => {
    api = await startSeededApi({ embedOrigins: ['http://dash.example:8080'], corsOrigins: ['http://dash.example:8080'] });
    open = await startSeededApi({ embedOrigins: '*', trustedDocumentsOnly: true });
  });
  afterAll(async () => {
    await api.close();
    await open.close();
  });

  it('serves each page with a policy: scripts from this server only; embeds framed by EMBED_ORIGINS, the explorer by itself', async () => {
    const embeds = ['/embed/city/lagos', ...EMBEDS.map((e) => `/embed/${e.name}`)];
    const pages = ['/explore', '/embed', ...embeds];
    const answers = await Promise.all(pages.map((p) => fetch(origin() + p)));
    expect(answers.map((r) => [r.status, r.headers.get('content-type')])).toEqual(pages.map(() => [200, 'text/html; charset=utf-8']));
    // The explorer and the builder are this site's own tools; only the embeds may be framed elsewhere.
    expect(answers.map((r) => frameAncestors(r.headers.get('content-security-policy')))).toEqual(["'self'", "'self'", ...embeds.map(() => "'self' http://dash.example:8080")]);
    expect((await fetch(`${origin()}/embed/nothing`)).status).toBe(404);
    for (const r of answers) expect(r.headers.get('content-security-policy')).toContain("script-src 'self';");
    const any = await fetch(`${new URL(open.server.url).origin}/embed/stats`);
    expect(frameAncestors(any.headers.get('content-security-policy'))).toBe('*');
  });

  it('pages load nothing from elsewhere: every src and href is this server or data:', () => {
    const dir = webAssetsDir();
    const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.sort()).toEqual(['embed-builder.html', ...EMBEDS.map((e) => `embed-${e.name}.html`), 'explore.html'].sort());
    for (const page of pages) {
      const html = fs.readFileSync(path.join(dir, page), 'utf8');
      const refs = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
      expect({ page, foreign: refs.filter((r) => !r.startsWith('/') && !r.startsWith('data:')) }).toEqual({ page, foreign: [] });
    }
  });

  it('serves the bundles and the stylesheet, and nothing else from /web', async () => {
    const [js, css, html, escape] = await Promise.all(
      ['/web/explore.js', '/web/style.css', '/web/explore.html', '/web/%2e%2e/package.json'].map((p) => fetch(origin() + p)),
    );
    expect([js.status, js.headers.get('content-type'), css.status, html.status, escape.status]).toEqual([200, 'text/javascript; charset=utf-8', 200, 404, 404]);
  });

  it('answers CORS preflights for CORS_ORIGINS only', async () => {
    const preflight = (url: string, from: string) =>
      fetch(url, { method: 'OPTIONS', headers: { origin: from, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight(api.server.url, 'http://dash.example:8080');
    const other = await preflight(api.server.url, 'http://elsewhere.example');
    const none = await preflight(open.server.url, 'http://dash.example:8080');
    expect([allowed.status, allowed.headers.get('access-control-allow-origin')]).toEqual([204, 'http://dash.example:8080']);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(api.server.url, {
      method: 'POST',
      headers: { origin: 'http://dash.example:8080', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ clusters { totalCount } }' }),
    });
    expect([post.headers.get('access-control-allow-origin'), ((await post.json()) as { data: unknown }).data]).toEqual(['http://dash.example:8080', { clusters: { totalCount: 4 } }]);
  });

  it('answers every operation the pages send, registered, on a server that runs registered operations only', async () => {
    const variables: Record<string, Record<string, unknown>> = {
      ExplorerSearch: { text: 'Lagos' },
      ExplorerNeighbourhood: { id: 'City:lagos', limit: 60, asOf: null },
      ExplorerTopics: {},
      ExplorerBrokers: {},
      ExplorerWorkingOn: { city: 'Lagos', cluster: 'MUNICIPAL_SERVICES' },
      ExplorerConnection: { from: 'Practitioner:lagos-01', to: 'Practitioner:lagos-05', via: ['PRACTITIONER', 'EVENT', 'OUTCOME', 'INSTITUTION'], asOf: '2025-12-31' },
      ExplorerExport: { ids: ['City:lagos', 'Practitioner:lagos-01', 'Country:ng'], format: 'GEXF' },
      ExplorerFigures: { asOf: '2016-12-31', year: 2016 },
      ExplorerMap: { to: 2016 },
      ExplorerMapCities: { after: null },
      NodeFacets: { ids: ['City:lagos', 'Practitioner:lagos-01', 'Country:ng', 'Cluster:MUNICIPAL_SERVICES', 'Topic:solid-waste-management', 'Institution:lagos-urban-services-bureau', 'Event:e2014-leipzig-kickoff', 'Outcome:o-belo-horizonte-zones-30'] },
      EmbedCity: { id: 'Lagos' }, // /embed/city/Lagos: a name serves as well as the id
      EmbedGraph: { id: 'City:lagos' },
      EmbedClusters: {},
      EmbedEvolution: { from: 2015, to: 2022 },
      EmbedHeadline: { city: 'Lagos', cityId: 'Lagos', cluster: 'MUNICIPAL_SERVICES', topic: null, topicId: '', withTopic: false, first: 10, asOf: '2020-12-31' },
      EmbedStats: { phase: 3, region: null, asOf: '2020-12-31' },
      EmbedTransfers: { cluster: null, toRegion: 'AFRICA' },
      EmbedRanking: { cluster: 'MUNICIPAL_SERVICES', from: 2015, to: 2022 },
      EmbedBrokers: { asOf: '2022-12-31' },
    };
    const pageOperations = ['explorer', 'embeds'].flatMap((file) =>
      parse(fs.readFileSync(path.resolve(__dirname, `../../schema/operations/${file}.graphql`), 'utf8'))
        .definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.operation === 'query' ? [d.name!.value] : [])),
    );
    // The map embed sends the explorer's map operations (above, from explorer.graphql).
    expect(pageOperations.sort()).toEqual(Object.keys(variables).sort());
    const registered = registeredOperations();
    for (const name of pageOperations) {
      const { status, body } = await postJson(open.server.url, { query: registered[name], variables: variables[name] });
      expect({ name, status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
      if (name === 'NodeFacets') expect(body.data.nodes.every((n: unknown) => n !== null)).toBe(true);
    }
  });
});
