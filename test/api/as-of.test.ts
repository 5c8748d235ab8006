import { CLUSTER_CODES } from '../../src/domain';
import { NeighbourhoodDocument, NetworkFiguresDocument, PathDocument, WorkingOnDocument } from '../generated/graphql';
import { networkOracle } from '../helpers/network-oracle';
import { Random } from '../../src/seed/random';
import { graphqlOver, startGeneratedApi, startSeededApi, type SeededApi } from '../helpers/api';
import { facetOracle } from '../helpers/facet-oracle';
import { loadDir, memoryStore } from '../helpers/graph';
import { cutBack } from '../helpers/cut-back';
import { seedOracle, type SeedOracle } from '../helpers/seed-oracle';
import { SEED_DIR } from '../helpers/tmp';

/**
 * "As the network stood on a day" held against the dataset's CSV files cut back to that day
 * (helpers/cut-back.ts) and loaded into a graph of their own: the whole graph asked asOf the day
 * must answer what the cut graph answers now. On the seed, and on a generated network.
 */
const seed = seedOracle(SEED_DIR);
const DAYS = ['2016-06-30', '2020-01-01'];

describe('asOf a day, against the seed files cut back to that day', () => {
  let whole: SeededApi;
  const cuts = new Map<string, SeededApi & { dir: string }>();
  beforeAll(async () => {
    whole = await startSeededApi();
    for (const day of DAYS) {
      const store = await memoryStore();
      const dir = cutBack(SEED_DIR, day);
      await loadDir(store, dir);
      cuts.set(day, Object.assign(await startSeededApi({}, store), { dir }));
    }
  });
  afterAll(async () => {
    await whole.close();
    for (const cut of cuts.values()) {
      await cut.close();
      await cut.store.close();
    }
  });

  it.each(DAYS)('practitionersWorkingOn on %s answers what the cut graph answers now', async (day) => {
    const cut = cuts.get(day)!;
    let answered = 0;
    for (const city of ['lagos', 'nairobi', 'amman', 'bonn', 'freiburg']) {
      for (const cluster of CLUSTER_CODES) {
        const now = await cut.run(WorkingOnDocument, { city, cluster, first: 50 });
        const then = await whole.run(WorkingOnDocument, { city, cluster, first: 50, asOf: day });
        expect(then.errors).toBeUndefined();
        expect(then.data!.practitionersWorkingOn).toEqual(now.data!.practitionersWorkingOn);
        answered += now.data!.practitionersWorkingOn.totalCount;
      }
    }
    expect(answered).toBeGreaterThan(5);
  });

  it.each(DAYS)('networkStats on %s answers what the cut graph answers now, for every scope', async (day) => {
    const cut = cuts.get(day)!;
    {
      for (const [phase, region] of [[null, null], [2, null], [null, 'AFRICA'], [3, 'EUROPE'], [4, null]] as const) {
        const now = await cut.run(NetworkFiguresDocument, { phase, region });
        const then = await whole.run(NetworkFiguresDocument, { phase, region, asOf: day });
        expect(then.errors).toBeUndefined();
        expect(then.data!.networkStats).toEqual(now.data!.networkStats);
      }
      const today = await whole.run(NetworkFiguresDocument, {});
      const past = await whole.run(NetworkFiguresDocument, { asOf: day });
      expect(past.data!.networkStats.events).toBeLessThan(today.data!.networkStats.events);
    }
  });

  it.each(DAYS)('neighbourhood and connectionPath on %s walk what the cut graph has now', async (day) => {
    const cut = cuts.get(day)!;
    const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    for (const id of ['City:lagos', 'City:bonn', 'Practitioner:lagos-01', 'Cluster:MUNICIPAL_SERVICES']) {
      const now = await cut.run(NeighbourhoodDocument, { id, depth: 2, limit: 1000 });
      const then = await whole.run(NeighbourhoodDocument, { id, depth: 2, limit: 1000, asOf: day });
      expect(then.errors).toBeUndefined();
      expect(then.data!.neighbourhood.truncated).toBe(false);
      expect(sorted(then.data!.neighbourhood.nodes)).toEqual(sorted(now.data!.neighbourhood.nodes));
      expect(sorted(then.data!.neighbourhood.edges)).toEqual(sorted(now.data!.neighbourhood.edges));
    }
    const cutNet = networkOracle(seedOracle(cut.dir));
    for (const [from, to] of [['City:lagos', 'City:amman'], ['Practitioner:lagos-01', 'City:bonn'], ['Cluster:MUNICIPAL_SERVICES', 'City:nairobi']]) {
      const then = await whole.run(PathDocument, { from, to, maxHops: 6, asOf: day });
      expect(then.errors).toBeUndefined();
      const path = then.data!.connectionPath;
      expect(path?.length ?? null).toBe(cutNet.distance(from, to, 6));
      for (const step of path?.steps ?? []) expect(cutNet.hasEdge(step.from.id, step.relationship, step.to.id)).toBe(true);
    }
  });

  it('computes networkAnalytics on a day as the cut graph has them now', async () => {
    const day = DAYS[1];
    const analytics = (asOf?: string) => `{
      networkAnalytics${asOf ? `(asOf: "${asOf}")` : ''} {
        projection { practitioners events outcomes edges betweennessMethod }
        brokers(first: 20) { practitioner { key } betweenness }
        communities { size topClusters { cluster practitioners } members(first: 100) { key } }
        clusterBridges { from to count }
      }
    }`;
    const now = await graphqlOver(cuts.get(day)!.server.url, analytics());
    const then = await graphqlOver(whole.server.url, analytics(day));
    expect(then.errors).toBeUndefined();
    expect(then.data.networkAnalytics).toEqual(now.data.networkAnalytics);
    const today = await graphqlOver(whole.server.url, analytics());
    expect(then.data.networkAnalytics.projection.events).toBeLessThan(today.data.networkAnalytics.projection.events);
  });

  it.each(DAYS)('counts the listings by every facet on %s as the cut graph does now', async (day) => {
    const facets = (asOf?: string) => `{
      practitioners { facets(by: [CITY, COUNTRY, REGION, INSTITUTION, TOPIC, CLUSTER, EVENT, ROLE, YEAR, PHASE]${asOf ? `, asOf: "${asOf}"` : ''}) { dimension buckets { value count } } }
      events { facets(by: [KIND, PHASE, VIRTUAL, CITY, COUNTRY, REGION, TOPIC, CLUSTER, YEAR]${asOf ? `, asOf: "${asOf}"` : ''}) { dimension buckets { value count } } }
      outcomes { facets(by: [KIND, STATUS, CITY, COUNTRY, REGION, TOPIC, CLUSTER, EVENT]${asOf ? `, asOf: "${asOf}"` : ''}) { dimension buckets { value count } } }
      institutions { facets(by: [KIND, CITY]${asOf ? `, asOf: "${asOf}"` : ''}) { dimension buckets { value count } } }
    }`;
    const now = await graphqlOver(cuts.get(day)!.server.url, facets());
    const then = await graphqlOver(whole.server.url, facets(day));
    expect(then.errors).toBeUndefined();
    // Buckets of equal count come in value order, so the answers compare whole.
    expect(then.data).toEqual(now.data);
    const filtered = await graphqlOver(whole.server.url, `{ practitioners(filter: { region: AFRICA }) { facets(by: [COUNTRY], asOf: "${day}") { dimension } } }`);
    expect(filtered.errors?.[0]).toMatchObject({ message: 'asOf: facets as of a day count the whole listing; ask them without a filter.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('says a node was not yet there, when asked about it on a day before it', async () => {
    const late = seed.ids('Event').find((e) => seed.nodes.get('Event')!.get(e)!.startDate > DAYS[1])!;
    const res = await whole.run(NeighbourhoodDocument, { id: `Event:${late}`, asOf: DAYS[0] });
    expect(res.errors?.[0]).toMatchObject({ message: `id: Event:${late} was not yet part of the network on ${DAYS[0]}.`, extensions: { code: 'NOT_FOUND' } });
  });

  it('refuses a day that is not one', async () => {
    const res = await whole.run(NetworkFiguresDocument, { asOf: '2019-02-30' });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('asOf a day on a generated network, against its CSV files cut back to that day', () => {
  const DAY = '2019-06-30';
  const random = new Random(19);
  let whole: SeededApi & { dir: string };
  let cut: SeededApi & { dir: string };
  let cutSeed: SeedOracle;
  beforeAll(async () => {
    whole = await startGeneratedApi({ practitioners: 600, seed: 19 });
    const store = await memoryStore();
    const dir = cutBack(whole.dir, DAY);
    await loadDir(store, dir);
    cut = Object.assign(await startSeededApi({}, store), { dir, close: async () => store.close() });
    cutSeed = seedOracle(dir);
  }, 120_000);
  afterAll(async () => {
    await whole.close();
    await cut.server.close();
    await cut.close();
  });

  it('networkStats, practitionersWorkingOn and facets on the day answer what the cut graph answers now', async () => {
    for (const [phase, region] of [[null, null], [3, null], [null, 'AFRICA']] as const) {
      const then = await whole.run(NetworkFiguresDocument, { phase, region, asOf: DAY });
      expect(then.errors).toBeUndefined();
      expect(then.data!.networkStats).toEqual((await cut.run(NetworkFiguresDocument, { phase, region })).data!.networkStats);
    }
    let answered = 0;
    const cities = seedOracle(whole.dir).ids('City');
    for (let i = 0; i < 12; i++) {
      const [city, cluster] = [random.pick(cities), random.pick(CLUSTER_CODES)];
      const then = await whole.run(WorkingOnDocument, { city, cluster, first: 50, asOf: DAY });
      expect(then.errors).toBeUndefined();
      expect(then.data!.practitionersWorkingOn).toEqual((await cut.run(WorkingOnDocument, { city, cluster, first: 50 })).data!.practitionersWorkingOn);
      answered += then.data!.practitionersWorkingOn.totalCount;
    }
    expect(answered).toBeGreaterThan(0);
    // The facets of the cut graph held against counts from its CSV rows, and the whole graph's on the day against them.
    const facets = facetOracle(cutSeed);
    for (const label of ['Practitioner', 'Event', 'Outcome', 'Institution']) {
      const field = `${label.toLowerCase()}s`;
      const query = `{ ${field} { facets(by: [${facets.dimensions(label)}], asOf: "${DAY}") { dimension truncated buckets { value label count } } } }`;
      const then = await graphqlOver(whole.server.url, query);
      expect(then.errors).toBeUndefined();
      expect(then.data[field].facets).toEqual(facets.facets(label, cutSeed.ids(label), facets.dimensions(label)));
    }
  }, 60_000);

  it('neighbourhood and connectionPath (free and kept to working relationships) walk what the cut graph has now', async () => {
    const cutNet = networkOracle(cutSeed);
    const people = cutSeed.ids('Practitioner').map((p) => `Practitioner:${p}`);
    const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    for (const [id, depth] of [[random.pick(people), 2], [random.pick(people), 2], [`City:${random.pick(cutSeed.ids('City'))}`, 1]] as const) {
      const now = (await cut.run(NeighbourhoodDocument, { id, depth, limit: 1000 })).data!.neighbourhood;
      const then = await whole.run(NeighbourhoodDocument, { id, depth, limit: 1000, asOf: DAY });
      expect(then.errors).toBeUndefined();
      expect(now.truncated).toBe(false);
      expect({ nodes: sorted(then.data!.neighbourhood.nodes), edges: sorted(then.data!.neighbourhood.edges) }).toEqual({ nodes: sorted(now.nodes), edges: sorted(now.edges) });
    }
    const WORKING = ['PRACTITIONER', 'EVENT', 'OUTCOME', 'INSTITUTION'] as const;
    const lengths = new Set<number | null>();
    for (let i = 0; i < 12; i++) {
      const [from, to, via] = [random.pick(people), random.pick(people), i % 2 ? [...WORKING] : undefined];
      const then = await whole.run(PathDocument, { from, to, maxHops: 6, via, asOf: DAY });
      expect(then.errors).toBeUndefined();
      const path = then.data!.connectionPath;
      const scope = via && { labels: via.map((k) => k[0] + k.slice(1).toLowerCase()) };
      expect({ from, to, via, length: path?.length ?? null }).toEqual({ from, to, via, length: cutNet.distance(from, to, 6, scope) });
      for (const step of path?.steps ?? []) expect(cutNet.hasEdge(step.from.id, step.relationship, step.to.id)).toBe(true);
      for (const n of via ? (path?.nodes.slice(1, -1) ?? []) : []) expect(WORKING).toContain(n.kind);
      lengths.add(path?.length ?? null);
    }
    expect(lengths.size).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
