import { GraphTimeoutError } from './errors';
import type { GraphStore } from './store';

/** Rejects with GraphTimeoutError when `work` has not settled within `ms`. */
function withTimeout<T>(work: Promise<T>, ms: number, statement: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GraphTimeoutError(statement, ms)), ms);
  });
  work.catch(() => undefined); // a late failure of abandoned work is nobody's to handle
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * The store with STATEMENT_TIMEOUT_MS on every read. Writes and transactions are not timed out,
 * so a TIMEOUT never hides a write that lands later; they are bounded by the input limits.
 */
export function timedStore(store: GraphStore, ms: number): GraphStore {
  return {
    engine: store.engine,
    read: (stmt, params) => withTimeout(store.read(stmt, params), ms, stmt.name),
    write: (stmt, params) => store.write(stmt, params),
    transaction: (fn) => store.transaction(fn),
    health: () => store.health(),
    close: () => store.close(),
  };
}
