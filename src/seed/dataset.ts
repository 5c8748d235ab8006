import type { Label, Properties, RelationshipSpec } from '../domain';

/** Where a row came from, so every message can name file and line. */
export interface Origin {
  file: string;
  line: number;
}

export interface NodeRow {
  /** Includes `id`. */
  props: Properties;
  origin?: Origin;
}

export interface RelationshipRow {
  from: string;
  to: string;
  props: Properties;
  origin?: Origin;
}

export interface RelationshipGroup {
  spec: RelationshipSpec;
  rows: RelationshipRow[];
}

/** A graph as the importer takes it and the exporter gives it. */
export interface Dataset {
  nodes: Map<Label, NodeRow[]>;
  relationships: RelationshipGroup[];
}

export function emptyDataset(): Dataset {
  return { nodes: new Map(), relationships: [] };
}

export function nodeRows(dataset: Dataset, label: Label): NodeRow[] {
  let rows = dataset.nodes.get(label);
  if (!rows) {
    rows = [];
    dataset.nodes.set(label, rows);
  }
  return rows;
}

export function relationshipRows(dataset: Dataset, spec: RelationshipSpec): RelationshipRow[] {
  let group = dataset.relationships.find((g) => g.spec === spec);
  if (!group) {
    group = { spec, rows: [] };
    dataset.relationships.push(group);
  }
  return group.rows;
}

/** Rows per statement (and, on Neo4j, per transaction) when the graph takes a dataset in parts. */
export const DEFAULT_BATCH = 5000;

/** The rows in consecutive slices of at most `size`. */
export function batches<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export function countRows(dataset: Dataset): { nodes: number; relationships: number } {
  let nodes = 0;
  for (const rows of dataset.nodes.values()) nodes += rows.length;
  const relationships = dataset.relationships.reduce((n, g) => n + g.rows.length, 0);
  return { nodes, relationships };
}

/** Keeps one relationship per (type, from, to): the model has no parallel relationships. */
export function dedupeRelationships(dataset: Dataset): void {
  for (const group of dataset.relationships) {
    const seen = new Set<string>();
    group.rows = group.rows.filter((r) => {
      const key = `${r.from}\u0000${r.to}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}

/** A dataset that failed validation: every problem with its file and line. */
export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, 20);
    const more = problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
    super(`the dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${shown.join('\n')}${more}`);
    this.name = 'DatasetError';
  }
}

export const formatOrigin = (o: Origin | undefined): string => (o ? `${o.file}:${o.line}` : '(generated)');
