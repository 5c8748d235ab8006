import { statement } from '../statement';

/**
 * Finding a city the way a person names it: by its folded name (several cities may share one),
 * or, when nothing matches, every name so the API can suggest the closest.
 */

export const citiesByName = statement(
  'cities.byName',
  'scan',
  ['name'],
  `MATCH (c:City {nameFolded: $name})
   OPTIONAL MATCH (c)-[:IN_COUNTRY]->(k:Country)
   RETURN properties(c) AS node, k.name AS country ORDER BY node.id`,
);

export const cityNames = statement(
  'cities.names',
  'scan',
  [],
  `MATCH (c:City) RETURN c.id AS key, c.name AS name, c.nameFolded AS folded`,
);
