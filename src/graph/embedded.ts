import fs from 'node:fs';
import path from 'node:path';
import { GrafeoDB, type GrafeoError, type QueryResult } from '@grafeo-db/js';
import type { BulkReplacement, GraphStore, GraphTransaction, StoreHealth } from './store';
import { inTurns, ROWS_PER_TURN } from './turns';
import { checkStatement, type Access, type Params, type Row, type Statement } from './statement';
import { GraphConflictError, GraphConstraintError, GraphStorageFullError, GraphTimeoutError, GraphUnavailableError } from './errors';

const ENGINE_TIMEOUT_MS = 30_000;

type Executor = { executeCypher(query: string, params?: unknown): Promise<QueryResult> };

/**
 * The GQLSTATUS of an engine error. The package moves it to `gqlStatus` only for errors that are
 * `instanceof Error` in its own realm (not so under jest's VM sandbox), so read the cause too.
 */
function gqlStatusOf(error: unknown): string | undefined {
  const direct = (error as GrafeoError)?.gqlStatus;
  if (direct) return direct;
  const cause = (error as { cause?: { message?: unknown } })?.cause?.message;
  return typeof cause === 'string' && cause.startsWith('GQLSTATUS ') ? cause.slice('GQLSTATUS '.length) : undefined;
}

/** The operating system's reason behind an engine I/O error, as a person would say it. */
export function ioReason(message: string): { kind: 'full' | 'readOnly' | 'denied' | 'locked'; text: string } | undefined {
  if (/os error 28\b|ENOSPC|no space left on device/i.test(message)) return { kind: 'full', text: 'the disk is full' };
  if (/os error 30\b|EROFS|read-only file system/i.test(message)) return { kind: 'readOnly', text: 'the file system is read-only' };
  if (/os error 13\b|EACCES|permission denied/i.test(message)) return { kind: 'denied', text: 'this process may not write there (permission denied)' };
  if (/cannot be locked/.test(message)) return { kind: 'locked', text: 'another process is using this DATA_DIR' };
  return undefined;
}

/**
 * GQLSTATUS class 'G2' is a constraint violation (e.g. a duplicate id); GRAFEO-T001 a write-write
 * conflict between transactions; GRAFEO-Q003 a statement the engine stopped after its own 30 s
 * limit (which @grafeo-db/js 0.6 does not let us set).
 */
function mapError(stmt: Statement | undefined, error: unknown): Error {
  const gqlStatus = gqlStatusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const name = stmt ? `${stmt.name}: ` : '';
  if (ioReason(message)?.kind === 'full') {
    return new GraphStorageFullError(`${name}the disk under the graph is full: ${message}`, { cause: error });
  }
  if (gqlStatus?.startsWith('G2')) {
    return new GraphConstraintError(`${name}${message}`, { cause: error });
  }
  if (message.includes('GRAFEO-Q003')) {
    return new GraphTimeoutError(stmt?.name ?? 'transaction', ENGINE_TIMEOUT_MS, { cause: error });
  }
  if (message.includes('GRAFEO-T001')) {
    return new GraphConflictError(`${name}${message}`, { cause: error });
  }
  return new Error(`${name}${message}`, { cause: error });
}

/**
 * The engine runs a statement on a thread of its own, but turns its rows into JavaScript objects on
 * this one: a large result is taken a slice at a time (inTurns), letting other requests in between.
 */
async function rowsOf<R extends Row>(result: QueryResult): Promise<R[]> {
  const n = result.length;
  if (n <= ROWS_PER_TURN) return result.toArray() as R[];
  const rows = new Array<R>(n);
  await inTurns(n, (from, to) => {
    for (let i = from; i < to; i++) rows[i] = result.get(i) as R;
  });
  return rows;
}

async function execute<R extends Row>(db: Executor, stmt: Statement, params: Params, access: Access | 'transaction'): Promise<R[]> {
  checkStatement(stmt, params, access);
  let result: QueryResult;
  try {
    result = await db.executeCypher(stmt.cypher, params);
  } catch (error) {
    throw mapError(stmt, error);
  }
  return rowsOf<R>(result);
}

/**
 * The embedded engine (@grafeo-db/js): persistent in a file `dataDir` with a sidecar
 * `<dataDir>.wal`, or in memory for ":memory:". One process at a time may hold a data dir.
 */
export class EmbeddedStore implements GraphStore {
  readonly engine = 'embedded' as const;
  private closed = false;

  private constructor(
    private readonly db: GrafeoDB,
    readonly location: string,
    private readonly minFreeBytes: number,
  ) {}

