import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { LABEL_SPECS, LABELS, RELATIONSHIP_SPECS } from '../domain';
import type { Neo4jConfig } from '../config';
import type { GraphStore, GraphTransaction, StoreHealth, StoreOptions } from './store';
import { checkStatement, type Params, type Row, type Statement } from './statement';
import { GraphConflictError, GraphConstraintError, GraphRefusedError, GraphTimeoutError, GraphUnavailableError } from './errors';

/** Codes of a store out of reach: the driver has retried them already; GRAPH_UNAVAILABLE. */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Codes of a store that refuses us: no retry helps (a wrong password must not be waited out). */
const REFUSED_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.Forbidden',
]);

/** Codes of a transaction that lost to another over the same nodes, after the driver's own retries. */
const CONFLICT_CODES = new Set(['Neo.TransientError.Transaction.DeadlockDetected', 'Neo.TransientError.Transaction.LockClientStopped']);

/**
 * The one mapping of Neo4j's errors to the store's: applied once around a whole query or
 * transaction (begin, statements, commit), after the driver has retried what it can. Errors that
 * are not the driver's (an ApiError the transaction function threw) pass as they are.
 */
export function mapNeo4jError(error: unknown, context: string, timeoutMs?: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new GraphTimeoutError(context, timeoutMs ?? 0, { cause: error });
  if (REFUSED_CODES.has(code)) return new GraphRefusedError(`Neo4j refused the service (${code}): ${error.message}`, { cause: error });
  if (UNAVAILABLE_CODES.has(code)) return new GraphUnavailableError(`Neo4j is unavailable (${code}): ${error.message}`, { cause: error });
  if (CONFLICT_CODES.has(code)) return new GraphConflictError(`${context}: ${error.message}`, { cause: error });
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new GraphConstraintError(`${context}: ${error.message}`, { cause: error });
  return new Error(`${context}: ${error.message}`, { cause: error });
}

/** Property names the model declares as whole numbers (version and the derived year among them). */
const INT_PROPERTIES = new Set(['version', ...integerPropertyNames()]);

function integerPropertyNames(): string[] {
  const specs = [...LABELS.flatMap((l) => [...LABEL_SPECS[l].properties, ...(LABEL_SPECS[l].derived ?? [])]), ...RELATIONSHIP_SPECS.flatMap((r) => r.properties)];
  const ints = new Set(specs.filter((p) => p.type === 'int').map((p) => p.name));
  const clash = specs.find((p) => p.type !== 'int' && ints.has(p.name));
  if (clash) throw new Error(`neo4j: ${clash.name} is a whole number on one label and not on another; the encoding cannot tell`);
  return [...ints];
}

/** `key` is the property a value belongs to; none at the top level and in top-level lists, where every whole number is an integer. */
function encode(value: unknown, key?: string): unknown {
  if (typeof value === 'number') {
    // JavaScript numbers travel as floats, which LIMIT refuses and which would store a version as 2.0.
    return Number.isSafeInteger(value) && (key === undefined || INT_PROPERTIES.has(key)) ? neo4j.int(value) : value;
  }
  if (Array.isArray(value)) return value.map((v) => encode(v, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v, k)]));
  }
  return value;
}

/**
 * The parameters as Neo4j must receive them: whole numbers at the top level (limits, years) and
 * the model's whole-number properties inside maps and lists as integers, everything else as it is.
 */
export function toNeo4jParams(params: Params): Params {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, encode(v)]));
}

/**
 * The function the driver runs (and, on a transient error such as a deadlock or a lost leader,
 * runs again) for one of our transactions. Statement errors are not wrapped in here, so the
 * driver sees its own error and decides on the retry; the one mapping comes after it has given up.
 * `fn` must therefore be idempotent: createNode is (a retry finds the node it made). `progress`
 * names the last statement run, for the error message.
 */
export function transactionWork<T>(fn: (tx: GraphTransaction) => Promise<T>, progress: { last: string }) {
  return (tx: Pick<ManagedTransaction, 'run'>): Promise<T> =>
    fn({
      run: async <R extends Row>(stmt: Statement, params: Params = {}) => {
        checkStatement(stmt, params, 'transaction');
        progress.last = stmt.name;
        const result = await tx.run(stmt.cypher, toNeo4jParams(params));
        return result.records.map((r) => r.toObject() as R);
      },
    });
}

/**
 * Neo4j 5 through neo4j-driver. `neo4j://` URIs route: reads go to READ sessions (followers and
 * read replicas), writes to WRITE sessions; the driver's query bookmark manager is shared by both
 * so a read after a write sees it, within this process (bookmarks are not shared across
 * instances: another instance may answer from a follower that has not caught up yet).
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
    const progress = { last: 'transaction' };
    try {
      return await session.executeWrite(transactionWork(fn, progress));
    } catch (error) {
      throw mapNeo4jError(error, progress.last);
    } finally {
      await session.close().catch(() => undefined);
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
      throw mapNeo4jError(error, stmt.name, this.options.statementTimeoutMs);
    }
  }
}
