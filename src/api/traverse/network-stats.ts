import { CLUSTER_CODES, PHASES, REGIONS } from '../../domain';
import type { GraphStore } from '../../graph/store';
import { networkStats } from '../../graph/queries';
import type { StatsScope } from '../../graph/queries/network-stats';

export interface NetworkStatsObject {
  practitioners: number;
  events: number;
  outcomes: number;
  byCluster: { cluster: string; practitioners: number; events: number; outcomes: number }[];
  byRegion: { region: string; practitioners: number; events: number; outcomes: number }[];
  byYear: { year: number; events: number; participants: number }[];
}

type Counted = { key: string | number; count: number };

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

/**
 * Network figures are aggregates over the whole graph (a second or more at 100,000
 * practitioners), so each scope is computed once and served from memory until the graph changes:
 * whatever writes calls `invalidate()`. Concurrent first requests share one computation.
 */
export class StatsCache {
  private readonly entries = new Map<string, Promise<NetworkStatsObject>>();

  constructor(private readonly store: GraphStore) {}

  get(scope: StatsScope, params: Record<string, unknown>): Promise<NetworkStatsObject> {
    const key = `${scope}:${JSON.stringify(params)}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = computeStats(this.store, scope, params);
      this.entries.set(key, entry);
      entry.catch(() => this.entries.delete(key)); // a failure is not remembered
    }
    return entry;
  }

  invalidate(): void {
    this.entries.clear();
  }

  /**
   * Computes the figures a dashboard asks for first (the network, each phase, each region), one
   * after the other so that requests meanwhile still get a core.
   */
  async warm(): Promise<void> {
    await this.get('network', {});
    for (const phase of PHASES) await this.get('phase', { phase });
    for (const region of REGIONS) await this.get('region', { region });
  }
}
