import type { Config } from '../config';
import type { GraphStore } from './store';
import { EmbeddedStore } from './embedded';
import { Neo4jStore } from './neo4j';

/**
 * Picks the engine from the configuration: Neo4j when NEO4J_URI is set, else embedded. Neo4j ends
 * a read over the statement timeout itself; the API times every request's reads (src/api/context.ts).
 */
export function openStore(config: Pick<Config, 'dataDir' | 'neo4j'> & Partial<Pick<Config, 'statementTimeoutMs' | 'minFreeDiskBytes'>>): GraphStore {
  return config.neo4j
    ? Neo4jStore.open(config.neo4j, { statementTimeoutMs: config.statementTimeoutMs })
    : EmbeddedStore.open(config.dataDir, { minFreeBytes: config.minFreeDiskBytes });
}
