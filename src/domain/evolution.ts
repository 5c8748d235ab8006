/**
 * The network in time, year by year (domain/dating.ts dates what can be dated):
 *   active       practitioners who took part in an event of the year or contributed to an
 *                outcome of the year
 *   joined       those active for the first time that year
 *   new ties     pairs of practitioners who first met that year, at an event both took part in;
 *                of them, pairs from different countries and from different regions (by where
 *                each is based; a pair where either is not placed counts in neither)
 * Pure: the figures' graph hands over who was at which event and outcome (FigureGraph.activity).
 */

/** Who was active when: practitioners by index, events and outcomes with their year and people. */
export interface Activity {
  readonly practitioners: number;
  readonly alive: Uint8Array;
  /** Country and region index of each practitioner's home, -1 where there is none. */
  readonly country: Int32Array;
  readonly region: Int32Array;
  readonly events: readonly { readonly year: number; readonly people: Int32Array }[];
  readonly outcomes: readonly { readonly year: number; readonly people: Int32Array }[];
}

export interface YearOfNetwork {
  year: number;
  activePractitioners: number;
  joined: number;
  events: number;
  outcomes: number;
  newTies: number;
  newTiesAcrossCountries: number;
  newTiesAcrossRegions: number;
}

export interface Evolution {
  years: YearOfNetwork[];
  /** How many practitioners the new ties were counted from: all, or a sample when the network is too large to count every pair. */
  tiesCountedFrom: number;
  tiesEstimated: boolean;
}

/**
 * Steps the exact count of new ties may take (one per practitioner met at an event, from each
 * side): past it, ties are counted from an even sample of practitioners and scaled up. At
 * 100,000 practitioners the exact count would take 1.4 billion steps (events of 26,000 people);
 * the budget takes about half a second there.
 */
export const TIE_STEP_BUDGET = 20_000_000;

const emptyYear = (year: number): YearOfNetwork => ({ year, activePractitioners: 0, joined: 0, events: 0, outcomes: 0, newTies: 0, newTiesAcrossCountries: 0, newTiesAcrossRegions: 0 });

/** Every year from the first to the last with an event or outcome, as the activity stands. */
export function networkEvolution(activity: Activity, budget = TIE_STEP_BUDGET): Evolution {
  const allYears = [...activity.events, ...activity.outcomes].map((x) => x.year);
  if (allYears.length === 0) return { years: [], tiesCountedFrom: 0, tiesEstimated: false };
  const first = Math.min(...allYears);
  const years = Array.from({ length: Math.max(...allYears) - first + 1 }, (_, i) => emptyYear(first + i));
  const at = (year: number) => years[year - first]!;

  // Per year, who was active in it (a flag per practitioner); per practitioner, their first year.
  const activeIn = years.map(() => new Uint8Array(activity.practitioners));
  const firstYear = new Int32Array(activity.practitioners).fill(years.length);
  const mark = (year: number, people: Int32Array) => {
    const flags = activeIn[year - first]!;
    for (let k = 0; k < people.length; k++) {
      const p = people[k]!;
      flags[p] = 1;
      if (year - first < firstYear[p]!) firstYear[p] = year - first;
    }
  };
  for (const e of activity.events) {
    at(e.year).events++;
    mark(e.year, e.people);
  }
  for (const o of activity.outcomes) {
    at(o.year).outcomes++;
    mark(o.year, o.people);
  }
  activeIn.forEach((flags, i) => (years[i]!.activePractitioners = flags.reduce((n, f) => n + f, 0)));
  for (const y of firstYear) if (y < years.length) years[y]!.joined++;

  const ties = countNewTies(activity, budget);
  for (const [year, t] of ties.byYear) Object.assign(at(year), t);
  return { years, tiesCountedFrom: ties.countedFrom, tiesEstimated: ties.estimated };
}

type Ties = Pick<YearOfNetwork, 'newTies' | 'newTiesAcrossCountries' | 'newTiesAcrossRegions'>;

/**
 * New ties per year, counted from each practitioner's side: the people they met at each year's
 * events, less those met before. Each pair is seen from both sides in the same year, so the sums
 * are halved. With a sample, each sampled practitioner stands for practitioners / sample.
 */
function countNewTies(activity: Activity, budget: number): { byYear: Map<number, Ties>; countedFrom: number; estimated: boolean } {
  const eventsOf: number[][] = Array.from({ length: activity.practitioners }, () => []);
  let steps = 0;
  activity.events.forEach((e, i) => {
    steps += e.people.length * e.people.length;
    for (const p of e.people) eventsOf[p]!.push(i);
  });
  const people = [...eventsOf.keys()].filter((p) => activity.alive[p] && eventsOf[p]!.length > 0);
  const sample = steps <= budget ? people : evenSample(people, Math.max(1, Math.floor((budget / steps) * people.length)));
  const scale = people.length / Math.max(1, sample.length) / 2;

  const raw = new Map<number, [number, number, number]>();
  const metIn = new Uint8Array(activity.practitioners);
  const { country, region } = activity;
  const touched = new Int32Array(activity.practitioners);
  for (const p of sample) {
    const mine = eventsOf[p]!.map((i) => activity.events[i]!).sort((a, b) => a.year - b.year);
    const [myCountry, myRegion] = [country[p]!, region[p]!];
    let reached = 0;
    metIn[p] = 1;
    // The hot loop (TIE_STEP_BUDGET steps): plain indexed loops over typed arrays, no calls.
    for (const e of mine) {
      const people = e.people;
      let [all, countries, regions] = [0, 0, 0];
      for (let k = 0; k < people.length; k++) {
        const q = people[k]!;
        if (metIn[q]) continue;
        metIn[q] = 1;
        touched[reached++] = q;
        all++;
        const qc = country[q]!;
        if (myCountry >= 0 && qc >= 0 && qc !== myCountry) countries++;
        const qr = region[q]!;
        if (myRegion >= 0 && qr >= 0 && qr !== myRegion) regions++;
      }
      const counts = raw.get(e.year) ?? raw.set(e.year, [0, 0, 0]).get(e.year)!;
      counts[0] += all;
      counts[1] += countries;
      counts[2] += regions;
    }
    metIn[p] = 0;
    for (let k = 0; k < reached; k++) metIn[touched[k]!] = 0;
  }
  const byYear = new Map([...raw].map(([year, [all, countries, regions]]) => [
    year,
    { newTies: Math.round(all * scale), newTiesAcrossCountries: Math.round(countries * scale), newTiesAcrossRegions: Math.round(regions * scale) },
  ]));
  return { byYear, countedFrom: sample.length, estimated: sample.length < people.length };
}

/** `size` of the items, chosen by a fixed hash of each (Knuth's multiplicative): the same graph gives the same estimate. */
function evenSample(items: readonly number[], size: number): number[] {
  const hash = (i: number) => Math.imul(i + 1, 2654435761) >>> 0;
  return [...items].sort((a, b) => hash(a) - hash(b)).slice(0, size);
}
