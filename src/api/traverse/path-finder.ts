import { refId, reverseStep, type NodeRef, type WalkStep } from './walker';

/** What the search needs of the graph (GraphWalker; a plain adjacency list in tests). */
export interface Walks {
  expand(nodes: readonly NodeRef[]): Promise<WalkStep[]>;
  /** Neighbours over links of cardinality one and few (a topic's cluster, an event's city, …). */
  expandFew(nodes: readonly NodeRef[]): Promise<WalkStep[]>;
  /** At most `cap` neighbours per node over each link of cardinality many. */
  expandManySample(nodes: readonly NodeRef[], cap: number): Promise<WalkStep[]>;
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

/** Neighbours per node and link that a probe looks at, and the largest frontier it probes from. */
const PROBE_CAP = 8;
const PROBE_FRONTIER = 200;
/** Probing pays only when growing either side would fetch more relationships than this. */
const PROBE_ABOVE = 2000;

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
 * Looks for a path of depthA + depthB + 2 without expanding a frontier fully: some neighbours of
 * one side (`reach`: every neighbour over small links, or the first few over a hub's), tested
 * against the other side's frontier. Any path it finds is a shortest one; when none finds one,
 * the search expands a frontier in full.
 */
async function probe(
  walks: Walks,
  near: Side,
  far: Side,
  reach: (nodes: readonly NodeRef[]) => Promise<WalkStep[]>,
): Promise<{ toBridge: WalkStep[]; bridge: WalkStep } | null> {
  if (near.frontier.length > PROBE_FRONTIER) return null;
  const steps = (await reach(near.frontier)).filter((s) => !near.visited.has(refId(s.to))).sort(stepOrder);
  const firstStep = new Map<string, WalkStep>();
  for (const s of steps) if (!firstStep.has(refId(s.to))) firstStep.set(refId(s.to), s);
  if (firstStep.size === 0) return null;
  const touching = (await walks.edges([...firstStep.values()].map((s) => s.to), far.frontier)).sort(stepOrder);
  if (touching.length === 0) return null;
  const bridge = touching[0];
  const arrival = firstStep.get(refId(bridge.from))!;
  return { toBridge: [...stepsTo(near, refId(arrival.from)), arrival], bridge };
}

/** The whole path: the steps up to the bridge, the bridge, and on to the start of the `far` side. */
function joinPath(far: Side, toBridge: WalkStep[], bridge: WalkStep): WalkStep[] {
  const back = stepsTo(far, refId(bridge.to)).reverse().map(reverseStep);
  return [...toBridge, bridge, ...back];
}

/**
 * A shortest undirected path of at most maxHops steps, or null. Breadth-first from both ends: each
 * round first asks whether the two frontiers touch (a path of depthA + depthB + 1); then whether
 * a sample of either frontier's neighbours touches the other (depthA + depthB + 2, found without
 * expanding a hub); and only then moves the frontier that costs less one level out. Hubs (a topic
 * with 16,000 experts) are expanded only when nothing cheaper answers, and the touch tests never
 * expand them. Deterministic: the same question always gets the same path.
 */
export async function shortestPath(walks: Walks, from: NodeRef, to: NodeRef, maxHops: number): Promise<WalkStep[] | null> {
  if (refId(from) === refId(to)) return [];
  const a = startSide(from);
  const b = startSide(to);
  for (;;) {
    const touching = (await walks.edges(a.frontier, b.frontier)).sort(stepOrder);
    if (touching.length > 0) return joinPath(b, stepsTo(a, refId(touching[0].from)), touching[0]);
    if (a.depth + b.depth + 1 >= maxHops) return null;
    const [costA, costB] = await Promise.all([cost(walks, a), cost(walks, b)]);
    if (Math.min(costA, costB) > PROBE_ABOVE) {
      const probes = [(n: readonly NodeRef[]) => walks.expandFew(n), (n: readonly NodeRef[]) => walks.expandManySample(n, PROBE_CAP)];
      for (const reach of probes) {
        const [fromA, fromB] = await Promise.all([probe(walks, a, b, reach), probe(walks, b, a, reach)]);
        if (fromA) return joinPath(b, fromA.toBridge, fromA.bridge);
        if (fromB) return joinPath(a, fromB.toBridge, fromB.bridge).reverse().map(reverseStep);
      }
    }
    if (!(await grow(walks, costB < costA ? b : a))) return null;
  }
}
