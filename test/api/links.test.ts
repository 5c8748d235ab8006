import { mintToken } from '../../src/server/auth/mint-token';
import { graphqlOver, startSeededApi, type SeededApi } from '../helpers/api';
import { seedOracle } from '../helpers/seed-oracle';
import { SEED_DIR } from '../helpers/tmp';

/** Relationship writes over HTTP, and the headline scenario (a practitioner in Lagos working on municipal services) end to end. */
const SECRET = 'links-test-secret-of-at-least-32-chars!';
const seed = seedOracle(SEED_DIR);
const LINK = `mutation($input: LinkInput!) { link(input: $input) { type from { id } to { id } created } }`;
const UNLINK = `mutation($input: UnlinkInput!) { unlink(input: $input) { type created } }`;
/** An event addressing a municipal-services topic. */
const MS_TOPICS = new Set(seed.in('PART_OF', 'MUNICIPAL_SERVICES', 'Topic'));
const EVENT = seed.ids('Event').find((e) => seed.out('ADDRESSES', e, 'Topic').some((t) => MS_TOPICS.has(t)))!;

describe('links over HTTP', () => {
  let api: SeededApi;
  let editor: string;
  let viewer: string;

  function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
    return graphqlOver(api.server.url, query, variables, token);
  }
  const link = (input: Record<string, unknown>, token = editor) => gql(LINK, { input }, token);
  const participants = async () => (await gql(`{ event(id: "${EVENT}") { participants(first: 0) { totalCount } } }`)).data.event.participants.totalCount;

  beforeAll(async () => {
    api = await startSeededApi({ auth: { secret: SECRET } });
    editor = await mintToken(SECRET, { role: 'EDITOR', subject: 'editor-ed', ttl: '10m' });
    viewer = await mintToken(SECRET, { role: 'VIEWER', subject: 'vic', ttl: '10m' });
  });
  afterAll(() => api.close());

  it('an editor adds a practitioner in Lagos and links them to an event; the next who-works-on shows them, anonymously without contact', async () => {
    const created = await gql(
      `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }`,
      { input: { id: 'lagos-new', name: 'Ngozi Newcomer', position: 'waste officer', languages: ['en'], email: 'ngozi@example.org' } },
      editor,
    );
    expect(created.errors).toBeUndefined();
    expect((await link({ type: 'BASED_IN', from: 'Practitioner:lagos-new', to: 'City:lagos' })).data.link).toEqual({
      type: 'BASED_IN', from: { id: 'Practitioner:lagos-new' }, to: { id: 'City:lagos' }, created: true,
    });
    expect((await link({ type: 'PARTICIPATED_IN', from: 'Practitioner:lagos-new', to: `Event:${EVENT}`, role: 'SPEAKER' })).data.link.created).toBe(true);

    const answer = await gql(`{ practitionersWorkingOn(city: "Lagos", cluster: MUNICIPAL_SERVICES, first: 100) {
      edges { node { key name email } evidence { kind subject { id } role } } } }`);
    const edge = answer.data.practitionersWorkingOn.edges.find((e: { node: { key: string } }) => e.node.key === 'lagos-new');
    expect(edge).toEqual({
      node: { key: 'lagos-new', name: 'Ngozi Newcomer', email: null },
      evidence: seed.out('ADDRESSES', EVENT, 'Topic').filter((t) => MS_TOPICS.has(t)).map(() => ({ kind: 'EVENT', subject: { id: `Event:${EVENT}` }, role: 'SPEAKER' })),
    });
    expect(answer.errors.every((e: { extensions: { code: string }; path: string[] }) => e.extensions.code === 'FORBIDDEN' && e.path.at(-1) === 'email')).toBe(true);
  });

  it('refuses what the model does not allow, naming both ends, and nodes that do not exist', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ type: 'BASED_IN', from: `Event:${EVENT}`, to: 'City:lagos' }, 'BAD_USER_INPUT', new RegExp(`BASED_IN cannot join Event "${EVENT}" to City "lagos": it goes from Practitioner to City`)],
      [{ type: 'PARTICIPATED_IN', from: 'Practitioner:lagos-01', to: `Event:${EVENT}` }, 'BAD_USER_INPUT', /^role is required: one of PARTICIPANT, SPEAKER, FACILITATOR, ORGANISER\.$/],
      [{ type: 'PARTICIPATED_IN', from: 'Practitioner:lagos-01', to: `Event:${EVENT}`, role: 'LEAD' }, 'BAD_USER_INPUT', /^role must be one of PARTICIPANT, SPEAKER, FACILITATOR, ORGANISER \(got "LEAD"\)\.$/],
      [{ type: 'BASED_IN', from: 'Practitioner:lagos-01', to: 'City:lagos', position: 'mayor' }, 'BAD_USER_INPUT', /^position is not a property of BASED_IN; it has synthetic, sources\.$/],
      [{ type: 'WORKS_AT', from: 'Practitioner:lagos-01', to: 'Institution:giz', since: 1850 }, 'BAD_USER_INPUT', /^since must be 1900 to 2100 \(got 1850\)\.$/],
      [{ type: 'BASED_IN', from: 'Practitioner:nobody', to: 'City:atlantis' }, 'NOT_FOUND', /No node has the id Practitioner:nobody nor City:atlantis/],
      [{ type: 'BASED_IN', from: 'lagos-01', to: 'City:lagos' }, 'BAD_USER_INPUT', /^input\.from: "lagos-01" is not a node id; ids look like "City:lagos"/],
    ];
    for (const [input, code, message] of cases) {
      const res = await link(input);
      expect({ input, code: res.errors?.[0]?.extensions?.code }).toEqual({ input, code });
      expect(res.errors[0].message).toMatch(message);
    }
    expect((await link({ type: 'BASED_IN', from: 'Practitioner:lagos-01', to: 'City:bonn' }, viewer)).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(LINK, { input: { type: 'BASED_IN', from: 'Practitioner:lagos-01', to: 'City:bonn' } })).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(seed.out('BASED_IN', 'lagos-01')).toEqual(['lagos']);
    expect((await gql(`{ practitioner(id: "lagos-01") { city { key } } }`)).data.practitioner.city).toEqual({ key: 'lagos' });
  });

  it('keeps one relationship per pair: linking again updates it, 50 parallel links all land once, unlink removes it', async () => {
    const pair = { type: 'PARTICIPATED_IN', from: 'Practitioner:lagos-02', to: `Event:${EVENT}` };
    const before = await participants();
    const known = seed.in('PARTICIPATED_IN', EVENT).includes('lagos-02');
    expect((await link({ ...pair, role: 'FACILITATOR' })).data.link.created).toBe(!known);
    expect((await link({ ...pair, role: 'ORGANISER' })).data.link.created).toBe(false);
    const role = await gql(`{ practitioner(id: "lagos-02") { events(first: 100) { edges { role node { key } } } } }`);
    expect(role.data.practitioner.events.edges.filter((e: { node: { key: string } }) => e.node.key === EVENT)).toEqual([{ role: 'ORGANISER', node: { key: EVENT } }]);

    const people = Array.from({ length: 50 }, (_, i) => `crowd-${i}`);
    await Promise.all(people.map((id) => gql(`mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }`, { input: { id, name: `Crowd ${id}` } }, editor)));
    const results = await Promise.all(people.map((id) => link({ type: 'PARTICIPATED_IN', from: `Practitioner:${id}`, to: `Event:${EVENT}`, role: 'PARTICIPANT' })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const same = await Promise.all(Array.from({ length: 20 }, () => link({ type: 'PARTICIPATED_IN', from: 'Practitioner:crowd-0', to: `Event:${EVENT}`, role: 'SPEAKER' })));
    expect(same.filter((r) => r.errors)).toEqual([]);
    expect(await participants()).toBe(before + (known ? 0 : 1) + 50);

    expect((await gql(UNLINK, { input: pair }, editor)).data.unlink).toEqual({ type: 'PARTICIPATED_IN', created: false });
    expect((await gql(UNLINK, { input: pair }, editor)).errors[0]).toMatchObject({ message: expect.stringContaining('There is no PARTICIPATED_IN'), extensions: { code: 'NOT_FOUND' } });
    expect(await participants()).toBe(before + (known ? -1 : 0) + 50);
  });
});
