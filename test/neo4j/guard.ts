import { LABELS } from '../../src/domain';
import { loadConfig, type Neo4jConfig } from '../../src/config';
import { Neo4jStore } from '../../src/graph/neo4j';
import { stats } from '../../src/graph/queries';

/**
 * Before `npm run test:neo4j` touches anything: NEO4J_URI must be set, NEO4J_DATABASE must name a
 * database for tests, and that database may hold only this service's labels. The tests empty it.
 */
export default async function guard(): Promise<void> {
  await checkTestDatabase(loadConfig().neo4j);
}

export async function checkTestDatabase(neo4jConfig: Neo4jConfig | undefined): Promise<void> {
  if (!neo4jConfig) throw new Error('npm run test:neo4j needs NEO4J_URI and NEO4J_PASSWORD (see README, "On Neo4j 5")');
  const database = neo4jConfig.database ?? '';
  if (!/test/i.test(database)) {
    throw new Error(`npm run test:neo4j empties its database: set NEO4J_DATABASE to one named for tests (e.g. "cgtest"), not "${database || 'the server default'}"`);
  }
  const store = Neo4jStore.open(neo4jConfig);
  try {
    const counts = await store.read<{ label: string; count: number }>(stats.nodeCountsByLabel);
    const foreign = counts.filter((c) => !(LABELS as readonly string[]).includes(c.label));
    if (foreign.length > 0) {
      throw new Error(`database "${database}" holds other data (${foreign.map((c) => `${c.count} ${c.label}`).join(', ')}): refusing to empty it`);
    }
  } finally {
    await store.close();
  }
}
