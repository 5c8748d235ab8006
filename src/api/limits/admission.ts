import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ApiError } from '../errors';

/** How much work callers may have in flight and spend, in estimated cost (see query-cost). */
export interface AdmissionLimits {
  /** Cost one caller may have in flight at once (MAX_CALLER_COST_IN_FLIGHT). */
  readonly callerInFlight: number;
  /** Cost all callers together may have in flight (MAX_COST_IN_FLIGHT). */
  readonly totalInFlight: number;
  /** Cost one caller may spend per minute (RATE_LIMIT_COST_PER_MINUTE). */
  readonly perMinute: number;
}

/** A request let in; `release` when it has answered (more than once is harmless). */
export interface Ticket {
  release(): void;
}

/** Requests of one caller that may wait for room, and for how long, before the next is refused. */
export const QUEUE = { perCaller: 16, waitMs: 5_000 } as const;

interface Waiter {
  readonly cost: number;
  admit(ticket: Ticket): void;
}

function tooMany(message: string, retryAfterSeconds: number): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new ApiError('RATE_LIMITED', `${message} Try again in ${seconds} s.`, {
    retryAfter: seconds,
    http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
  });
}

/**
 * Lets a request run when its caller (token subject or address) stays within the cost it may
 * spend per minute and, with the others, within the cost that may be in flight. A request that
 * does not fit yet waits its turn behind the caller's earlier ones (a page sends several at once),
 * up to QUEUE.perCaller requests for QUEUE.waitMs; beyond, RATE_LIMITED (HTTP 429 with
 * Retry-After). A caller with nothing in flight always fits, however expensive the request (the
 * cost limit bounds it), unless the service as a whole is full.
 */
export class Admission {
  private readonly inFlight = new Map<string, number>();
  private total = 0;
  private readonly waiting = new Map<string, Waiter[]>();
  private readonly rate: RateLimiterMemory;

  constructor(private readonly limits: AdmissionLimits) {
    this.rate = new RateLimiterMemory({ points: limits.perMinute, duration: 60 });
  }

  /** Cost currently in flight, for one caller or for all. */
  load(caller?: string): number {
    return caller === undefined ? this.total : (this.inFlight.get(caller) ?? 0);
  }

  async admit(caller: string, cost: number): Promise<Ticket> {
    try {
      await this.rate.consume(caller, Math.max(1, cost));
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw tooMany(`You have spent your ${this.limits.perMinute} of estimated cost for this minute (RATE_LIMIT_COST_PER_MINUTE).`, refusal.msBeforeNext / 1000);
    }
    const queue = this.waiting.get(caller) ?? [];
    if (queue.length === 0 && this.fits(caller, cost)) return this.take(caller, cost);
    if (queue.length >= QUEUE.perCaller) {
      throw tooMany(`You have ${queue.length} requests waiting behind ${this.load(caller)} in estimated cost running (MAX_CALLER_COST_IN_FLIGHT is ${this.limits.callerInFlight}).`, 1);
    }
    return new Promise<Ticket>((admitted, refused) => {
      const waiter: Waiter = {
        cost,
        admit: (ticket) => {
          clearTimeout(timer);
          admitted(ticket);
        },
      };
      const timer = setTimeout(() => {
        this.remove(caller, waiter);
        refused(
          this.load(caller) > 0
            ? tooMany(`Your earlier requests still hold ${this.load(caller)} in estimated cost (MAX_CALLER_COST_IN_FLIGHT is ${this.limits.callerInFlight}).`, 1)
            : tooMany(`The service is busy: ${this.total} in estimated cost is running (MAX_COST_IN_FLIGHT is ${this.limits.totalInFlight}).`, 1),
        );
      }, QUEUE.waitMs);
      this.waiting.set(caller, [...queue, waiter]);
    });
  }

  private fits(caller: string, cost: number): boolean {
    const mine = this.load(caller);
    return (mine === 0 || mine + cost <= this.limits.callerInFlight) && (this.total === 0 || this.total + cost <= this.limits.totalInFlight);
  }

  private take(caller: string, cost: number): Ticket {
    this.inFlight.set(caller, this.load(caller) + cost);
    this.total += cost;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const left = this.load(caller) - cost;
        if (left > 0) this.inFlight.set(caller, left);
        else this.inFlight.delete(caller);
        this.total -= cost;
        this.admitWaiting();
      },
    };
  }

  /** Lets in every waiting request that now fits, each caller's in order. */
  private admitWaiting(): void {
    for (const [caller, queue] of this.waiting) {
      while (queue.length > 0 && this.fits(caller, queue[0].cost)) {
        const waiter = queue.shift()!;
        waiter.admit(this.take(caller, waiter.cost));
      }
      if (queue.length === 0) this.waiting.delete(caller);
    }
  }

  private remove(caller: string, waiter: Waiter): void {
    const queue = (this.waiting.get(caller) ?? []).filter((w) => w !== waiter);
    if (queue.length > 0) this.waiting.set(caller, queue);
    else this.waiting.delete(caller);
  }
}
