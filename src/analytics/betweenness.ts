import type Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import { Random } from '../seed/random';

/**
 * Betweenness centrality: the share of shortest paths between two other nodes that pass through
 * a node, normalised to [0, 1]. Exact (Brandes, graphology-metrics) up to `exactUpTo` nodes;
 * above, estimated from `pivots` sources drawn with a fixed seed (Brandes & Pich 2007), because
 * exact costs one breadth-first search per node: hours at 100,000 practitioners.
 */

export interface BetweennessOptions {
  exactUpTo: number;
  pivots: number;
  seed: number;
}

export interface BetweennessResult {
  scores: Record<string, number>;
  method: 'EXACT' | 'SAMPLED';
  /** Breadth-first searches run: every node when exact. */
  sources: number;
}

export const DEFAULT_BETWEENNESS: BetweennessOptions = { exactUpTo: 5_000, pivots: 64, seed: 2013 };

type IndexedBrandes = ((source: number) => [{ size: number; items: ArrayLike<number>; pop(): number }, number[][], Uint32Array]) & {
  index: { collect(values: Float64Array): Record<string, number> };
};

function drawSources(n: number, k: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const random = new Random(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random.next() * (n - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.slice(0, k).sort((a, b) => a - b);
}

/** Brandes' accumulation from the given sources, scaled as if every node had been one. */
function sampledBetweenness(graph: Graph, sources: number[]): Record<string, number> {
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as IndexedBrandes;
  const n = graph.order;
  const delta = new Float64Array(n);
  const centralities = new Float64Array(n);
  for (const source of sources) {
    const [stack, predecessors, sigma] = brandes(source);
    for (let j = 0; j < stack.size; j++) delta[stack.items[j]] = 0;
    while (stack.size !== 0) {
      const w = stack.pop();
      const coefficient = (1 + delta[w]) / sigma[w];
      for (const v of predecessors[w]) delta[v] += sigma[v] * coefficient;
      if (w !== source) centralities[w] += delta[w];
    }
  }
  const scale = n <= 2 ? 0 : n / sources.length / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centralities[i] *= scale;
  return brandes.index.collect(centralities);
}

export function betweenness(graph: Graph, options: BetweennessOptions = DEFAULT_BETWEENNESS): BetweennessResult {
  const n = graph.order;
  if (n <= options.exactUpTo) {
    return { scores: betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }), method: 'EXACT', sources: n };
  }
  const sources = drawSources(n, Math.min(options.pivots, n), options.seed);
  return { scores: sampledBetweenness(graph, sources), method: 'SAMPLED', sources: sources.length };
}
