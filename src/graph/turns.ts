/**
 * Long in-process work over millions of rows (turning a scan's result into objects, taking it into
 * a kept graph) goes a slice at a time, letting other requests in between: this many per turn of
 * the event loop.
 */
export const ROWS_PER_TURN = 20_000;

/** Calls `slice(from, to)` over `0..count` in slices of ROWS_PER_TURN, yielding to the event loop between them. */
export async function inTurns(count: number, slice: (from: number, to: number) => void): Promise<void> {
  for (let from = 0; from < count; from += ROWS_PER_TURN) {
    if (from > 0) await new Promise(setImmediate);
    slice(from, Math.min(count, from + ROWS_PER_TURN));
  }
}
