import Graph from 'graphology';

/**
 * The collaboration network the analytics run on: practitioners, events and outcomes as nodes
 * (keyed by global id), an edge for every participation and contribution. Two practitioners are
 * two steps apart when they met at an event or worked on the same outcome. Pure: rows in, graph out.
 */

export interface WorkRow {
  practitioner: string;
  item: string;
}

export interface ClusterRow {
  key: string;
  cluster: string;
}

export interface ProjectionRows {
  participations: WorkRow[];
  contributions: WorkRow[];
  expertiseClusters: ClusterRow[];
  eventClusters: ClusterRow[];
  outcomeClusters: ClusterRow[];
}

export type NodeKindOfProjection = 'Practitioner' | 'Event' | 'Outcome';

export interface Projection {
  graph: Graph<{ kind: NodeKindOfProjection }>;
  /** Clusters each practitioner worked on: expertise, events and outcomes on one of its topics. */
  clustersOf: Map<string, Set<string>>;
}

const practitionerId = (key: string) => `Practitioner:${key}`;

function groupClusters(rows: ClusterRow[], prefix: string): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const { key, cluster } of rows) {
    const id = `${prefix}:${key}`;
    const list = byKey.get(id);
    if (list) list.push(cluster);
    else byKey.set(id, [cluster]);
  }
  return byKey;
}

export function buildProjection(rows: ProjectionRows): Projection {
  const graph = new Graph<{ kind: NodeKindOfProjection }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  const clustersOf = new Map<string, Set<string>>();
  const itemClusters = new Map([...groupClusters(rows.eventClusters, 'Event'), ...groupClusters(rows.outcomeClusters, 'Outcome')]);
  const addCluster = (practitioner: string, clusters: Iterable<string> | undefined) => {
    if (!clusters) return;
    let set = clustersOf.get(practitioner);
    if (!set) clustersOf.set(practitioner, (set = new Set()));
    for (const c of clusters) set.add(c);
  };
  const addWork = (work: WorkRow[], kind: 'Event' | 'Outcome') => {
    for (const { practitioner, item } of work) {
      const p = practitionerId(practitioner);
      const i = `${kind}:${item}`;
      graph.mergeNode(p, { kind: 'Practitioner' });
      graph.mergeNode(i, { kind });
      graph.mergeEdge(p, i);
      addCluster(p, itemClusters.get(i));
    }
  };
  addWork(rows.participations, 'Event');
  addWork(rows.contributions, 'Outcome');
  for (const [p, clusters] of groupClusters(rows.expertiseClusters, 'Practitioner')) addCluster(p, clusters);
  return { graph, clustersOf };
}
