import { CLUSTER_CODES } from '../../src/domain';
import { NeighbourhoodDocument, NetworkFiguresDocument, PathDocument, WorkingOnDocument } from '../generated/graphql';
import { networkOracle } from '../helpers/network-oracle';
import { graphqlOver, startSeededApi, type SeededApi } from '../helpers/api';
import { loadDir, memoryStore } from '../helpers/graph';
import { seedFiles, seedOracle } from '../helpers/seed-oracle';
import { SEED_DIR, tmpDir, writeFiles } from '../helpers/tmp';

/**
 * "As the network stood on a day" held against the seed files cut back to that day: events not
 * yet begun, outcomes not yet dated, practitioners not yet active and employments and
 * partnerships not yet begun removed from the CSV rows, loaded into a graph of their own. The
 * whole graph asked asOf the day must answer what the cut graph answers now.
 */
const seed = seedOracle(SEED_DIR);
const DAYS = ['2016-06-30', '2020-01-01'];

function cutBack(day: string): string {
  const year = Number(day.slice(0, 4));
  const eventDate = (e: string) => seed.nodes.get('Event')!.get(e)!.startDate;
  const outcomeDate = (o: string) => seed.nodes.get('Outcome')!.get(o)!.startedOn ?? seed.out('EMERGED_FROM', o, 'Event').map(eventDate).sort()[0] ?? null;
  const events = new Set(seed.ids('Event').filter((e) => eventDate(e) <= day));
  const outcomes = new Set(seed.ids('Outcome').filter((o) => outcomeDate(o) === null || outcomeDate(o)! <= day));
  const practitioners = new Set(
    seed.ids('Practitioner').filter((p) => {
      const [ev, oc] = [seed.out('PARTICIPATED_IN', p, 'Event'), seed.out('CONTRIBUTED_TO', p, 'Outcome')];
      return ev.length + oc.length === 0 || ev.some((e) => events.has(e)) || oc.some((o) => outcomes.has(o));
    }),
  );
  const kept: Record<string, Set<string>> = { Event: events, Outcome: outcomes, Practitioner: practitioners };
  const keeps = (label: string, id: string) => !kept[label] || kept[label].has(id);
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const csv = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.map(quote).join(',')).join('\n') + '\n';
  const files = seedFiles(SEED_DIR);
  const out: Record<string, string> = {};
  files.nodes.forEach((f, i) => (out[`nodes/${f.kind}.${i}.csv`] = csv(f.header, f.rows.filter((r) => keeps(f.kind, r[0])))));
  files.relationships.forEach((f, i) => {
    const [fromLabel, toLabel] = [/START_ID\((\w+)\)/.exec(f.header[0])![1], /END_ID\((\w+)\)/.exec(f.header[1])![1]];
    const since = f.header.findIndex((h) => h.split(':')[0] === 'since');
    const rows = f.rows.filter((r) => keeps(fromLabel, r[0]) && keeps(toLabel, r[1]) && (since < 0 || r[since] === '' || Number(r[since]) <= year));
    out[`relationships/${f.kind}.${i}.csv`] = csv(f.header, rows);
  });
  return writeFiles(tmpDir('cg-as-of-'), out);
}

describe('asOf a day, against the seed files cut back to that day', () => {
  let whole: SeededApi;
  const cuts = new Map<string, SeededApi & { dir: string }>();
  beforeAll(async () => {
    whole = await startSeededApi();
    for (const day of DAYS) {
      const store = await memoryStore();
      const dir = cutBack(day);
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
