import { mintToken } from '../../src/server/auth/mint-token';
import { graphqlOver, startSeededApi, type SeededApi } from '../helpers/api';

/**
 * One way to name a node (id, global id, or name in any case and with or without accents) on
 * every argument that names one, and references written as relationships in the same transaction.
 */
const SECRET = 'names-test-secret-of-at-least-32-characters';

describe('naming nodes and references over HTTP', () => {
  let api: SeededApi;
  let editor: string;

  function gql(query: string, variables: Record<string, unknown> = {}, bearer?: string) {
    return graphqlOver(api.server.url, query, variables, bearer);
  }

  beforeAll(async () => {
    api = await startSeededApi({ auth: { secret: SECRET } });
    editor = await mintToken(SECRET, { role: 'EDITOR', subject: 'names', ttl: '10m' });
  });
  afterAll(() => api.close());

  it('reads a lookup argument as an id, a global id or a name in any case, with or without accents', async () => {
    for (const id of ['lagos', 'City:lagos', 'Lagos', 'LAGOS', '  lagos ', 'City:Lagos']) {
      expect({ id, answer: (await gql('query($id: ID!) { city(id: $id) { key } }', { id })).data }).toEqual({ id, answer: { city: { key: 'lagos' } } });
    }
    expect((await gql('{ city(id: "sao paulo") { key } country(id: "NG") { key } topic(id: "solid waste MANAGEMENT") { key } }')).data).toEqual({
      city: { key: 'sao-paulo' },
      country: { key: 'ng' },
      topic: { key: 'solid-waste-management' },
    });
  });

  it('filters listings by a node named any way, and answers NOT_FOUND with suggestions instead of an empty list', async () => {
    const byId = (await gql('{ practitioners(filter: { city: "lagos" }, first: 100) { totalCount nodes { key } } }')).data.practitioners;
    expect(byId.totalCount).toBeGreaterThan(0);
    expect((await gql('{ practitioners(filter: { city: "Lagos" }, first: 100) { totalCount nodes { key } } }')).data.practitioners).toEqual(byId);
    const typo = await gql('{ practitioners(filter: { city: "Lgaos" }) { totalCount } }');
    expect(typo.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', argument: 'filter.city', suggestions: expect.arrayContaining(['lagos']) } });
    expect(typo.errors[0].message).toMatch(/^filter\.city: no city has the id or name "Lgaos"\. Did you mean .*Lagos \("lagos"\)/);
  });

  it('takes names in traversal arguments: a city and a topic by name, a practitioner by name', async () => {
    const byId = await gql('{ practitionersWorkingOn(city: "lagos", topic: "solid-waste-management") { totalCount } }');
    const byName = await gql('{ practitionersWorkingOn(city: "LAGOS", topic: "Solid waste management") { totalCount } }');
    expect(byName.data).toEqual(byId.data);
    expect(byId.data.practitionersWorkingOn.totalCount).toBeGreaterThan(0);
    const name = (await gql('{ practitioner(id: "lagos-01") { name } }')).data.practitioner.name as string;
    const peers = await gql('query($p: ID!) { recommendPeers(practitioner: $p, first: 3) { practitioner { key } } }', { p: name.toUpperCase() });
    expect(peers.data).toEqual((await gql('{ recommendPeers(practitioner: "lagos-01", first: 3) { practitioner { key } } }')).data);
    const path = await gql('{ connectionPath(from: "City:Lagos", to: "Country:Nigeria") { length } }');
    expect(path.data.connectionPath.length).toBe(1);
  });

  it('creates a city linked to its country, moves the link when the code changes, and lists it under the country', async () => {
    const created = await gql(
      'mutation($input: CityInput!) { createCity(input: $input) { key version country { key } } }',
      { input: { id: 'abuja-ref', name: 'Abuja', countryCode: 'NG', lat: 9.07, lon: 7.4 } },
      editor,
    );
    expect(created.data).toEqual({ createCity: { key: 'abuja-ref', version: 1, country: { key: 'ng' } } });
    const inNigeria = await gql('{ cities(filter: { country: "NG" }, first: 100) { nodes { key } } }');
    expect(inNigeria.data.cities.nodes).toContainEqual({ key: 'abuja-ref' });
    const moved = await gql('mutation { updateCity(id: "abuja-ref", version: 1, patch: { countryCode: "TZ" }) { country { key } } }', {}, editor);
    expect(moved.data).toEqual({ updateCity: { country: { key: 'tz' } } });
    const countries = await gql('{ city(id: "abuja-ref") { country { key } } country(id: "ng") { cities(first: 100) { nodes { key } } } }');
    expect(countries.data.city.country).toEqual({ key: 'tz' });
    expect(countries.data.country.cities.nodes).not.toContainEqual({ key: 'abuja-ref' });
  });

  it('creates a practitioner with a city and an institution named any way, in one transaction; a reference to nothing writes nothing', async () => {
    const created = await gql(
      'mutation($input: PractitionerInput!) { createPractitioner(input: $input) { key languages city { key } institution { key } } }',
      { input: { id: 'ref-01', name: 'Refa Linked', city: 'Lagos', institution: 'Institution:giz' } },
      editor,
    );
    // No languages given: the list is empty, not an error on a non-null field.
    expect(created.data).toEqual({ createPractitioner: { key: 'ref-01', languages: [], city: { key: 'lagos' }, institution: { key: 'giz' } } });
    const inNigeria = await gql('{ practitioners(filter: { country: "NG" }, first: 100) { nodes { key } } }');
    expect(inNigeria.data.practitioners.nodes).toContainEqual({ key: 'ref-01' });
    const nowhere = await gql('mutation($input: PractitionerInput!) { createPractitioner(input: $input) { key } }', { input: { id: 'ref-02', name: 'Refa Lost', city: 'Atlantis' } }, editor);
    expect(nowhere.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', argument: 'input.city' } });
    expect(nowhere.errors[0].message).toBe('input.city: no city has the id or name "Atlantis".');
    expect((await gql('{ practitioner(id: "ref-02") { key } }')).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('lists the candidates when several nodes share a name, in each with what tells them apart', async () => {
    await gql('mutation($input: CityInput!) { createCity(input: $input) { key } }', { input: { id: 'lagos-tz', name: 'Lagos', countryCode: 'TZ', lat: -6.1, lon: 39.2 } }, editor);
    // The id still names one city; the name now names two.
    expect((await gql('{ city(id: "lagos") { key } }')).data).toEqual({ city: { key: 'lagos' } });
    const byName = await gql('{ practitionersWorkingOn(city: "lágos", cluster: MUNICIPAL_SERVICES) { totalCount } }');
    expect(byName.errors[0]).toMatchObject({
      message: 'city: 2 cities are called "lágos": Lagos in Nigeria (id "lagos"); Lagos in Tanzania (id "lagos-tz"). Give the id.',
      extensions: { code: 'BAD_USER_INPUT', candidates: ['lagos', 'lagos-tz'] },
    });
    expect((await gql('{ city(id: "Lagos") { key } }')).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id', candidates: ['lagos', 'lagos-tz'] });
  });

  it('links an imported city to the country its code names, and refuses a code no country has', async () => {
    const IMPORT = 'mutation($nodes: [NodeRecordInput!]) { importRecords(nodes: $nodes) { nodesCreated } }';
    const admin = await mintToken(SECRET, { role: 'ADMIN', subject: 'names-admin', ttl: '10m' });
    const city = { id: 'dodoma-ref', name: 'Dodoma', countryCode: 'TZ', lat: -6.16, lon: 35.75 };
    expect((await gql(IMPORT, { nodes: [{ kind: 'CITY', properties: city }] }, admin)).data).toEqual({ importRecords: { nodesCreated: 1 } });
    expect((await gql('{ city(id: "dodoma-ref") { country { key } } }')).data.city.country).toEqual({ key: 'tz' });
    const moved = await gql(IMPORT, { nodes: [{ kind: 'CITY', properties: { ...city, countryCode: 'KE' } }] }, admin);
    expect(moved.errors).toBeUndefined();
    expect((await gql('{ city(id: "dodoma-ref") { country { key } } country(id: "tz") { cities(first: 100) { nodes { key } } } }')).data).toEqual({
      city: { country: { key: 'ke' } },
      country: { cities: { nodes: expect.not.arrayContaining([{ key: 'dodoma-ref' }]) } },
    });
    const unknown = await gql(IMPORT, { nodes: [{ kind: 'CITY', properties: { ...city, id: 'lima-ref', name: 'Lima', countryCode: 'PE' } }] }, admin);
    expect(unknown.errors[0].extensions.problems).toEqual([
      { section: 'nodes', row: 0, field: 'countryCode', message: 'countryCode names Country:pe, but no node has the id Country:pe, in the graph or in this batch' },
    ]);
  });
});
