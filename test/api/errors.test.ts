import { EmbeddedStore } from '../../src/graph/embedded';
import { startSeededApi, type SeededApi } from '../helpers/api';

/** Every input error names what is allowed; nothing internal (stack, Cypher, engine text) leaks. */
describe('errors a user can act on', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi({ nodeEnv: 'production' });
  });
  afterAll(() => api.close());

  const firstError = async (query: string, variables?: Record<string, unknown>) => {
    const { status, body } = await api.post({ query, variables });
    expect(status).toBeLessThan(500);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|MATCH|UNWIND|\.ts:\d+|GQLSTATUS/);
    return { status, error: body.errors?.[0], data: body.data };
  };

  it.each([
    ['{ cities(first: 101) { totalCount } }', 'first must be between 0 and 100; got 101.'],
    ['{ cities(first: -1) { totalCount } }', 'first must be between 0 and 100; got -1.'],
    ['{ city(id: "lagos") { practitioners(first: 1000) { totalCount } } }', 'first must be between 0 and 100; got 1000.'],
    ['{ search(text: "a", first: 500) { totalCount } }', 'first must be between 0 and 100; got 500.'],
  ])('refuses %s', async (query, message) => {
    const { error } = await firstError(query);
    expect(error).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
  });

  it('takes first: null as the default page size of 20', async () => {
    const { body } = await api.post({ query: '{ practitioners(first: null) { nodes { key } } search(text: "a", first: null) { edges { score } } }' });
    expect(body.errors).toBeUndefined();
    expect(body.data.practitioners.nodes).toHaveLength(20);
    expect(body.data.search.edges).toHaveLength(20);
  });

  it('refuses a malformed cursor, and a cursor of another order', async () => {
    const bad = await firstError('{ cities(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(bad.error.extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.error.message).toMatch(/is not a cursor; pass the endCursor/);
    const { body } = await api.post({ query: '{ cities(first: 1, orderBy: { field: NAME }) { pageInfo { endCursor } } }' });
    const cursor = body.data.cities.pageInfo.endCursor;
    const other = await firstError(`{ cities(after: "${cursor}") { totalCount } }`);
    expect(other.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/ordered by name, not by id/) });
  });

  it('refuses an unknown enum value, in the document or a variable, listing the allowed values', async () => {
    const literal = await firstError('{ cities(filter: { region: MARS }) { totalCount } }');
    expect(literal.error).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'Value "MARS" does not exist in "Region" enum. Allowed values: AFRICA, ASIA, EUROPE, LATIN_AMERICA, MENA.',
    });
    const variable = await firstError('query ($k: [NodeKind!]) { search(text: "lagos", kinds: $k) { totalCount } }', { k: ['TOWN'] });
    expect(variable.error.extensions.code).toBe('BAD_USER_INPUT');
    expect(variable.error.message).toMatch(/Allowed values: PRACTITIONER, CITY, COUNTRY, INSTITUTION, CLUSTER, TOPIC, EVENT, OUTCOME\.$/);
  });

  it('answers null from node(id) and NOT_FOUND from a label lookup for an id or name no node has, suggesting the closest names', async () => {
    const { body } = await api.post({ query: '{ node(id: "City:atlantis") { id } city(id: "Lagso") { name } }' });
    expect(body.data).toEqual({ node: null, city: null });
    expect(body.errors).toEqual([
      {
        message: 'id: no city has the id or name "Lagso". Did you mean Lagos ("lagos")?',
        locations: [{ line: 1, column: 36 }],
        path: ['city'],
        extensions: { code: 'NOT_FOUND', argument: 'id', suggestions: ['lagos'] },
      },
    ]);
  });

  it('refuses ids that are not ids, naming the form', async () => {
    const notGlobal = await firstError('{ node(id: "lagos") { id } }');
    expect(notGlobal.error.extensions.code).toBe('BAD_USER_INPUT');
    expect(notGlobal.error.message).toContain('ids look like "City:lagos"');
    const otherLabel = await firstError('{ city(id: "Event:x") { name } }');
    expect(otherLabel.error.message).toBe('id: "Event:x" is the id of an Event, not of a City.');
  });

  it('refuses bad filter values: a date that is no date, a phase out of range, from after to', async () => {
    const date = await firstError('{ events(filter: { from: "2020-13-01" }) { totalCount } }');
    expect(date.error.extensions.code).toBe('BAD_USER_INPUT');
    const phase = await firstError('{ events(filter: { phase: 9 }) { totalCount } }');
    expect(phase.error).toMatchObject({ message: 'Invalid filter: phase must be 1 to 4 (got 9).', extensions: { code: 'BAD_USER_INPUT', violations: [{ field: 'phase', problems: ['phase must be 1 to 4 (got 9)'] }] } });
    const range = await firstError('{ events(filter: { from: "2020-01-01", to: "2019-01-01" }) { totalCount } }');
    expect(range.error.extensions.code).toBe('BAD_USER_INPUT');
    const long = await firstError('query ($t: String) { cities(filter: { nameContains: $t }) { totalCount } }', { t: 'a '.repeat(21) });
    expect(long.error).toMatchObject({ message: 'filter.nameContains: at most 200 characters and 20 words.', extensions: { code: 'BAD_USER_INPUT' } });
    const empty = await firstError('{ search(text: "  !! ") { totalCount } }');
    expect(empty.error.message).toBe('text: give at least one letter or digit to search for.');
  });

  it('treats injection attempts as plain values', async () => {
    const { error, data } = await firstError('query ($t: String!) { search(text: $t) { totalCount } cities(filter: { nameContains: $t }) { totalCount } }', {
      t: "x' }) MATCH (n) DETACH DELETE n //",
    });
    expect(error).toBeUndefined();
    expect(data).toEqual({ search: { totalCount: 0 }, cities: { totalCount: 0 } });
    const { body } = await api.post({ query: '{ graphStats { nodes { count } } }' });
    expect(body.data.graphStats.nodes.every((n: { count: number }) => n.count > 0)).toBe(true);
  });
});

describe('a store that went away', () => {
  it('answers GRAPH_UNAVAILABLE without the engine message', async () => {
    const store = EmbeddedStore.open(':memory:');
    const api = await startSeededApi({ nodeEnv: 'production' }, store);
    await store.close();
    const { status, body } = await api.post({ query: '{ city(id: "lagos") { name } }' });
    expect(status).toBe(200);
    expect(body.errors).toEqual([
      { message: 'The graph store is unavailable; try again shortly.', locations: [{ line: 1, column: 3 }], path: ['city'], extensions: { code: 'GRAPH_UNAVAILABLE' } },
    ]);
    await api.close();
  });
});
