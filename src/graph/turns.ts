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

let computing: Promise<unknown> = Promise.resolve();

/**
 * Runs a long synchronous computation (a scope's figures, the exchange between every pair of
 * cities: up to a few hundred milliseconds each) in a turn of the event loop of its own, after
 * those queued before it, so timers and sockets are served between two of them. Requests that
 * arrive together are read in one poll phase; each computing in it, 32 asks of the exchange held
 * the server 7 s, long enough for a socket's keep-alive timer to close it under a request not yet
 * read (the client saw ECONNRESET), and nothing else was answered meanwhile.
 */
export function inOwnTurn<T>(compute: () => T): Promise<T> {
  const result = computing.then(
    () =>
      new Promise<T>((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(compute());
          } catch (error) {
            reject(error);
          }
        }),
      ),
  );
  computing = result.catch(() => undefined);
  return result;
}
