import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * The seed files read straight with csv-parse, independent of our reader, importer and API: the
 * expected answers of the API tests are computed from this, never typed in by hand.
 */
export interface OracleRelationship {
  type: string;
  fromLabel: string;
  toLabel: string;
  from: string;
  to: string;
  props: Record<string, string>;
}

export interface SeedOracle {
  nodes: Map<string, Map<string, Record<string, string>>>;
  relationships: OracleRelationship[];
  /** Sorted end ids of `type` relationships from `from` (to nodes of toLabel, if given). */
  out(type: string, from: string, toLabel?: string): string[];
  /** Sorted start ids of `type` relationships into `to` (from nodes of fromLabel, if given). */
  in(type: string, to: string, fromLabel?: string): string[];
  rel(type: string, from: string, to: string): Record<string, string>;
  ids(label: string): string[];
}

const name = (column: string) => column.split(':')[0];

function readCsv(file: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parse(fs.readFileSync(file, 'utf8'), { bom: true, skip_empty_lines: true }) as string[][];
  return { header, rows };
}

export interface SeedFile {
  /** The label of a node file (from its ID group), the type of a relationship file (its name up to the first dot). */
  kind: string;
  header: string[];
  rows: string[][];
}

/** Every node and relationship file of a dataset directory, parsed but not interpreted. */
export function seedFiles(dir: string): { nodes: SeedFile[]; relationships: SeedFile[] } {
  const read = (sub: string, kindOf: (file: string, header: string[]) => string) =>
    fs.readdirSync(path.join(dir, sub)).map((f) => {
      const { header, rows } = readCsv(path.join(dir, sub, f));
      return { kind: kindOf(f, header), header, rows };
    });
  return {
    nodes: read('nodes', (_f, header) => /ID\((\w+)\)/.exec(header.join(','))![1]),
    relationships: read('relationships', (f) => f.split('.')[0]),
  };
}

export function seedOracle(dir: string): SeedOracle {
  const files = seedFiles(dir);
  const nodes = new Map<string, Map<string, Record<string, string>>>();
  for (const { kind: label, header, rows } of files.nodes) {
    const byId = nodes.get(label) ?? new Map();
    for (const row of rows) {
      const props = Object.fromEntries(header.map((h, i) => [name(h), row[i]]).filter(([, v]) => v !== ''));
      byId.set(row[0], props);
    }
    nodes.set(label, byId);
  }
  const relationships: OracleRelationship[] = [];
  for (const { kind: type, header, rows } of files.relationships) {
    const fromLabel = /START_ID\((\w+)\)/.exec(header[0])![1];
    const toLabel = /END_ID\((\w+)\)/.exec(header[1])![1];
    for (const row of rows) {
      const props = Object.fromEntries(header.slice(2).map((h, i) => [name(h), row[i + 2]]).filter(([, v]) => v !== ''));
      relationships.push({ type, fromLabel, toLabel, from: row[0], to: row[1], props });
    }
  }
  const uniqueSorted = (ids: string[]) => [...new Set(ids)].sort();
  // Indexed by type and end (the oracles ask millions of times on a generated network), and
  // again when a test has pushed relationships it wrote.
  const byEnd = (end: 'from' | 'to') => {
    let index = new Map<string, OracleRelationship[]>();
    let indexed = -1;
    return (type: string, id: string) => {
      if (indexed !== relationships.length) {
        index = new Map();
        for (const r of relationships) {
          const key = `${r.type}|${r[end]}`;
          if (!index.has(key)) index.set(key, []);
          index.get(key)!.push(r);
        }
        indexed = relationships.length;
      }
      return index.get(`${type}|${id}`) ?? [];
    };
  };
  const [fromIndex, toIndex] = [byEnd('from'), byEnd('to')];
  return {
    nodes,
    relationships,
    out: (type, from, toLabel) => uniqueSorted(fromIndex(type, from).filter((r) => !toLabel || r.toLabel === toLabel).map((r) => r.to)),
    in: (type, to, fromLabel) => uniqueSorted(toIndex(type, to).filter((r) => !fromLabel || r.fromLabel === fromLabel).map((r) => r.from)),
    rel: (type, from, to) => fromIndex(type, from).find((r) => r.to === to)!.props,
    ids: (label) => [...(nodes.get(label)?.keys() ?? [])].sort(),
  };
}
