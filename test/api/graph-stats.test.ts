import { LABELS, RELATIONSHIP_TYPES } from '../../src/domain';
import { prepareGraph } from '../../src/server/bootstrap';
import { startServer, type RunningServer } from '../../src/server/app';
import type { GraphStore } from '../../src/graph/store';
import { memoryStore } from '../helpers/graph';
import { seedFileCounts } from '../helpers/seed-counts';
import { SEED_DIR } from '../helpers/tmp';

const STATS_QUERY = '{ graphStats { nodes { label count } relationships { type count } } }';

async function post(url: string, body: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('GraphQL over HTTP: graphStats', () => {
  let store: GraphStore;
  let server: RunningServer;

  beforeAll(async () => {
    store = await memoryStore();
    await prepareGraph(store, { seedDir: SEED_DIR });
    server = await startServer({ port: 0, host: '127.0.0.1', nodeEnv: 'production', loaderBatching: true }, store);
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('answers the seed files’ row counts, every label and type listed', async () => {
    const files = seedFileCounts(SEED_DIR);
    const { status, body } = await post(server.url, { query: STATS_QUERY });
    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        graphStats: {
          nodes: LABELS.map((label) => ({ label, count: files.nodes[label] ?? 0 })),
          relationships: RELATIONSHIP_TYPES.map((type) => ({ type, count: files.relationships[type] ?? 0 })),
        },
      },
      extensions: { graph: { roundTrips: 2, storeMs: expect.any(Number) } },
    });
    expect(files.nodes.Practitioner).toBeGreaterThanOrEqual(300);
  });

  it('answers a query error with a code and no stack trace', async () => {
    const { status, body } = await post(server.url, { query: '{ graphStats { nodes { weight } } }' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(body.errors[0].message).toContain('Cannot query field "weight"');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const { status, body } = await post(server.url, '{"query": ');
    expect(status).toBe(400);
    expect(body).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('reports readiness', async () => {
    const response = await fetch(server.url.replace('/graphql', '/health/ready'));
    expect(await response.json()).toEqual({ status: 'ok', engine: 'embedded' });
  });
});
