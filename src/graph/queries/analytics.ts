import { statement } from '../statement';

/**
 * What the network analytics project into memory (see api/analytics): who worked together
 * (took part in the same event, contributed to the same outcome) and which clusters each
 * practitioner, event and outcome belongs to. Whole-graph scans, read once per computation.
 */

/** Every practitioner–event participation. */
export const participations = statement(
  'analytics.participations',
  'read',
  [],
  `MATCH (p:Practitioner)-[:PARTICIPATED_IN]->(e:Event) RETURN p.id AS practitioner, e.id AS item`,
);

/** Every practitioner–outcome contribution. */
export const contributions = statement(
  'analytics.contributions',
  'read',
  [],
  `MATCH (p:Practitioner)-[:CONTRIBUTED_TO]->(o:Outcome) RETURN p.id AS practitioner, o.id AS item`,
);

/** The clusters of each practitioner's expertise. */
export const expertiseClusters = statement(
  'analytics.expertiseClusters',
  'read',
  [],
  `MATCH (p:Practitioner)-[:EXPERT_IN]->(:Topic)-[:PART_OF]->(c:Cluster) RETURN DISTINCT p.id AS key, c.id AS cluster`,
);

/** The clusters each event addresses. */
export const eventClusters = statement(
  'analytics.eventClusters',
  'read',
  [],
  `MATCH (e:Event)-[:ADDRESSES]->(:Topic)-[:PART_OF]->(c:Cluster) RETURN DISTINCT e.id AS key, c.id AS cluster`,
);

/** The clusters each outcome addresses. */
export const outcomeClusters = statement(
  'analytics.outcomeClusters',
  'read',
  [],
  `MATCH (o:Outcome)-[:ADDRESSES]->(:Topic)-[:PART_OF]->(c:Cluster) RETURN DISTINCT o.id AS key, c.id AS cluster`,
);

export const analyticsStatements = () => [participations, contributions, expertiseClusters, eventClusters, outcomeClusters];
