import type { Config } from '../config';
import type { GraphStore } from './store';
import { EmbeddedStore } from './embedded';
import { Neo4jStore } from './neo4j';
import { timedStore } from './timed-store';

/**
 * Picks the engine from the configuration: Neo4j when NEO4J_URI is set, else embedded. With a
 * statement timeout, reads answer GraphTimeoutError when over it; Neo4j also ends them itself
 * (the embedded engine cannot stop a running statement: it finishes in the background, unread).
 */
export function openStore(config: Pick<Config, 'dataDir' | 'neo4j'> & Partial<Pick<Config, 'statementTimeoutMs'>>): GraphStore {
  const ms = config.statementTimeoutMs;
  const store = config.neo4j ? Neo4jStore.open(config.neo4j, { statementTimeoutMs: ms }) : EmbeddedStore.open(config.dataDir);
  return ms ? timedStore(store, ms) : store;
}
