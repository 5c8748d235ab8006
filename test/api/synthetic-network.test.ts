import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { CLUSTER_CODES } from '../../src/domain';
import { Random } from '../../src/seed/random';
import { NeighbourhoodDocument, PathDocument, WorkingOnDocument, type WorkingOnQuery } from '../generated/graphql';
import { startGeneratedApi, type SeededApi } from '../helpers/api';
import { facetOracle } from '../helpers/facet-oracle';
import { networkOracle, type NetworkOracle } from '../helpers/network-oracle';
import { seedOracle, type SeedOracle } from '../helpers/seed-oracle';

/**
 * A generated synthetic network (skewed degrees, hubs), written as CSV and imported; the answers
 * over HTTP are held against set arithmetic, breadth-first search and counts over the CSV rows,
 * for many random cities, clusters and pairs.
 */
describe('traversals and facets on a synthetic network, against an independent computation', () => {
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

  it('connectionPath kept to working relationships, and to participations only, for 30 random pairs', async () => {
    const practitioners = seed.ids('Practitioner').map((k) => `Practitioner:${k}`);
    const scopes = [
      { via: ['PRACTITIONER', 'EVENT', 'OUTCOME', 'INSTITUTION'] },
      { via: ['PRACTITIONER', 'EVENT'], over: ['PARTICIPATED_IN'] },
    ];
    let longer = 0;
    for (let i = 0; i < 30; i++) {
      const [from, to, args] = [pick(practitioners), pick(practitioners), scopes[i % 2]];
      const res = await api.run(PathDocument, { from, to, maxHops: 6, ...args } as never);
      expect(res.errors).toBeUndefined();
      const path = res.data!.connectionPath;
      const scope = { labels: args.via.map((k) => k[0] + k.slice(1).toLowerCase()), types: args.over };
      expect({ from, to, args, length: path?.length ?? null }).toEqual({ from, to, args, length: net.distance(from, to, 6, scope) });
      for (const n of path?.nodes.slice(1, -1) ?? []) expect(args.via).toContain(n.kind);
      for (const step of path?.steps ?? []) {
        expect(net.hasEdge(step.from.id, step.relationship, step.to.id)).toBe(true);
        if (args.over) expect(args.over).toContain(step.relationship);
      }
      if ((path?.length ?? 7) > (net.distance(from, to, 6) ?? 7)) longer += 1;
    }
    // Kept in, some paths are longer than the free ones: the scope was applied, not ignored.
    expect(longer).toBeGreaterThan(0);
  }, 120_000);

  it('facets: every listing by every dimension, and the practitioners of a random cluster and city', async () => {
    const facets = facetOracle(seed);
    const field = (label: string) => `${label.toLowerCase()}s`;
    const labels = ['Practitioner', 'Event', 'Outcome', 'Institution'];
    const all = await api.post({ query: `{ ${labels.map((l) => `${field(l)} { facets(by: [${facets.dimensions(l)}]) { dimension truncated buckets { value label count } } }`).join('\n')} }` });
    expect(all.body.errors).toBeUndefined();
    for (const label of labels) expect(all.body.data[field(label)].facets).toEqual(facets.facets(label, seed.ids(label), facets.dimensions(label)));
    const cluster = pick(CLUSTER_CODES);
    const topics = net.topicsOf(cluster);
    const experts = seed.ids('Practitioner').filter((p) => seed.out('EXPERT_IN', p).some((t) => topics.includes(t)));
    const city = seed.ids('City')[0];
    const based = seed.ids('Practitioner').filter((p) => seed.out('BASED_IN', p).includes(city));
    const query = (filter: string) => `practitioners(filter: { ${filter} }) { facets(by: [${facets.dimensions('Practitioner')}]) { dimension truncated buckets { value label count } } }`;
    const res = await api.post({ query: `{ a: ${query(`cluster: ${cluster}`)} b: ${query(`city: "${city}"`)} }` });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.a.facets).toEqual(facets.facets('Practitioner', experts, facets.dimensions('Practitioner')));
    expect(res.body.data.b.facets).toEqual(facets.facets('Practitioner', based, facets.dimensions('Practitioner')));
    expect(based.length).toBeGreaterThan(0);
  }, 60_000);

  it('exports a neighbourhood as GEXF and GraphML that read back to its nodes (as in the CSV rows) and relationships', async () => {
    const centre = `Practitioner:${pick(seed.ids('Practitioner'))}`;
    // One step: at two, a practitioner of a hub city reaches hundreds of nodes, past the limit.
    const ball = net.ball(centre, 1);
    expect(ball.size).toBeGreaterThan(3);
    const query = `query($id: ID!, $format: ExportFormat!) { neighbourhood(id: $id, depth: 1, limit: 200) { edges { source target type } export(format: $format) { content } } }`;
    const key = (source: string, target: string, type: string) => `${source}|${type}|${target}`;
    for (const [format, parse] of [['GEXF', parseGexf], ['GRAPHML', parseGraphml]] as const) {
      const res = await api.post({ query, variables: { id: centre, format } });
      expect(res.body.errors).toBeUndefined();
      const { edges, export: [file] } = res.body.data.neighbourhood;
      const graph = parse(MultiDirectedGraph, file.content) as MultiDirectedGraph;
      expect(new Set(graph.nodes())).toEqual(new Set(ball.keys()));
      const read = graph.mapEdges((_e, a, source, target) => key(source, target, String(a.type))).sort();
      expect(read).toEqual(edges.map((e: { source: string; target: string; type: string }) => key(e.source, e.target, e.type)).sort());
      for (const e of edges) expect(net.hasEdge(e.source, e.type, e.target)).toBe(true);
      expect(read.length).toBe(ball.size - 1);
    }
  });

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
