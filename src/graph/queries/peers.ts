import { EVIDENCE_KINDS, then, TOPIC_OF_CLUSTER, WORKED_ON } from '../../domain';
import { statement } from '../statement';
import { forward } from './fragments';

/** The clusters (`k`) `p` worked on, one list per kind of evidence, concatenated. */
const CLUSTERS_WORKED_ON = EVIDENCE_KINDS.map((kind) => `[${forward(then(WORKED_ON[kind], TOPIC_OF_CLUSTER), { start: 'p', end: 'k', bound: ['p'] })} | {key: k.id, name: k.name}]`).join(' + ');

/**
 * What a peer recommendation weighs (see domain/peers.ts): who shares the topics, and what each
 * candidate has done. The ranking itself happens in the API, on these rows.
 */

/**
 * Practitioners expert in any of $topics except $id, those sharing most first, at most $pool.
 * Starting from the topics: the other way round scans every practitioner (160 vs 65 ms).
 */
export const peerCandidates = statement(
  'peers.candidates',
  'read',
  ['id', 'topics', 'pool'],
  `MATCH (t:Topic)<-[:EXPERT_IN]-(peer:Practitioner) WHERE t.id IN $topics AND peer.id <> $id
   WITH peer, count(t) AS shared ORDER BY shared DESC, peer.id LIMIT $pool
   RETURN peer.id AS key`,
);

/** For each practitioner: expertise, clusters worked on, events, outcome places and home. */
export const peerProfiles = statement(
  'peers.profiles',
  'read',
  ['keys'],
  `UNWIND $keys AS key MATCH (p:Practitioner {id: key})
   RETURN key,
     [(p)-[:EXPERT_IN]->(t:Topic) | {key: t.id, name: t.name}] AS topics,
     ${CLUSTERS_WORKED_ON} AS clusters,
     [(p)-[:PARTICIPATED_IN]->(e:Event) | e.id] AS events,
     [(p)-[:CONTRIBUTED_TO]->(o:Outcome)-[:IMPLEMENTED_IN]->(c:City)-[:IN_COUNTRY]->(k:Country)
       | {outcome: o.title, city: c.name, country: k.code, region: k.region}] AS outcomePlaces,
     [(p)-[:BASED_IN]->(c:City)-[:IN_COUNTRY]->(k:Country) | {city: c.name, country: k.code, region: k.region}] AS home`,
);
