import { loadConfig } from '../../src/config';
import { EmbeddedStore } from '../../src/graph/embedded';
import { Neo4jStore } from '../../src/graph/neo4j';
import type { GraphStore } from '../../src/graph/store';

/**
 * The engines the contract suite runs on: the embedded one always, Neo4j when NEO4J_URI is set
 * (read through loadConfig, the one reader of the environment).
 */
export function storeFactories(): [string, () => GraphStore][] {
  const config = loadConfig();
  const factories: [string, () => GraphStore][] = [['embedded', () => EmbeddedStore.open(':memory:')]];
  if (config.neo4j) factories.push(['neo4j', () => Neo4jStore.open(config.neo4j!)]);
  return factories;
}
