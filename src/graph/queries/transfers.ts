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
