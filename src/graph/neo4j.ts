import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';
import type { GraphStore, GraphTransaction, StoreHealth, StoreOptions } from './store';
import { checkStatement, type Params, type Row, type Statement } from './statement';
import { GraphConstraintError, GraphTimeoutError, GraphUnavailableError } from './errors';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

function mapError(stmt: Statement, error: unknown, timeoutMs?: number): Error {
  const code = (error as { code?: string })?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new GraphTimeoutError(stmt.name, timeoutMs ?? 0, { cause: error });
  }
  if (UNAVAILABLE_CODES.has(code)) {
    return new GraphUnavailableError(`Neo4j is unavailable (${code}): ${message}`, { cause: error });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphConstraintError(`${stmt.name}: ${message}`, { cause: error });
  }
  return new Error(`${stmt.name}: ${message}`, { cause: error });
}

/**
 * JavaScript numbers travel to Neo4j as floats, which LIMIT and SKIP refuse. Whole numbers at the
 * top level of the parameters are sent as integers; nested property maps are left as they are.
 */
function toNeo4jParams(params: Params): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : value;
  }
  return out;
}

/**
 * Neo4j 5 through neo4j-driver. `neo4j://` URIs route: reads go to READ sessions (followers and
 * read replicas), writes to WRITE sessions; the driver's query bookmark manager is shared by both
 * so a read after a write sees it.
 */
export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly options: StoreOptions,
  ) {}

  /**
   * The driver retries transient failures (a lost leader, a dropped connection) with exponential
   * backoff, for up to 10 s (half the statement timeout, if less), before the error reaches the
   * API as GRAPH_UNAVAILABLE.
   */
  static open(config: Neo4jConfig, options: StoreOptions = {}): Neo4jStore {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      // Give up retrying well within a statement's time, so a lost store answers as unavailable, not as slow.
      maxTransactionRetryTime: Math.min(10_000, Math.floor((options.statementTimeoutMs ?? 20_000) / 2)),
    });
    return new Neo4jStore(driver, config.database, options);
  }

  read<R extends Row = Row>(stmt: Statement, params: Params = {}): Promise<R[]> {
    return this.query<R>(stmt, params, neo4j.routing.READ);
  }

  write<R extends Row = Row>(stmt: Statement, params: Params = {}): Promise<R[]> {
    return this.query<R>(stmt, params, neo4j.routing.WRITE);
  }

  async transaction<T>(fn: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await session.executeWrite((tx: ManagedTransaction) =>
        fn({
          run: async <R extends Row>(stmt: Statement, params: Params = {}) => {
            checkStatement(stmt, params, 'transaction');
            try {
              const result = await tx.run(stmt.cypher, toNeo4jParams(params));
              return result.records.map((r) => r.toObject() as R);
            } catch (error) {
              throw mapError(stmt, error);
            }
          },
        }),
      );
    } finally {
      await session.close();
    }
  }

  async health(): Promise<StoreHealth> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
      return { ok: true, engine: this.engine };
    } catch (error) {
      return { ok: false, engine: this.engine, detail: (error as Error).message };
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async query<R extends Row>(stmt: Statement, params: Params, routing: 'READ' | 'WRITE'): Promise<R[]> {
    checkStatement(stmt, params, routing === 'READ' ? 'read' : 'write');
    try {
      // Neo4j ends a read transaction over its timeout on the server; writes are not timed out.
      const timeout = routing === 'READ' ? this.options.statementTimeoutMs : undefined;
      const result = await this.driver.executeQuery(stmt.cypher, toNeo4jParams(params), {
        routing,
        database: this.database,
        ...(timeout ? { transactionConfig: { timeout } } : {}),
      });
      return result.records.map((r) => r.toObject() as R);
    } catch (error) {
      throw mapError(stmt, error, this.options.statementTimeoutMs);
    }
  }
}
