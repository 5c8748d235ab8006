import { CONTRIBUTION, datedBySince, hopsOf, OUTCOME_EVENT, PARTICIPATION, type Path } from '../../domain';
import { forward } from './fragments';

/**
 * The network as it stood on a day, as Cypher conditions on bound variables: the rules of
 * domain/dating.ts, which the figures apply in memory, for the statements that take `$asOf`
 * (an ISO day, compared with the stored ISO dates) and `$asOfYear` (its year, for `since`).
 */

export const AS_OF_PARAMS = ['asOf', 'asOfYear'] as const;

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

/** Names for the relationships of a path whose type is dated by `since` (the others unnamed), and their conditions. */
export function sinceOfPath(p: Path, prefix: string): { rels: string[]; conditions: string[] } {
  const rels = hopsOf(p).map((h, i) => (datedBySince(h.type, h.from, h.to) ? `${prefix}${i}` : ''));
  return { rels, conditions: rels.filter((r) => r !== '').map(sinceBegun) };
}
