import { statement, type Statement } from '../statement';

/** Node count per label (every node carries exactly one label in this model). */
export const nodeCountsByLabel: Statement = statement(
  'stats.nodeCountsByLabel',
  'scan',
  [],
  `MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count`,
);

export const relationshipCountsByType: Statement = statement(
  'stats.relationshipCountsByType',
  'scan',
  [],
  `MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS count`,
);

export const totalNodes: Statement = statement(
  'stats.totalNodes',
  'read',
  [],
  `MATCH (n) RETURN count(n) AS count`,
);
