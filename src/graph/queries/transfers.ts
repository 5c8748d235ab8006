import { ADDRESSES_TOPIC, then, TOPIC_OF_CLUSTER } from '../../domain';
import { statement } from '../statement';
import { forward } from './fragments';

/** The bound outcome addresses a topic of $cluster. */
const addressesCluster = (outcome: string) => forward(then(ADDRESSES_TOPIC.Outcome, TOPIC_OF_CLUSTER), { start: outcome, bound: [outcome], endProps: '{id: $cluster}' });

/**
 * Knowledge transfers: one row per ADAPTED_FROM (a solution travelling from the source outcome's
 * city to the target's), with the first city of each by id (null where the outcome has none yet)
 * and its region, and the events it travelled through: those the adaptation emerged from.
 * (Adding the events where contributors of both took part cost 600 ms and named the programme's
 * biggest conferences for almost every transfer.) $cluster, $fromRegion and $toRegion may each be
 * null (no filter); there are few of these rows.
 */
export const knowledgeTransfers = statement(
  'transfers.list',
  'scan',
  ['cluster', 'fromRegion', 'toRegion', 'limit'],
  `MATCH (target:Outcome)-[:ADAPTED_FROM]->(source:Outcome)
   OPTIONAL MATCH (source)-[:IMPLEMENTED_IN]->(fc:City)
   OPTIONAL MATCH (fc)-[:IN_COUNTRY]->(fk:Country)
   WITH target, source, fc, fk ORDER BY fc.id
   WITH target, source, head(collect({city: fc, region: fk.region})) AS origin
   OPTIONAL MATCH (target)-[:IMPLEMENTED_IN]->(tc:City)
   OPTIONAL MATCH (tc)-[:IN_COUNTRY]->(tk:Country)
   WITH target, source, origin, tc, tk ORDER BY tc.id
   WITH target, source, origin, head(collect({city: tc, region: tk.region})) AS destination
   WHERE ($fromRegion IS NULL OR origin.region = $fromRegion) AND ($toRegion IS NULL OR destination.region = $toRegion)
     AND ($cluster IS NULL
       OR EXISTS { ${addressesCluster('source')} }
       OR EXISTS { ${addressesCluster('target')} })
   RETURN properties(source) AS source, properties(target) AS target,
     properties(origin.city) AS fromCity, properties(destination.city) AS toCity,
     [(target)-[:EMERGED_FROM]->(e:Event) | properties(e)] AS via
   ORDER BY target.id, source.id LIMIT $limit`,
);

/** The clusters the bound outcome addresses, as a list of cluster ids. */
const clustersOf = (outcome: string) => `[${forward(then(ADDRESSES_TOPIC.Outcome, TOPIC_OF_CLUSTER), { start: outcome, bound: [outcome], end: 'c' })} | c.id]`;

/**
 * Every adaptation between outcomes of two cities, for the exchange between cities: the cities,
 * when work on the adapting outcome started and the earliest start of the events it emerged from
 * (domain/dating.ts dates it from the two), and the clusters of both outcomes. Few rows.
 */
export const exchangeTransfers = statement(
  'transfers.exchange',
  'scan',
  [],
  `MATCH (target:Outcome)-[:ADAPTED_FROM]->(source:Outcome)
   MATCH (source)-[:IMPLEMENTED_IN]->(fc:City)
   MATCH (target)-[:IMPLEMENTED_IN]->(tc:City)
   OPTIONAL MATCH (target)-[:EMERGED_FROM]->(e:Event)
   WITH target, source, fc, tc, min(e.startDate) AS eventDate
   RETURN target.id AS target, source.id AS source, fc.id AS fromCity, tc.id AS toCity,
     target.startedOn AS startedOn, eventDate, ${clustersOf('source')} + ${clustersOf('target')} AS clusters
   ORDER BY target, source, fromCity, toCity`,
);

/** Every partnership between cities, with the year it began (null where unknown). Few rows. */
export const partnerships = statement(
  'transfers.partnerships',
  'scan',
  [],
  `MATCH (a:City)-[r:PARTNER_OF]->(b:City) RETURN a.id AS a, b.id AS b, r.since AS since ORDER BY a, b`,
);
