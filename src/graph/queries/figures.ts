import { datedBySince, FIGURE_PROPERTIES, figurePaths, hopName, hopsOf, type Hop, type Label } from '../../domain';
import { memoStatement, statement, type Statement } from '../statement';

/**
 * What the network's figures are computed from (domain/figure-graph.ts): the relationships of
 * the scope paths and the properties the figures read, all of them once, or those of given nodes
 * again after a write.
 */

/** Every hop of the figures' paths, once each. */
export function figureHops(): Hop[] {
  const seen = new Map<string, Hop>();
  for (const p of figurePaths()) for (const h of hopsOf(p)) seen.set(hopName(h), h);
  return [...seen.values()];
}

/** The labels the figures' paths start at or reach. */
export function figureLabels(): Label[] {
  return [...new Set(figureHops().flatMap((h) => [h.from, h.to]))];
}

const returned = (label: Label) => ['n.id AS key', ...(FIGURE_PROPERTIES[label] ?? []).map((p) => `n.${p} AS ${p}`)].join(', ');

/** Every node of a label with the properties the figures read. */
export const figureNodes = (label: Label): Statement =>
  memoStatement(`figures.nodes:${label}`, () => statement(`figures.nodes:${label}`, 'scan', [], `MATCH (n:${label}) RETURN ${returned(label)}`));

/** What a relationship of a hop answers: the keys of its ends, and the year it began where the model dates it so. */
const edgeReturn = (hop: Hop) => `RETURN a.id AS from, b.id AS to${datedBySince(hop.type, hop.from, hop.to) ? ', r.since AS since' : ''}`;

/** Every relationship of a hop. */
export const hopEdges = (hop: Hop): Statement =>
  memoStatement(`figures.edges:${hopName(hop)}`, () =>
    statement(`figures.edges:${hopName(hop)}`, 'scan', [], `MATCH (a:${hop.from})-[r:${hop.type}]->(b:${hop.to}) ${edgeReturn(hop)}`),
  );

/** The relationships of a hop that given nodes start (`from`) or end (`to`). */
export const hopEdgesOf = (hop: Hop, side: 'from' | 'to'): Statement =>
  memoStatement(`figures.edgesOf:${hopName(hop)}:${side}`, () =>
    statement(
      `figures.edgesOf:${hopName(hop)}:${side}`,
      'read',
      ['keys'],
      // The given node first: the embedded engine plans from the pattern's first node, and from the
      // far end it would scan every node of that label (a hub event's 55 participants: 370 ms at 100k).
      side === 'from'
        ? `UNWIND $keys AS key MATCH (a:${hop.from} {id: key})-[r:${hop.type}]->(b:${hop.to}) ${edgeReturn(hop)}`
        : `UNWIND $keys AS key MATCH (b:${hop.to} {id: key})<-[r:${hop.type}]-(a:${hop.from}) ${edgeReturn(hop)}`,
    ),
  );

export function figureStatements(): Statement[] {
  return [
    ...figureLabels().map(figureNodes),
    ...figureHops().flatMap((h) => [hopEdges(h), hopEdgesOf(h, 'from'), hopEdgesOf(h, 'to')]),
  ];
}
