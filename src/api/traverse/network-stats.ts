import { CLUSTER_CODES, PHASES, REGIONS } from '../../domain';
import type { GraphStore } from '../../graph/store';
import { networkStats } from '../../graph/queries';
import type { StatsScope } from '../../graph/queries/network-stats';
import { withTimeout } from '../../graph/timed-store';
import { GraphUnavailableError } from '../../graph/errors';

export interface NetworkStatsObject {
  practitioners: number;
  events: number;
  outcomes: number;
  byCluster: { cluster: string; practitioners: number; events: number; outcomes: number }[];
  byRegion: { region: string; practitioners: number; events: number; outcomes: number }[];
  byYear: { year: number; events: number; participants: number }[];
}

type Counted = { key: string | number; count: number };

/** Whole-graph statements one scope's figures take (what the cost estimate charges a cold figure). */
export const FIGURE_STATEMENTS = networkStats.STATS_PARTS.length;

const countsOf = (rows: Counted[]) => new Map(rows.map((r) => [r.key, r.count]));

/** The figures of one scope: its parts run in parallel, and every cluster and region is listed, zeros included. */
export async function computeStats(store: GraphStore, scope: StatsScope, params: Record<string, unknown>): Promise<NetworkStatsObject> {
  const read = <R extends Record<string, unknown>>(part: Parameters<typeof networkStats.statsStatement>[1]) =>
    store.read<R>(networkStats.statsStatement(scope, part), params);
  const [[totals], cp, ce, co, rp, re, ro, years, eventYears] = await Promise.all([
    read<{ practitioners: number; events: number; outcomes: number }>('totals'),
    read<Counted>('clusterPractitioners'),
    read<Counted>('clusterEvents'),
    read<Counted>('clusterOutcomes'),
    read<Counted>('regionPractitioners'),
    read<Counted>('regionEvents'),
    read<Counted>('regionOutcomes'),
    read<{ key: number; participants: number }>('years'),
    read<{ key: number; events: number }>('eventYears'),
  ]);
  const [cpm, cem, com, rpm, rem, rom] = [cp, ce, co, rp, re, ro].map(countsOf);
  const participants = new Map(years.map((y) => [y.key, y.participants]));
  return {
    practitioners: totals?.practitioners ?? 0,
    events: totals?.events ?? 0,
    outcomes: totals?.outcomes ?? 0,
    byCluster: CLUSTER_CODES.map((c) => ({ cluster: c, practitioners: cpm.get(c) ?? 0, events: cem.get(c) ?? 0, outcomes: com.get(c) ?? 0 })),
    byRegion: REGIONS.map((r) => ({ region: r, practitioners: rpm.get(r) ?? 0, events: rem.get(r) ?? 0, outcomes: rom.get(r) ?? 0 })),
    byYear: eventYears
      .map((y) => ({ year: y.key, events: y.events, participants: participants.get(y.key) ?? 0 }))
      .sort((a, b) => a.year - b.year),
  };
}

/** How long a scope whose figures failed answers with that failure before it is computed again. */
export const FIGURES_RETRY_AFTER_MS = 60_000;

interface Entry {
  figures: Promise<NetworkStatsObject>;
  /** The graph's version the figures reflect: the one when their computation started. */
  version: number;
  /** Whether the computation has started (a pending one reflects every write before it starts). */
  started: boolean;
  settled: boolean;
  /** Set when the computation failed: until when that failure is the answer. */
  failedUntil?: number;
}

/**
 * Network figures are aggregates over the whole graph (a second or more at 100,000
 * practitioners), so each scope is computed once and served from memory until the graph changes
 * (whatever writes calls `invalidate()`). Concurrent asks share one computation, which runs to its
 * end even when the asker stops waiting (after `waitMs`, answering TIMEOUT): the next ask finds
 * it running or done instead of starting it again. A scope never computes twice at once: an ask
 * after a write during a computation waits for one more, which starts when the running one ends
 * and is shared by every ask until it starts, so writes cannot pile computations up. A computation
 * that failed (a timeout, not a store out of reach) is not retried for FIGURES_RETRY_AFTER_MS;
 * asks meanwhile get its error at once.
 */
export class StatsCache {
  private readonly entries = new Map<string, Entry>();
  private version = 0;

  /** `store`: untimed (the asker's wait is timed here); `waitMs`: how long an ask waits. */
  constructor(
    private readonly store: GraphStore,
    private readonly waitMs = Infinity,
    private readonly retryAfterMs = FIGURES_RETRY_AFTER_MS,
  ) {}

  get(scope: StatsScope, params: Record<string, unknown>): Promise<NetworkStatsObject> {
    const { figures } = this.entry(scope, params);
    return Number.isFinite(this.waitMs) ? withTimeout(figures, this.waitMs, `figures of ${scope}`) : figures;
  }

  /** The graph changed: figures computed before are stale. */
  invalidate(): void {
    this.version++;
  }

  /**
   * Computes the figures a dashboard asks for first (the network, each phase, each region), one
   * after the other so that requests meanwhile still get a core.
   */
  async warm(): Promise<void> {
    await this.entry('network', {}).figures;
    for (const phase of PHASES) await this.entry('phase', { phase }).figures;
    for (const region of REGIONS) await this.entry('region', { region }).figures;
  }

  /** The scope's computation: current, pending, failed a short while ago, or a new one. */
  private entry(scope: StatsScope, params: Record<string, unknown>): Entry {
    const key = `${scope}:${JSON.stringify(params)}`;
    const known = this.entries.get(key);
    const failedLately = known?.failedUntil !== undefined && Date.now() < known.failedUntil;
    const current = known && (!known.started || known.version === this.version) && (known.failedUntil === undefined || failedLately);
    if (known && current) return known;
    // After the running one, if any: one computation of a scope at a time.
    const after = known && !known.settled ? known.figures.then(() => undefined, () => undefined) : Promise.resolve();
    const created: Entry = { figures: Promise.resolve(null as never), version: this.version, started: false, settled: false };
    created.figures = after.then(() => {
      created.started = true;
      created.version = this.version;
      return computeStats(this.store, scope, params);
    });
    created.figures.then(
      () => (created.settled = true),
      (error: unknown) => {
        created.settled = true;
        // A store out of reach fails fast and is back soon: only expensive failures are remembered.
        if (!(error instanceof GraphUnavailableError)) created.failedUntil = Date.now() + this.retryAfterMs;
        else if (this.entries.get(key) === created) this.entries.delete(key);
      },
    );
    this.entries.set(key, created);
    return created;
  }
}
