import { CLUSTER_CODES } from '../domain';
import { betweenness, DEFAULT_BETWEENNESS, type BetweennessOptions } from './betweenness';
import { detectCommunities } from './communities';
import { buildProjection, type ProjectionRows } from './projection';

/**
 * Brokers, communities and cluster bridges of the collaboration network, from the projection's
 * rows. Pure and deterministic: the same rows give the same answer. Practitioners are named by
 * key; everything is ordered so that a `first` is a prefix.
 */

export interface Broker {
  key: string;
  betweenness: number;
}

export interface ClusterShare {
  cluster: string;
  practitioners: number;
}

export interface CommunityObject {
  id: string;
  size: number;
  topClusters: ClusterShare[];
  /** Practitioner keys, the strongest brokers first. */
  members: string[];
}

export interface ClusterBridgeObject {
  from: string;
  to: string;
  /** Practitioner keys who worked on both clusters, the strongest brokers first. */
  practitioners: string[];
}

export interface NetworkAnalyticsObject {
  brokers: Broker[];
  communities: CommunityObject[];
  clusterBridges: ClusterBridgeObject[];
  modularity: number;
  projection: { practitioners: number; events: number; outcomes: number; edges: number };
  betweenness: { method: 'EXACT' | 'SAMPLED'; sources: number };
}

const PRACTITIONER = 'Practitioner:';
const keyOf = (id: string) => id.slice(PRACTITIONER.length);

export function computeNetworkAnalytics(rows: ProjectionRows, options: BetweennessOptions = DEFAULT_BETWEENNESS): NetworkAnalyticsObject {
  const { graph, clustersOf } = buildProjection(rows);
  const central = betweenness(graph, options);
  const practitioners = graph.filterNodes((_, attributes) => attributes.kind === 'Practitioner');
  const score = (id: string) => central.scores[id] ?? 0;
  const byBrokerage = (a: string, b: string) => score(b) - score(a) || (a < b ? -1 : a > b ? 1 : 0);
  const ranked = [...practitioners].sort(byBrokerage);

  const { groups, modularity } = detectCommunities(graph, options.seed);
  const communities = groups
    .map((group) => group.nodes.filter((id) => id.startsWith(PRACTITIONER)).sort(byBrokerage))
    .filter((members) => members.length > 0)
    .sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1))
    .map((members, i) => {
      const counts = new Map<string, number>();
      for (const id of members) for (const c of clustersOf.get(id) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
      const topClusters = [...counts]
        .map(([cluster, n]) => ({ cluster, practitioners: n }))
        .sort((a, b) => b.practitioners - a.practitioners || CLUSTER_CODES.indexOf(a.cluster as never) - CLUSTER_CODES.indexOf(b.cluster as never));
      return { id: `community-${i + 1}`, size: members.length, topClusters, members: members.map(keyOf) };
    });

  const clusterBridges: ClusterBridgeObject[] = [];
  CLUSTER_CODES.forEach((from, i) => {
    for (const to of CLUSTER_CODES.slice(i + 1)) {
      const both = ranked.filter((id) => clustersOf.get(id)?.has(from) && clustersOf.get(id)?.has(to));
      clusterBridges.push({ from, to, practitioners: both.map(keyOf) });
    }
  });
  clusterBridges.sort((a, b) => b.practitioners.length - a.practitioners.length);

  const count = (kind: string) => graph.filterNodes((_, attributes) => attributes.kind === kind).length;
  return {
    brokers: ranked.map((id) => ({ key: keyOf(id), betweenness: score(id) })),
    communities,
    clusterBridges,
    modularity,
    projection: { practitioners: practitioners.length, events: count('Event'), outcomes: count('Outcome'), edges: graph.size },
    betweenness: { method: central.method, sources: central.sources },
  };
}
