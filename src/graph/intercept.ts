import type { GraphStore, GraphTransaction, StoreHealth } from './store';
import type { Params, Row, Statement } from './statement';

/** Where a statement runs: on its own (`read`, `write`) or inside a transaction. */
export type StatementKind = 'read' | 'write' | 'transaction';

/**
 * Something done around a store's statements (timing, metering, scheduling, faults in tests).
 * `statement` wraps every statement, including each one inside a transaction; `transaction`
 * wraps a whole transaction once; `health` the health check. Each calls `run` to go on, or does
 * not to stop it.
 */
export interface StoreInterceptor {
  statement?<R extends Row>(stmt: Statement, params: Params | undefined, run: () => Promise<R[]>, kind: StatementKind): Promise<R[]>;
  transaction?<T>(run: () => Promise<T>): Promise<T>;
  health?(run: () => Promise<StoreHealth>): Promise<StoreHealth>;
}

/** The store with the interceptor around it: one way to wrap a store, one meaning of a transaction. */
export function intercept(store: GraphStore, interceptor: StoreInterceptor): GraphStore {
  const around = <R extends Row>(stmt: Statement, params: Params | undefined, run: () => Promise<R[]>, kind: StatementKind) =>
    interceptor.statement ? interceptor.statement(stmt, params, run, kind) : run();
  return {
    engine: store.engine,
    read: <R extends Row>(stmt: Statement, params?: Params) => around<R>(stmt, params, () => store.read<R>(stmt, params), 'read'),
    write: <R extends Row>(stmt: Statement, params?: Params) => around<R>(stmt, params, () => store.write<R>(stmt, params), 'write'),
    transaction: <T>(fn: (tx: GraphTransaction) => Promise<T>) => {
      const run = () =>
        store.transaction((tx) => fn({ run: <R extends Row>(stmt: Statement, params?: Params) => around<R>(stmt, params, () => tx.run<R>(stmt, params), 'transaction') }));
      return interceptor.transaction ? interceptor.transaction(run) : run();
    },
    health: () => (interceptor.health ? interceptor.health(() => store.health()) : store.health()),
    close: () => store.close(),
  };
}
