import net from 'node:net';
import neo4j, { Neo4jError } from 'neo4j-driver';
// The driver's own retry loop, as session.executeWrite runs it (neo4j-driver's core package).
import { internal } from 'neo4j-driver-core';
import { ApiError } from '../../src/api/errors';
import { GraphConflictError, GraphConstraintError, GraphRefusedError, GraphTimeoutError, GraphUnavailableError } from '../../src/graph/errors';
import { mapNeo4jError, Neo4jStore, toNeo4jParams, transactionWork } from '../../src/graph/neo4j';
import { stats, writes } from '../../src/graph/queries';
import { checkTestDatabase } from '../neo4j/guard';
import { intercept } from '../../src/graph/intercept';
import { prepareWhenReachable } from '../../src/server/bootstrap';
import { createLogger } from '../../src/server/logger';
import { memoryStore } from '../helpers/graph';

/** The Neo4j adapter against the real neo4j-driver, where no server is needed. */

// The driver's error as the server sends it (message, code, GQL status and its description).
const neo = (code: string) => new Neo4jError(`the server said ${code}`, code, '50N42', 'error: general processing exception');

describe('the Neo4j adapter without a server', () => {
  it('maps each driver error once, to the store error the API answers by, and passes its own errors through', () => {
    const cases: [unknown, unknown][] = [
      [neo('ServiceUnavailable'), GraphUnavailableError],
      [neo('Neo.TransientError.General.DatabaseUnavailable'), GraphUnavailableError],
      [neo('Neo.ClientError.Security.Unauthorized'), GraphRefusedError],
      [neo('Neo.TransientError.Transaction.DeadlockDetected'), GraphConflictError],
      [neo('Neo.ClientError.Schema.ConstraintValidationFailed'), GraphConstraintError],
      [neo('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), GraphTimeoutError],
      [neo('Neo.ClientError.Statement.SyntaxError'), Error],
    ];
    for (const [error, type] of cases) {
      const mapped = mapNeo4jError(error, 'writes.update:City', 1000);
      expect({ code: (error as Neo4jError).code, type: (mapped as Error).constructor.name }).toEqual({ code: (error as Neo4jError).code, type: (type as { name: string }).name });
    }
    // A wrong password is out of reach for the API, but start-up must not wait it out.
    expect(mapNeo4jError(neo('Neo.ClientError.Security.Unauthorized'), 'x')).toBeInstanceOf(GraphUnavailableError);
    const own = new ApiError('CONFLICT', 'City "lagos" is at version 3, not 2');
    expect(mapNeo4jError(own, 'x')).toBe(own);
  });

  it('lets the driver retry a statement that lost a deadlock, and maps the error it finally gives up with', async () => {
    const executor = new internal.transactionExecutor.TransactionExecutor(300, 5, 1, 0);
    let attempts = 0;
    // A transaction whose statement loses a deadlock the first `failures` times: what the server would answer.
    const tx = (failures: number) => (async () => ({
      run: async () => {
        attempts++;
        if (attempts <= failures) throw neo('Neo.TransientError.Transaction.DeadlockDetected');
        return { records: [{ toObject: () => ({ node: { id: 'lagos' } }) }] };
      },
      isOpen: () => true,
      commit: async () => undefined,
      rollback: async () => undefined,
      close: async () => undefined,
    })) as unknown as Parameters<typeof executor.execute>[0];
    const progress = { last: '' };
    const work = transactionWork((t) => t.run(writes.lockNode('City'), { id: 'lagos' }), progress);
    expect(await executor.execute(tx(2), work)).toEqual([{ node: { id: 'lagos' } }]);
    expect(attempts).toBe(3);
    expect(progress.last).toBe('writes.lock:City');

    attempts = 0;
    const lost = await executor.execute(tx(Number.MAX_SAFE_INTEGER), work).catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(Neo4jError); // the driver's own error: it decided on every retry
    expect(attempts).toBeGreaterThan(1);
    expect(mapNeo4jError(lost, progress.last)).toBeInstanceOf(GraphConflictError);
  });

  it('answers GraphUnavailableError for a read, a write and a transaction when nothing listens', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const store = Neo4jStore.open({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'unused' }, { statementTimeoutMs: 400 });
    try {
      const outcomes = await Promise.all([
        store.read(stats.totalNodes).catch((e: unknown) => e),
        store.write(writes.lockNode('City'), { id: 'lagos' }).catch((e: unknown) => e),
        store.transaction((tx) => tx.run(writes.lockNode('City'), { id: 'lagos' })).catch((e: unknown) => e),
      ]);
      for (const outcome of outcomes) {
        expect(outcome).toBeInstanceOf(GraphUnavailableError);
        expect(outcome).not.toBeInstanceOf(GraphRefusedError);
      }
    } finally {
      await store.close();
    }
  });

  it('tests on Neo4j only in a database named for tests (npm run test:neo4j), before it connects', async () => {
    const at = { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused' };
    await expect(checkTestDatabase(undefined)).rejects.toThrow(/needs NEO4J_URI/);
    await expect(checkTestDatabase({ ...at, database: 'cities' })).rejects.toThrow('set NEO4J_DATABASE to one named for tests (e.g. "cgtest"), not "cities"');
    await expect(checkTestDatabase(at)).rejects.toThrow(/not "the server default"/);
  });

  it('sends whole numbers as integers where the model says so, however deep, and other numbers as they are', () => {
    const encoded = toNeo4jParams({
      limit: 20,
      years: [2019, 2020],
      changes: { version: 3, lat: 7, population: 1200, name: 'Abuja' },
      rows: [{ from: 'a', to: 'b', props: { since: 2016, role: 'LEAD' } }],
      props: { year: 2021, lon: 3.5, languages: ['en'] },
    });
    const isInt = (v: unknown) => neo4j.isInt(v);
    expect({
      limit: isInt(encoded.limit),
      years: (encoded.years as unknown[]).every(isInt),
      version: isInt((encoded.changes as Record<string, unknown>).version),
      population: isInt((encoded.changes as Record<string, unknown>).population),
      lat: (encoded.changes as Record<string, unknown>).lat,
      since: isInt(((encoded.rows as Record<string, unknown>[])[0].props as Record<string, unknown>).since),
      year: isInt((encoded.props as Record<string, unknown>).year),
      lon: (encoded.props as Record<string, unknown>).lon,
    }).toEqual({ limit: true, years: true, version: true, population: true, lat: 7, since: true, year: true, lon: 3.5 });
  });
});

describe('starting against a store that refuses the service', () => {
  const refusing = (error: Error) => async () => intercept(await memoryStore(), { statement: () => Promise.reject(error) });

  it('stops at once on refused credentials, and keeps trying while the store is only out of reach', async () => {
    const logger = createLogger({ logLevel: 'silent' });
    const refused = prepareWhenReachable(await refusing(new GraphRefusedError('Neo4j refused the service (Neo.ClientError.Security.Unauthorized)'))(), { seedDir: '' }, logger);
    await expect(refused.firstAttempt).rejects.toBeInstanceOf(GraphRefusedError);
    const away = prepareWhenReachable(await refusing(new GraphUnavailableError('connection refused'))(), { seedDir: '' }, logger);
    await away.firstAttempt;
    expect(away.done).toBe(false);
  });
});
