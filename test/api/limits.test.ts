import { memoryStore } from '../helpers/graph';
import { prepareGraph } from '../../src/server/bootstrap';
import { startSeededApi, type SeededApi } from '../helpers/api';
import { SEED_DIR } from '../helpers/tmp';
import { counting } from '../helpers/faults';

const LIMITS = { depth: 5, cost: 1500, aliases: 3, tokens: 120, directives: 2 };

describe('query limits: refused before the store is asked', () => {
  let api: SeededApi;
  let statements: () => number;

  beforeAll(async () => {
    const graph = await memoryStore();
    await prepareGraph(graph, { seedDir: SEED_DIR });
    const metered = counting(graph);
    statements = metered.statements;
    api = await startSeededApi({ limits: LIMITS }, metered.store);
  });
  afterAll(async () => {
    await api.close();
  });

  async function refused(query: string, variables: Record<string, unknown> = {}) {
    const before = statements();
    const { status, body } = await api.post({ query, variables });
    expect(statements()).toBe(before);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    return body.errors[0] as { message: string; extensions: Record<string, unknown> };
  }

  async function accepted(query: string, variables: Record<string, unknown> = {}) {
    const { status, body } = await api.post({ query, variables });
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return body.data;
  }

  it('refuses a query nested deeper than MAX_QUERY_DEPTH and names the limit', async () => {
    const deep = '{ practitioners(first: 1) { nodes { city { country { cities(first: 1) { nodes { key } } } } } } }';
    const error = await refused(deep);
    expect(error.message).toBe('Query depth limit of 5 exceeded, found 7 (the limit is 5, set by MAX_QUERY_DEPTH).');
    expect(error.extensions.limit).toBe(5);
    await accepted('{ practitioners(first: 1) { nodes { city { country { key } } } } }');
  });

  it('refuses more aliases than MAX_ALIASES', async () => {
    const error = await refused('{ a: city(id: "lagos") { name } b: city(id: "bonn") { name } c: city(id: "amman") { name } d: city(id: "lviv") { name } }');
    expect(error.message).toMatch(/Aliases limit of 3 exceeded, found 4 \(the limit is 3, set by MAX_ALIASES\)\.$/);
    await accepted('{ a: city(id: "lagos") { name } b: city(id: "bonn") { name } }');
  });

  it('refuses more directives than MAX_DIRECTIVES', async () => {
    const error = await refused('{ graphStats { nodes @include(if: true) { count } relationships @include(if: true) { count } n: nodes @skip(if: false) { label } } }');
    expect(error.message).toMatch(/Directives limit of 2 exceeded, found 3 \(the limit is 2, set by MAX_DIRECTIVES\)\.$/);
  });

  it('refuses a document of more than MAX_TOKENS tokens while parsing', async () => {
    const fields = Array.from({ length: 130 }, () => 'count').join(' ');
    const error = await refused(`{ graphStats { nodes { ${fields} } } }`);
    expect(error).toMatchObject({ message: 'The query has more than 120 tokens (the limit is 120, set by MAX_TOKENS).', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 120 } });
  });

  it('multiplies a list by its first: the same selection passes with 10 and is refused with 100, also from a variable', async () => {
    const query = 'query($n: Int) { cities(first: $n) { nodes { key name country { key name cities(first: 3) { totalCount } } } } }';
    expect((await accepted(query, { n: 10 })).cities.nodes).toHaveLength(10);
    const error = await refused(query, { n: 100 });
    // cities 1 + two whole-label reads (page and count) 2 × 500, nodes 1 + 100 × (key 1 + name 1
    // + country (1 + key 1 + name 1 + cities (1 + totalCount 1))): 1002 + 100 × 7.
    expect(error.message).toBe(
      'The query would cost 1702: each field 1, a list its selection times its length, a whole-graph read 500 (the limit is 1500, set by MAX_QUERY_COST).',
    );
  });

  it('answers 413 to a request body over 1 MB, as a GraphQL error, and takes one just under', async () => {
    const query = '{ graphStats { nodes { count } } }';
    const over = await api.post({ query, variables: { pad: 'x'.repeat(1024 * 1024) } });
    expect(over).toEqual({ status: 413, body: { errors: [{ message: 'The request body is larger than 1 MB.', extensions: { code: 'BAD_REQUEST' } }] } });
    const under = await api.post({ query, variables: { pad: 'x'.repeat(1000 * 1000) } });
    expect(under.status).toBe(200);
    expect(under.body.data.graphStats.nodes.length).toBeGreaterThan(0);
  });

  it('counts the neighbourhood by its limit', async () => {
    await refused('{ neighbourhood(id: "City:lagos", depth: 1, limit: 100) { nodes { id kind label } edges { source target type } } }');
  });
});

describe('introspection switched off (INTROSPECTION=off)', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi({ introspection: false });
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses __schema with a clear error, and still answers queries', async () => {
    const { status, body } = await api.post({ query: '{ __schema { types { name } } }' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toMatch(/introspection is not allowed/i);
    const plain = await api.post({ query: '{ graphStats { nodes { count } } }' });
    expect(plain.body.data.graphStats.nodes.length).toBeGreaterThan(0);
  });
});
