import type { GraphStore } from '../../graph/store';
import { analytics } from '../../graph/queries';
import type { ClusterRow, ProjectionRows, WorkRow } from './projection';
import type { NetworkAnalyticsObject } from './network-analytics';
import { computeInWorker } from './run-in-worker';

export interface AnalyticsSnapshot {
  result: NetworkAnalyticsObject;
  computedAt: string;
  /** Reading the projection and computing on it, in milliseconds. */
  computeMs: number;
}

/** How long after a write the analytics are recomputed: a burst of writes costs one computation. */
const RECOMPUTE_AFTER_MS = 1_000;

/** The rows of the projection: five whole-graph reads, in parallel. */
export async function readProjection(store: GraphStore): Promise<ProjectionRows> {
  const [participations, contributions, expertiseClusters, eventClusters, outcomeClusters] = await Promise.all([
    store.read<WorkRow & Record<string, unknown>>(analytics.participations, {}),
    store.read<WorkRow & Record<string, unknown>>(analytics.contributions, {}),
    store.read<ClusterRow & Record<string, unknown>>(analytics.expertiseClusters, {}),
    store.read<ClusterRow & Record<string, unknown>>(analytics.eventClusters, {}),
    store.read<ClusterRow & Record<string, unknown>>(analytics.outcomeClusters, {}),
  ]);
  return { participations, contributions, expertiseClusters, eventClusters, outcomeClusters };
}

/**
 * The analytics are whole-graph computations (half a minute at 100,000 practitioners, in a worker
 * thread so that the server keeps answering meanwhile), so they are computed once, kept, and
 * computed again shortly after the graph changes if they had been asked for: the next ask is
 * served from memory. Concurrent first asks share one computation.
 */
export class AnalyticsCache {
  private current?: Promise<AnalyticsSnapshot>;
  private asked = false;
  private timer?: NodeJS.Timeout;

  constructor(private readonly store: GraphStore) {}

  /** The snapshot, and whether this call had to wait for a computation it started. */
  get(): { snapshot: Promise<AnalyticsSnapshot>; fresh: boolean } {
    this.asked = true;
    if (this.current) return { snapshot: this.current, fresh: false };
    return { snapshot: this.compute(), fresh: true };
  }

  invalidate(): void {
    this.current = undefined;
    if (!this.asked) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.current) this.compute().catch(() => undefined);
    }, RECOMPUTE_AFTER_MS);
    this.timer.unref();
  }

  private compute(): Promise<AnalyticsSnapshot> {
    const started = performance.now();
    const computing = readProjection(this.store)
      .then(computeInWorker)
      .then((result) => ({ result, computedAt: new Date().toISOString(), computeMs: Math.round(performance.now() - started) }));
    this.current = computing;
    // A failure is not remembered; a write meanwhile has already dropped this computation.
    computing.catch(() => {
      if (this.current === computing) this.current = undefined;
    });
    return computing;
  }
}
