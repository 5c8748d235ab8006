import type { Config } from '../config';
import type { GraphStore } from '../graph/store';
import { applySchema } from '../graph/schema';
import { stats } from '../graph/queries';
import { readDataset } from '../seed/csv/reader';
import { importDataset, type ImportSummary } from '../seed/importer';
import type { Logger } from './logger';

/**
 * Makes the graph ready to serve: applies the schema (idempotent) and, when the graph is empty,
 * imports the seed dataset. A graph with data is left as it is, so a restart never re-imports.
 */
export async function prepareGraph(
  store: GraphStore,
  config: Pick<Config, 'seedDir'>,
  logger?: Logger,
): Promise<ImportSummary | undefined> {
  await applySchema(store);
  const [{ count }] = await store.read<{ count: number }>(stats.totalNodes);
  if (count > 0 || config.seedDir === '') {
    logger?.info({ nodes: count }, 'graph ready');
    return undefined;
  }
  logger?.info({ seedDir: config.seedDir }, 'empty graph: importing the seed dataset');
  const { dataset } = readDataset(config.seedDir);
  const summary = await importDataset(store, dataset);
  logger?.info({ nodes: summary.nodes, relationships: summary.relationships, seconds: summary.seconds }, 'seed dataset imported');
  return summary;
}
