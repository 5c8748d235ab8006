import { mintToken } from '../../src/server/auth/mint-token';
import { snapshot } from '../helpers/graph';
import { graphqlOver, startSeededApi, type SeededApi } from '../helpers/api';

/** importRecords over HTTP: all or nothing, every problem with its row, dry runs, the admin role. */
const SECRET = 'import-test-secret-of-at-least-32-chars';
const IMPORT = `mutation($nodes: [NodeRecordInput!], $relationships: [RelationshipRecordInput!], $dryRun: Boolean) {
  importRecords(nodes: $nodes, relationships: $relationships, dryRun: $dryRun) { dryRun nodesCreated nodesUpdated relationships } }`;

const BATCH = {
  nodes: [
    { kind: 'CITY', properties: { id: 'abuja', name: 'Abuja', countryCode: 'NG', lat: 9.07, lon: 7.4 } },
    { kind: 'PRACTITIONER', properties: { id: 'abuja-01', name: 'Ifeoma Importer', languages: ['en', 'ig'], email: 'ifeoma@example.org' } },
    { kind: 'CITY', properties: { id: 'lagos', name: 'Lagos', countryCode: 'NG', lat: 6.5244, lon: 3.3792, population: 15000000 } },
  ],
  relationships: [
    { type: 'IN_COUNTRY', from: 'City:abuja', to: 'Country:ng' },
    { type: 'BASED_IN', from: 'Practitioner:abuja-01', to: 'City:abuja' },
    { type: 'EXPERT_IN', from: 'Practitioner:abuja-01', to: 'Topic:solid-waste-management' },
  ],
};

describe('importRecords over HTTP', () => {
  let api: SeededApi;
  const token = {} as Record<'ADMIN' | 'EDITOR', string>;

  function gql(query: string, variables: Record<string, unknown>, bearer?: string) {
    return graphqlOver(api.server.url, query, variables, bearer);
  }

  beforeAll(async () => {
    api = await startSeededApi({ auth: { secret: SECRET } });
    token.ADMIN = await mintToken(SECRET, { role: 'ADMIN', subject: 'ada', ttl: '10m' });
    token.EDITOR = await mintToken(SECRET, { role: 'EDITOR', subject: 'ed', ttl: '10m' });
  });
  afterAll(() => api.close());

  it('is for admins only', async () => {
    expect((await gql(IMPORT, BATCH, token.EDITOR)).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(IMPORT, BATCH)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('reports what a dry run would change, and changes nothing', async () => {
    const before = await snapshot(api.store);
    const res = await gql(IMPORT, { ...BATCH, dryRun: true }, token.ADMIN);
    expect(res.data.importRecords).toEqual({ dryRun: true, nodesCreated: 2, nodesUpdated: 1, relationships: 3 });
    expect(await snapshot(api.store)).toEqual(before);
  });

  it('refuses a batch whose last row is bad, with every problem and its row, and changes nothing', async () => {
    const before = await snapshot(api.store);
    const bad = {
      nodes: [
        ...BATCH.nodes,
        { kind: 'CITY', properties: { id: 'nowhere', name: 'Nowhere', countryCode: 'ng', lat: 91, lon: 'east', mayor: 'x' } },
        { kind: 'PRACTITIONER', properties: { id: 'abuja-01', name: 'Twice', email: 'not-an-address' } },
        { kind: 'EVENT', properties: { id: 'e-bad', title: 'Backwards', kind: 'WEBINAR', startDate: '2024-05-02', endDate: '2024-05-01', phase: 4, virtual: true } },
        { kind: 'TOPIC', properties: { name: 'No id' } },
      ],
      relationships: [
        ...BATCH.relationships,
        { type: 'BASED_IN', from: 'Practitioner:abuja-01', to: 'City:atlantis' },
        { type: 'BASED_IN', from: 'City:abuja', to: 'City:lagos' },
        { type: 'PARTICIPATED_IN', from: 'Practitioner:abuja-01', to: 'Event:e2020-ssa-virtual-water', properties: { role: 'BOSS' } },
      ],
    };
    const res = await gql(IMPORT, bad, token.ADMIN);
    expect(res.data).toBeNull();
    expect(res.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors[0].message).toMatch(/^Nothing was imported: \d+ problem\(s\)\./);
    const problems = res.errors[0].extensions.problems.map((p: { section: string; row: number; message: string }) => `${p.section}[${p.row}] ${p.message}`);
    expect(problems).toEqual([
      'nodes[3] mayor is not a property of City; it has name, countryCode, lat, lon, population, synthetic, sources',
      'nodes[3] countryCode must be an ISO 3166-1 alpha-2 country code in capitals, such as "NG" (got "ng")',
      'nodes[3] lat must be -90 to 90 (got 91)',
      'nodes[3] lon must be a number (got "east")',
      'nodes[4] email must be an e-mail address such as "name@example.org" (got "not-an-address")',
      'nodes[4] Practitioner:abuja-01 appears twice in this batch',
      'nodes[5] endDate (2024-05-01) is before startDate (2024-05-02)',
      'nodes[6] id is required',
      'relationships[3] no node has the id City:atlantis, in the graph or in this batch',
      'relationships[4] BASED_IN cannot join City "abuja" to City "lagos": it goes from Practitioner to City',
      'relationships[5] role must be one of PARTICIPANT, SPEAKER, FACILITATOR, ORGANISER (got "BOSS")',
    ]);
    expect(await snapshot(api.store)).toEqual(before);
    const tooMany = { nodes: Array.from({ length: 5001 }, (_, i) => ({ kind: 'TOPIC', properties: { id: `t${i}`, name: 'x' } })) };
    expect((await gql(IMPORT, tooMany, token.ADMIN)).errors[0]).toMatchObject({ message: expect.stringContaining('At most 5000 records'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('writes a good batch whole: new and updated nodes, relationships to nodes of the batch and of the graph', async () => {
    const res = await gql(IMPORT, BATCH, token.ADMIN);
    expect(res).toEqual({ data: { importRecords: { dryRun: false, nodesCreated: 2, nodesUpdated: 1, relationships: 3 } }, extensions: expect.any(Object) });
    const read = await gql(
      `{ practitioner(id: "abuja-01") { name version updatedBy city { key country { key } } expertise { key } }
         city(id: "lagos") { population version } }`,
      {},
      token.EDITOR,
    );
    expect(read.data).toEqual({
      practitioner: { name: 'Ifeoma Importer', version: 1, updatedBy: 'ada', city: { key: 'abuja', country: { key: 'ng' } }, expertise: [{ key: 'solid-waste-management' }] },
      city: { population: 15000000, version: 1 },
    });
    const again = await gql(IMPORT, BATCH, token.ADMIN);
    expect(again.data.importRecords).toEqual({ dryRun: false, nodesCreated: 0, nodesUpdated: 3, relationships: 3 });
    const twice = await gql(`{ practitioner(id: "abuja-01") { version expertise { key } } }`, {});
    expect(twice.data.practitioner).toEqual({ version: 2, expertise: [{ key: 'solid-waste-management' }] });
  });
});
