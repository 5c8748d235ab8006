import type { SeedOracle } from './seed-oracle';

/** The network year by year, computed from the CSV rows alone: every pair of participants looked at. */
export function expectedEvolution(seed: SeedOracle) {
  const year = (date: string | undefined) => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);
  const eventYear = (e: string) => year(seed.nodes.get('Event')!.get(e)!.startDate)!;
  const outcomeYear = (o: string) => {
    const years = seed.out('EMERGED_FROM', o, 'Event').map(eventYear);
    return year(seed.nodes.get('Outcome')!.get(o)!.startedOn) ?? (years.length ? Math.min(...years) : null);
  };
  const cityOf = new Map<string, string>();
  const countryOfCity = new Map<string, string>();
  const participants = new Map<string, string[]>();
  for (const r of seed.relationships) {
    if (r.type === 'BASED_IN' && !cityOf.has(r.from)) cityOf.set(r.from, r.to);
    if (r.type === 'IN_COUNTRY') countryOfCity.set(r.from, r.to);
    if (r.type === 'PARTICIPATED_IN') participants.set(r.to, [...(participants.get(r.to) ?? []), r.from]);
  }
  const country = (p: string) => countryOfCity.get(cityOf.get(p) ?? '');
  const region = (p: string) => (country(p) ? seed.nodes.get('Country')!.get(country(p)!)!.region : undefined);

  const byYear = new Map<number, { events: number; outcomes: number; active: Set<string>; ties: number; countries: number; regions: number }>();
  const at = (y: number) => byYear.get(y) ?? byYear.set(y, { events: 0, outcomes: 0, active: new Set(), ties: 0, countries: 0, regions: 0 }).get(y)!;
  const firstActive = new Map<string, number>();
  const active = (p: string, y: number) => {
    at(y).active.add(p);
    firstActive.set(p, Math.min(firstActive.get(p) ?? Infinity, y));
  };
  const firstMet = new Map<string, number>();
  for (const e of seed.ids('Event')) {
    const y = eventYear(e);
    at(y).events++;
    const people = [...new Set(participants.get(e) ?? [])];
    for (const p of people) active(p, y);
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const key = [people[i], people[j]].sort().join(' ');
        firstMet.set(key, Math.min(firstMet.get(key) ?? Infinity, y));
      }
    }
  }
  for (const o of seed.ids('Outcome')) {
    const y = outcomeYear(o);
    if (y === null) continue;
    at(y).outcomes++;
    for (const p of seed.in('CONTRIBUTED_TO', o, 'Practitioner')) active(p, y);
  }
  for (const [pair, y] of firstMet) {
    const [p, q] = pair.split(' ');
    at(y).ties++;
    if (country(p) && country(q) && country(p) !== country(q)) at(y).countries++;
    if (region(p) && region(q) && region(p) !== region(q)) at(y).regions++;
  }
  const joined = new Map<number, number>();
  for (const y of firstActive.values()) joined.set(y, (joined.get(y) ?? 0) + 1);
  const years = [...byYear.keys()].filter((y) => byYear.get(y)!.events + byYear.get(y)!.outcomes > 0);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const y = first + i;
    const f = byYear.get(y);
    return {
      year: y,
      activePractitioners: f?.active.size ?? 0,
      joined: joined.get(y) ?? 0,
      events: f?.events ?? 0,
      outcomes: f?.outcomes ?? 0,
      newTies: f?.ties ?? 0,
      newTiesAcrossCountries: f?.countries ?? 0,
      newTiesAcrossRegions: f?.regions ?? 0,
    };
  });
}
