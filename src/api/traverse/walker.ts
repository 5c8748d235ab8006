import { LABELS, type Cardinality, type Label, type Link } from '../../domain';
import type { GraphStore } from '../../graph/store';
import { dated, paths } from '../../graph/queries';
import { asOfParamsOf } from '../read/as-of';
import type { Statement } from '../../graph/statement';

/** A node as the walks know it: label and key; `Label:key` (its global id) names it in maps. */
export interface NodeRef {
  readonly label: Label;
  readonly key: string;
}

/** One relationship walked from `from` to `to` over `link` (which says type and direction). */
export interface WalkStep {
  readonly from: NodeRef;
  readonly link: Link;
  readonly to: NodeRef;
  /** Name or title of `to`, where the walk read it. */
  readonly name?: string | null;
}

export const refId = (n: NodeRef) => `${n.label}:${n.key}`;

/** The same relationship walked the other way. */
export function reverseLink(link: Link): Link {
  const [step] = link.steps;
  const back = paths.STEP_LINKS.find(
    (l) => l.from === link.to && l.to === link.from && l.steps[0].type === step.type && l.steps[0].direction !== step.direction,
  );
  if (!back) throw new Error(`walker: no reverse of ${link.name}`);
  return back;
}

export function reverseStep(step: WalkStep): WalkStep {
  return { from: step.to, link: reverseLink(step.link), to: step.from };
}

/** Rough neighbours per node over a link of each cardinality: enough to pick the cheaper side. */
const EXPECTED_DEGREE: Record<Cardinality, number> = { one: 1, few: 5, many: 500 };

/** Longest $targets list worth filtering in the engine (a linear scan per row); past it, join here. */
const MAX_TARGETS = 64;

interface Plan {
  /** The link as walked: from `keys` to `targets`. */
  walk: Link;
  keys: string[];
  targets: string[];
  /** Walked against the link's own direction (from the `to` side): its steps are turned round. */
  back: boolean;
  /** Checked in the engine (firstEdges) rather than followed whole and joined here. */
  filter: boolean;
}

/**
 * How to check one link between two key lists. Filtering in the engine stops at the first match,
 * so it wins whenever one side's list is short enough to be $targets; of two such plans, the one
 * that walks fewer rows. Otherwise the side with fewer rows is followed whole.
 */
function planCheck(link: Link, fromKeys: string[], toKeys: string[]): Plan {
  const options = [
    { walk: link, keys: fromKeys, targets: toKeys, back: false },
    { walk: reverseLink(link), keys: toKeys, targets: fromKeys, back: true },
  ].map((p) => ({ ...p, rows: p.keys.length * EXPECTED_DEGREE[p.walk.cardinality] }));
  const weight = (p: (typeof options)[number]) => p.rows * (1 + p.targets.length / 32);
  const filtered = options.filter((p) => p.targets.length <= MAX_TARGETS).sort((x, y) => weight(x) - weight(y));
  if (filtered.length > 0) return { ...filtered[0], filter: true };
  return { ...options.sort((x, y) => x.rows - y.rows)[0], filter: false };
}

function toStep(plan: Plan, row: { key: string; id: string }): WalkStep {
  const step = { from: { label: plan.walk.from, key: row.key }, link: plan.walk, to: { label: plan.walk.to, key: row.id } };
  return plan.back ? reverseStep(step) : step;
}

function byLabel(nodes: readonly NodeRef[]): Map<Label, string[]> {
  const out = new Map<Label, string[]>();
  for (const n of nodes) {
    const keys = out.get(n.label) ?? [];
    keys.push(n.key);
    out.set(n.label, keys);
  }
  return out;
}

/**
 * What a walk may go through: nodes of `labels` (the walk's start and end excepted: an edge check
 * reaches them whatever their label) over relationships of `types` (null: every type).
 */
export interface WalkScope {
  readonly labels: readonly Label[];
  readonly types: paths.TypeScope;
  /** Walk the network as it stood on this day (graph/queries/dated.ts); null: as it stands. */
  readonly asOf?: string | null;
}

export const WHOLE_GRAPH: WalkScope = { labels: LABELS, types: null };

/** The day's parameters a walk's statement takes, when the walk has a day. */
const dayOf = (scope: WalkScope, stmt: Statement) => asOfParamsOf(stmt, scope.asOf);

/**
 * The walks' view of the graph for paths and neighbourhoods: batched, typed expansions (one
 * statement per label of the batch) and edge checks (one statement for every link at once), all
 * of a round sent together. A scope keeps every expansion and check inside it.
 */
export class GraphWalker {
  constructor(
    private readonly store: GraphStore,
    private readonly scope: WalkScope = WHOLE_GRAPH,
  ) {}

  /** The same graph, walked inside `scope` only. */
  within(scope: WalkScope): GraphWalker {
    return new GraphWalker(this.store, scope);
  }

