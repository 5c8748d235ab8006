import { LABELS, type Label } from '../../domain';
import { statement, type Statement } from '../statement';

/**
 * What a graph loaded offline (`neo4j-admin database import`) lacks before the service can serve
 * it: the properties the service derives, and dates in the form it writes them. Set label by label
 * in bounded batches (seed/derive.ts), not by re-importing everything in one transaction.
 */

/** A page of a label's nodes in id order, after $after (keyset paging). */
export const nodePage = (label: Label): Statement =>
  statement(
    `offline.page:${label}`,
    'scan',
    ['after', 'limit'],
    `MATCH (n:${label}) WHERE n.id > $after RETURN properties(n) AS props ORDER BY n.id LIMIT $limit`,
  );

/** Sets the given properties on each node of the batch. */
export const setProperties = (label: Label): Statement =>
  statement(
    `offline.set:${label}`,
    'write',
    ['rows'],
    `UNWIND $rows AS row MATCH (n:${label} {id: row.id}) SET n += row.props RETURN count(n) AS count`,
  );

export function offlineStatements(): Statement[] {
  return LABELS.flatMap((l) => [nodePage(l), setProperties(l)]);
}
