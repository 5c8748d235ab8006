import { stringify } from 'csv-stringify/sync';
import { write as writeGexf } from 'graphology-gexf';
import { create } from 'xmlbuilder2';
import { toGraphology, type DrawnGraph } from './drawn-graph';

/**
 * The files a drawn graph is exported as, one writer per format, each a maintained library:
 * GEXF (Gephi's own) by graphology-gexf, GraphML (Gephi, Cytoscape, yEd, NetworkX, igraph) by
 * xmlbuilder2, CSV (a node table and an edge table, as Gephi's spreadsheet import takes them) by
 * csv-stringify.
 */
export const EXPORT_FORMATS = ['GEXF', 'GRAPHML', 'CSV'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  filename: string;
  mediaType: string;
  content: string;
}

/** Every property name of the nodes, in first-seen order, after the fixed ones. */
function propertyNames(drawn: DrawnGraph): string[] {
  const names = new Set<string>();
  for (const n of drawn.nodes) for (const name of Object.keys(n.properties)) names.add(name);
  return [...names];
}

function gexf(drawn: DrawnGraph, name: string): ExportFile {
  const content = writeGexf(toGraphology(drawn), {
    formatNode: (_key, { label, ...attributes }) => ({ label: String(label), attributes }),
    formatEdge: (_key, { type }) => ({ label: String(type), attributes: { type } }),
  });
  return { filename: `${name}.gexf`, mediaType: 'application/gexf+xml', content };
}

type GraphmlType = 'string' | 'int' | 'double' | 'boolean';

/** A key's GraphML type: the one all its values share (int only if every one is whole), else string. */
function graphmlType(values: unknown[]): GraphmlType {
  const present = values.filter((v) => v !== undefined);
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length && present.every((v) => typeof v === 'number')) return present.every((v) => Number.isInteger(v)) ? 'int' : 'double';
  return 'string';
}

function graphml(drawn: DrawnGraph, name: string): ExportFile {
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://graphml.graphdrawing.org/xmlns', 'graphml');
  const nodeKeys = ['label', 'kind', ...propertyNames(drawn)];
  const valuesOf = (key: string) => drawn.nodes.map((n) => (key === 'label' ? n.label : key === 'kind' ? n.kind : n.properties[key]));
  nodeKeys.forEach((key, i) => doc.ele('key', { id: `n${i}`, for: 'node', 'attr.name': key, 'attr.type': graphmlType(valuesOf(key)) }));
  doc.ele('key', { id: 'e0', for: 'edge', 'attr.name': 'type', 'attr.type': 'string' });
  const graph = doc.ele('graph', { id: name, edgedefault: 'directed' });
  for (const n of drawn.nodes) {
    const node = graph.ele('node', { id: n.id });
    nodeKeys.forEach((key, i) => {
      const value = key === 'label' ? n.label : key === 'kind' ? n.kind : n.properties[key];
      if (value !== undefined) node.ele('data', { key: `n${i}` }).txt(String(value));
    });
  }
  drawn.edges.forEach((e, i) => graph.ele('edge', { id: `e${i}`, source: e.source, target: e.target }).ele('data', { key: 'e0' }).txt(e.type));
  return { filename: `${name}.graphml`, mediaType: 'application/graphml+xml', content: doc.end({ prettyPrint: true }) };
}

function csv(drawn: DrawnGraph, name: string): ExportFile[] {
  const columns = ['id', 'label', 'kind', ...propertyNames(drawn)];
  const nodes = stringify(drawn.nodes.map((n) => ({ ...n.properties, id: n.id, label: n.label, kind: n.kind })), { header: true, columns, cast: { boolean: (b) => String(b) } });
  const edges = stringify(drawn.edges.map((e) => ({ source: e.source, target: e.target, type: e.type })), { header: true, columns: ['source', 'target', 'type'] });
  return [
    { filename: `${name}-nodes.csv`, mediaType: 'text/csv', content: nodes },
    { filename: `${name}-edges.csv`, mediaType: 'text/csv', content: edges },
  ];
}

/** The graph as the files of a format, named after what was exported (e.g. "neighbourhood-City-lagos"). */
export function exportGraph(drawn: DrawnGraph, format: ExportFormat, name: string): ExportFile[] {
  if (format === 'GEXF') return [gexf(drawn, name)];
  if (format === 'GRAPHML') return [graphml(drawn, name)];
  return csv(drawn, name);
}
