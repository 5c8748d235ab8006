import { intercept } from '../../src/graph/intercept';
import { staging, stats } from '../../src/graph/queries';
import type { GraphStore } from '../../src/graph/store';
import { readDataset } from '../../src/seed/csv/reader';
import type { Dataset } from '../../src/seed/dataset';
import { exportGraph } from '../../src/seed/exporter';
import { importDataset } from '../../src/seed/importer';
import { recoverImports } from '../../src/seed/staged-import';
import { canonical, memoryStore, seededStore, snapshot } from '../helpers/graph';
import { SEED_DIR } from '../helpers/tmp';

/**
 * The import Neo4j gets for a new graph or a replace (bounded transactions, all or nothing), run
 * here on the embedded engine: the same statements, the same journal, faults injected in front of
 * the real store.
 */
let dataset: Dataset;
let seed: ReturnType<typeof canonical>;
beforeAll(async () => {
  ({ dataset } = await readDataset(SEED_DIR));
  seed = canonical(dataset);
});
const SMALL = { staged: true, batchSize: 100 };

/** The store, failing the n-th statement of a name (as a lost connection or a killed process would). */
function failing(store: GraphStore, name: RegExp, nth: number): GraphStore {
  let seen = 0;
  return intercept(store, {
    statement: (stmt, _params, run) => (name.test(stmt.name) && ++seen === nth ? Promise.reject(new Error(`injected fault at ${stmt.name}`)) : run()),
  });
}

const leftovers = async (store: GraphStore) =>
  (await store.read<{ label: string; count: number }>(stats.nodeCountsByLabel)).filter((c) => c.label === staging.STAGED_LABEL || c.label === staging.JOURNAL_LABEL);

describe('the staged import', () => {
  it('loads a new graph in batches and leaves nothing staged', async () => {
    const store = await memoryStore();
    const summary = await importDataset(store, dataset, SMALL);
    expect(summary.mode).toBe('create');
    expect(canonical(await exportGraph(store))).toEqual(seed);
    expect(await leftovers(store)).toEqual([]);
    await store.close();
  });

  it('changes nothing in a dry run, nor when staging fails, and a replace that fails while staging keeps the old graph', async () => {
    const { store, before } = await seededStore(SEED_DIR);
    await importDataset(store, dataset, { ...SMALL, replace: true, dryRun: true });
    expect(await snapshot(store)).toEqual(before);
    await expect(importDataset(failing(store, /^staging\.relationships/, 3), dataset, { ...SMALL, replace: true })).rejects.toThrow(/injected fault/);
    expect(await snapshot(store)).toEqual(before);
    expect(await leftovers(store)).toEqual([]);
    await store.close();
  });

  it('upserts into a graph with data as the one-transaction import does, and finishes a merge that was interrupted', async () => {
    const { store: once } = await seededStore(SEED_DIR);
    const changed = (await readDataset(SEED_DIR)).dataset;
    changed.nodes.get('Topic')![0].props.name = 'Renamed by the upsert';
    changed.nodes.get('City')!.push({ props: { id: 'upsert-city', name: 'Upsert City', countryCode: 'NG', lat: 1, lon: 2 } });
    changed.relationships.find((g) => g.spec.type === 'IN_COUNTRY')!.rows.push({ from: 'upsert-city', to: 'ng', props: {} });
    await importDataset(once, changed, { staged: false });

    const { store } = await seededStore(SEED_DIR);
    await expect(importDataset(failing(store, /^staging\.mergeRelationships:/, 2), changed, SMALL)).rejects.toThrow(/injected fault/);
    await recoverImports(store, 'refuse', 100, 0);
    expect(await snapshot(store)).toEqual(await snapshot(once));
    expect(await leftovers(store)).toEqual([]);
    await Promise.all([store.close(), once.close()]);
  });

  it('discards an import interrupted while staging, and finishes one interrupted while publishing', async () => {
    const { store, before } = await seededStore(SEED_DIR);
    // Killed while staging: not even the clean-up ran.
    const killed = failing(failing(store, /^staging\.discardBatch$/, 1), /^staging\.nodes/, 2);
    await expect(importDataset(killed, dataset, { ...SMALL, replace: true })).rejects.toThrow(/injected fault/);
    await expect(importDataset(store, dataset, SMALL)).rejects.toThrow(/another import .* was active at/);
    await recoverImports(store, 'refuse', 100, 0);
    expect(await snapshot(store)).toEqual(before);
    expect(await leftovers(store)).toEqual([]);

    // Killed half-way through publishing a replace: from then on the import counts as committed.
    await expect(importDataset(failing(store, /^staging\.publish:/, 3), dataset, { ...SMALL, replace: true })).rejects.toThrow(/injected fault/);
    await recoverImports(store, 'refuse', 100, 0);
    expect(canonical(await exportGraph(store))).toEqual(seed);
    expect(await leftovers(store)).toEqual([]);
    await store.close();
  });
});