  /** `minFreeBytes`: below this much free space on its disk the store reports itself unhealthy (storage full). */
  static open(dataDir: string, options: { minFreeBytes?: number } = {}): EmbeddedStore {
    if (dataDir === ':memory:') return new EmbeddedStore(GrafeoDB.create(), dataDir, 0);
    try {
      fs.mkdirSync(path.dirname(dataDir), { recursive: true });
      const db = fs.existsSync(dataDir) ? GrafeoDB.open(dataDir) : GrafeoDB.create(dataDir);
      return new EmbeddedStore(db, dataDir, options.minFreeBytes ?? 0);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const reason = ioReason(message);
      throw new GraphUnavailableError(`cannot open the graph in ${dataDir}${reason ? ` (${reason.text})` : ''}: ${message}`, {
        cause: error,
      });
    }
  }

  async read<R extends Row = Row>(stmt: Statement, params: Params = {}): Promise<R[]> {
    return execute<R>(this.live(), stmt, params, 'read');
  }

  async write<R extends Row = Row>(stmt: Statement, params: Params = {}): Promise<R[]> {
    return execute<R>(this.live(), stmt, params, 'write');
  }

  async transaction<T>(fn: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    const tx = this.live().beginTransaction();
    const handle: GraphTransaction = { run: (stmt, params = {}) => execute(tx, stmt, params, 'transaction') };
    let result: T;
    try {
      result = await fn(handle);
    } catch (error) {
      if (tx.isActive) tx.rollback();
      throw error;
    }
    try {
      tx.commit();
    } catch (error) {
      throw mapError(undefined, error);
    }
    return result;
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, engine: this.engine, detail: 'closed' };
    const free = await this.freeBytes();
    if (free !== undefined && free < this.minFreeBytes) {
      const mb = (bytes: number) => Math.floor(bytes / 1024 / 1024);
      return { ok: false, engine: this.engine, storageFull: true, detail: `${mb(free)} MB free on the disk of ${this.location}; at least ${mb(this.minFreeBytes)} MB are needed (MIN_FREE_DISK_MB)` };
    }
    try {
      await this.db.executeCypher('RETURN 1 AS ok');
      return { ok: true, engine: this.engine };
    } catch (error) {
      return { ok: false, engine: this.engine, detail: (error as Error).message };
    }
  }

  /** Free space on the data directory's disk, for writes by this process; undefined in memory. */
  private async freeBytes(): Promise<number | undefined> {
    if (this.location === ':memory:' || this.minFreeBytes === 0) return undefined;
    try {
      const stats = await fs.promises.statfs(path.dirname(this.location));
      return stats.bavail * stats.bsize;
    } catch {
      return undefined;
    }
  }

  /**
   * The new graph is built in memory (the engine's batch calls, no write-ahead log), saved beside
   * the old file and renamed over it once the old store is closed: a crash before the rename leaves
   * the old graph, after it the new one. This store holds the old file's lock until then, so no
   * service opens it meanwhile.
   */
  async bulkReplacement(): Promise<BulkReplacement | undefined> {
    if (this.location === ':memory:') return undefined;
    const building = `${this.location}.importing`;
    // What an import killed before its rename left (we hold the lock: no import is running).
    fs.rmSync(building, { force: true });
    const scratch = new EmbeddedStore(GrafeoDB.create(), ':memory:', 0);
    const wrap = async <T>(work: () => Promise<T>): Promise<T> => {
      try {
        return await work();
      } catch (error) {
        throw mapError(undefined, error);
      }
    };
    return {
      store: scratch,
      createNodes: (label, rows) => wrap(() => scratch.live().batchCreateNodesWithProps(label, rows)),
      createRelationships: (rows) =>
        wrap(async () => void (await scratch.live().batchCreateEdges(rows))),
      commit: async () => {
        try {
          scratch.live().save(building);
        } catch (error) {
          fs.rmSync(building, { force: true });
          throw mapError(undefined, error);
        } finally {
          await scratch.close();
        }
        await this.close();
        // Closing checkpointed the old file; a log left beside it would be replayed onto the new one.
        fs.rmSync(`${this.location}.wal`, { force: true, recursive: true });
        fs.renameSync(building, this.location);
      },
      discard: async () => {
        await scratch.close();
        fs.rmSync(building, { force: true });
      },
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  private live(): GrafeoDB {
    if (this.closed) throw new GraphUnavailableError('the graph store is closed');
    return this.db;
  }
}
