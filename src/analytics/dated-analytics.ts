import type { GraphStore } from '../graph/store';
import { AnalyticsCache, type AnalyticsAnswer } from './analytics-cache';
import { computeInChild } from './compute-in-child';
import type { ProjectionRows } from './projection';

/** Days whose analytics are kept at once (a time slider's few stops); the least recently asked is dropped. */
const KEPT_DAYS = 4;

/**
 * The analytics of the network as it stood on a day: one cache per day asked, computed from the
 * figures' graph as of that day. Days are computed one after the other (each takes a child
 * process and, at 100,000 practitioners, half a minute), so many days asked at once cannot
 * occupy the machine. A write drops them all: it may have changed the past too.
 */
export class DatedAnalytics {
  private readonly byDay = new Map<string, AnalyticsCache>();
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: GraphStore,
    private readonly rowsOn: (day: string) => Promise<ProjectionRows>,
  ) {}

  get(day: string): Promise<AnalyticsAnswer> {
    let cache = this.byDay.get(day);
    if (cache) this.byDay.delete(day);
    cache ??= new AnalyticsCache(this.store, {}, () => this.rowsOn(day), (rows) => this.inTurn(() => computeInChild(rows)));
    this.byDay.set(day, cache);
    if (this.byDay.size > KEPT_DAYS) this.byDay.delete(this.byDay.keys().next().value!);
    return cache.get();
  }

  invalidate(): void {
    this.byDay.clear();
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const mine = this.turn.then(work, work);
    this.turn = mine.catch(() => undefined);
    return mine;
  }
}
