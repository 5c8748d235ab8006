import { generateSynthetic } from '../../src/seed/synthetic';
import { importDataset } from '../../src/seed/importer';
import { exportGraph } from '../../src/seed/exporter';
import { canonical, memoryStore } from '../helpers/graph';

/**
 * A generated network into Neo4j and out again: the same graph, properties typed as the model
 * says (a version or a year an integer, not 2.0). Runs only under `npm run test:neo4j`.
 */
describe('a generated network on Neo4j', () => {
  it('imports 2,000 practitioners and exports the same graph', async () => {
    const store = await memoryStore();
    try {
      const dataset = generateSynthetic({ practitioners: 2000, seed: 7 });
      const summary = await importDataset(store, dataset);
      expect(summary.mode).toBe('create');
      expect(canonical(await exportGraph(store))).toEqual(canonical(dataset));
    } finally {
      await store.close();
    }
  });
});
