import { EVIDENCE_KINDS, type EvidenceKind, IN_CITY, TOPIC_OF_CLUSTER, WORKED_ON } from '../../domain';
import { memoStatement, statement, type Statement } from '../statement';
import { dayParamsIn, eventBegun, outcomeBegun, practitionerBegun, sinceOfPath } from './dated';
import { backward, forward } from './fragments';

/**
 * "Who in a city worked on a cluster or topic": in the city = based in it or working
 * at an institution located in it; worked on = one of the evidence patterns below, for one of the
 * cluster's topics (or the topic). Statements are composed from the evidence kinds asked for
 * (`via`), so no branch is switched off by a parameter at run time; the cluster's topics are
 * looked up inside the statement, so the API sends page and count at once, in one round.
 */

/** What the question is about: a cluster ($cluster) or one topic ($topic). */
export type Subject = 'cluster' | 'topic';

const TOPICS: Record<Subject, string> = {
  cluster: `MATCH ${backward(TOPIC_OF_CLUSTER, { start: 'ct', endProps: '{id: $cluster}' })} WITH collect(ct.id) AS topics`,
  topic: 'WITH [$topic] AS topics',
};

/** Each way of being in the city $city bound as `c`, binding the practitioner `p`; and, as of a day, what must have begun. */
const IN_CITY_WAYS = IN_CITY.map((way, i) => {
  const since = sinceOfPath(way, `w${i}_`);
  return { pattern: backward(way, { start: 'p', end: 'c', bound: ['c'], rels: since.rels }), asOf: since.conditions };
});

/** Each kind of evidence from `p` bound: the topic `t`, and for events and outcomes the subject `s` and relationship `r`. */
/**
 * As of a day (`asOf`), the evidence must have begun: the event, the outcome; expertise is not
 * dated, so an expert counts only once they had been active (or if they never are).
 */
const EVIDENCE: Record<EvidenceKind, { pattern: string; returns: string; asOf: string }> = {
  EXPERTISE: { pattern: forward(WORKED_ON.EXPERTISE, { start: 'p', end: 't', bound: ['p'] }), returns: 't AS s, null AS role, t', asOf: practitionerBegun('p') },
  EVENT: { pattern: forward(WORKED_ON.EVENT, { start: 'p', inner: ['s'], end: 't', rels: ['r'], bound: ['p'] }), returns: 's, r.role AS role, t', asOf: eventBegun('s') },
  OUTCOME: { pattern: forward(WORKED_ON.OUTCOME, { start: 'p', inner: ['s'], end: 't', rels: ['r'], bound: ['p'] }), returns: 's, r.role AS role, t', asOf: outcomeBegun('s') },
};

/** The conditions of a branch: the topic, and as of a day what must have begun. */
const where = (asOf: boolean, kind: EvidenceKind, way?: (typeof IN_CITY_WAYS)[number]) =>
  ['t.id IN topics', ...(asOf ? [...(way?.asOf ?? []), EVIDENCE[kind].asOf] : [])].join(' AND ');

function kindsOf(via: readonly EvidenceKind[]): EvidenceKind[] {
  const kinds = EVIDENCE_KINDS.filter((k) => via.includes(k));
  if (kinds.length === 0) throw new Error('workingOn: no evidence kind');
  return kinds;
}

/**
 * The distinct practitioners in the city with evidence: one plain MATCH per (way of being in the
 * city, kind of evidence), joined by UNION. (An EXISTS per candidate instead costs the embedded
 * engine 320 ms in a city of 14,000 practitioners; the UNION 180 ms, and 0.5 ms in a small city.)
 */
function matching(kinds: readonly EvidenceKind[], asOf: boolean): string {
  const branches = IN_CITY_WAYS.flatMap((way) =>
    kinds.map((k) => `MATCH ${way.pattern} MATCH ${EVIDENCE[k].pattern} WHERE ${where(asOf, k, way)} RETURN p`),
  );
  return `MATCH (c:City {id: $city}) CALL (c, topics) { ${branches.join(' UNION ')} }`;
}

