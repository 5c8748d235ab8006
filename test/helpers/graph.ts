import { EmbeddedStore } from '../../src/graph/embedded';
import { applySchema } from '../../src/graph/schema';
import type { GraphStore } from '../../src/graph/store';
import { exportGraph } from '../../src/seed/exporter';
import { readDataset } from '../../src/seed/csv/reader';
import { importDataset } from '../../src/seed/importer';
import type { Dataset } from '../../src/seed/dataset';

/** A fresh in-memory store with the schema applied. */
export async function memoryStore(): Promise<GraphStore> {
  const store = EmbeddedStore.open(':memory:');
  await applySchema(store);
  return store;
}

/** A store holding the seed dataset, with its snapshot taken before the test changes anything. */
export async function seededStore(dir: string): Promise<{ store: GraphStore; before: Record<string, string[]> }> {
  const store = await memoryStore();
  await loadDir(store, dir);
  return { store, before: await snapshot(store) };
}

export async function loadDir(store: GraphStore, dir: string) {
  return importDataset(store, readDataset(dir).dataset);
}

/**
 * A dataset as a comparable value: rows sorted, origins dropped. Two graphs are the same graph
 * when their canonical exports are equal.
 */
export function canonical(dataset: Dataset): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [label, rows] of dataset.nodes) {
    if (rows.length) out[label] = rows.map((r) => stable(r.props)).sort();
  }
  for (const { spec, rows } of dataset.relationships) {
    if (!rows.length) continue;
    const key = `${spec.from}-${spec.type}-${spec.to}`;
    out[key] = [...(out[key] ?? []), ...rows.map((r) => `${r.from}>${r.to} ${stable(r.props)}`)].sort();
  }
  return out;
}

function stable(props: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(props).sort().map((k) => [k, props[k]]));
}

export async function snapshot(store: GraphStore): Promise<Record<string, string[]>> {
  return canonical(await exportGraph(store));
}
