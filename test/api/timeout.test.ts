import { timedStore } from '../../src/graph/timed-store';
import { memoryStore } from '../helpers/graph';
import { importDataset } from '../../src/seed/importer';
import { generateSynthetic } from '../../src/seed/synthetic';
import { startSeededApi, type SeededApi } from '../helpers/api';

/**
 * STATEMENT_TIMEOUT_MS: a read that runs longer answers TIMEOUT instead of holding the request.
 * A 3,000-practitioner network makes the figures' cold statements take far longer than 1 ms.
 */
describe('a store read over STATEMENT_TIMEOUT_MS', () => {
  let api: SeededApi;

  beforeAll(async () => {
    const store = await memoryStore();
    await importDataset(store, generateSynthetic({ practitioners: 3000, seed: 5 }));
    api = await startSeededApi({}, timedStore(store, 1));
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await api.store.close();
  });

  it('answers TIMEOUT with the limit and its variable, and the server goes on answering', async () => {
    const { status, body } = await api.post({ query: '{ networkStats { practitioners events } }' });
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      {
        message: 'The graph store took longer than 1 ms (STATEMENT_TIMEOUT_MS) to answer; ask for less, or try again.',
        locations: [{ line: 1, column: 3 }],
        path: ['networkStats'],
        extensions: { code: 'TIMEOUT', timeoutMs: 1 },
      },
    ]);
    const live = await fetch(api.server.url.replace('/graphql', '/health/live'));
    expect(live.status).toBe(200);
    expect((await api.post({ query: '{ __typename }' })).body.data).toEqual({ __typename: 'Query' });
  });
});
