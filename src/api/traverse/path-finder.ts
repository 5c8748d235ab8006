import { refId, reverseStep, type NodeRef, type WalkStep } from './walker';

/** What the search needs of the graph (GraphWalker; a plain adjacency list in tests). */
export interface Walks {
  expand(nodes: readonly NodeRef[]): Promise<WalkStep[]>;
  edges(from: readonly NodeRef[], to: readonly NodeRef[]): Promise<WalkStep[]>;
  degrees(nodes: readonly NodeRef[]): Promise<Map<string, number>>;
}

interface Visit {
  parent: string | null;
  /** The step from the parent to this node, walked outward from the side's start. */
  step: WalkStep | null;
}

interface Side {
  visited: Map<string, Visit>;
  /** Nodes at exactly `depth` from the start. */
  frontier: NodeRef[];
  depth: number;
}

/** Frontiers larger than this are not weighed node by node: their size stands in for their cost. */
const WEIGH_LIMIT = 2000;
const ASSUMED_DEGREE = 20;

const stepOrder = (a: WalkStep, b: WalkStep) =>
  refId(a.from).localeCompare(refId(b.from)) || a.link.name.localeCompare(b.link.name) || refId(a.to).localeCompare(refId(b.to));

function startSide(node: NodeRef): Side {
  return { visited: new Map([[refId(node), { parent: null, step: null }]]), frontier: [node], depth: 0 };
}

/** The steps from the side's start to `id`. */
function stepsTo(side: Side, id: string): WalkStep[] {
  const steps: WalkStep[] = [];
  for (let visit = side.visited.get(id); visit?.step; visit = side.visited.get(visit.parent!)) steps.push(visit.step);
  return steps.reverse();
}

async function cost(walks: Walks, side: Side): Promise<number> {
  if (side.frontier.length > WEIGH_LIMIT) return side.frontier.length * ASSUMED_DEGREE;
  const degrees = await walks.degrees(side.frontier);
  return side.frontier.reduce((sum, n) => sum + (degrees.get(refId(n)) ?? 0), 0);
}

/** Moves the side one level out; false when it has nowhere left to go. */
async function grow(walks: Walks, side: Side): Promise<boolean> {
  const steps = (await walks.expand(side.frontier)).sort(stepOrder);
  const next: NodeRef[] = [];
  for (const step of steps) {
    const id = refId(step.to);
    if (side.visited.has(id)) continue;
    side.visited.set(id, { parent: refId(step.from), step });
    next.push(step.to);
  }
  side.frontier = next;
  side.depth += 1;
  return next.length > 0;
}

/**
 * A shortest undirected path of at most maxHops steps, or null. Breadth-first from both ends: each
 * round first asks whether the two frontiers touch (a path of depthA + depthB + 1), and otherwise
 * moves the frontier that costs less to expand one level out. Hubs (a topic with 16,000 experts)
 * are expanded only when no cheaper side is left, and the touch test never expands them at all.
 * Deterministic: among equally short paths, the first by node ids.
 */
export async function shortestPath(walks: Walks, from: NodeRef, to: NodeRef, maxHops: number): Promise<WalkStep[] | null> {
  if (refId(from) === refId(to)) return [];
  const a = startSide(from);
  const b = startSide(to);
  for (;;) {
    const touching = (await walks.edges(a.frontier, b.frontier)).sort(stepOrder);
    if (touching.length > 0) {
      const bridge = touching[0];
      const back = stepsTo(b, refId(bridge.to)).reverse().map(reverseStep);
      return [...stepsTo(a, refId(bridge.from)), bridge, ...back];
    }
    if (a.depth + b.depth + 1 >= maxHops) return null;
    const [costA, costB] = await Promise.all([cost(walks, a), cost(walks, b)]);
    if (!(await grow(walks, costB < costA ? b : a))) return null;
  }
}
