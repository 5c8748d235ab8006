import { loadConfig } from '../../src/config';
import { LABELS, type Properties } from '../../src/domain';
import { EmbeddedStore } from '../../src/graph/embedded';
import { Neo4jStore } from '../../src/graph/neo4j';
import { nodes } from '../../src/graph/queries';
import { applySchema } from '../../src/graph/schema';
import type { GraphStore } from '../../src/graph/store';
import { exportGraph } from '../../src/seed/exporter';
import { readDataset } from '../../src/seed/csv/reader';
import { importDataset } from '../../src/seed/importer';
import type { Dataset } from '../../src/seed/dataset';

/** Set by jest.neo4j.config.js: `npm run test:neo4j` runs the same tests against Neo4j. */
declare const __NEO4J_UNDER_TEST__: boolean | undefined;

/**
 * A fresh store with the schema applied: in memory on the embedded engine; under `npm run
 * test:neo4j`, the tests' Neo4j database emptied (test/neo4j/guard.ts has checked it is one).
 */
export async function memoryStore(): Promise<GraphStore> {
  const underNeo4j = typeof __NEO4J_UNDER_TEST__ !== 'undefined' && __NEO4J_UNDER_TEST__;
  const store = underNeo4j ? Neo4jStore.open(loadConfig().neo4j!) : EmbeddedStore.open(':memory:');
  if (underNeo4j) while ((await store.write<{ count: number }>(nodes.deleteNodesBatch, { limit: 10_000 }))[0].count > 0);
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
  return importDataset(store, (await readDataset(dir)).dataset);
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

/** Every node's stored properties (derived ones included), per label, sorted: what exportGraph leaves out too. */
export async function storedNodes(store: GraphStore): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const label of LABELS) out[label] = (await store.read<{ props: Properties }>(nodes.exportNodes(label))).map((r) => stable(r.props)).sort();
  return out;
}
