import type { Label } from '../../domain';
import { EDGES_PER_NODE } from '../limits/list-sizes';
import { refId, type GraphWalker, type NodeRef, type WalkStep } from './walker';

export interface SubgraphNodeObject {
  id: string;
  label: Label;
  name: string;
  depth: number;
}

export interface SubgraphEdgeObject {
  source: string;
  target: string;
  type: string;
}

export interface SubgraphObject {
  nodes: SubgraphNodeObject[];
  edges: SubgraphEdgeObject[];
  truncated: boolean;
}

/** Rounds of asking for more when a level still has room and some nodes had more to give. */
const MAX_PASSES = 6;

const byTarget = (x: WalkStep, y: WalkStep) =>
  refId(x.to).localeCompare(refId(y.to)) || refId(x.from).localeCompare(refId(y.from)) || x.link.name.localeCompare(y.link.name);

/**
 * The nodes within `depth` steps of the centre (at most `limit`, nearest first) and the
 * relationships walked between them, in their own direction. A level's nodes first ask for their
 * share of the room left per relationship type (plus one, to see that more exist), so a hub on
 * the way costs a few rows, not its 26,000 participants; nodes that had more are asked again
 * while room is left. `truncated` is true exactly when nodes within the depth were left out, or
 * relationships beyond EDGES_PER_NODE per node answered.
 */
export async function neighbourhood(
  walker: GraphWalker,
  centre: NodeRef & { name: string },
  depth: number,
  limit: number,
  labels: readonly Label[],
): Promise<SubgraphObject> {
  const nodes = new Map<string, SubgraphNodeObject>([[refId(centre), { id: refId(centre), label: centre.label, name: centre.name, depth: 0 }]]);
  const walked: WalkStep[] = [];
  let truncated = false;
  let frontier: NodeRef[] = [centre];
  for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
    const next: NodeRef[] = [];
    let pending = frontier;
    let cap = 1;
    for (let pass = 0; pending.length > 0; pass++) {
      const room = limit - nodes.size;
      if (room <= 0 || pass === MAX_PASSES) {
        truncated = true; // nodes of this level had more neighbours than were asked for
        break;
      }
      // At least double: neighbours already seen (shared events, a common city) fill a share without adding room.
      cap += Math.max(Math.ceil(room / pending.length), cap);
      const steps = (await walker.expand(pending, labels, cap)).sort(byTarget);
      walked.push(...steps);
      const perLink = new Map<string, number>();
      for (const s of steps) {
        const group = `${refId(s.from)}|${s.link.name}`;
        perLink.set(group, (perLink.get(group) ?? 0) + 1);
        const to = refId(s.to);
        if (nodes.has(to)) continue;
        if (nodes.size >= limit) {
          truncated = true;
          continue;
        }
        nodes.set(to, { id: to, label: s.to.label, name: s.name ?? s.to.key, depth: level });
        next.push(s.to);
      }
      const full = new Set([...perLink].filter(([, n]) => n >= cap).map(([group]) => group.split('|')[0]));
      pending = pending.filter((n) => full.has(refId(n)));
    }
    frontier = next;
  }
  const edges = new Map<string, SubgraphEdgeObject>();
  for (const s of walked) {
    const [from, to] = [refId(s.from), refId(s.to)];
    if (!nodes.has(from) || !nodes.has(to)) continue;
    const { type, direction } = s.link.steps[0];
    const [source, target] = direction === 'out' ? [from, to] : [to, from];
    edges.set(`${source}|${type}|${target}`, { source, target, type });
  }
  const sorted = [...edges.values()].sort((x, y) => x.source.localeCompare(y.source) || x.type.localeCompare(y.type) || x.target.localeCompare(y.target));
  const maxEdges = nodes.size * EDGES_PER_NODE;
  return { nodes: [...nodes.values()], edges: sorted.slice(0, maxEdges), truncated: truncated || sorted.length > maxEdges };
}
