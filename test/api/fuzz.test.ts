import fc from 'fast-check';
import { snapshot } from '../helpers/graph';
import { startSeededApi, type SeededApi } from '../helpers/api';

/**
 * Hostile input, generated: invalid JSON, wrong shapes and types, huge strings and lists,
 * Cypher-injection strings in every string argument, unicode and NUL bytes, deep nesting,
 * batches, mutations without a token. Every answer must be a well-formed GraphQL error or
 * result with a 2xx/4xx status — never a 5xx, never a masked INTERNAL_SERVER_ERROR — the server
 * must stay up, and the graph must be exactly as it was.
 */

const INJECTIONS = [
  `lagos"}) MATCH (n) DETACH DELETE n //`,
  `') MATCH (n) DETACH DELETE n RETURN 1 //`,
  `x' OR 1=1 --`,
  `$city`,
  `{id: "lagos"}`,
  `lagos\u0000`,
  `\u0000`,
  `Ｌａｇｏｓ`,
  `🏙️ São Paulo`,
  `CALL db.labels() YIELD label RETURN label`,
  `Practitioner:../../etc/passwd`,
  `City:lagos`,
  `${'a'.repeat(5000)}`,
];

const hostileString = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ minLength: 10_000, maxLength: 60_000 }),
);
const anyJson = fc.jsonValue({ maxDepth: 4 });
const hostileInt = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, 1e21), fc.double());
const hostileValue = fc.oneof(hostileString, hostileInt, anyJson, fc.array(hostileString, { maxLength: 2000 }), fc.constant(null));

/** Operations of the API whose every variable receives hostile values. */
const OPERATIONS: { query: string; variables: string[] }[] = [
  { query: 'query($id: ID!) { city(id: $id) { name country { name } } }', variables: ['id'] },
  { query: 'query($id: ID!) { node(id: $id) { id } }', variables: ['id'] },
  { query: 'query($text: String!, $first: Int) { search(text: $text, first: $first) { score node { id } } }', variables: ['text', 'first'] },
  { query: 'query($city: String!, $cluster: ClusterCode, $topic: ID, $first: Int, $after: String) { practitionersWorkingOn(city: $city, cluster: $cluster, topic: $topic, first: $first, after: $after) { totalCount edges { evidence { description } } } }', variables: ['city', 'cluster', 'topic', 'first', 'after'] },
  { query: 'query($from: ID!, $to: ID!, $maxHops: Int) { connectionPath(from: $from, to: $to, maxHops: $maxHops) { length steps { sentence } } }', variables: ['from', 'to', 'maxHops'] },
  { query: 'query($id: ID!, $depth: Int, $limit: Int) { neighbourhood(id: $id, depth: $depth, limit: $limit) { truncated nodes { id } } }', variables: ['id', 'depth', 'limit'] },
  { query: 'query($f: CityFilter, $first: Int, $after: String) { cities(filter: $f, first: $first, after: $after) { nodes { key } } }', variables: ['f', 'first', 'after'] },
  { query: 'query($phase: Int, $region: Region) { networkStats(phase: $phase, region: $region) { practitioners } }', variables: ['phase', 'region'] },
  { query: 'query($id: ID!, $first: Int) { recommendPeers(practitioner: $id, first: $first) { score } }', variables: ['id', 'first'] },
  { query: 'mutation($input: CityInput!) { createCity(input: $input) { id } }', variables: ['input'] },
  { query: 'mutation($id: ID!, $v: Int!) { deleteCity(id: $id, version: $v) { id } }', variables: ['id', 'v'] },
  { query: 'mutation($n: [NodeRecordInput!]) { importRecords(nodes: $n) { nodesCreated } }', variables: ['n'] },
];

const operationRequest = fc
  .constantFrom(...OPERATIONS)
  .chain((op) => fc.tuple(fc.constant(op.query), fc.tuple(...op.variables.map((name) => fc.tuple(fc.constant(name), hostileValue)))))
  .map(([query, pairs]) => JSON.stringify({ query, variables: Object.fromEntries(pairs) }));

