import { ALL_LINKS, LABELS, type Label, type Link, type RelationshipType } from '../../domain';
import { memoStatement, statement, type Statement } from '../statement';
import { dayParamsIn, nodesBegun, stepBegun } from './dated';

/**
 * Breadth-first building blocks for paths and neighbourhoods: a node's neighbours over every
 * relationship, typed and directed (the engine keeps one adjacency list per type and direction:
 * a topic's 292 events come in 0.7 ms, the untyped 16,000-edge walk to find them takes 5 ms).
 */

/** The single-step links of the model: every relationship type, in both directions. */
export const STEP_LINKS: readonly Link[] = ALL_LINKS.filter((l) => l.steps.length === 1);

/** Which links an expansion follows: all, only those of cardinality one or few, or only `many`. */
export type LinkSet = 'all' | 'few' | 'many';

/** The relationship types a walk may follow; null for every type. */
export type TypeScope = readonly RelationshipType[] | null;

export function stepLinksFrom(label: Label, targets: readonly Label[] = LABELS, set: LinkSet = 'all', types: TypeScope = null): Link[] {
  const wanted = (l: Link) => (set === 'all' || (set === 'many') === (l.cardinality === 'many')) && (types === null || types.includes(l.steps[0].type));
  return STEP_LINKS.filter((l) => l.from === label && targets.includes(l.to) && wanted(l));
}

function arrow(link: Link, r = ''): string {
  const { type, direction } = link.steps[0];
  return direction === 'out' ? `-[${r}:${type}]->` : `<-[${r}:${type}]-`;
}

/** A step's pattern from `a` to `b`, and as of a day ($asOf) the conditions that it had begun. */
function step(link: Link, asOf: boolean, where: string[] = []): string {
  const conditions = [...where, ...(asOf ? stepBegun(link, 'r', 'b') : [])];
  return `MATCH (a)${arrow(link, asOf ? 'r' : '')}(b:${link.to})${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
}

const dayName = (asOf: boolean) => (asOf ? ':asOf' : '');

/**
 * The neighbours of a batch of nodes of one label ($keys), one row per relationship, limited to
 * the labels in `targets`; `link` is the index of the link in STEP_LINKS. With `capped`, at most
 * $cap rows per node and relationship type: the engine stops early, where without it a hub's
 * 26,000 participants all come back. Properties are read after the subquery, not in it: inside,
 * the embedded engine took 10 ms for 160 names that cost 1 ms outside.
 */
export function expandNeighbours(label: Label, targets: readonly Label[] = LABELS, capped = false, set: LinkSet = 'all', types: TypeScope = null, asOf = false): Statement {
  const links = stepLinksFrom(label, targets, set, types);
  const over = types === null ? '' : `:over ${[...types].sort().join(',')}`;
  const name = `paths.expand:${label}>${LABELS.filter((l) => targets.includes(l)).join(',')}:${set}${capped ? ':capped' : ''}${over}${dayName(asOf)}`;
  return memoStatement(name, () => {
    const branches = links.map((l) => `${step(l, asOf)} RETURN ${STEP_LINKS.indexOf(l)} AS link, b${capped ? ' LIMIT $cap' : ''}`);
    const body = branches.length
      ? `CALL (a) { ${branches.join(' UNION ALL ')} } RETURN key, link, b.id AS id, coalesce(b.name, b.title) AS name`
      : `RETURN key, null AS link, null AS id, null AS name LIMIT 0`;
    // With no branch there is nothing to cap: the statement neither takes nor uses $cap.
    const params = [...(capped && branches.length ? ['keys', 'cap'] : ['keys']), ...dayParamsIn(body)];
    return statement(name, 'read', params, `UNWIND $keys AS key MATCH (a:${label} {id: key}) ${body}`);
  });
}

/**
 * Whether two sets of nodes touch, over several links at once: for each link i, one edge from
 * the batch $keys<i> to the set $targets<i>, the first the engine meets (LIMIT without ORDER BY
 * lets it stop there: a frontier of 5,000 practitioners touching 11 events has 2,850 such edges,
 * 106 ms to list, under 1 ms to find one). One branch per link in one statement, so a round of a
 * path search is one round trip. `IN $targets<i>` scans the list per row: callers keep it short.
 * Rows say which check matched by its index.
 */
export function firstEdges(links: readonly Link[], asOf = false): Statement {
  if (links.length === 0) throw new Error('firstEdges: no link');
  const name = `paths.firstEdges:${links.map((l) => STEP_LINKS.indexOf(l)).join(',')}${dayName(asOf)}`;
  return memoStatement(name, () => {
    const branches = links.map(
      (link, i) => `UNWIND $keys${i} AS key MATCH (a:${link.from} {id: key}) ${step(link, asOf, [`b.id IN $targets${i}`])} RETURN ${i} AS check, key, b LIMIT 1`,
    );
    const params = [...links.flatMap((_, i) => [`keys${i}`, `targets${i}`]), ...dayParamsIn(branches.join(' '))];
    return statement(name, 'read', params, `CALL () { ${branches.join(' UNION ALL ')} } RETURN check, key, b.id AS id`);
  });
}

/** The neighbours over one link of a batch of nodes: the edge check's plan when $targets would be long. */
export function followLink(link: Link, asOf = false): Statement {
  const name = `paths.follow:${link.name}${dayName(asOf)}`;
  return memoStatement(name, () =>
    statement(name, 'read', ['keys', ...dayParamsIn(step(link, asOf))], `UNWIND $keys AS key MATCH (a:${link.from} {id: key}) ${step(link, asOf)} RETURN key, b.id AS id`),
  );
}

/** Every relationship of one link from a batch of nodes ($keys) to a set of nodes ($targets): the relationships among a set. */
export function edgesAmong(link: Link): Statement {
  const name = `paths.among:${link.name}`;
  return memoStatement(name, () =>
    statement(name, 'read', ['keys', 'targets'], `UNWIND $keys AS key MATCH (a:${link.from} {id: key})${arrow(link)}(b:${link.to}) WHERE b.id IN $targets RETURN key, b.id AS id`),
  );
}

/** How many relationships each node has: what expanding it would cost. */
export function degrees(label: Label): Statement {
  const name = `paths.degrees:${label}`;
  return memoStatement(name, () =>
    statement(name, 'read', ['keys'], `UNWIND $keys AS key MATCH (a:${label} {id: key}) RETURN key, COUNT { (a)--() } AS degree`),
  );
}

/** Every path statement, for the lint and contract tests. */
export function pathStatements(): Statement[] {
  return [
    ...LABELS.flatMap((l) => [
      expandNeighbours(l),
      expandNeighbours(l, LABELS, true),
      expandNeighbours(l, LABELS, false, 'few'),
      expandNeighbours(l, LABELS, true, 'many'),
      expandNeighbours(l, ['Practitioner', 'Event', 'Outcome', 'Institution'], false, 'all', ['WORKS_AT', 'PARTICIPATED_IN', 'CONTRIBUTED_TO']),
      expandNeighbours(l, LABELS, true, 'all', null, true),
      nodesBegun(l),
      degrees(l),
    ]),
    // A step as of a day is linted in firstEdges' branches; followLink renders the same step.
    ...STEP_LINKS.map((l) => followLink(l)),
    followLink(STEP_LINKS.find((l) => l.steps[0].type === 'WORKS_AT')!, true),
    ...STEP_LINKS.filter((l) => l.steps[0].direction === 'out').map(edgesAmong),
    firstEdges(STEP_LINKS),
    firstEdges(STEP_LINKS, true),
  ];
}
