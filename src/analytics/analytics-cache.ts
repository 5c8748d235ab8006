import type { GraphStore } from '../graph/store';
import { GraphUnavailableError } from '../graph/errors';
import { analytics } from '../graph/queries';
import type { ClusterRow, ProjectionRows, WorkRow } from './projection';
import type { NetworkAnalyticsObject } from './network-analytics';
import { computeInChild } from './compute-in-child';

export interface AnalyticsSnapshot {
  result: NetworkAnalyticsObject;
  computedAt: string;
  /** Reading the projection and computing on it, in milliseconds. */
  computeMs: number;
}

/** When the analytics are computed again. */
export interface AnalyticsTiming {
  /** A write waits this long for others before the analytics are recomputed: a burst costs one computation. */
  recomputeAfterMs: number;
  /** A computation that took longer is slow: asks meanwhile get the last snapshot, and the next one waits. */
  slowMs: number;
  /** After a slow computation, the next starts no sooner than this many times its duration later. */
  pauseFactor: number;
  /** A computation that failed (not for a store out of reach) is not started again for this long; asks meanwhile get its error. */
  retryAfterMs: number;
}

export const ANALYTICS_TIMING: AnalyticsTiming = { recomputeAfterMs: 1_000, slowMs: 1_000, pauseFactor: 3, retryAfterMs: 60_000 };

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

export interface AnalyticsAnswer {
  snapshot: AnalyticsSnapshot;
  /** Whether this ask had to wait for a computation it started. */
  fresh: boolean;
  /** Whether the graph has changed since the snapshot's computation began (a newer one is on its way). */
  stale: boolean;
}

interface Computation {
  readonly version: number;
  readonly started: Promise<AnalyticsSnapshot>;
}

/**
 * The analytics are whole-graph computations (half a minute at 100,000 practitioners, in a child
 * process so that the server keeps answering, and its memory, meanwhile), so they are computed once and kept. A
 * write makes them stale; they are computed again shortly after, if they had been asked for, and
 * never twice at once: writes during a computation cost one more computation after it, however
 * many they are. When a computation is slow, asks are answered from the last snapshot while the
 * next one runs (marked stale), and the next starts only after a pause of `pauseFactor` times its
 * duration, so writes cannot keep the analytics busy.
 */
export class AnalyticsCache {
  private latest?: AnalyticsSnapshot & { version: number };
  private running?: Computation;
  private version = 0;
  private asked = false;
  private lastEnded = 0;
  private lastMs = 0;
  private failed?: { error: unknown; until: number };
  private timer?: NodeJS.Timeout;

  private readonly timing: AnalyticsTiming;

  /** `rows`: where the projection's rows come from; by default five whole-graph reads of `store`. `compute`: what computes on them. */
  constructor(
    store: GraphStore,
    timing: Partial<AnalyticsTiming> = {},
    private readonly rows: () => Promise<ProjectionRows> = () => readProjection(store),
    private readonly compute: (rows: ProjectionRows) => Promise<NetworkAnalyticsObject> = computeInChild,
  ) {
    this.timing = { ...ANALYTICS_TIMING, ...timing };
  }

  async get(): Promise<AnalyticsAnswer> {
    this.asked = true;
    for (;;) {
      const latest = this.latest;
      if (latest && latest.version === this.version) return { snapshot: latest, fresh: false, stale: false };
      if (latest && this.slow()) {
        this.schedule(0);
        return { snapshot: latest, fresh: false, stale: true };
      }
      if (this.failed && Date.now() < this.failed.until) throw this.failed.error;
      if (this.running) {
        await this.running.started.catch(() => undefined);
        continue;
      }
      const started = this.start();
      const snapshot = await started;
      return { snapshot, fresh: true, stale: this.version !== this.latest?.version };
    }
  }

  /** The graph changed. */
  invalidate(): void {
    this.version++;
    if (this.asked) this.schedule(this.timing.recomputeAfterMs);
  }

  private slow(): boolean {
    return this.lastMs >= this.timing.slowMs;
  }

  /** Recomputes after `delay`, the pause after a slow computation and the running one, whichever is last. */
  private schedule(delay: number): void {
    if (this.timer || this.running) return;
    const pauseEnds = this.slow() ? this.lastEnded + this.timing.pauseFactor * this.lastMs : 0;
    const wait = Math.max(delay, pauseEnds - Date.now(), this.failed ? this.failed.until - Date.now() : 0);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.running && this.latest?.version !== this.version) this.start().catch(() => undefined);
    }, wait);
    this.timer.unref();
  }

  private start(): Promise<AnalyticsSnapshot> {
    const version = this.version;
    const began = performance.now();
    const started = this.rows()
      .then(this.compute)
      .then((result) => ({ result, computedAt: new Date().toISOString(), computeMs: Math.round(performance.now() - began) }));
    this.running = { version, started };
    started.then(
      (snapshot) => {
        this.latest = { ...snapshot, version };
        this.failed = undefined;
      },
      (error: unknown) => {
        // A store out of reach fails fast and is back soon: only expensive failures are remembered.
        if (!(error instanceof GraphUnavailableError)) this.failed = { error, until: Date.now() + this.timing.retryAfterMs };
      },
    ).finally(() => {
      this.running = undefined;
      this.lastEnded = Date.now();
      this.lastMs = performance.now() - began;
      if (this.latest?.version !== this.version && this.asked) this.schedule(0);
    });
    return started;
  }
}
