import { LABELS, RELATIONSHIP_TYPES } from '../../src/domain';
import { startSeededApi, type SeededApi } from '../helpers/api';
import { seedFileCounts } from '../helpers/seed-counts';
import { SEED_DIR } from '../helpers/tmp';

const STATS_QUERY = '{ graphStats { nodes { label count } relationships { type count } } }';

describe('GraphQL over HTTP: graphStats', () => {
  let api: SeededApi;

  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  it('answers the seed files’ row counts, every label and type listed', async () => {
    const files = seedFileCounts(SEED_DIR);
    const { status, body } = await api.post({ query: STATS_QUERY });
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
    const { status, body } = await api.post({ query: '{ graphStats { nodes { weight } } }' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(body.errors[0].message).toContain('Cannot query field "weight"');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const { status, body } = await api.post('{"query": ');
    expect(status).toBe(400);
    expect(body).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('reports readiness', async () => {
    const response = await fetch(api.server.url.replace('/graphql', '/health/ready'));
    expect(await response.json()).toEqual({ status: 'ok', engine: 'embedded' });
  });
});
