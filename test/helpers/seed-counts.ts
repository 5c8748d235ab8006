import { seedFiles } from './seed-oracle';

/**
 * Row counts straight from the seed files, independent of our reader: nodes per label (from the
 * ID group of the header) and relationships per type (the file name up to the first dot).
 */
export function seedFileCounts(dir: string): { nodes: Record<string, number>; relationships: Record<string, number> } {
  const files = seedFiles(dir);
  const sum = (list: { kind: string; rows: unknown[] }[]) => {
    const out: Record<string, number> = {};
    for (const { kind, rows } of list) out[kind] = (out[kind] ?? 0) + rows.length;
    return out;
  };
  return { nodes: sum(files.nodes), relationships: sum(files.relationships) };
}