/** A field nested n levels deep (city → country → cities → nodes → country …). */
const deepQuery = fc.integer({ min: 1, max: 300 }).map((n) => {
  let inner = 'key';
  for (let i = 0; i < n; i++) inner = i % 2 === 0 ? `country { ${inner} }` : `cities(first: 100) { nodes { ${inner} } }`;
  return JSON.stringify({ query: `{ city(id: "lagos") { ${inner} } }` });
});

const rawBody = fc.oneof(
  fc.string({ maxLength: 200 }), // mostly not JSON
  fc.string({ unit: 'binary', maxLength: 200 }),
  anyJson.map((v) => JSON.stringify(v)), // JSON of any shape
  fc.array(operationRequest, { minLength: 1, maxLength: 5 }).map((ops) => `[${ops.join(',')}]`), // a batch
  fc.record({ query: hostileValue, variables: hostileValue, operationName: hostileValue }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 400 }).map((q) => JSON.stringify({ query: `{ ${q} }` })), // token soup
  fc.constant(JSON.stringify({ query: `{ graphStats { nodes { count } } }`, pad: 'x'.repeat(1_100_000) })), // over 1 MB
  fc.integer({ min: 1, max: 3000 }).map((n) => JSON.stringify({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: graphStats { nodes { count } }`).join(' ')} }` })),
);

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/graphql', 'multipart/form-data; boundary=x', ''];

describe('hostile input, fuzzed', () => {
  let api: SeededApi;
  let before: Record<string, string[]>;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    api = await startSeededApi();
    before = await snapshot(api.store);
  });
  afterAll(async () => {
    await api.close();
  });

  async function send(body: string, contentType = 'application/json') {
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { ...(contentType ? { 'content-type': contentType } : {}), accept: 'application/graphql-response+json, application/json' },
      body,
    });
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    const text = await response.text();
    return { status: response.status, text };
  }

  /** A well-formed GraphQL answer: JSON with data, or a non-empty list of errors with a message and code. */
  function wellFormed({ status, text }: { status: number; text: string }) {
    expect(status).toBeLessThan(500);
    const body = JSON.parse(text);
    expect(typeof body).toBe('object');
    if (body.errors !== undefined) {
      expect(Array.isArray(body.errors) && body.errors.length > 0).toBe(true);
      for (const error of body.errors) {
        expect(typeof error.message).toBe('string');
        expect(typeof error.extensions?.code).toBe('string');
        expect(error.extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
        // Nothing of the inside: no stack frame, engine code or source path (echoes of the input are fine).
        expect(JSON.stringify(error)).not.toMatch(/\\n\s+at |GRAFEO-|node_modules|\/src\/|\/dist\//);
        expect(error.extensions.stacktrace).toBeUndefined();
      }
    } else {
      expect(status).toBe(200);
      expect(body).toHaveProperty('data');
    }
  }

  it('answers 600 operations with hostile variables', async () => {
    await fc.assert(fc.asyncProperty(operationRequest, async (body) => wellFormed(await send(body))), { numRuns: 600, seed: 2013 });
  }, 120_000);

  it('answers 300 raw bodies: invalid JSON, odd shapes, batches, token soup, huge documents', async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, fc.constantFrom(...CONTENT_TYPES), async (body, type) => wellFormed(await send(body, type))),
      { numRuns: 300, seed: 2014 },
    );
  }, 120_000);

  it('answers 150 deeply nested documents', async () => {
    await fc.assert(fc.asyncProperty(deepQuery, async (body) => wellFormed(await send(body))), { numRuns: 150, seed: 2015 });
  }, 120_000);

  it('is still up, and the graph is exactly as it was', async () => {
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(1050);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    expect((await api.post({ query: '{ city(id: "lagos") { name } }' })).body.data).toEqual({ city: { name: 'Lagos' } });
    expect(await snapshot(api.store)).toEqual(before);
  });
});
