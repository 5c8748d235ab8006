import { BranchesDocument, FourLevelsDocument } from '../generated/graphql';
import { startSeededApi, type SeededApi } from '../helpers/api';

/**
 * Store round trips are bounded by the query's depth, not by its result size; with the
 * DataLoaders switched off (the benchmark's "naive" mode) they grow with the result.
 */
describe('store round trips per request', () => {
  let batched: SeededApi;
  let naive: SeededApi;
  beforeAll(async () => {
    batched = await startSeededApi();
    naive = await startSeededApi({ loaderBatching: false }, batched.store);
  });
  afterAll(async () => {
    await naive.close();
    await batched.close();
  });

  it('costs one round trip per level for a query four levels deep over 100 practitioners', async () => {
    const { data, errors, extensions } = await batched.run(FourLevelsDocument, { first: 100 });
    expect(errors).toBeUndefined();
    expect(data!.practitioners.nodes).toHaveLength(100);
    expect(data!.practitioners.nodes.filter((n) => n.city?.country?.cities.nodes.length).length).toBeGreaterThan(50);
    expect(extensions!.graph.roundTrips).toBe(4);
    expect(extensions!.graph.storeMs).toBeGreaterThan(0);
  });

  it('answers "who in a city worked on …" in one statement by city id; by name in four, the id check and the name lookup sharing a round', async () => {
    const query = 'query($city: String!) { practitionersWorkingOn(city: $city, cluster: MUNICIPAL_SERVICES, first: 5) { totalCount edges { node { key name } evidence { description } } } }';
    const trips = async (city: string) => {
      const { body } = await batched.post({ query, variables: { city } });
      expect(body.errors).toBeUndefined();
      return { total: body.data.practitionersWorkingOn.totalCount, trips: body.extensions.graph.roundTrips };
    };
    const byId = await trips('lagos');
    expect(byId.total).toBeGreaterThan(0);
    expect(byId.trips).toBe(1);
    // The page by "Lagos" as an id is empty; the id check and the name lookup share one round; then the page.
    expect(await trips('Lagos')).toEqual({ total: byId.total, trips: 4 });
    const empty = await batched.post({ query: query.replace('MUNICIPAL_SERVICES', 'GOOD_URBAN_GOVERNANCE'), variables: { city: 'atlantis-on-sea' } });
    expect(empty.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('does not grow with the page size', async () => {
    const small = await batched.run(FourLevelsDocument, { first: 5 });
    const large = await batched.run(FourLevelsDocument, { first: 100 });
    expect(small.extensions!.graph.roundTrips).toBe(large.extensions!.graph.roundTrips);
  });

  it('costs one round trip per relationship and depth when the query branches', async () => {
    const { extensions } = await batched.run(BranchesDocument, { first: 100 });
    // practitioners; city and events; topics; cluster
    expect(extensions!.graph.roundTrips).toBe(5);
  });

  it('answers the same with loaders switched off, in many more round trips', async () => {
    const fast = await batched.run(FourLevelsDocument, { first: 100 });
    const slow = await naive.run(FourLevelsDocument, { first: 100 });
    expect(slow.data).toEqual(fast.data);
    expect(slow.extensions!.graph.roundTrips).toBeGreaterThan(100);
  });
});
