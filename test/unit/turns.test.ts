import { inTurns, ROWS_PER_TURN } from '../../src/graph/turns';

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
