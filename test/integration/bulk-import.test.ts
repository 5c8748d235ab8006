import fs from 'node:fs';
import path from 'node:path';
import { EmbeddedStore } from '../../src/graph/embedded';
import { GraphConstraintError } from '../../src/graph/errors';
import { nodes } from '../../src/graph/queries';
import { applySchema } from '../../src/graph/schema';
import { readDataset } from '../../src/seed/csv/reader';
import { countRows, DatasetError } from '../../src/seed/dataset';
import { loadInBulk } from '../../src/seed/bulk-load';
import { importFiles } from '../../src/seed/import-files';
import { importDataset } from '../../src/seed/importer';
import { memoryStore, snapshot, storedNodes } from '../helpers/graph';
import { SEED_DIR, tmpDir } from '../helpers/tmp';

/**
 * A new graph (an empty one, or --replace) is streamed from the files into a store of its own that
 * takes the old file's place at the end (`bulkReplacement`); it must be the graph the import in
 * one transaction makes of the same files.
 */
async function fileStore(dataDir: string) {
  const store = EmbeddedStore.open(dataDir);
  await applySchema(store);
  return store;
}

/** What the import in one transaction makes of the seed files. */
async function transactionalGraph() {
  const transactional = await memoryStore();
  const { dataset } = await readDataset(SEED_DIR);
  await importDataset(transactional, dataset);
  const graph = { nodes: await storedNodes(transactional), snapshot: await snapshot(transactional) };
  await transactional.close();
  return graph;
}

describe('importing files into a new graph in bulk', () => {
  it('makes the graph the transactional import makes, derived properties included, and a restart finds it whole', async () => {
    const dataDir = path.join(tmpDir(), 'graph');
    const summary = await importFiles(await fileStore(dataDir), SEED_DIR);
    const { dataset } = await readDataset(SEED_DIR);
    expect(summary).toMatchObject({ mode: 'create', replaced: false, dryRun: false });
    const counted = Object.values(summary.nodes).reduce((a, b) => a + b, 0) + Object.values(summary.relationships).reduce((a, b) => a + b, 0);
    const { nodes: n, relationships: r } = countRows(dataset);
    expect(counted).toBe(n + r);

    const expected = await transactionalGraph();
    // The bulk import closed the store it replaced: open the file as a restart would.
    const reopened = await fileStore(dataDir);
    expect(await storedNodes(reopened)).toEqual(expected.nodes);
    expect(await snapshot(reopened)).toEqual(expected.snapshot);
    // The schema holds in the new file: a second node with a taken id is refused.
    await expect(reopened.write(nodes.createNodes('City'), { rows: [{ id: 'lagos', name: 'Lagos again' }] })).rejects.toThrow(GraphConstraintError);
    await reopened.close();
  });

  it('joins every relationship to its own nodes when a label comes in many batches, two of them written at a time', async () => {
    // Batches of 7 rows: every label and relationship file of the seed spans several.
    const dataDir = path.join(tmpDir(), 'graph');
    const bulk = (await (await fileStore(dataDir)).bulkReplacement())!;
    await loadInBulk(bulk, SEED_DIR, { batchRows: 7 });
    await applySchema(bulk.store);
    await bulk.commit();
    const reopened = await fileStore(dataDir);
    const expected = await transactionalGraph();
    expect(await storedNodes(reopened)).toEqual(expected.nodes);
    expect(await snapshot(reopened)).toEqual(expected.snapshot);
    await reopened.close();
  });

  it('refuses a --replace whose last row is bad, and leaves the old graph open and as it was', async () => {
    const dataDir = path.join(tmpDir(), 'graph');
    await importFiles(await fileStore(dataDir), SEED_DIR);
    const store = await fileStore(dataDir);
    const before = await snapshot(store);
    const bad = path.join(tmpDir(), 'bad');
    fs.cpSync(SEED_DIR, bad, { recursive: true });
    const last = path.join(bad, 'relationships', fs.readdirSync(path.join(bad, 'relationships')).sort().at(-1)!);
    const lines = fs.readFileSync(last, 'utf8').trimEnd().split('\n');
    const line = lines.length + 1;
    fs.appendFileSync(last, `nobody,nowhere${','.repeat(lines[0].split(',').length - 2)}\n`);
    const refused = importFiles(store, bad, { replace: true });
    await expect(refused).rejects.toThrow(DatasetError);
    await expect(refused).rejects.toThrow(new RegExp(`${path.basename(last).replace('.', '\\.')}:${line}: start "nobody" is not a`));
    expect(await snapshot(store)).toEqual(before);
    expect(fs.existsSync(`${dataDir}.importing`)).toBe(false);
    await store.close();
  });
});