  /**
   * Every neighbour of the nodes over the links of `set`, restricted to `targets` labels; `cap`
   * limits rows per node and link.
   */
  async expand(nodes: readonly NodeRef[], targets: readonly Label[] = LABELS, cap?: number, set: paths.LinkSet = 'all'): Promise<WalkStep[]> {
    const groups = [...byLabel(nodes)];
    const inScope = targets.filter((l) => this.scope.labels.includes(l));
    const results = await Promise.all(
      groups.map(([label, keys]) => {
        const stmt = paths.expandNeighbours(label, inScope, cap !== undefined, set, this.scope.types, !!this.scope.asOf);
        const day = dayOf(this.scope, stmt);
        return this.store.read<{ key: string; link: number | null; id: string; name: string | null }>(
          stmt,
          stmt.params.includes('cap') ? { keys, cap, ...day } : { keys, ...day },
        ).then((rows) => rows.filter((r) => r.link !== null).map((r) => {
          const link = paths.STEP_LINKS[r.link!];
          return { from: { label, key: r.key }, link, to: { label: link.to, key: r.id }, name: r.name };
        }));
      }),
    );
    return results.flat();
  }

  /**
   * Relationships between a node of `from` and a node of `to`, walked from `from`: at least one
   * per link over which the two sets touch (not all of them: one is enough to join a path).
   * Every link that can be checked in the engine goes into one statement; a link whose both sides
   * are too long for $targets is followed whole from its cheaper side and joined here.
   */
  async edges(from: readonly NodeRef[], to: readonly NodeRef[]): Promise<WalkStep[]> {
    const plans: Plan[] = [];
    for (const [fromLabel, fromKeys] of byLabel(from)) {
      for (const [toLabel, toKeys] of byLabel(to)) {
        for (const link of paths.stepLinksFrom(fromLabel, [toLabel], 'all', this.scope.types)) plans.push(planCheck(link, fromKeys, toKeys));
      }
    }
    const inEngine = plans.filter((p) => p.filter);
    const joined = plans.filter((p) => !p.filter);
    const checks = inEngine.length === 0 ? null : paths.firstEdges(inEngine.map((p) => p.walk), !!this.scope.asOf);
    const results = await Promise.all([
      checks === null
        ? []
        : this.store
            .read<{ check: number; key: string; id: string }>(checks, {
              ...Object.fromEntries(inEngine.flatMap((p, i) => [[`keys${i}`, p.keys], [`targets${i}`, p.targets]])),
              ...dayOf(this.scope, checks),
            })
            .then((rows) => rows.map((r) => toStep(inEngine[r.check], r))),
      ...joined.map(async (plan) => {
        const wanted = new Set(plan.targets);
        const follow = paths.followLink(plan.walk, !!this.scope.asOf);
        const rows = await this.store.read<{ key: string; id: string }>(follow, { keys: plan.keys, ...dayOf(this.scope, follow) });
        return rows.filter((r) => wanted.has(r.id)).map((r) => toStep(plan, r));
      }),
    ]);
    return results.flat();
  }

  /** The neighbours over links of cardinality one and few: a topic's cluster, an event's city and topics, … */
  expandFew(nodes: readonly NodeRef[]): Promise<WalkStep[]> {
    return this.expand(nodes, LABELS, undefined, 'few');
  }

  /** At most `cap` neighbours per node over each link of cardinality many: a glance at a hub. */
  expandManySample(nodes: readonly NodeRef[], cap: number): Promise<WalkStep[]> {
    return this.expand(nodes, LABELS, cap, 'many');
  }

  /**
   * Every relationship among the nodes (each once, in its own direction): one statement per
   * relationship type and pair of labels present, all sent together.
   */
  async edgesAmong(nodes: readonly NodeRef[]): Promise<{ source: string; target: string; type: string }[]> {
    const groups = byLabel(nodes);
    const checks = paths.STEP_LINKS.filter((l) => l.steps[0].direction === 'out' && groups.has(l.from) && groups.has(l.to));
    const found = await Promise.all(
      checks.map(async (link) => {
        const rows = await this.store.read<{ key: string; id: string }>(paths.edgesAmong(link), { keys: groups.get(link.from)!, targets: groups.get(link.to)! });
        return rows.map((r) => ({ source: refId({ label: link.from, key: r.key }), target: refId({ label: link.to, key: r.id }), type: link.steps[0].type }));
      }),
    );
    return found.flat();
  }

  /** Whether a node was there on the walk's day (always, without one, or for a label that is not dated). */
  async begun(node: NodeRef): Promise<boolean> {
    if (!this.scope.asOf || !dated.isDated(node.label)) return true;
    const stmt = dated.nodesBegun(node.label);
    const rows = await this.store.read<{ key: string }>(stmt, { keys: [node.key], ...dayOf(this.scope, stmt) });
    return rows.length > 0;
  }

  /** Relationships per node: what expanding it costs. */
  async degrees(nodes: readonly NodeRef[]): Promise<Map<string, number>> {
    const groups = [...byLabel(nodes)];
    const results = await Promise.all(
      groups.map(([label, keys]) =>
        this.store.read<{ key: string; degree: number }>(paths.degrees(label), { keys }).then((rows) =>
          rows.map((r) => [refId({ label, key: r.key }), r.degree] as const),
        ),
      ),
    );
    return new Map(results.flat());
  }
}
