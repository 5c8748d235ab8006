import { cityExchange, MEETING_PAIR_BUDGET, type EventCities, type EventCityTable } from '../../src/domain';
import { Random } from '../../src/seed/random';

/** A table of events over `cities` cities, each event with `size` distinct cities. */
function table(cities: number, events: number, size: number, seed: number): EventCityTable {
  const random = new Random(seed);
  const cityKeys = Array.from({ length: cities }, (_, i) => `c${String((i * 7919) % cities).padStart(5, '0')}`);
  const list: EventCities[] = Array.from({ length: events }, (_, e) => {
    const chosen = new Set<number>();
    while (chosen.size < size) chosen.add(Math.floor(random.next() * cities));
    const sorted = Int32Array.from([...chosen].sort((a, b) => a - b));
    return { event: `e${e}`, year: 2014 + (e % 10), clusters: 1 << (e % 4), cities: sorted, counts: sorted.map(() => 1) };
  });
  return { cityKeys, events: list };
}

/** Shared events per pair by keys, counted the plain way. */
function bruteForce(t: EventCityTable) {
  const counts = new Map<string, number>();
  for (const e of t.events) {
    const keys = [...e.cities].map((c) => t.cityKeys[c]).sort();
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) counts.set(`${keys[i]} ${keys[j]}`, (counts.get(`${keys[i]} ${keys[j]}`) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => ({ cities: k.split(' '), weight: n })).sort((x, y) => y.weight - x.weight || x.cities[0].localeCompare(y.cities[0]) || x.cities[1].localeCompare(y.cities[1]));
}

describe('cityExchange over many pairs', () => {
  it.each([
    ['a flat array', 300],
    ['a map (more cities than a flat array takes)', 5000],
  ])('ranks every pair the way a plain count does, counted in %s', (_, cities) => {
    const t = table(cities, 200, 40, cities);
    const answer = cityExchange(t, [], [], {}, 30, 3);
    const expected = bruteForce(t);
    expect(answer.ok && answer.totalCount).toBe(expected.length);
    expect(answer.ok && answer.links.map((l) => ({ cities: l.cities, weight: l.weight }))).toEqual(expected.slice(0, 30));
  });

  it('refuses a question whose pairs pass the budget, and answers it narrowed to a city', () => {
    const t = table(1000, 120, 1000, 3);
    const pairs = 120 * ((1000 * 999) / 2);
    expect(pairs).toBeGreaterThan(MEETING_PAIR_BUDGET.dense);
    expect(cityExchange(t, [], [], {}, 10, 3)).toEqual({ ok: false, pairs });
    const narrowed = cityExchange(t, [], [], { city: t.cityKeys[0] }, 10, 3);
    expect(narrowed.ok && narrowed.totalCount).toBe(999);
    expect(narrowed.ok && narrowed.links[0].sharedEvents).toBe(120);
  });

  it('gives the answer it kept when asked again with the same ties, and ranks again with other ties', () => {
    const t = table(300, 200, 40, 11);
    const [partnerships, transfers] = [[], []];
    const answer = cityExchange(t, partnerships, transfers, {}, 10, 3);
    expect(cityExchange(t, partnerships, transfers, {}, 10, 3)).toBe(answer);
    if (!answer.ok) throw new Error('expected links');
    const [a, b] = answer.links[0].cities;
    // A partnership of the top pair, as after a write: the ties are new arrays.
    const tied = cityExchange(t, [{ a, b, since: null }], [], {}, 10, 3);
    expect(tied.ok && tied.links[0]).toMatchObject({ cities: [a, b], weight: answer.links[0].weight + 1, partnerships: [{ a, b, since: null }] });
    // Another page size is ranked for itself.
    expect(cityExchange(t, partnerships, transfers, {}, 5, 3)).toEqual({ ...answer, links: answer.links.slice(0, 5) });
  });
});
