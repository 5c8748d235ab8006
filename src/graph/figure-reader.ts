import { FigureGraph, type Label } from '../domain';
import { figures } from './queries';
import type { GraphStore } from './store';
import { inTurns } from './turns';
import { readWritten, type NodeRef } from './written-nodes';

type Row = Record<string, unknown> & { key: string };
type EdgeRow = { from: string; to: string; since?: number | null };

/** The figures' part of the graph, read whole (a scan of each label and hop it needs), a slice at a time. */
export async function readFigureGraph(store: GraphStore): Promise<FigureGraph> {
  const graph = new FigureGraph();
  for (const label of figures.figureLabels()) {
    const rows = await store.read<Row>(figures.figureNodes(label));
    await inTurns(rows.length, (from, to) => {
      for (let i = from; i < to; i++) graph.setNode(label, rows[i].key, rows[i]);
    });
  }
  for (const hop of figures.figureHops()) {
    const rows = await store.read<EdgeRow>(figures.hopEdges(hop));
    await inTurns(rows.length, (from, to) => graph.addEdges(hop, rows.slice(from, to)));
  }
  return graph;
}

/** Reads written nodes again into the figures' graph: each node as it is, and its relationships both ways. */
export async function refreshFigureGraph(store: GraphStore, graph: FigureGraph, nodes: readonly NodeRef[]): Promise<void> {
  const kept = new Set<Label>(figures.figureLabels());
  for (const [label, written] of await readWritten(store, nodes.filter((n) => kept.has(n.label)))) {
    for (const { key, node } of written) graph.setNode(label, key, node);
    const keys = written.map((w) => w.key);
    for (const hop of figures.figureHops()) {
      for (const side of ['from', 'to'] as const) {
        if (hop[side] !== label) continue;
        const edges = await store.read<EdgeRow>(figures.hopEdgesOf(hop, side), { keys });
        for (const key of keys) graph.setEdgesOf(hop, side, key, edges.filter((e) => e[side] === key));
      }
    }
  }
}
