import { inOwnTurn, inTurns, ROWS_PER_TURN } from '../../src/graph/turns';

describe('inTurns', () => {
  it('covers every index once, in slices of ROWS_PER_TURN, and lets a timer run between slices', async () => {
    const count = ROWS_PER_TURN * 2 + 3;
    const slices: [number, number][] = [];
    const timerRuns: number[] = [];
    const timer = setInterval(() => timerRuns.push(slices.length), 0);
    await inTurns(count, (from, to) => {
      slices.push([from, to]);
      // A slice that takes a while, so the timer is due before the next one.
      for (const until = Date.now() + 3; Date.now() < until; );
    });
    clearInterval(timer);
    expect(slices).toEqual([[0, ROWS_PER_TURN], [ROWS_PER_TURN, ROWS_PER_TURN * 2], [ROWS_PER_TURN * 2, count]]);
    // Work done synchronously would let no timer in before the last slice.
    expect(timerRuns.some((sliced) => sliced < slices.length)).toBe(true);
  });

  it('does nothing for no rows', async () => {
    const slices: unknown[] = [];
    await inTurns(0, (from, to) => slices.push([from, to]));
    expect(slices).toEqual([]);
  });
});

describe('inOwnTurn', () => {
  const busy = (name: string, log: string[]) => () => {
    // Long enough that a timer falls due while it runs.
    for (const until = Date.now() + 4; Date.now() < until; );
    log.push(name);
    return name;
  };

  it('runs computations asked together one per turn of the event loop, in order, with timers between them', async () => {
    const log: string[] = [];
    const timer = setInterval(() => log.push('timer'), 0);
    const results = await Promise.all(['a', 'b', 'c'].map((name) => inOwnTurn(busy(name, log))));
    clearInterval(timer);
    expect(results).toEqual(['a', 'b', 'c']);
    const done = log.filter((entry) => entry !== 'timer');
    expect(done).toEqual(['a', 'b', 'c']);
    // Computed back to back in one turn, no timer would run between a and c.
    expect(log.slice(log.indexOf('a'), log.indexOf('c'))).toContain('timer');
    expect(log.slice(log.indexOf('b'), log.indexOf('c'))).toContain('timer');
  });

  it('rejects with the error a computation throws, and runs the next one', async () => {
    const failing = inOwnTurn(() => {
      throw new Error('broken');
    });
    const next = inOwnTurn(() => 42);
    await expect(failing).rejects.toThrow('broken');
    await expect(next).resolves.toBe(42);
  });
});
