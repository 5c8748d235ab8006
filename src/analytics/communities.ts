import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { Random } from '../seed/random';

/**
 * Communities of the collaboration network by Louvain modularity (graphology-communities-louvain),
 * with a seeded random source so the same graph always splits the same way.
 */

export interface CommunityGroup {
  /** Global ids of every node in it: practitioners, events and outcomes. */
  nodes: string[];
}

export interface CommunitiesResult {
  groups: CommunityGroup[];
  modularity: number;
}

export function detectCommunities(graph: Graph, seed = 2013): CommunitiesResult {
  if (graph.size === 0) return { groups: [], modularity: 0 };
  const random = new Random(seed);
  const detailed = louvain.detailed(graph, { getEdgeWeight: null, rng: () => random.next() });
  const byIndex = new Map<number, string[]>();
  for (const [node, index] of Object.entries(detailed.communities)) {
    const nodes = byIndex.get(index);
    if (nodes) nodes.push(node);
    else byIndex.set(index, [node]);
  }
  return { groups: [...byIndex.values()].map((nodes) => ({ nodes })), modularity: detailed.modularity };
}
