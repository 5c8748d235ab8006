import { GraphUnavailableError } from '../../src/graph/errors';
import type { GraphStore } from '../../src/graph/store';
import { intercept } from '../../src/graph/intercept';
import { prepareGraph } from '../../src/server/bootstrap';
import { memoryStore } from '../helpers/graph';
import { startSeededApi, type SeededApi } from '../helpers/api';
import { SEED_DIR } from '../helpers/tmp';

/**
 * Fault injection in front of the real seeded store: while "down", every call fails as a lost
 * connection does (GraphUnavailableError, what the Neo4j adapter raises once the driver's
 * retries give up). The service must say so, and be whole again by itself when the store is back.
 */
function withOutage(store: GraphStore) {
  let down = false;
  const guard = <T>(call: () => Promise<T>): Promise<T> => (down ? Promise.reject(new GraphUnavailableError('connection refused')) : call());
  const faulty = intercept(store, {
    statement: (_stmt, _params, run) => guard(run),
    transaction: (run) => guard(run),
    health: async (run) => (down ? { ok: false, engine: store.engine, detail: 'connection refused' } : run()),
  });
  return { store: faulty, setDown: (value: boolean) => (down = value) };
}

describe('the store goes away and comes back', () => {
  let api: SeededApi;
  let outage: ReturnType<typeof withOutage>;
  const ready = async () => {
    const response = await fetch(api.server.url.replace('/graphql', '/health/ready'));
    return { status: response.status, body: await response.json() };
  };
  const QUERY = '{ city(id: "lagos") { name practitioners(first: 1) { totalCount } } networkStats { practitioners } }';

  beforeAll(async () => {
    const store = await memoryStore();
    await prepareGraph(store, { seedDir: SEED_DIR });
    outage = withOutage(store);
    api = await startSeededApi({}, outage.store);
  });
  afterAll(async () => {
    await api.close();
    await api.store.close();
  });

  it('is ready, then not ready with GRAPH_UNAVAILABLE while it is gone, then ready and whole again', async () => {
    expect(await ready()).toEqual({ status: 200, body: { status: 'ok', engine: 'embedded' } });
    const healthy = await api.post({ query: QUERY });

    outage.setDown(true);
    expect(await ready()).toEqual({ status: 503, body: { status: 'unavailable', engine: 'embedded' } });
    const during = await api.post({ query: '{ city(id: "lagos") { name } }' });
    expect(during.status).toBe(200);
    expect(during.body.data).toEqual({ city: null });
    expect(during.body.errors.length).toBeGreaterThan(0);
    for (const error of during.body.errors) expect(error.extensions).toEqual({ code: 'GRAPH_UNAVAILABLE' });
    expect(during.body.errors[0].message).toBe('The graph store is unavailable; try again shortly.');
    const live = await fetch(api.server.url.replace('/graphql', '/health/live'));
    expect(live.status).toBe(200);
    // The figures are kept in memory: they answer while the store is gone.
    const kept = await api.post({ query: '{ networkStats(phase: 2) { practitioners } }' });
    expect(kept.body.errors).toBeUndefined();

    outage.setDown(false);
    expect((await ready()).status).toBe(200);
    const after = await api.post({ query: QUERY });
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data).toEqual(healthy.body.data);
    const phase = await api.post({ query: '{ networkStats(phase: 2) { practitioners } }' });
    expect(phase.body.errors).toBeUndefined();
    expect(phase.body.data).toEqual(kept.body.data);
    expect(phase.body.data.networkStats.practitioners).toBeGreaterThan(0);
  });
});
