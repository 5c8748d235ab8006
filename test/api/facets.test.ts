import { graphqlOver, startSeededApi, type SeededApi } from '../helpers/api';
import { seedOracle } from '../helpers/seed-oracle';
import { SEED_DIR } from '../helpers/tmp';

/**
 * Facets of the root listings on the seed dataset, each held against counts made from the CSV
 * rows: per value, the listed nodes (after the filter) that reach it, nodes reaching none under null.
 */
const seed = seedOracle(SEED_DIR);
const prop = (label: string, id: string, name: string) => seed.nodes.get(label)!.get(id)![name];
const nameOf = (label: string, id: string) => prop(label, id, 'name') ?? prop(label, id, 'title') ?? id;
const countryOf = (city: string) => seed.out('IN_COUNTRY', city)[0];
const regionOf = (country: string) => prop('Country', country, 'region');
const clustersOfTopics = (topics: string[]) => [...new Set(topics.flatMap((t) => seed.out('PART_OF', t, 'Cluster')))];

type Values = (id: string) => (string | null)[];

/** Buckets as the API should give them: value, label, count; most first, then by value. */
function buckets(ids: string[], values: Values, label: (value: string) => string = (v) => v) {
  const counts = new Map<string | null, number>();
  for (const id of ids) {
    const vs = [...new Set(values(id))];
    for (const v of vs.length ? vs : [null]) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, label: value === null ? 'none' : label(value), count }))
    .sort((a, b) => b.count - a.count || (a.value === null ? 1 : b.value === null ? -1 : a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

describe('listing facets over HTTP on the seed dataset', () => {
  let api: SeededApi;
  const gql = (query: string, variables: Record<string, unknown> = {}) => graphqlOver(api.server.url, query, variables);
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  it('counts the practitioners of a cluster by country, region, cluster, role, year and institution, in one query', async () => {
    const msTopics = seed.in('PART_OF', 'MUNICIPAL_SERVICES', 'Topic');
    const people = seed.ids('Practitioner').filter((p) => seed.out('EXPERT_IN', p).some((t) => msTopics.includes(t)));
    const events = (p: string) => seed.out('PARTICIPATED_IN', p, 'Event');
    const res = await gql(`{ practitioners(filter: { cluster: MUNICIPAL_SERVICES }, first: 1) {
      totalCount
      facets(by: [COUNTRY, REGION, CLUSTER, ROLE, YEAR, INSTITUTION]) { dimension truncated buckets { value label count } }
    } }`);
    expect(res.errors).toBeUndefined();
    const { totalCount, facets } = res.data.practitioners;
    expect(totalCount).toBe(people.length);
    const home = (p: string) => seed.out('BASED_IN', p, 'City');
    expect(facets).toEqual([
      { dimension: 'COUNTRY', truncated: false, buckets: buckets(people, (p) => home(p).map(countryOf), (c) => nameOf('Country', c)) },
      { dimension: 'REGION', truncated: false, buckets: buckets(people, (p) => home(p).map((c) => regionOf(countryOf(c)))) },
      { dimension: 'CLUSTER', truncated: false, buckets: buckets(people, (p) => clustersOfTopics(seed.out('EXPERT_IN', p)), (c) => nameOf('Cluster', c)) },
      { dimension: 'ROLE', truncated: false, buckets: buckets(people, (p) => events(p).map((e) => seed.rel('PARTICIPATED_IN', p, e).role)) },
      { dimension: 'YEAR', truncated: false, buckets: buckets(people, (p) => events(p).map((e) => prop('Event', e, 'startDate').slice(0, 4))) },
      { dimension: 'INSTITUTION', truncated: false, buckets: buckets(people, (p) => seed.out('WORKS_AT', p), (i) => nameOf('Institution', i)) },
    ]);
  });

  it('counts events, outcomes and institutions by their own values and places', async () => {
    const african = (city: string) => regionOf(countryOf(city)) === 'AFRICA';
    const events = seed.ids('Event').filter((e) => seed.out('HELD_IN', e).some(african));
    const res = await gql(`{
      events(filter: { region: AFRICA }) { facets(by: [KIND, PHASE, YEAR, CITY]) { dimension buckets { value label count } } }
      outcomes { facets(by: [STATUS, KIND]) { dimension buckets { value label count } } }
      institutions { facets(by: [KIND]) { dimension buckets { value count } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.events.facets).toEqual([
      { dimension: 'KIND', buckets: buckets(events, (e) => [prop('Event', e, 'kind')]) },
      { dimension: 'PHASE', buckets: buckets(events, (e) => [prop('Event', e, 'phase') ?? null].filter((v) => v !== null)) },
      { dimension: 'YEAR', buckets: buckets(events, (e) => [prop('Event', e, 'startDate').slice(0, 4)]) },
      { dimension: 'CITY', buckets: buckets(events, (e) => seed.out('HELD_IN', e), (c) => nameOf('City', c)) },
    ]);
    const outcomes = seed.ids('Outcome');
    expect(res.data.outcomes.facets).toEqual([
      { dimension: 'STATUS', buckets: buckets(outcomes, (o) => [prop('Outcome', o, 'status')]) },
      { dimension: 'KIND', buckets: buckets(outcomes, (o) => [prop('Outcome', o, 'kind')]) },
    ]);
    const institutions = seed.ids('Institution');
    expect(res.data.institutions.facets).toEqual([
      { dimension: 'KIND', buckets: buckets(institutions, (i) => [prop('Institution', i, 'kind')]).map(({ value, count }) => ({ value, count })) },
    ]);
  });

  it('refuses a dimension the listing does not offer, and a clusters listing has no facets', async () => {
    const res = await gql('{ cities { facets(by: [COUNTRY, ROLE]) { dimension } } }');
    expect(res.errors?.[0]).toMatchObject({
      message: 'by: cities cannot be counted by ROLE; they offer COUNTRY, REGION.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const clusters = await gql('{ clusters { facets(by: [REGION]) { dimension } } }');
    expect(clusters.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Cannot query field "facets" on type "ClusterConnection"/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});
