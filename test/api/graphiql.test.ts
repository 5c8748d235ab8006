import { loadExamples } from '../../src/server/graphiql';
import { startSeededApi, type SeededApi } from '../helpers/api';
import { firstOutcome } from '../helpers/subscribe';

describe('GraphiQL and its example tabs', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  it('serves the page to browsers, loading scripts and styles only from this server', async () => {
    const response = await fetch(api.server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((url) => url !== 'data:,');
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      expect(url).toMatch(/^\/(graphiql|web)\//);
      const asset = await fetch(new URL(url, api.server.url));
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });

  it('sends a browser at / to the explorer (which links to GraphiQL)', async () => {
    const response = await fetch(api.server.url.replace('/graphql', '/'), { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/explore');
  });

  it('keeps GET-with-query for GraphQL clients (with a CSRF-safe header, as Apollo requires)', async () => {
    const url = `${api.server.url}?query=${encodeURIComponent('{ clusters { totalCount } }')}`;
    const get = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toMatchObject({ data: { clusters: { totalCount: 4 } } });
  });

  it('has example tabs that all run without errors and find something', async () => {
    const examples = loadExamples();
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(examples.map((e) => e.name).slice(-3)).toEqual(['figures', 'analytics', 'live']);
    for (const example of examples.filter((e) => !e.query.includes('subscription '))) {
      const { status, body } = await api.post({ query: example.query, variables: example.variables ? JSON.parse(example.variables) : undefined });
      expect({ example: example.name, status, errors: body.errors }).toEqual({ example: example.name, status: 200, errors: undefined });
      expect(JSON.stringify(body.data)).toMatch(/"(name|title)":"/);
    }
  });

  it('has a live tab whose subscription the server accepts over WebSocket', async () => {
    const live = loadExamples().find((e) => e.name === 'live')!;
    expect(await firstOutcome(api.server.url, live.query)).toBe('open');
  });
});
