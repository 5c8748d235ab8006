import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * Row counts straight from the seed files, independent of our reader: nodes per label (from the
 * ID group of the header) and relationships per type (the file name up to the first dot).
 */
export function seedFileCounts(dir: string): { nodes: Record<string, number>; relationships: Record<string, number> } {
  const count = (file: string) => (parse(fs.readFileSync(file, 'utf8'), { bom: true, skip_empty_lines: true }) as string[][]);
  const nodes: Record<string, number> = {};
  for (const f of fs.readdirSync(path.join(dir, 'nodes'))) {
    const [header, ...rows] = count(path.join(dir, 'nodes', f));
    const label = /ID\((\w+)\)/.exec(header.join(','))![1];
    nodes[label] = (nodes[label] ?? 0) + rows.length;
  }
  const relationships: Record<string, number> = {};
  for (const f of fs.readdirSync(path.join(dir, 'relationships'))) {
    const rows = count(path.join(dir, 'relationships', f)).length - 1;
    const type = f.split('.')[0];
    relationships[type] = (relationships[type] ?? 0) + rows;
  }
  return { nodes, relationships };
}
