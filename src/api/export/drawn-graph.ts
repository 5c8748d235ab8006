import { MultiDirectedGraph } from 'graphology';

/**
 * A graph as the explorer draws it and the exports write it: nodes with their kind, the label to
 * show and their properties (as the reader's role may see them), relationships with their type.
 */
export interface DrawnGraph {
  readonly nodes: readonly DrawnNode[];
  readonly edges: readonly { readonly source: string; readonly target: string; readonly type: string }[];
}

export interface DrawnNode {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  /** Plain values: lists joined with ";" (as the seed files write them), absent ones left out. */
  readonly properties: Readonly<Record<string, string | number | boolean>>;
}

/** A property value as a plain value an SNA tool can read; null for none. */
export function plainValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length ? value.map(String).join(';') : null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** The graph as a graphology graph: node attributes label, kind and the properties; edge attribute type. */
export function toGraphology(drawn: DrawnGraph): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const n of drawn.nodes) graph.addNode(n.id, { ...n.properties, label: n.label, kind: n.kind });
  drawn.edges.forEach((e, i) => graph.addDirectedEdgeWithKey(`e${i}`, e.source, e.target, { type: e.type }));
  return graph;
}
