import { statement, type Statement } from '../../src/graph/statement';
import { networkStatsStatements } from './figure-floor';

/**
 * The benchmark's floor: each answer from one hand-written statement run straight on the store,
 * and the samples the operations draw their arguments from. The API's own single-statement
 * operations (practitionersWorkingOn, search) are floored by their catalogue statement instead,
 * which is what one would write by hand; networkStats by the figures as Cypher (figure-floor.ts).
 */

export const nodeById = statement('bench.node', 'read', ['id'], 'MATCH (n:Practitioner {id: $id}) RETURN properties(n) AS node');

/**
 * The four-level listing: practitioners, their city, its country, the country's first cities.
 * (With OPTIONAL MATCH and the collect inside the subquery the engine takes 1 s instead of 22 ms.)
 */
export const fourLevels = statement(
  'bench.fourLevels',
  'read',
  ['first'],
  `MATCH (p:Practitioner) WITH p ORDER BY p.id LIMIT $first
   MATCH (p)-[:BASED_IN]->(c:City)-[:IN_COUNTRY]->(k:Country)
   CALL (k) { MATCH (k)<-[:IN_COUNTRY]-(x:City) RETURN x ORDER BY x.id LIMIT 3 }
   RETURN p.id AS practitioner, c.id AS city, k.id AS country, collect(x.id) AS cities`,
);

/** A shortest path of at most four relationships of any type and direction. */
export const shortestPath = statement(
  'bench.shortestPath',
  'read',
  ['from', 'to'],
  `MATCH path = shortestPath((a:Practitioner {id: $from})-[*..4]-(b:Practitioner {id: $to}))
   RETURN [n IN nodes(path) | n.id] AS nodes, [r IN relationships(path) | type(r)] AS types`,
);

/** Up to $limit distinct nodes within two relationships of a practitioner. */
export const neighbourhood = statement(
  'bench.neighbourhood',
  'read',
  ['id', 'limit'],
  `MATCH (a:Practitioner {id: $id})-[*1..2]-(b) WITH DISTINCT b LIMIT $limit
   RETURN b.id AS id, labels(b) AS labels`,
);

export const sampleCities = statement('bench.sample.cities', 'read', ['limit'], 'MATCH (c:City) RETURN c.id AS id LIMIT $limit');

export const samplePractitioners = statement(
  'bench.sample.practitioners',
  'read',
  ['limit'],
  'MATCH (p:Practitioner) RETURN p.id AS id, p.name AS name LIMIT $limit',
);

export function benchStatements(): Statement[] {
  return [nodeById, fourLevels, shortestPath, neighbourhood, sampleCities, samplePractitioners, ...networkStatsStatements()];
}
