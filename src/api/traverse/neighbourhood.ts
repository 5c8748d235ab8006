import type { Label } from '../../domain';
import { refId, type GraphWalker, type NodeRef } from './walker';

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

/**
 * The nodes within `depth` steps of the centre (at most `limit`, nearest first, then by id) and
 * the relationships walked between them, in their own direction. `truncated` says that nodes
 * were left out. Each node of a level asks for its share of the room left (plus one, to see
 * that more exist) per relationship type, so a hub on the way costs a few rows, not its 26,000
 * participants, and every node of the level gets some of its neighbours drawn.
 */
export async function neighbourhood(
  walker: GraphWalker,
  centre: NodeRef & { name: string },
  depth: number,
  limit: number,
  labels: readonly Label[],
): Promise<SubgraphObject> {
  const nodes = new Map<string, SubgraphNodeObject>([[refId(centre), { id: refId(centre), label: centre.label, name: centre.name, depth: 0 }]]);
  const edges = new Map<string, SubgraphEdgeObject>();
  let truncated = false;
  let frontier: NodeRef[] = [centre];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const share = Math.ceil((limit - nodes.size) / frontier.length);
    if (share <= 0) {
      truncated = true;
      break;
    }
    const steps = await walker.expand(frontier, labels, share + 1);
    const perLink = new Map<string, number>();
    for (const s of steps) {
      const group = `${refId(s.from)}|${s.link.name}`;
      perLink.set(group, (perLink.get(group) ?? 0) + 1);
    }
    if ([...perLink.values()].some((n) => n > share)) truncated = true;
    const ordered = steps
      .map((s) => ({ s, from: refId(s.from), to: refId(s.to) }))
      .sort((x, y) => x.to.localeCompare(y.to) || x.from.localeCompare(y.from) || x.s.link.name.localeCompare(y.s.link.name));
    const next: NodeRef[] = [];
    for (const { s, to } of ordered) {
      if (!nodes.has(to)) {
        if (nodes.size >= limit) {
          truncated = true;
          continue;
        }
        nodes.set(to, { id: to, label: s.to.label, name: s.name ?? s.to.key, depth: level });
        next.push(s.to);
      }
    }
    for (const { s, from, to } of ordered) {
      if (!nodes.has(to)) continue;
      const [source, target] = s.link.steps[0].direction === 'out' ? [from, to] : [to, from];
      const type = s.link.steps[0].type;
      edges.set(`${source}|${type}|${target}`, { source, target, type });
    }
    frontier = next;
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].sort((x, y) => x.source.localeCompare(y.source) || x.type.localeCompare(y.type) || x.target.localeCompare(y.target)),
    truncated,
  };
}
