import fs from 'node:fs';
import path from 'node:path';
import { readDataset } from '../../src/seed/csv/reader';
import { writeDataset } from '../../src/seed/csv/writer';
import { DatasetError, emptyDataset, nodeRows } from '../../src/seed/dataset';
import { exportGraph } from '../../src/seed/exporter';
import { importDataset } from '../../src/seed/importer';
import { generateSynthetic } from '../../src/seed/synthetic';
import { nodes } from '../../src/graph/queries';
import { canonical, loadDir, memoryStore, seededStore, snapshot } from '../helpers/graph';
import { SEED_DIR, tmpDir } from '../helpers/tmp';

describe('import', () => {
  it('loads the seed dataset completely', async () => {
    const store = await memoryStore();
    const summary = await loadDir(store, SEED_DIR);
    expect(summary.mode).toBe('create');
    expect(canonical(await exportGraph(store))).toEqual(canonical((await readDataset(SEED_DIR)).dataset));
    await store.close();
  });

  it('round-trips: import → export → import gives the same graph and the same files', async () => {
    const first = await memoryStore();
    await loadDir(first, SEED_DIR);
    const exportA = tmpDir();
    writeDataset(exportA, await exportGraph(first));
    const second = await memoryStore();
    await loadDir(second, exportA);
    const exportB = tmpDir();
    writeDataset(exportB, await exportGraph(second));
    expect(await snapshot(second)).toEqual(await snapshot(first));
    for (const sub of ['nodes', 'relationships']) {
      const files = fs.readdirSync(path.join(exportA, sub)).sort();
      expect(fs.readdirSync(path.join(exportB, sub)).sort()).toEqual(files);
      for (const f of files) {
        expect(fs.readFileSync(path.join(exportB, sub, f), 'utf8')).toBe(fs.readFileSync(path.join(exportA, sub, f), 'utf8'));
      }
    }
    await Promise.all([first.close(), second.close()]);
  });

  it('stores the derived properties search and filters need, and does not export them', async () => {
    const store = await memoryStore();
    await loadDir(store, SEED_DIR);
    const rows = await store.read<{ props: Record<string, unknown> }>(nodes.exportNodes('City'));
    const saoPaulo = rows.find((r) => r.props.id === 'sao-paulo')!.props;
    expect(saoPaulo.nameFolded).toBe('sao paulo');
    const exported = (await exportGraph(store)).nodes.get('City')!.find((r) => r.props.id === 'sao-paulo')!.props;
    expect(exported.nameFolded).toBeUndefined();
    await store.close();
  });

  it('is idempotent: importing the same dataset into a graph that has it changes nothing', async () => {
    const { store, before } = await seededStore(SEED_DIR);
    const again = await loadDir(store, SEED_DIR);
    expect(again.mode).toBe('upsert');
    expect(await snapshot(store)).toEqual(before);
    await store.close();
  });

  it('dry run reports the counts and changes nothing', async () => {
    const { store, before } = await seededStore(SEED_DIR);
    const synthetic = generateSynthetic({ practitioners: 200, seed: 7 });
    const summary = await importDataset(store, synthetic, { dryRun: true, replace: true });
    expect(summary).toMatchObject({ dryRun: true, replaced: true, nodes: { Practitioner: 200 } });
    expect(await snapshot(store)).toEqual(before);
    await store.close();
  });

  it('leaves the graph exactly as it was when the last row is bad (refused before writing)', async () => {
    const { store, before } = await seededStore(SEED_DIR);
    const dir = tmpDir();
    fs.cpSync(SEED_DIR, dir, { recursive: true });
    fs.appendFileSync(path.join(dir, 'relationships/PARTNER_OF.csv'), 'bonn,lviv,not-a-year,\n');
    await expect(readDataset(dir)).rejects.toThrow(DatasetError);
    await expect(readDataset(dir)).rejects.toThrow(/relationships\/PARTNER_OF.csv:3: since must be a whole number \(got "not-a-year"\)/);
    expect(await snapshot(store)).toEqual(before);
    await store.close();
  });

  it('rolls everything back when the engine refuses the last row, even after --replace cleared the graph', async () => {
    const { store, before } = await seededStore(SEED_DIR);
    const dataset = generateSynthetic({ practitioners: 300, seed: 11 });
    // Bypasses the reader's duplicate check so the engine's unique constraint fails mid-transaction.
    const people = nodeRows(dataset, 'Practitioner');
    people.push({ props: { ...people[0].props } });
    await expect(importDataset(store, dataset, { replace: true })).rejects.toThrow(/UNIQUE|constraint/i);
    expect(await snapshot(store)).toEqual(before);
    await store.close();
  });

  it('refuses ends that are neither in the dataset nor in the graph, naming file and line, and writes nothing', async () => {
    const { store, before } = await seededStore(SEED_DIR);
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'nodes'));
    fs.mkdirSync(path.join(dir, 'relationships'));
    fs.writeFileSync(path.join(dir, 'nodes/Practitioner.csv'), 'id:ID(Practitioner),name,synthetic:boolean\nnew-1,Ola Vendrisk,true\n');
    fs.writeFileSync(path.join(dir, 'relationships/BASED_IN.csv'), ':START_ID(Practitioner),:END_ID(City)\nnew-1,lagos\nnew-1,atlantis\n');
    const { dataset, dangling } = await readDataset(dir, { allowDangling: true });
    expect(dangling.map((d) => d.id)).toEqual(['lagos', 'atlantis']);
    await expect(importDataset(store, dataset, { dangling })).rejects.toThrow(
      'relationships/BASED_IN.csv:3: "atlantis" is not a City of this dataset or of the graph',
    );
    expect(await snapshot(store)).toEqual(before);
    // The same file without the bad row lands, joined to the Lagos already in the graph.
    fs.writeFileSync(path.join(dir, 'relationships/BASED_IN.csv'), ':START_ID(Practitioner),:END_ID(City)\nnew-1,lagos\n');
    const ok = await readDataset(dir, { allowDangling: true });
    await importDataset(store, ok.dataset, { dangling: ok.dangling });
    const after = await snapshot(store);
    expect(after['Practitioner-BASED_IN-City']).toContain(`new-1>lagos ${JSON.stringify([])}`);
    await store.close();
  });

  it('names file and line for ends missing from an empty graph too', async () => {
    const store = await memoryStore();
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'nodes'));
    fs.mkdirSync(path.join(dir, 'relationships'));
    fs.writeFileSync(path.join(dir, 'nodes/Practitioner.csv'), 'id:ID(Practitioner),name\nnew-1,Ola Vendrisk\n');
    fs.writeFileSync(path.join(dir, 'relationships/BASED_IN.csv'), ':START_ID(Practitioner),:END_ID(City)\nnew-1,lagos\n');
    const { dataset, dangling } = await readDataset(dir, { allowDangling: true });
    await expect(importDataset(store, dataset, { dangling })).rejects.toThrow(
      'relationships/BASED_IN.csv:2: "lagos" is not a City of this dataset or of the graph',
    );
    expect(await snapshot(store)).toEqual({});
    await store.close();
  });

  it('replaces the whole graph with --replace', async () => {
    const store = await memoryStore();
    await loadDir(store, SEED_DIR);
    const small = emptyDataset();
    nodeRows(small, 'Topic').push({ props: { id: 'only', name: 'Only topic' } });
    const summary = await importDataset(store, small, { replace: true });
    expect(summary).toMatchObject({ mode: 'create', replaced: true, nodes: { Topic: 1 } });
    expect(await snapshot(store)).toEqual({ Topic: [JSON.stringify([['id', 'only'], ['name', 'Only topic']])] });
    await store.close();
  });
});
