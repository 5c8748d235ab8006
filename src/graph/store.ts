import type { Engine, Params, Row, Statement } from './statement';

/** Runs catalogue statements inside one transaction. */
export interface GraphTransaction {
  run<R extends Row = Row>(stmt: Statement, params?: Params): Promise<R[]>;
}

export interface StoreHealth {
  ok: boolean;
  engine: Engine;
  /** Not ok because the disk under the store has too little room left for writes. */
  storageFull?: boolean;
  detail?: string;
}

/**
 * The port between the service and a graph engine. Nothing above src/graph/ knows which engine
 * runs: the embedded one (default) or Neo4j (when NEO4J_URI is set).
 */
export interface StoreOptions {
  /** How long a read may run before it rejects with GraphTimeoutError; none when absent. */
  statementTimeoutMs?: number;
}

export interface GraphStore {
  readonly engine: Engine;
  /** Runs a read statement (on Neo4j: a READ session, may go to a follower). */
  read<R extends Row = Row>(stmt: Statement, params?: Params): Promise<R[]>;
  /** Runs a write statement in a transaction of its own. */
  write<R extends Row = Row>(stmt: Statement, params?: Params): Promise<R[]>;
  /** Runs fn in one write transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: GraphTransaction) => Promise<T>): Promise<T>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
