import { statement } from '../statement';

/**
 * What the network analytics project into memory (see src/analytics): who worked together
 * (took part in the same event, contributed to the same outcome) and which clusters each
 * practitioner, event and outcome belongs to. Whole-graph scans, read once per computation.
 */

/** Every practitioner–event participation. */
export const participations = statement(
  'analytics.participations',
  'scan',
  [],
  `MATCH (p:Practitioner)-[:PARTICIPATED_IN]->(e:Event) RETURN p.id AS practitioner, e.id AS item`,
);

/** Every practitioner–outcome contribution. */
export const contributions = statement(
  'analytics.contributions',
  'scan',
  [],
  `MATCH (p:Practitioner)-[:CONTRIBUTED_TO]->(o:Outcome) RETURN p.id AS practitioner, o.id AS item`,
);

/** The clusters of each practitioner's expertise. */
export const expertiseClusters = statement(
  'analytics.expertiseClusters',
  'scan',
  [],
  `MATCH (p:Practitioner)-[:EXPERT_IN]->(:Topic)-[:PART_OF]->(c:Cluster) RETURN DISTINCT p.id AS key, c.id AS cluster`,
);

/** The clusters each event addresses. */
export const eventClusters = statement(
  'analytics.eventClusters',
  'scan',
  [],
  `MATCH (e:Event)-[:ADDRESSES]->(:Topic)-[:PART_OF]->(c:Cluster) RETURN DISTINCT e.id AS key, c.id AS cluster`,
);

/** The clusters each outcome addresses. */
export const outcomeClusters = statement(
  'analytics.outcomeClusters',
  'scan',
  [],
  `MATCH (o:Outcome)-[:ADDRESSES]->(:Topic)-[:PART_OF]->(c:Cluster) RETURN DISTINCT o.id AS key, c.id AS cluster`,
);

export const analyticsStatements = () => [participations, contributions, expertiseClusters, eventClusters, outcomeClusters];
