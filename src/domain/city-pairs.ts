/**
 * Counting and ranking over pairs of cities, for the exchange between them (exchange.ts): the
 * whole network has millions of pairs, so they are counted in typed arrays and only the best
 * are kept as objects.
 */

/** Shared events per pair of city indices, behind one interface whichever way they are kept. */
export interface PairCounts {
  add(a: number, b: number, n: number): void;
  /** One more for every pair of an event's cities (ascending). */
  addAll(cities: Int32Array): void;
  /** Every pair with a count, a < b. */
  forEach(visit: (a: number, b: number, n: number) => void): void;
}

/** Pairs a < b of n cities in a triangular typed array. */
export function densePairs(n: number): PairCounts {
  const cells = new Uint32Array((n * (n - 1)) / 2);
  const row = (a: number) => a * n - (a * (a + 1)) / 2 - a - 1;
  return {
    add(a, b, k) {
      cells[a < b ? row(a) + b : row(b) + a] += k;
    },
    addAll(cs) {
      // The hot loop of the whole-network question (28M pairs at 100,000 practitioners): no calls in it.
      for (let i = 0; i < cs.length; i++) {
        const r = row(cs[i]!);
        for (let j = i + 1; j < cs.length; j++) cells[r + cs[j]!]++;
      }
    },
    forEach(visit) {
      for (let a = 0; a < n; a++) {
        const r = row(a);
        for (let b = a + 1; b < n; b++) if (cells[r + b]) visit(a, b, cells[r + b]!);
      }
    },
  };
}

export function sparsePairs(n: number): PairCounts {
  const counts = new Map<number, number>();
  return {
    add(a, b, k) {
      const key = a < b ? a * n + b : b * n + a;
      counts.set(key, (counts.get(key) ?? 0) + k);
    },
    addAll(cs) {
      for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) this.add(cs[i]!, cs[j]!, 1);
    },
    forEach(visit) {
      for (const [key, k] of counts) visit(Math.floor(key / n), key % n, k);
    },
  };
}

export function indexIn(sorted: Int32Array, value: number): number {
  let [lo, hi] = [0, sorted.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === value) return mid;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A candidate link while ranking: its cities' ranks in key order (low first) and its weight. */
export interface Ranked {
  low: number;
  high: number;
  weight: number;
}

/** Heavier first, then by the cities' keys: negative when x ranks before y. */
export const rankOrder = (x: Ranked, y: Ranked) => y.weight - x.weight || x.low - y.low || x.high - y.high;

/** Whether a candidate ranks before `last` (rankOrder on its parts): asked before its object is made, as most do not. */
export function ranksBefore(weight: number, low: number, high: number, last: Ranked): boolean {
  return weight > last.weight || (weight === last.weight && (low < last.low || (low === last.low && high < last.high)));
}
