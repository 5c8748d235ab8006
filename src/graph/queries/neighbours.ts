import { type Link, type Step } from '../../domain';
import { memoStatement, statement, type Statement } from '../statement';

/**
 * Statements that follow a link from a batch of owner nodes ($keys) to their neighbours: the
 * DataLoaders behind the API's relationship fields send one of these per link and depth.
 */

function arrow(step: Step, rel: string): string {
  return step.direction === 'out' ? `-[${rel}:${step.type}]->` : `<-[${rel}:${step.type}]-`;
}

/** The path pattern from `(a)` to `(target:To)`; `rel` names the relationship of single-step links. */
export function linkPattern(link: Link, target = 'b', rel = link.steps.length === 1 ? 'r' : ''): string {
  const parts = link.steps.map((step, i) => {
    const last = i === link.steps.length - 1;
    return `${arrow(step, rel)}(${last ? target : ''}:${step.label})`;
  });
  return `(a)${parts.join('')}`;
}

const relProps = (link: Link) => (link.steps.length === 1 ? 'properties(r)' : '{}');

/** The neighbours of each owner (links of cardinality one and few), at most $limit each, in neighbour id order. */
export function neighbourList(link: Link): Statement {
  const name = `neighbours.list:${link.name}`;
  return memoStatement(name, () =>
    statement(
      name,
      'read',
      ['keys', 'limit'],
      `UNWIND $keys AS key
       MATCH (a:${link.from} {id: key})
       CALL (a) {
         MATCH ${linkPattern(link)}
         WITH DISTINCT b, ${relProps(link)} AS rel ORDER BY b.id LIMIT $limit
         RETURN b, rel
       }
       RETURN key, properties(b) AS node, rel
       ORDER BY key, node.id`,
    ),
  );
}

/**
 * One page of neighbours per owner (links of cardinality many): keyset paging on the neighbour
 * id, with the owner's total in the same statement so a connection costs one round trip.
 */
export function neighbourPage(link: Link): Statement {
  const name = `neighbours.page:${link.name}`;
  return memoStatement(name, () => buildNeighbourPage(name, link));
}

function buildNeighbourPage(name: string, link: Link): Statement {
  const single = link.steps.length === 1;
  const page = single
    ? `MATCH ${linkPattern(link)} WHERE $after IS NULL OR b.id > $after WITH b, r`
    : `MATCH ${linkPattern(link)} WITH DISTINCT b WHERE $after IS NULL OR b.id > $after WITH b`;
  const total = single
    ? `COUNT { ${linkPattern(link, '', '')} } AS total`
    : `total`;
  const totalCall = single ? '' : `CALL (a) { MATCH ${linkPattern(link)} RETURN count(DISTINCT b) AS total }`;
  return statement(
    name,
    'read',
    ['keys', 'after', 'limit'],
    `UNWIND $keys AS key
     MATCH (a:${link.from} {id: key})
     CALL (a) {
       ${page} ORDER BY b.id LIMIT $limit
       RETURN collect({node: properties(b), rel: ${relProps(link)}}) AS items
     }
     ${totalCall}
     RETURN key, items, ${total}`,
  );
}
