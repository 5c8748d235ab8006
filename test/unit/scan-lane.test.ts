import { GraphTimeoutError } from '../../src/graph/errors';
import { ScanLane } from '../../src/graph/scan-lane';

/** The scan lane's order: callers take turns; a slot is held until the work is done; stale waits are skipped. */

/** Work that finishes when told to. */
function work(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { run: () => (log.push(`start ${name}`), done.then(() => name)), finish };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ScanLane', () => {
  it('runs at most `concurrency` at once and gives turns caller by caller', async () => {
    const lane = new ScanLane(1);
    const log: string[] = [];
    const jobs = { a1: work(log, 'a1'), a2: work(log, 'a2'), a3: work(log, 'a3'), b1: work(log, 'b1'), c1: work(log, 'c1') };
    const results = [
      lane.run('a', jobs.a1.run),
      lane.run('a', jobs.a2.run),
      lane.run('a', jobs.a3.run),
      lane.run('b', jobs.b1.run),
      lane.run('c', jobs.c1.run),
    ];
    await tick();
    expect(log).toEqual(['start a1']);
    expect(lane.load).toEqual({ running: 1, waiting: 4 });
    for (const name of ['a1', 'a2', 'b1', 'c1', 'a3'] as const) {
      jobs[name].finish();
      await tick();
      await tick();
    }
    // a's second scan waited its turn behind a1; then b and c each had one before a's third.
    expect(log).toEqual(['start a1', 'start a2', 'start b1', 'start c1', 'start a3']);
    expect(await Promise.all(results)).toEqual(['a1', 'a2', 'a3', 'b1', 'c1']);
    expect(lane.load).toEqual({ running: 0, waiting: 0 });
  });

  it('holds the slot until the work has finished, even if its caller stopped waiting', async () => {
    const lane = new ScanLane(1, 50);
    const log: string[] = [];
    const slow = work(log, 'slow');
    const next = work(log, 'next');
    const first = lane.run('a', slow.run);
    const second = lane.run('b', next.run, 'stats.totals:network');
    await new Promise((resolve) => setTimeout(resolve, 80));
    // The engine is still on the first: the second has waited longer than its request may, and is skipped.
    slow.finish();
    await expect(second).rejects.toBeInstanceOf(GraphTimeoutError);
    await expect(second).rejects.toThrow('stats.totals:network: no answer within 50 ms');
    expect(await first).toBe('slow');
    expect(log).toEqual(['start slow']);
    expect(lane.load).toEqual({ running: 0, waiting: 0 });
  });
});
