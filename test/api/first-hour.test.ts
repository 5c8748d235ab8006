import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { mintToken } from '../../src/server/auth/mint-token';
import { startSeededApi, type SeededApi } from '../helpers/api';

/** What a new user met in the first hour, over HTTP: each used to need a guess or gave a wrong answer. */

const SECRET = 'first-hour-secret-of-thirty-two-chars!!';

describe('the first hour, over HTTP', () => {
  let api: SeededApi;
  let editor: string;
  beforeAll(async () => {
    api = await startSeededApi({ auth: { secret: SECRET } });
    editor = await mintToken(SECRET, { role: 'EDITOR', subject: 'new-user', ttl: '10m' });
  });
  afterAll(() => api.close());

  const write = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions: { code: string } }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  it('lists an adaptation whose outcomes have no city yet, with null cities: one row per ADAPTED_FROM', async () => {
    const before = (await api.post({ query: '{ knowledgeTransfers(first: 200) { target { key } } }' })).body.data.knowledgeTransfers.length;
    for (const id of ['fh-original', 'fh-adaptation']) {
      expect((await write(`mutation { createOutcome(input: { id: "${id}", title: "${id}", kind: PILOT, status: PLANNED }) { key } }`)).errors).toBeUndefined();
    }
    expect((await write('mutation { link(input: { type: ADAPTED_FROM, from: "Outcome:fh-adaptation", to: "Outcome:fh-original" }) { created } }')).errors).toBeUndefined();
    const { body } = await api.post({ query: '{ knowledgeTransfers(first: 200) { source { key } target { key } fromCity { key } toCity { key } via { key } } }' });
    expect(body.errors).toBeUndefined();
    expect(body.data.knowledgeTransfers).toHaveLength(before + 1);
    expect(body.data.knowledgeTransfers).toContainEqual({ source: { key: 'fh-original' }, target: { key: 'fh-adaptation' }, fromCity: null, toCity: null, via: [] });
  });

  it('takes a relationship role in any case, as token roles, and stores it as the model writes it', async () => {
    const linked = await write('mutation { link(input: { type: PARTICIPATED_IN, from: "Practitioner:lagos-09", to: "Event:e2020-ssa-virtual-water", role: "speaker" }) { created } }');
    expect(linked.errors).toBeUndefined();
    const { body } = await api.post({ query: '{ event(id: "e2020-ssa-virtual-water") { participants(first: 100) { edges { role node { key } } } } }' });
    expect(body.data.event.participants.edges).toContainEqual({ role: 'SPEAKER', node: { key: 'lagos-09' } });
    const refused = await write('mutation { link(input: { type: PARTICIPATED_IN, from: "Practitioner:lagos-09", to: "Event:e2020-ssa-virtual-water", role: "keynote" }) { created } }');
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('PARTICIPANT, SPEAKER, FACILITATOR, ORGANISER') });
  });

  it('says how a date is written when one is not', async () => {
    const literal = await write('mutation { createEvent(input: { id: "fh-e", title: "T", kind: WEBINAR, startDate: "01/01/2019", endDate: "2019-01-02", phase: 3, virtual: true }) { key } }');
    expect(literal.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('"01/01/2019"; must be a day written YYYY-MM-DD in the years 1900 to 2100, e.g. "2019-01-31"') });
    const variable = await write('query($from: LocalDate) { events(filter: { from: $from }) { totalCount } }', { from: '2019/01/01' });
    expect(variable.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('must be a day written YYYY-MM-DD') });
  });

  it('serves the schema as SDL at /schema.graphql: the schema introspection gives, arguments in reading order', async () => {
    const response = await fetch(api.server.url.replace('/graphql', '/schema.graphql'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const sdl = await response.text();
    // The same schema as introspection gives (compared in one order: the type map's differs).
    const introspected = buildClientSchema((await api.post({ query: getIntrospectionQuery({ specifiedByUrl: true }) })).body.data);
    expect(printSchema(lexicographicSortSchema(buildSchema(sdl)))).toBe(printSchema(lexicographicSortSchema(introspected)));
    expect(sdl).toMatch(/practitionersWorkingOn\(\n(?:.*\n)*?\s+city: String!\n(?:.*\n)*?\s+cluster: ClusterCode\n(?:.*\n)*?\s+first: Int = 20\n(?:.*\n)*?\s+after: String\n\s+\)/);
  });

  it('does not publish the schema when introspection is off', async () => {
    const hidden = await startSeededApi({ introspection: false });
    try {
      const response = await fetch(hidden.server.url.replace('/graphql', '/schema.graphql'));
      expect({ status: response.status, text: await response.text() }).toEqual({ status: 404, text: 'The schema is not published: this server runs with INTROSPECTION=off.\n' });
    } finally {
      await hidden.close();
    }
  });
});
