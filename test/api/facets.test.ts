import { graphqlOver, startSeededApi, type SeededApi } from '../helpers/api';
import { facetOracle } from '../helpers/facet-oracle';
import { seedOracle } from '../helpers/seed-oracle';
import { SEED_DIR } from '../helpers/tmp';

/**
 * Facets of the root listings on the seed dataset, each held against counts made from the CSV
 * rows (helpers/facet-oracle.ts): per value, the listed nodes (after the filter) that reach it,
 * nodes reaching none under null.
 */
const seed = seedOracle(SEED_DIR);
const oracle = facetOracle(seed);
const LISTINGS = ['Practitioner', 'Event', 'Outcome', 'Institution'];
const field = (label: string) => `${label.toLowerCase()}s`;

describe('listing facets over HTTP on the seed dataset', () => {
  let api: SeededApi;
  const gql = (query: string, variables: Record<string, unknown> = {}) => graphqlOver(api.server.url, query, variables);
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  it('counts every listing by every dimension it offers, unfiltered', async () => {
    const query = LISTINGS.map((l) => `${field(l)} { facets(by: [${oracle.dimensions(l)}]) { dimension truncated buckets { value label count } } }`);
    const res = await gql(`{ ${query.join('\n')} }`);
    expect(res.errors).toBeUndefined();
    for (const label of LISTINGS) expect(res.data[field(label)].facets).toEqual(oracle.facets(label, seed.ids(label), oracle.dimensions(label)));
  });

  it('counts a filtered listing: the practitioners of a cluster, the events in a region', async () => {
    const msTopics = seed.in('PART_OF', 'MUNICIPAL_SERVICES', 'Topic');
    const people = seed.ids('Practitioner').filter((p) => seed.out('EXPERT_IN', p).some((t) => msTopics.includes(t)));
    const african = (city: string) => seed.out('IN_COUNTRY', city).some((c) => seed.nodes.get('Country')!.get(c)!.region === 'AFRICA');
    const events = seed.ids('Event').filter((e) => seed.out('HELD_IN', e).some(african));
    const res = await gql(`{
      practitioners(filter: { cluster: MUNICIPAL_SERVICES }, first: 1) { totalCount facets(by: [${oracle.dimensions('Practitioner')}]) { dimension truncated buckets { value label count } } }
      events(filter: { region: AFRICA }) { facets(by: [${oracle.dimensions('Event')}]) { dimension truncated buckets { value label count } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.practitioners.totalCount).toBe(people.length);
    expect(res.data.practitioners.facets).toEqual(oracle.facets('Practitioner', people, oracle.dimensions('Practitioner')));
    expect(res.data.events.facets).toEqual(oracle.facets('Event', events, oracle.dimensions('Event')));
    expect(events.length).toBeGreaterThan(0);
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
