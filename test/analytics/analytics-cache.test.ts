import { AnalyticsCache } from '../../src/analytics/analytics-cache';
import { intercept } from '../../src/graph/intercept';
import type { GraphStore } from '../../src/graph/store';
import { smallNetworkStore } from '../helpers/small-network';

/**
 * Writes cannot keep the analytics busy: on the real engine, with the projection's statements
 * made slow (as at 100,000 practitioners), a burst of writes costs one more computation, never two
 * at once, and asks meanwhile are answered at once from the last snapshot, marked stale.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The small network, each projection statement 250 ms slow; counts computations and how many ran at once. */
async function slowProjection(): Promise<{ store: GraphStore; computations: () => number; mostAtOnce: () => number }> {
  const store = await smallNetworkStore();
  let started = 0;
  let running = 0;
  let most = 0;
  const slow = intercept(store, {
    async statement(stmt, _params, run) {
      // The five projection reads run together: the first of them starts a computation.
      if (stmt.name === 'analytics.participations') {
        started++;
        most = Math.max(most, ++running);
      }
      await sleep(250);
      try {
        return await run();
      } finally {
        if (stmt.name === 'analytics.participations') running--;
      }
    },
  });
  return { store: slow, computations: () => started, mostAtOnce: () => most };
}

describe('analytics recomputation', () => {
  it('costs one computation for a burst of writes, runs one at a time, and answers stale ones at once meanwhile', async () => {
    const { store, computations, mostAtOnce } = await slowProjection();
    // Slow above 100 ms: the 250 ms computations count as slow, the pause after each is 2 × its time.
    const cache = new AnalyticsCache(store, { recomputeAfterMs: 50, slowMs: 100, pauseFactor: 2 });
    try {
      const first = await cache.get();
      expect({ fresh: first.fresh, stale: first.stale, computations: computations() }).toEqual({ fresh: true, stale: false, computations: 1 });

      for (let i = 0; i < 20; i++) {
        cache.invalidate();
        // An ask during the burst does not wait: the last snapshot, marked stale.
        const during = await cache.get();
        expect({ stale: during.stale, computedAt: during.snapshot.computedAt }).toEqual({ stale: true, computedAt: first.snapshot.computedAt });
        await sleep(10);
      }
      // The recomputation waits for the burst and the pause after the first one (twice its time,
      // longer on a busy machine), then runs once.
      let after = await cache.get();
      for (const deadline = Date.now() + 20_000; after.stale && Date.now() < deadline; after = await cache.get()) await sleep(100);
      expect({ stale: after.stale, newer: after.snapshot.computedAt > first.snapshot.computedAt }).toEqual({ stale: false, newer: true });
      expect({ computations: computations(), mostAtOnce: mostAtOnce() }).toEqual({ computations: 2, mostAtOnce: 1 });
    } finally {
      await store.close();
    }
  });

  it('waits for a fresh computation when computing is quick (a small graph)', async () => {
    const store = await smallNetworkStore();
    const cache = new AnalyticsCache(store);
    try {
      const first = await cache.get();
      cache.invalidate();
      const second = await cache.get();
      expect({ fresh: second.fresh, stale: second.stale, newer: second.snapshot.computedAt >= first.snapshot.computedAt }).toEqual({ fresh: true, stale: false, newer: true });
    } finally {
      await store.close();
    }
  });
});
