/** A small seeded PRNG (mulberry32): the same seed gives the same dataset on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A heavy-tailed count (Pareto, shape alpha) at least min: most small, a few very large. */
  pareto(min: number, alpha: number, cap: number): number {
    return Math.min(cap, Math.floor(min / Math.pow(1 - this.next(), 1 / alpha)));
  }
}

/** Samples indexes 0..n-1 with Zipf weights 1/(k+1)^s: index 0 is the biggest hub. */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(n: number, s = 1.1) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, s);
      this.cumulative[k] = sum;
    }
  }

  sample(random: Random): number {
    const target = random.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kl', 'tr', 'th', 'qu'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'io', 'ou'];

/** An invented word ("Velorin"): names that belong to nobody. */
export function inventedName(random: Random, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS);
  if (random.chance(0.5)) word += random.pick(['n', 'r', 's', 'x', 'l']);
  return word[0].toUpperCase() + word.slice(1);
}
