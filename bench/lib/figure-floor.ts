import { EVIDENCE_KINDS, ADDRESSES_TOPIC, IN_CITY, then, TOPIC_OF_CLUSTER, WORKED_ON } from '../../src/domain';
import { memoStatement, statement, type Statement } from '../../src/graph/statement';
import { backward, forward } from '../../src/graph/queries/fragments';

/**
 * The benchmark's floor for `networkStats`: the figures written as Cypher, computed by the store
 * on every ask (the service keeps them: src/domain/figure-graph.ts). The answers must agree;
 * test/bench checks that they do on the seed.
 *
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
/** Who worked on a topic of $cluster, in each way, walked from the cluster. */
const WORKED_ON_CLUSTER = EVIDENCE_KINDS.map((k) => backward(then(WORKED_ON[k], TOPIC_OF_CLUSTER), { start: 'p', endProps: '{id: $cluster}' }));
/** What addresses a topic of $cluster, walked from the cluster. */
const addressesCluster = (label: keyof typeof ADDRESSES_TOPIC, name: string) =>
  backward(then(ADDRESSES_TOPIC[label], TOPIC_OF_CLUSTER), { start: name, endProps: '{id: $cluster}' });

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
          ${IN_CITY.map((way) => `MATCH ${backward(way, { start: 'p', end: 'c', bound: ['c'] })} RETURN p`).join(' UNION ')} }`,
    e: 'MATCH (e:Event)-[:HELD_IN]->(:City {id: $city})',
    o: 'MATCH (o:Outcome)-[:IMPLEMENTED_IN]->(:City {id: $city})',
  },
  cluster: {
    params: ['cluster'],
    p: `CALL () {
          ${WORKED_ON_CLUSTER.map((pattern) => `MATCH ${pattern} RETURN p`).join(' UNION ')} }`,
    e: `MATCH ${addressesCluster('Event', 'e')} WITH DISTINCT e`,
    o: `MATCH ${addressesCluster('Outcome', 'o')} WITH DISTINCT o`,
  },
};

/** The clusters (`k`) a bound node's topics belong to, by the path that reaches the topics. */
const clustersOf = (reach: Parameters<typeof then>[0], name: string) => forward(then(reach, TOPIC_OF_CLUSTER), { start: name, end: 'k', bound: [name] });

/** The parts of a scope's figures, one statement each (they run in parallel). */
const PARTS = {
  totals: (f: Fragments) => `
    CALL () { ${f.p} RETURN count(p) AS practitioners }
    CALL () { ${f.e} RETURN count(e) AS events }
    CALL () { ${f.o} RETURN count(o) AS outcomes }
    RETURN practitioners, events, outcomes`,
  clusterPractitioners: (f: Fragments) => `${f.p}
    CALL (p) {
      ${EVIDENCE_KINDS.map((k) => `MATCH ${clustersOf(WORKED_ON[k], 'p')} RETURN k`).join(' UNION ')} }
    RETURN k.id AS key, count(p) AS count`,
  clusterEvents: (f: Fragments) => `${f.e} MATCH ${clustersOf(ADDRESSES_TOPIC.Event, 'e')}
    RETURN k.id AS key, count(DISTINCT e) AS count`,
  clusterOutcomes: (f: Fragments) => `${f.o} MATCH ${clustersOf(ADDRESSES_TOPIC.Outcome, 'o')}
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
  const name = `bench.stats.${part}:${scope}`;
  return memoStatement(name, () => statement(name, 'scan', SCOPES[scope].params, PARTS[part](SCOPES[scope])));
}

export function networkStatsStatements(): Statement[] {
  return STATS_SCOPES.flatMap((scope) => STATS_PARTS.map((part) => statsStatement(scope, part)));
}
