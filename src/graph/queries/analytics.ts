import { ADDRESSES_TOPIC, then, TOPIC_OF_CLUSTER, WORKED_ON, type Path } from '../../domain';
import { forward } from './fragments';
import { statement } from '../statement';

/** The start (`x`) of each path and the clusters (`c`) its topics belong to. */
const clusters = (reach: Path) => `MATCH ${forward(then(reach, TOPIC_OF_CLUSTER), { start: 'x', end: 'c' })} RETURN DISTINCT x.id AS key, c.id AS cluster`;

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
  clusters(WORKED_ON.EXPERTISE),
);

/** The clusters each event addresses. */
export const eventClusters = statement(
  'analytics.eventClusters',
  'scan',
  [],
  clusters(ADDRESSES_TOPIC.Event),
);

/** The clusters each outcome addresses. */
export const outcomeClusters = statement(
  'analytics.outcomeClusters',
  'scan',
  [],
  clusters(ADDRESSES_TOPIC.Outcome),
);

export const analyticsStatements = () => [participations, contributions, expertiseClusters, eventClusters, outcomeClusters];
