import Graph from 'graphology';
import { betweenness } from '../../src/analytics/betweenness';
import { computeNetworkAnalytics } from '../../src/analytics/network-analytics';
import { buildProjection, type ProjectionRows } from '../../src/analytics/projection';
import { analytics } from '../../src/graph/queries';
import type { GraphStore } from '../../src/graph/store';
import { smallNetworkStore } from '../helpers/small-network';
import { memoryStore, loadDir } from '../helpers/graph';
import { SEED_DIR } from '../helpers/tmp';

/** The analytics on the hand-computed network (see helpers/small-network.ts), read from the real engine. */

async function rowsOf(store: GraphStore): Promise<ProjectionRows> {
  const read = (s: (typeof analytics)['participations']) => store.read(s, {}) as Promise<never>;
  return {
    participations: await read(analytics.participations),
    contributions: await read(analytics.contributions),
    expertiseClusters: await read(analytics.expertiseClusters),
    eventClusters: await read(analytics.eventClusters),
    outcomeClusters: await read(analytics.outcomeClusters),
  };
}

const round = (n: number) => Math.round(n * 1e9) / 1e9;

describe('network analytics on a hand-computable graph', () => {
  let rows: ProjectionRows;
  beforeAll(async () => {
    const store = await smallNetworkStore();
    rows = await rowsOf(store);
    await store.close();
  });

  it('projects practitioners, events and outcomes with an edge per participation and contribution', () => {
    const { graph, clustersOf } = buildProjection(rows);
    expect({ order: graph.order, size: graph.size }).toEqual({ order: 9, size: 9 });
    expect(Object.fromEntries([...clustersOf].map(([id, set]) => [id, [...set].sort()]))).toEqual({
      'Practitioner:a1': ['MUNICIPAL_SERVICES'],
      'Practitioner:a2': ['MUNICIPAL_SERVICES'],
      'Practitioner:a3': ['MUNICIPAL_SERVICES'],
      'Practitioner:x': ['GOOD_URBAN_GOVERNANCE', 'MUNICIPAL_SERVICES'],
      'Practitioner:b1': ['GOOD_URBAN_GOVERNANCE', 'MUNICIPAL_SERVICES'],
      'Practitioner:b2': ['GOOD_URBAN_GOVERNANCE'],
    });
  });

  it('ranks brokers by the betweenness computed by hand', () => {
    const result = computeNetworkAnalytics(rows);
    expect(result.brokers.map((b) => ({ key: b.key, betweenness: round(b.betweenness) }))).toEqual([
      { key: 'x', betweenness: round(15 / 28) },
      { key: 'a1', betweenness: round(3 / 28) },
      { key: 'a2', betweenness: round(3 / 28) },
      { key: 'a3', betweenness: 0 },
      { key: 'b1', betweenness: 0 },
      { key: 'b2', betweenness: 0 },
    ]);
    expect(result.projection).toEqual({ practitioners: 6, events: 2, outcomes: 1, edges: 9 });
    expect(result.betweenness).toEqual({ method: 'EXACT', sources: 9 });
  });

  it('splits the two sides into two communities, and names who bridges the clusters', () => {
    const result = computeNetworkAnalytics(rows);
    const sides = result.communities.map((c) => c.members.filter((m) => m !== 'x').sort());
    expect(sides).toEqual([['a1', 'a2', 'a3'], ['b1', 'b2']]);
    expect(result.communities.flatMap((c) => c.members).sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'x']);
    expect(result.communities[0].topClusters[0]).toEqual({ cluster: 'MUNICIPAL_SERVICES', practitioners: result.communities[0].members.length });
    expect(result.modularity).toBeGreaterThan(0.2);
    expect(result.clusterBridges[0]).toEqual({ from: 'GOOD_URBAN_GOVERNANCE', to: 'MUNICIPAL_SERVICES', practitioners: ['x', 'b1'] });
    expect(result.clusterBridges.slice(1).every((b) => b.practitioners.length === 0)).toBe(true);
    expect(result.clusterBridges).toHaveLength(6);
  });

  it('gives the same answer for the same rows (seeded Louvain)', () => {
    expect(computeNetworkAnalytics(rows)).toEqual(computeNetworkAnalytics(rows));
  });
});

describe('sampled betweenness', () => {
  it('equals exact betweenness when every node is a source', async () => {
    const store = await memoryStore();
    await loadDir(store, SEED_DIR);
    const { graph } = buildProjection(await rowsOf(store));
    await store.close();
    const exact = betweenness(graph, { exactUpTo: Infinity, pivots: 0, seed: 1 });
    const sampled = betweenness(graph, { exactUpTo: 0, pivots: graph.order, seed: 1 });
    expect(sampled.method).toBe('SAMPLED');
    expect(Object.keys(sampled.scores).sort()).toEqual(Object.keys(exact.scores).sort());
    for (const [id, score] of Object.entries(exact.scores)) expect(sampled.scores[id]).toBeCloseTo(score, 9);
  });

  it('estimates from fewer sources: the top broker of a star is found, scaled to the exact value', () => {
    const star = new Graph({ type: 'undirected' });
    star.addNode('hub');
    for (let i = 0; i < 50; i++) star.mergeEdge('hub', `leaf-${i}`);
    const sampled = betweenness(star, { exactUpTo: 0, pivots: 25, seed: 7 });
    const exact = betweenness(star, { exactUpTo: Infinity, pivots: 0, seed: 7 });
    expect(exact.scores.hub).toBeCloseTo(1, 9);
    // Every leaf source sees 49 pairs through the hub; the hub as source adds none: the estimate is near 1.
    expect(sampled.scores.hub).toBeGreaterThan(0.9);
    expect(sampled.sources).toBe(25);
  });
});
