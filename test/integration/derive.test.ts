import neo4j from 'neo4j-driver';
import { nodes, relationships } from '../../src/graph/queries';
import { readDataset } from '../../src/seed/csv/reader';
import type { Dataset } from '../../src/seed/dataset';
import { deriveInPlace, serviceForm } from '../../src/seed/derive';
import { importDataset } from '../../src/seed/importer';
import { memoryStore, storedNodes } from '../helpers/graph';
import { SEED_DIR } from '../helpers/tmp';

/**
 * The neo4j-admin route: the rows stored as they are (no folded names, no years), then
 * `npm run import -- --derive` sets the rest in batches; the graph is then what the service's own
 * import makes of the files.
 */
let dataset: Dataset;
beforeAll(async () => {
  ({ dataset } = await readDataset(SEED_DIR));
});

describe('deriving in place after an offline load', () => {
  it('makes an offline-loaded graph what the import would have made of the files', async () => {
    const imported = await memoryStore();
    await importDataset(imported, dataset);
    const offline = await memoryStore();
    for (const [label, rows] of dataset.nodes) await offline.write(nodes.createNodes(label), { rows: rows.map((r) => r.props) });
    for (const { spec, rows } of dataset.relationships) await offline.write(relationships.createRelationships(spec), { rows: rows.map((r) => ({ from: r.from, to: r.to, props: r.props })) });
    expect(await storedNodes(offline)).not.toEqual(await storedNodes(imported));
    const changed = await deriveInPlace(offline, 50);
    expect(changed).toBe([...dataset.nodes.values()].reduce((n, rows) => n + rows.length, 0));
    expect(await storedNodes(offline)).toEqual(await storedNodes(imported));
    expect(await deriveInPlace(offline, 50)).toBe(0);
    await Promise.all([imported.close(), offline.close()]);
  });

  it('writes a Neo4j Date as the service does, YYYY-MM-DD, with the year it derives', () => {
    const props = { id: 'e1', title: 'Kick-off', startDate: new neo4j.types.Date(2014, 6, 24), endDate: '2014-06-24', year: 2014, nameFolded: 'kick-off' };
    expect(serviceForm('Event', props)).toEqual({ startDate: '2014-06-24' });
  });
});
