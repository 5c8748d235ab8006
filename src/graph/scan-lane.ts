import { GraphTimeoutError } from './errors';
import { intercept } from './intercept';
import type { GraphStore } from './store';

/**
 * Statements that read a whole label (a listing's sort, a figure, the text index's names; `scan` in the
 * catalogue) run at most `concurrency` at a time, so the engine always has threads left for
 * the lookups that most requests are made of. Waiting scans take turns caller by caller (round
 * robin): one caller's hundred queued scans delay another's single one by at most one scan per
 * caller ahead of it. A slot is held until the engine has finished the statement, not until a
 * request stopped waiting for it (a TIMEOUT leaves the embedded engine working).
 */
export class ScanLane {
  private running = 0;
  /** Waiting starts by caller; a Map keeps the order in which callers last had a turn. */
  private readonly waiting = new Map<string, Waiter[]>();

  /** `maxWaitMs`: a scan that waited longer is not started (its request has answered TIMEOUT). */
  constructor(readonly concurrency: number, private readonly maxWaitMs = Infinity) {}

  /** Scans running and waiting, for tests and metrics. */
  get load(): { running: number; waiting: number } {
    let waiting = 0;
    for (const queue of this.waiting.values()) waiting += queue.length;
    return { running: this.running, waiting };
  }

  async run<T>(caller: string, work: () => Promise<T>, what = 'scan'): Promise<T> {
    if (this.running < this.concurrency && this.waiting.size === 0) {
      this.running++;
    } else {
      await new Promise<void>((start, expire) => {
        const waiter: Waiter = { since: performance.now(), start, expire: () => expire(new GraphTimeoutError(what, this.maxWaitMs)) };
        const queue = this.waiting.get(caller);
        if (queue) queue.push(waiter);
        else this.waiting.set(caller, [waiter]);
      });
    }
    try {
      return await work();
    } finally {
      this.handOver();
    }
  }

  /**
   * Gives the slot to the caller whose turn it is, who then goes to the back of the line; a
   * scan that waited too long is told so and skipped.
   */
  private handOver(): void {
    for (;;) {
      const next = this.waiting.entries().next();
      if (next.done) {
        this.running--;
        return;
      }
      const [caller, queue] = next.value;
      const waiter = queue.shift()!;
      this.waiting.delete(caller);
      if (queue.length > 0) this.waiting.set(caller, queue);
      if (performance.now() - waiter.since <= this.maxWaitMs) {
        waiter.start();
        return;
      }
      waiter.expire();
    }
  }
}

interface Waiter {
  readonly since: number;
  start(): void;
  expire(): void;
}

/** The store with its scan reads in the lane, as `caller`'s. */
export function scanLaneStore(store: GraphStore, lane: ScanLane, caller: string): GraphStore {
  return intercept(store, {
    statement: (stmt, _params, run, kind) => (kind === 'read' && stmt.mode === 'scan' ? lane.run(caller, run, stmt.name) : run()),
  });
}
