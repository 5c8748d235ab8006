import { networkEvolution, type Activity } from '../../src/domain';
import { Random } from '../../src/seed/random';

/** 3,000 practitioners at 150 events of skewed size over ten years. */
function activity(): Activity {
  const random = new Random(7);
  const n = 3000;
  const events = Array.from({ length: 150 }, (_, i) => {
    const size = Math.floor(10 + 600 * random.next() ** 4);
    const people = new Set<number>();
    while (people.size < size) people.add(Math.floor(n * random.next() ** 1.5));
    return { year: 2014 + (i % 10), people: Int32Array.from(people) };
  });
  return {
    practitioners: n,
    alive: new Uint8Array(n).fill(1),
    country: Int32Array.from({ length: n }, (_, p) => p % 12),
    region: Int32Array.from({ length: n }, (_, p) => (p % 12) % 4),
    events,
    outcomes: [],
  };
}

describe('networkEvolution past its budget', () => {
  it('estimates the new ties from a sample, close to the exact count, and says so', () => {
    const a = activity();
    const exact = networkEvolution(a);
    const estimate = networkEvolution(a, 2_000_000);
    expect(exact.tiesEstimated).toBe(false);
    expect(estimate.tiesEstimated).toBe(true);
    expect(estimate.tiesCountedFrom).toBeLessThan(exact.tiesCountedFrom);
    // Everything but the ties is counted exactly either way.
    const rest = (e: typeof exact) => e.years.map(({ year, activePractitioners, joined, events }) => ({ year, activePractitioners, joined, events }));
    expect(rest(estimate)).toEqual(rest(exact));
    const total = (e: typeof exact, k: 'newTies' | 'newTiesAcrossCountries' | 'newTiesAcrossRegions') => e.years.reduce((s, y) => s + y[k], 0);
    for (const k of ['newTies', 'newTiesAcrossCountries', 'newTiesAcrossRegions'] as const) {
      expect(total(exact, k)).toBeGreaterThan(10_000);
      expect(Math.abs(total(estimate, k) / total(exact, k) - 1)).toBeLessThan(0.1);
    }
    // The same graph gives the same estimate.
    expect(networkEvolution(a, 2_000_000)).toEqual(estimate);
  });
});
