import type { SeedOracle } from './seed-oracle';

/** Exchange between cities computed from the CSV rows alone, to hold the API's answer against. */
export interface ExpectedLink {
  cities: [string, string];
  weight: number;
  partnerships: number;
  transfers: number;
  sharedEvents: number;
  /** Evidence as kind, year and subject id, in the API's order (partnerships, transfers, latest events). */
  evidence: { kind: string; year: number | null; subject: string | null }[];
}

export interface ExchangeQuestion {
  city?: string;
  cluster?: string;
  from?: number;
  to?: number;
}

const byEnds = <T extends { from: string; to: string }>(rows: T[]) => [...rows].sort((x, y) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to));

export function expectedExchange(seed: SeedOracle, q: ExchangeQuestion, shown = 10): ExpectedLink[] {
  const year = (date: string | undefined) => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);
  const clusterOf = (id: string) => new Set(seed.out('ADDRESSES', id, 'Topic').flatMap((t) => seed.out('PART_OF', t, 'Cluster')));
  const inWindow = (y: number) => (q.from === undefined || y >= q.from) && (q.to === undefined || y <= q.to);
  const touches = (a: string, b: string) => !q.city || a === q.city || b === q.city;
  const links = new Map<string, ExpectedLink & { meetings: { event: string; year: number }[]; ties: ExpectedLink['evidence'] }>();
  const linkOf = (a: string, b: string) => {
    const cities: [string, string] = a < b ? [a, b] : [b, a];
    const key = cities.join('|');
    if (!links.has(key)) links.set(key, { cities, weight: 0, partnerships: 0, transfers: 0, sharedEvents: 0, evidence: [], meetings: [], ties: [] });
    return links.get(key)!;
  };

  if (!q.cluster) {
    for (const r of byEnds(seed.relationships.filter((r) => r.type === 'PARTNER_OF'))) {
      const since = r.props.since ? Number(r.props.since) : null;
      if (r.from === r.to || !touches(r.from, r.to) || (since !== null && q.to !== undefined && since > q.to)) continue;
      const l = linkOf(r.from, r.to);
      l.partnerships++;
      l.ties.push({ kind: 'PARTNERSHIP', year: since, subject: null });
    }
  }
  for (const r of byEnds(seed.relationships.filter((r) => r.type === 'ADAPTED_FROM'))) {
    const [target, source] = [r.from, r.to];
    const eventYears = seed.out('EMERGED_FROM', target, 'Event').map((e) => year(seed.nodes.get('Event')!.get(e)!.startDate)!);
    const y = year(seed.nodes.get('Outcome')!.get(target)!.startedOn) ?? (eventYears.length ? Math.min(...eventYears) : null);
    if (y !== null && !inWindow(y)) continue;
    if (q.cluster && !clusterOf(source).has(q.cluster) && !clusterOf(target).has(q.cluster)) continue;
    for (const fc of seed.out('IMPLEMENTED_IN', source, 'City').sort()) {
      for (const tc of seed.out('IMPLEMENTED_IN', target, 'City').sort()) {
        if (fc === tc || !touches(fc, tc)) continue;
        const l = linkOf(fc, tc);
        l.transfers++;
        l.ties.push({ kind: 'TRANSFER', year: y, subject: `Outcome:${target}` });
      }
    }
  }
  for (const e of seed.ids('Event')) {
    const y = year(seed.nodes.get('Event')!.get(e)!.startDate)!;
    if (!inWindow(y) || (q.cluster && !clusterOf(e).has(q.cluster))) continue;
    const homes = [...new Set(seed.in('PARTICIPATED_IN', e, 'Practitioner').flatMap((p) => seed.out('BASED_IN', p, 'City')))].sort();
    for (let i = 0; i < homes.length; i++) {
      for (let j = i + 1; j < homes.length; j++) {
        if (!touches(homes[i], homes[j])) continue;
        const l = linkOf(homes[i], homes[j]);
        l.sharedEvents++;
        l.meetings.push({ event: e, year: y });
      }
    }
  }
  return [...links.values()]
    .map(({ meetings, ties, ...l }) => {
      const latest = meetings.sort((x, y) => y.year - x.year || x.event.localeCompare(y.event)).map((m) => ({ kind: 'MEETING', year: m.year, subject: `Event:${m.event}` }));
      const weight = l.partnerships + l.transfers + l.sharedEvents;
      return { ...l, weight, evidence: [...ties, ...latest].slice(0, shown) };
    })
    .sort((x, y) => y.weight - x.weight || x.cities[0].localeCompare(y.cities[0]) || x.cities[1].localeCompare(y.cities[1]));
}
