import type { GraphStore, GraphTransaction } from '../../graph/store';
import type { Params, Row, Statement } from '../../graph/statement';

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
  const timed = async <T>(run: () => Promise<T>): Promise<T> => {
    meter.roundTrips++;
    const start = performance.now();
    try {
      return await run();
    } finally {
      meter.storeMs += performance.now() - start;
    }
  };
  return {
    engine: store.engine,
    read: <R extends Row>(stmt: Statement, params?: Params) => timed(() => store.read<R>(stmt, params)),
    write: <R extends Row>(stmt: Statement, params?: Params) => timed(() => store.write<R>(stmt, params)),
    transaction: <T>(fn: (tx: GraphTransaction) => Promise<T>) =>
      store.transaction((tx) => fn({ run: (stmt, params) => timed(() => tx.run(stmt, params)) })),
    health: () => store.health(),
    close: () => store.close(),
  };
}
