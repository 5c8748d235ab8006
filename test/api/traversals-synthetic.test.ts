import { CLUSTER_CODES } from '../../src/domain';
import { Random } from '../../src/seed/random';
import { NeighbourhoodDocument, PathDocument, WorkingOnDocument, type WorkingOnQuery } from '../generated/graphql';
import { startGeneratedApi, type SeededApi } from '../helpers/api';
import { networkOracle, type NetworkOracle } from '../helpers/network-oracle';
import { seedOracle, type SeedOracle } from '../helpers/seed-oracle';

/**
 * A generated synthetic network (skewed degrees, hubs), written as CSV and imported; the answers
 * over HTTP are held against set arithmetic and breadth-first search over the CSV rows, for many
 * random cities, clusters and pairs.
 */
describe('traversals on a synthetic network, against an independent computation', () => {
  let api: SeededApi;
  let seed: SeedOracle;
  let net: NetworkOracle;
  const random = new Random(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random.next() * list.length)];

  beforeAll(async () => {
    const generated = await startGeneratedApi({ practitioners: 1500, seed: 11 });
    api = generated;
    seed = seedOracle(generated.dir);
    net = networkOracle(seed);
  }, 120_000);
  afterAll(() => api.close());

  async function allPages(city: string, cluster: string) {
    const edges: WorkingOnQuery['practitionersWorkingOn']['edges'] = [];
    let after: string | null = null;
    let total = -1;
    for (;;) {
      const res: { data?: WorkingOnQuery | null; errors?: unknown } = await api.run(WorkingOnDocument, { city, cluster: cluster as never, first: 50, after });
      expect(res.errors).toBeUndefined();
      const page = res.data!.practitionersWorkingOn;
      total = page.totalCount;
      edges.push(...page.edges);
      if (!page.pageInfo.hasNextPage) return { edges, total };
      after = page.pageInfo.endCursor!;
    }
  }

  it('practitionersWorkingOn: who and why, for 40 random cities and clusters (hubs among them)', async () => {
    const cities = seed.ids('City');
    const asked = [...cities.slice(0, 3), ...Array.from({ length: 37 }, () => pick(cities))];
    let nonEmpty = 0;
    for (const city of asked) {
      const cluster = pick(CLUSTER_CODES);
      const topics = net.topicsOf(cluster);
      const expected = [...net.inCity(city)].sort().filter((p) => net.evidence(p, topics).length > 0);
      const { edges, total } = await allPages(city, cluster);
      expect({ city, cluster, keys: edges.map((e) => e.node.key) }).toEqual({ city, cluster, keys: expected });
      expect(total).toBe(expected.length);
      for (const e of edges) {
        // One piece per subject, with every topic it addressed: as many pairs as the CSV rows give.
        const got = e.evidence.flatMap((v) => v.topics.map((t) => `${v.kind} ${v.subject.id.split(/:(.*)/)[1]} ${t.key}`)).sort();
        expect(new Set(e.evidence.map((v) => `${v.kind} ${v.subject.id}`)).size).toBe(e.evidence.length);
        expect(got).toEqual(net.evidence(e.node.key, topics));
      }
      if (expected.length) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(20);
  }, 120_000);

  it('connectionPath: shortest lengths agree with breadth-first search for 60 random pairs', async () => {
    const ids = [...seed.nodes.entries()].flatMap(([label, byId]) => [...byId.keys()].map((k) => `${label}:${k}`));
    const practitioners = seed.ids('Practitioner').map((k) => `Practitioner:${k}`);
    const lengths = new Map<number | null, number>();
    for (let i = 0; i < 60; i++) {
      const [from, to] = i % 3 === 0 ? [pick(ids), pick(ids)] : [pick(practitioners), pick(practitioners)];
      const maxHops = i % 4 === 0 ? 2 : 4;
      const res = await api.run(PathDocument, { from, to, maxHops });
      expect(res.errors).toBeUndefined();
      const expected = net.distance(from, to, maxHops);
      const path = res.data!.connectionPath;
      expect({ from, to, maxHops, length: path?.length ?? null }).toEqual({ from, to, maxHops, length: expected });
      lengths.set(expected, (lengths.get(expected) ?? 0) + 1);
      if (!path) continue;
      expect(path.nodes[0].id).toBe(from);
      expect(path.nodes.at(-1)!.id).toBe(to);
      for (const step of path.steps) expect(net.hasEdge(step.from.id, step.relationship, step.to.id)).toBe(true);
    }
    // The pairs cover short, long and missing paths, not one case sixty times.
    expect(lengths.size).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('neighbourhood: every node at its breadth-first distance; whole when under the limit', async () => {
    const practitioners = seed.ids('Practitioner');
    // p00003's neighbourhood stopped at 198 of 200 nodes when three rounds of asking for more ran out.
    const centres = ['Practitioner:p00003', ...Array.from({ length: 16 }, (_, i) => (i % 4 === 3 ? `City:${pick(seed.ids('City'))}` : `Practitioner:${pick(practitioners)}`))];
    for (const centre of centres) {
      const ball = net.ball(centre, 2);
      const res = await api.run(NeighbourhoodDocument, { id: centre, depth: 2, limit: 200 });
      const sub = res.data!.neighbourhood;
      for (const n of sub.nodes) expect([n.id, ball.get(n.id)]).toEqual([n.id, n.depth]);
      for (const e of sub.edges) expect(net.hasEdge(e.source, e.type, e.target)).toBe(true);
      expect({ centre, truncated: sub.truncated, size: sub.nodes.length }).toEqual({ centre, truncated: ball.size > 200, size: Math.min(ball.size, 200) });
      if (!sub.truncated) expect(new Map(sub.nodes.map((n) => [n.id, n.depth]))).toEqual(ball);
      const one = (await api.run(NeighbourhoodDocument, { id: centre, depth: 1, limit: 1000 })).data!.neighbourhood;
      expect(new Map(one.nodes.map((n) => [n.id, n.depth]))).toEqual(net.ball(centre, 1));
    }
  }, 120_000);
});
