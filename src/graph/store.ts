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
  /**
   * A new, empty graph to load in bulk, which takes this one's place when committed: how an import
   * that replaces everything (or fills an empty graph) is fast and still all or nothing. Absent or
   * undefined where the engine cannot do it (Neo4j; a graph in memory).
   */
  bulkReplacement?(): Promise<BulkReplacement | undefined>;
}

/**
 * A relationship for BulkReplacement, its ends (`src`, `dst`) the numbers createNodes gave. Named
 * as the embedded engine's batch call names them, so ten million of them are not copied again.
 */
export interface BulkRelationship {
  src: number;
  dst: number;
  type: string;
  properties: Record<string, unknown>;
}

export interface BulkReplacement {
  /** The new graph, for its schema. */
  readonly store: GraphStore;
  /** Creates nodes without a transaction of the catalogue; returns their numbers, in order. */
  createNodes(label: string, rows: Record<string, unknown>[]): Promise<number[]>;
  createRelationships(rows: BulkRelationship[]): Promise<void>;
  /** Puts the new graph in the old one's place and closes both: the old graph is gone. */
  commit(): Promise<void>;
  /** Forgets the new graph; the old one is as it was, and stays open. */
  discard(): Promise<void>;
}
