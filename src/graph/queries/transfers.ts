import { statement } from '../statement';

/**
 * Knowledge transfers: one row per ADAPTED_FROM (a solution travelling from the source outcome's
 * city to the target's), with the first city of each by id, and the events it travelled through:
 * those the adaptation emerged from. (Adding the events where contributors of both took part
 * cost 600 ms and named the programme's biggest conferences for almost every transfer.)
 * $cluster, $fromRegion and $toRegion may each be null (no filter); there are few of these rows.
 */
export const knowledgeTransfers = statement(
  'transfers.list',
  'scan',
  ['cluster', 'fromRegion', 'toRegion', 'limit'],
  `MATCH (target:Outcome)-[:ADAPTED_FROM]->(source:Outcome)
   CALL (source) { MATCH (source)-[:IMPLEMENTED_IN]->(c:City)-[:IN_COUNTRY]->(k:Country)
     RETURN c AS fromCity, k.region AS fromRegion ORDER BY c.id LIMIT 1 }
   CALL (target) { MATCH (target)-[:IMPLEMENTED_IN]->(c:City)-[:IN_COUNTRY]->(k:Country)
     RETURN c AS toCity, k.region AS toRegion ORDER BY c.id LIMIT 1 }
   WITH source, target, fromCity, toCity, fromRegion, toRegion
   WHERE ($fromRegion IS NULL OR fromRegion = $fromRegion) AND ($toRegion IS NULL OR toRegion = $toRegion)
     AND ($cluster IS NULL
       OR EXISTS { (source)-[:ADDRESSES]->(:Topic)-[:PART_OF]->(:Cluster {id: $cluster}) }
       OR EXISTS { (target)-[:ADDRESSES]->(:Topic)-[:PART_OF]->(:Cluster {id: $cluster}) })
   RETURN properties(source) AS source, properties(target) AS target,
     properties(fromCity) AS fromCity, properties(toCity) AS toCity,
     [(target)-[:EMERGED_FROM]->(e:Event) | properties(e)] AS via
   ORDER BY target.id, source.id LIMIT $limit`,
);
