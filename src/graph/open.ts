import type { Config } from '../config';
import type { GraphStore } from './store';
import { EmbeddedStore } from './embedded';
import { Neo4jStore } from './neo4j';

/** Picks the engine from the configuration: Neo4j when NEO4J_URI is set, else embedded. */
export function openStore(config: Pick<Config, 'dataDir' | 'neo4j'>): GraphStore {
  return config.neo4j ? Neo4jStore.open(config.neo4j) : EmbeddedStore.open(config.dataDir);
}
