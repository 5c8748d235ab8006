import { CONTRIBUTION, datedBySince, hopsOf, OUTCOME_EVENT, PARTICIPATION, type Label, type Link, type Path } from '../../domain';
import { memoStatement, statement, type Statement } from '../statement';
import { forward } from './fragments';

/**
 * The network as it stood on a day, as Cypher conditions on bound variables: the rules of
 * domain/dating.ts, which the figures apply in memory, for the statements that take `$asOf`
 * (an ISO day, compared with the stored ISO dates) and `$asOfYear` (its year, for `since`).
 */

export const AS_OF_PARAMS = ['asOf', 'asOfYear'] as const;

/** The day's parameters a statement's text uses (a condition on days only takes no year). */
export const dayParamsIn = (cypher: string): string[] => AS_OF_PARAMS.filter((p) => new RegExp(`\\$${p}\\b`).test(cypher));

/** The bound event `e` had begun. */
export const eventBegun = (e: string) => `${e}.startDate <= $asOf`;

/** The bound outcome `o` was there: work had started, else its (earliest) event had begun, else it is undated. */
export function outcomeBegun(o: string): string {
  const event = forward(OUTCOME_EVENT, { start: o, bound: [o], end: `${o}e` });
  return `(${o}.startedOn <= $asOf OR (${o}.startedOn IS NULL AND (EXISTS { MATCH ${event} WHERE ${eventBegun(`${o}e`)} } OR NOT EXISTS { MATCH ${event} })))`;
}

/** The bound relationship `r`, of a type dated by `since`, had begun (an undated one always). */
export const sinceBegun = (r: string) => `(${r}.since IS NULL OR ${r}.since <= $asOfYear)`;

/** The bound practitioner `p` had taken part in an event or contributed to an outcome by then, or never does. */
export function practitionerBegun(p: string): string {
  const [took, made] = [PARTICIPATION, CONTRIBUTION].map((way, i) => forward(way, { start: p, bound: [p], end: `${p}${i}` }));
  return `(EXISTS { MATCH ${took} WHERE ${eventBegun(`${p}0`)} } OR EXISTS { MATCH ${made} WHERE ${outcomeBegun(`${p}1`)} }
    OR NOT (EXISTS { MATCH ${took} } OR EXISTS { MATCH ${made} }))`;
}

/** What must have begun along a path from a bound node: each dated node after the start, each relationship dated by `since`. */
export function pathBegun(p: Path, names: { inner: readonly string[]; end: string; rels: readonly string[] }): string[] {
  return hopsOf(p).flatMap((h, i) => {
    const node = i === p.hops.length - 1 ? names.end : names.inner[i]!;
    return [nodeBegun(h.to, node), datedBySince(h.type, h.from, h.to) ? sinceBegun(names.rels[i]!) : null].filter((c): c is string => c !== null);
  });
}

/** Names for the relationships of a path whose type is dated by `since` (the others unnamed), and their conditions. */
export function sinceOfPath(p: Path, prefix: string): { rels: string[]; conditions: string[] } {
  const rels = hopsOf(p).map((h, i) => (datedBySince(h.type, h.from, h.to) ? `${prefix}${i}` : ''));
  return { rels, conditions: rels.filter((r) => r !== '').map(sinceBegun) };
}

/** The bound node `v` of a dated label had begun; null for a label that is not dated. */
export function nodeBegun(label: Label, v: string): string | null {
  if (label === 'Event') return eventBegun(v);
  if (label === 'Outcome') return outcomeBegun(v);
  if (label === 'Practitioner') return practitionerBegun(v);
  return null;
}

/** Whether nodes of a label are dated (and may not yet have been there on a day). */
export const isDated = (label: Label) => nodeBegun(label, 'n') !== null;

/** What must have begun to walk a one-step link to `b` over `r`: `b` itself, and `r` where it is dated by `since`. */
export function stepBegun(link: Link, r: string, b: string): string[] {
  const { type } = link.steps[0]!;
  const [from, to] = link.steps[0]!.direction === 'out' ? [link.from, link.to] : [link.to, link.from];
  return [nodeBegun(link.to, b), datedBySince(type, from, to) ? sinceBegun(r) : null].filter((c): c is string => c !== null);
}

/** The keys of the given nodes ($keys) of a dated label that had begun on $asOf. */
export const nodesBegun = (label: Label): Statement =>
  memoStatement(`dated.nodesBegun:${label}`, () =>
    statement(`dated.nodesBegun:${label}`, 'read', ['keys', ...dayParamsIn(nodeBegun(label, 'n') ?? '')], `UNWIND $keys AS key MATCH (n:${label} {id: key}) WHERE ${nodeBegun(label, 'n') ?? 'true'} RETURN n.id AS key`),
  );
