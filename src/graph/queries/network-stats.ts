import { memoStatement, statement, type Statement } from '../statement';

/**
 * Figures of the network, or of one part of it (a scope): which practitioners, events and
 * outcomes count, each given by a fragment that binds `p`, `e` or `o` once per node (hence the
 * DISTINCTs: an event held in three cities of a region is one event).
 *   network      everything
 *   phase        events of $phase, the practitioners who took part in them, the outcomes that emerged from them
 *   region       what is based, held or implemented in a city of $region
 *   phaseRegion  both
 *   city         practitioners in $city (based there or working at an institution there), events held and outcomes implemented there
 *   cluster      practitioners who worked on $cluster, events and outcomes addressing one of its topics
 */
export const STATS_SCOPES = ['network', 'phase', 'region', 'phaseRegion', 'city', 'cluster'] as const;
export type StatsScope = (typeof STATS_SCOPES)[number];

const IN_REGION = '-[:IN_COUNTRY]->(:Country {region: $region})';
const CLUSTER_TOPIC = '(:Cluster {id: $cluster})<-[:PART_OF]-(:Topic)';

interface Fragments {
  params: string[];
  p: string;
  e: string;
  o: string;
}

const SCOPES: Record<StatsScope, Fragments> = {
  network: { params: [], p: 'MATCH (p:Practitioner)', e: 'MATCH (e:Event)', o: 'MATCH (o:Outcome)' },
  phase: {
    params: ['phase'],
    p: 'MATCH (p:Practitioner)-[:PARTICIPATED_IN]->(:Event {phase: $phase}) WITH DISTINCT p',
    e: 'MATCH (e:Event {phase: $phase})',
    o: 'MATCH (o:Outcome)-[:EMERGED_FROM]->(:Event {phase: $phase}) WITH DISTINCT o',
  },
  region: {
    params: ['region'],
    p: `MATCH (p:Practitioner)-[:BASED_IN]->(:City)${IN_REGION} WITH DISTINCT p`,
    e: `MATCH (e:Event)-[:HELD_IN]->(:City)${IN_REGION} WITH DISTINCT e`,
    o: `MATCH (o:Outcome)-[:IMPLEMENTED_IN]->(:City)${IN_REGION} WITH DISTINCT o`,
  },
  phaseRegion: {
    params: ['phase', 'region'],
    p: `MATCH (p:Practitioner)-[:PARTICIPATED_IN]->(:Event {phase: $phase}) WITH DISTINCT p MATCH (p)-[:BASED_IN]->(:City)${IN_REGION} WITH DISTINCT p`,
    e: `MATCH (e:Event {phase: $phase})-[:HELD_IN]->(:City)${IN_REGION} WITH DISTINCT e`,
    o: `MATCH (o:Outcome)-[:EMERGED_FROM]->(:Event {phase: $phase}) WITH DISTINCT o MATCH (o)-[:IMPLEMENTED_IN]->(:City)${IN_REGION} WITH DISTINCT o`,
  },
  city: {
    params: ['city'],
    p: `MATCH (c:City {id: $city}) CALL (c) {
          MATCH (c)<-[:BASED_IN]-(p:Practitioner) RETURN p
          UNION MATCH (c)<-[:LOCATED_IN]-(:Institution)<-[:WORKS_AT]-(p:Practitioner) RETURN p }`,
    e: 'MATCH (e:Event)-[:HELD_IN]->(:City {id: $city})',
    o: 'MATCH (o:Outcome)-[:IMPLEMENTED_IN]->(:City {id: $city})',
  },
  cluster: {
    params: ['cluster'],
    p: `CALL () {
          MATCH ${CLUSTER_TOPIC}<-[:EXPERT_IN]-(p:Practitioner) RETURN p
          UNION MATCH ${CLUSTER_TOPIC}<-[:ADDRESSES]-(:Event)<-[:PARTICIPATED_IN]-(p:Practitioner) RETURN p
          UNION MATCH ${CLUSTER_TOPIC}<-[:ADDRESSES]-(:Outcome)<-[:CONTRIBUTED_TO]-(p:Practitioner) RETURN p }`,
    e: `MATCH ${CLUSTER_TOPIC}<-[:ADDRESSES]-(e:Event) WITH DISTINCT e`,
    o: `MATCH ${CLUSTER_TOPIC}<-[:ADDRESSES]-(o:Outcome) WITH DISTINCT o`,
  },
};

const TOPIC_CLUSTER = '(:Topic)-[:PART_OF]->(k:Cluster)';

/** The parts of a scope's figures, one statement each (they run in parallel). */
const PARTS = {
  totals: (f: Fragments) => `
    CALL () { ${f.p} RETURN count(p) AS practitioners }
    CALL () { ${f.e} RETURN count(e) AS events }
    CALL () { ${f.o} RETURN count(o) AS outcomes }
    RETURN practitioners, events, outcomes`,
  clusterPractitioners: (f: Fragments) => `${f.p}
    CALL (p) {
      MATCH (p)-[:EXPERT_IN]->${TOPIC_CLUSTER} RETURN k
      UNION MATCH (p)-[:PARTICIPATED_IN]->(:Event)-[:ADDRESSES]->${TOPIC_CLUSTER} RETURN k
      UNION MATCH (p)-[:CONTRIBUTED_TO]->(:Outcome)-[:ADDRESSES]->${TOPIC_CLUSTER} RETURN k }
    RETURN k.id AS key, count(p) AS count`,
  clusterEvents: (f: Fragments) => `${f.e} MATCH (e)-[:ADDRESSES]->${TOPIC_CLUSTER}
    RETURN k.id AS key, count(DISTINCT e) AS count`,
  clusterOutcomes: (f: Fragments) => `${f.o} MATCH (o)-[:ADDRESSES]->${TOPIC_CLUSTER}
    RETURN k.id AS key, count(DISTINCT o) AS count`,
  regionPractitioners: (f: Fragments) => `${f.p} MATCH (p)-[:BASED_IN]->(:City)-[:IN_COUNTRY]->(k:Country)
    RETURN k.region AS key, count(DISTINCT p) AS count`,
  regionEvents: (f: Fragments) => `${f.e} MATCH (e)-[:HELD_IN]->(:City)-[:IN_COUNTRY]->(k:Country)
    RETURN k.region AS key, count(DISTINCT e) AS count`,
  regionOutcomes: (f: Fragments) => `${f.o} MATCH (o)-[:IMPLEMENTED_IN]->(:City)-[:IN_COUNTRY]->(k:Country)
    RETURN k.region AS key, count(DISTINCT o) AS count`,
  years: (f: Fragments) => `${f.e} MATCH (e)<-[:PARTICIPATED_IN]-(q:Practitioner)
    RETURN e.year AS key, count(DISTINCT e) AS events, count(DISTINCT q) AS participants`,
  eventYears: (f: Fragments) => `${f.e} RETURN e.year AS key, count(e) AS events`,
} as const;

export type StatsPart = keyof typeof PARTS;
export const STATS_PARTS = Object.keys(PARTS) as StatsPart[];

export function statsStatement(scope: StatsScope, part: StatsPart): Statement {
  const name = `stats.${part}:${scope}`;
  return memoStatement(name, () => statement(name, 'scan', SCOPES[scope].params, PARTS[part](SCOPES[scope])));
}

export function networkStatsStatements(): Statement[] {
  return STATS_SCOPES.flatMap((scope) => STATS_PARTS.map((part) => statsStatement(scope, part)));
}