/**
 * The evidence of one practitioner, one row per (kind, subject, topic): the kind as its index in
 * EVIDENCE_KINDS (the catalogue carries no quoted literals), then keys and the few values a
 * sentence needs (whole property maps of events cost 2 ms more per page); the API loads the
 * subject and topic nodes only when a query asks for them. Node values are read after the
 * subquery (inside it, property reads cost the embedded engine ten times more); the role is read
 * inside, as a relationship returned from differently typed UNION branches lost it.
 */
function evidenceOf(kinds: readonly EvidenceKind[], asOf: boolean): string {
  const branches = kinds.map((k) => `MATCH ${EVIDENCE[k].pattern} WHERE ${where(asOf, k)} RETURN ${EVIDENCE_KINDS.indexOf(k)} AS kind, ${EVIDENCE[k].returns}`);
  return `CALL (p, topics) { ${branches.join(' UNION ALL ')} }`;
}

/**
 * One page of matching practitioners in id order after $after (null: from the start), with their
 * evidence and the number of all matches (`total`, on every row). The page needs every match to
 * sort them anyway, so counting costs nothing more (a separate count statement doubled the work).
 * An empty page has no row to carry the total: see workingOnCount.
 */
export function workingOnPage(subject: Subject, via: readonly EvidenceKind[], asOf = false): Statement {
  const kinds = kindsOf(via);
  const name = `workingOn.page:${subject}:${kinds.join(',')}${asOf ? ':asOf' : ''}`;
  return memoStatement(name, () =>
    statement(
      name,
      'read',
      ['city', subject, 'after', 'limit', ...dayParamsIn(matching(kinds, asOf) + evidenceOf(kinds, asOf))],
      `${TOPICS[subject]} ${matching(kinds, asOf)}
       WITH topics, collect(p) AS matched
       CALL (matched, topics) {
         UNWIND matched AS p
         WITH p, topics WHERE $after IS NULL OR p.id > $after
         WITH p, topics ORDER BY p.id LIMIT $limit
         ${evidenceOf(kinds, asOf)}
         RETURN p, kind, s, role, t
       }
       WITH size(matched) AS total, p, collect({kind: kind, subject: s.id, subjectName: coalesce(s.title, s.name),
         date: coalesce(s.year, s.startedOn), role: role, topic: t.id, topicName: t.name}) AS evidence
       RETURN total, properties(p) AS node, evidence ORDER BY node.id`,
    ),
  );
}

/** How many practitioners match (each person once): for a page past the end, which has no row to say it. */
export function workingOnCount(subject: Subject, via: readonly EvidenceKind[], asOf = false): Statement {
  const kinds = kindsOf(via);
  const name = `workingOn.count:${subject}:${kinds.join(',')}${asOf ? ':asOf' : ''}`;
  return memoStatement(name, () =>
    statement(name, 'read', ['city', subject, ...dayParamsIn(matching(kinds, asOf))], `${TOPICS[subject]} ${matching(kinds, asOf)} RETURN count(p) AS total`),
  );
}

/** Every combination of evidence kinds, for the lint and contract tests. */
export function workingOnStatements(): Statement[] {
  const subsets = [1, 2, 3, 4, 5, 6, 7].map((mask) => EVIDENCE_KINDS.filter((_, i) => mask & (1 << i)));
  return (['cluster', 'topic'] as const).flatMap((subject) =>
    subsets.flatMap((kinds) => [workingOnPage(subject, kinds), workingOnCount(subject, kinds)]),
  ).concat(
    // As of a day, every kind at once: each kind's condition is then in the text.
    (['cluster', 'topic'] as const).flatMap((subject) => [workingOnPage(subject, EVIDENCE_KINDS, true), workingOnCount(subject, EVIDENCE_KINDS, true)]),
  );
}
