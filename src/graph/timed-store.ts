import { GraphTimeoutError } from './errors';
import { intercept } from './intercept';
import type { GraphStore } from './store';

/** Rejects with GraphTimeoutError when `work` has not settled within `ms`. */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GraphTimeoutError(what, ms)), ms);
  });
  work.catch(() => undefined); // a late failure of abandoned work is nobody's to handle
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * The store with STATEMENT_TIMEOUT_MS on every read. Writes and transactions are not timed out,
 * so a TIMEOUT never hides a write that lands later; they are bounded by the input limits.
 */
export function timedStore(store: GraphStore, ms: number): GraphStore {
  return intercept(store, {
    statement: (stmt, _params, run, kind) => (kind === 'read' ? withTimeout(run(), ms, stmt.name) : run()),
  });
}
