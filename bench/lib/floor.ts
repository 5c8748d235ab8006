import type { GraphStore } from '../../src/graph/store';
import type { Params, Statement } from '../../src/graph/statement';
import type { LoadResult } from './load';

/**
 * Times the floor in this process, straight on the store (no HTTP, no GraphQL): the statements
 * of each request run one after another, as a hand-written client would send them.
 */
export async function runFloor(
  store: GraphStore,
  options: { count: number; maxSeconds: number; statements: (i: number) => { stmt: Statement; params: Params }[] },
): Promise<LoadResult> {
  const samples: LoadResult['samples'] = [];
  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;
  for (let i = 0; i < options.count && performance.now() < deadline; i++) {
    const statements = options.statements(i);
    const start = performance.now();
    for (const { stmt, params } of statements) await store.read(stmt, params);
    samples.push({ ms: performance.now() - start, roundTrips: statements.length });
  }
  return { samples, seconds: (performance.now() - started) / 1000 };
}
