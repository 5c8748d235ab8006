import { intercept } from '../../graph/intercept';
import type { GraphStore } from '../../graph/store';

/** What one request cost the store: reported in the response's `extensions.graph`. */
export interface StoreMeter {
  roundTrips: number;
  storeMs: number;
  /** The size of each DataLoader batch the request sent, by loader kind (`node:City`, `list:<link>`). */
  batches: { loader: string; size: number }[];
}

/**
 * Counts a request's round trips to the store and the time spent waiting on them (overlapping
 * statements count their wall time once each, so storeMs can exceed the request's time).
 */
export function meteredStore(store: GraphStore, meter: StoreMeter): GraphStore {
  return intercept(store, {
    async statement(_stmt, _params, run) {
      meter.roundTrips++;
      const start = performance.now();
      try {
        return await run();
      } finally {
        meter.storeMs += performance.now() - start;
      }
    },
  });
}
