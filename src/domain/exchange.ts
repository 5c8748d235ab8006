import { CLUSTER_CODES } from './enums';
import type { EventCities, EventCityTable } from './figure-graph';
import { densePairs, indexIn, rankOrder, ranksBefore, sparsePairs, type PairCounts } from './city-pairs';
import { TopK } from './top-k';
import { inWindow, type YearWindow } from './dating';

/**
 * Exchange between cities: three kinds of tie, each dated and each its own evidence.
 *   partnership  the two cities are partners (PARTNER_OF); it counts in a window it had begun by
 *                (undated: always), and has no cluster
 *   transfer     a solution of one city adapted in the other (ADAPTED_FROM); dated by the adapting
 *                outcome, of the clusters either outcome addresses
 *   meeting      an event where practitioners based in each city took part; dated by the event,
 *                of the clusters it addresses
 * A link's weight is its partnerships, transfers and shared events, added up. Pure: the graph
 * layer reads the ties, this module filters, weighs and ranks them.
 */

export interface ExchangeFilter extends YearWindow {
  /** Only links of this city (its key). */
  readonly city?: string | null;
  readonly cluster?: string | null;
}

export interface PartnershipTie {
  readonly a: string;
  readonly b: string;
  readonly since: number | null;
}

export interface TransferTie {
  /** The outcome adapted from `source`, in `toCity`. */
  readonly target: string;
  readonly source: string;
  readonly fromCity: string;
  readonly toCity: string;
  readonly year: number | null;
  readonly clusters: readonly string[];
}

export interface MeetingTie {
  readonly event: string;
  readonly year: number;
  /** Practitioners based in the link's first and second city who took part. */
  readonly counts: readonly [number, number];
}

export interface CityLink {
  /** The two city keys, in key order. */
  readonly cities: readonly [string, string];
  readonly weight: number;
  readonly partnerships: readonly PartnershipTie[];
  readonly transfers: readonly TransferTie[];
  /** How many events practitioners of both cities took part in. */
  readonly sharedEvents: number;
  /** The latest of them, at most `meetingsShown`. */
  readonly meetings: readonly MeetingTie[];
}

/**
 * Pairs of cities counted over the events, at most: past it a question is refused as too broad.
 * Counted in a flat array while the graph has few enough cities for one (about 150 ms for 50M at
 * 100,000 practitioners), in a map otherwise, which is slower per pair.
 */
export const MEETING_PAIR_BUDGET = { dense: 50_000_000, sparse: 10_000_000 } as const;
const DENSE_CITIES = 4096;

export type ExchangeAnswer = { ok: true; links: CityLink[]; totalCount: number } | { ok: false; pairs: number };

function eventMatches(e: EventCities, filter: ExchangeFilter, clusterBit: number): boolean {
  return inWindow(e.year, filter) && (clusterBit === 0 || (e.clusters & clusterBit) !== 0);
}

/** The cities of a table in key order: a pair of ranks (low < high) is how links are ranked and found. */
interface CityOrder {
  readonly byRank: readonly string[];
  /** Rank of each city index of the table. */
  readonly rank: Int32Array;
  readonly rankOf: ReadonlyMap<string, number>;
  readonly indexOf: ReadonlyMap<string, number>;
}

/** The shared events of one filter: counted once per table (the graph as it stands), and kept with it. */
interface Meetings {
  readonly events: readonly EventCities[];
  readonly counts: PairCounts | null;
  readonly work: number;
  /** Per city index asked about: positions in `events` of those it came to. */
  readonly eventsOf: Map<number, number[]>;
  /** Answers ranked from these counts, per page and evidence size, with the ties they were ranked with. */
  readonly answers: Map<string, { partnerships: readonly PartnershipTie[]; transfers: readonly TransferTie[]; answer: ExchangeAnswer }>;
}

/** Filters whose meetings a table keeps (a map view, its cluster and its years), newest last. */
const KEPT_FILTERS = 8;
const kept = new WeakMap<EventCityTable, { order: CityOrder; meetings: Map<string, Meetings> }>();

function keptFor(table: EventCityTable) {
  let k = kept.get(table);
  if (!k) {
    const byKey = table.cityKeys.map((key, i) => ({ key, i })).sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    const rank = new Int32Array(table.cityKeys.length);
    byKey.forEach(({ i }, r) => (rank[i] = r));
    const order = {
      byRank: byKey.map((c) => c.key),
      rank,
      rankOf: new Map(byKey.map(({ key }, r) => [key, r])),
      indexOf: new Map(table.cityKeys.map((key, i) => [key, i])),
    };
    kept.set(table, (k = { order, meetings: new Map() }));
  }
  return k;
}

/** Shared events per pair of cities of the filter (only its city's pairs when it names one); no counts past the budget. */
function meetingsOf(table: EventCityTable, filter: ExchangeFilter): Meetings {
  const k = keptFor(table);
  const key = JSON.stringify([filter.city ?? null, filter.cluster ?? null, filter.from ?? null, filter.to ?? null]);
  const found = k.meetings.get(key);
  if (found) return found;
  const clusterBit = filter.cluster ? 1 << CLUSTER_CODES.indexOf(filter.cluster as never) : 0;
  const events = table.events.filter((e) => eventMatches(e, filter, clusterBit));
  const city = filter.city ? (k.order.indexOf.get(filter.city) ?? -1) : null;
  const meetings = { events, eventsOf: new Map(), answers: new Map(), ...countMeetings(events, table.cityKeys.length, city) };
  if (k.meetings.size >= KEPT_FILTERS) k.meetings.delete(k.meetings.keys().next().value!);
  k.meetings.set(key, meetings);
  return meetings;
}

function countMeetings(events: readonly EventCities[], cities: number, city: number | null): { counts: PairCounts | null; work: number } {
  let work = 0;
  for (const e of events) work += city === null ? (e.cities.length * (e.cities.length - 1)) / 2 : e.cities.length;
  const dense = cities <= DENSE_CITIES && city === null;
  if (work > (dense ? MEETING_PAIR_BUDGET.dense : MEETING_PAIR_BUDGET.sparse)) return { counts: null, work };
  const counts = dense ? densePairs(cities) : sparsePairs(cities);
  for (const e of events) {
    const cs = e.cities;
    if (city === null) counts.addAll(cs);
    else if (indexIn(cs, city) >= 0) for (let i = 0; i < cs.length; i++) if (cs[i] !== city) counts.add(city, cs[i]!, 1);
  }
  return { counts, work };
}

interface Ties {
  partnerships: PartnershipTie[];
  transfers: TransferTie[];
  met: boolean;
}

const tieCount = (t: Ties | undefined) => (t ? t.partnerships.length + t.transfers.length : 0);

/** The partnerships and transfers the filter keeps, by pair of ranks (they are few). */
function tiesOf(order: CityOrder, partnerships: readonly PartnershipTie[], transfers: readonly TransferTie[], filter: ExchangeFilter): Map<number, Ties> {
  const n = order.byRank.length;
  const touches = (a: string, b: string) => !filter.city || a === filter.city || b === filter.city;
  const ties = new Map<number, Ties>();
  const of = (a: string, b: string) => {
    const [ra, rb] = [order.rankOf.get(a), order.rankOf.get(b)];
    if (ra === undefined || rb === undefined) return { partnerships: [], transfers: [], met: false };
    const key = ra < rb ? ra * n + rb : rb * n + ra;
    return ties.get(key) ?? ties.set(key, { partnerships: [], transfers: [], met: false }).get(key)!;
  };
  if (!filter.cluster) {
    for (const p of partnerships) if (p.a !== p.b && touches(p.a, p.b) && (p.since === null || filter.to == null || p.since <= filter.to)) of(p.a, p.b).partnerships.push(p);
  }
  for (const t of transfers) {
    if (t.fromCity === t.toCity || !touches(t.fromCity, t.toCity) || (t.year !== null && !inWindow(t.year, filter))) continue;
    if (filter.cluster && !t.clusters.includes(filter.cluster)) continue;
    of(t.fromCity, t.toCity).transfers.push(t);
  }
  return ties;
}

/**
 * The city-to-city links the filter keeps, heaviest first (then by the cities' keys), the first
 * `first` of them with their evidence; or, when counting the meetings would pass the budget,
 * how many pairs that would have been. Asked again with the same table, ties (the same arrays)
 * and sizes, the answer kept with the filter's counts is given: ranking every pair of the whole
 * network and finding its links' meetings took 80-240 ms at 100,000 practitioners. The answer is
 * shared: callers do not change it.
 */
export function cityExchange(
  table: EventCityTable,
  partnerships: readonly PartnershipTie[],
  transfers: readonly TransferTie[],
  filter: ExchangeFilter,
  first: number,
  meetingsShown: number,
): ExchangeAnswer {
  const meetings = meetingsOf(table, filter);
  if (meetings.counts === null) return { ok: false, pairs: meetings.work };
  const asked = `${first} ${meetingsShown}`;
  const again = meetings.answers.get(asked);
  if (again?.partnerships === partnerships && again.transfers === transfers) return again.answer;
  const { order } = keptFor(table);
  const n = order.byRank.length;
  const ties = tiesOf(order, partnerships, transfers, filter);

  const top = new TopK(first, rankOrder);
  // What a pair must rank before to be kept, once `first` are (undefined while fewer).
  let last = top.last;
  let totalCount = 0;
  meetings.counts.forEach((a, b, shared) => {
    const [ra, rb] = [order.rank[a]!, order.rank[b]!];
    const [low, high] = [Math.min(ra, rb), Math.max(ra, rb)];
    const t = ties.size === 0 ? undefined : ties.get(low * n + high);
    if (t) t.met = true;
    totalCount++;
    const weight = shared + tieCount(t);
    if (first > 0 && (last === undefined || ranksBefore(weight, low, high, last))) {
      top.offer({ low, high, weight });
      last = top.last;
    }
  });
  for (const [key, t] of ties) {
    if (t.met) continue;
    totalCount++;
    top.offer({ low: Math.floor(key / n), high: key % n, weight: tieCount(t) });
  }

  const links = top.ranked.map(({ low, high, weight }): CityLink => {
    const t = ties.get(low * n + high);
    const cities: [string, string] = [order.byRank[low]!, order.byRank[high]!];
    return {
      cities,
      weight,
      partnerships: t?.partnerships ?? [],
      transfers: t?.transfers ?? [],
      sharedEvents: weight - tieCount(t),
      meetings: latestMeetings(order, meetings, cities, meetingsShown),
    };
  });
  const answer: ExchangeAnswer = { ok: true, totalCount, links };
  meetings.answers.set(asked, { partnerships, transfers, answer });
  return answer;
}

/** The latest events both cities' practitioners took part in (then by event key), with how many came from each. */
function latestMeetings(order: CityOrder, meetings: Meetings, [a, b]: readonly [string, string], shown: number): MeetingTie[] {
  const [ia, ib] = [order.indexOf.get(a), order.indexOf.get(b)];
  if (ia === undefined || ib === undefined) return [];
  // The events of the city that came to fewer, each checked for the other.
  const [mine, theirs] = [eventsOfCity(meetings, ia), eventsOfCity(meetings, ib)];
  const found: MeetingTie[] = [];
  for (const pos of mine.length <= theirs.length ? mine : theirs) {
    const e = meetings.events[pos]!;
    const [ja, jb] = [indexIn(e.cities, ia), indexIn(e.cities, ib)];
    if (ja >= 0 && jb >= 0) found.push({ event: e.event, year: e.year, counts: [e.counts[ja]!, e.counts[jb]!] });
  }
  return found.sort((x, y) => y.year - x.year || x.event.localeCompare(y.event)).slice(0, shown);
}

/** Positions in `meetings.events` of those the city came to, found once per city asked about. */
function eventsOfCity(meetings: Meetings, city: number): readonly number[] {
  let mine = meetings.eventsOf.get(city);
  if (!mine) {
    mine = [];
    for (let pos = 0; pos < meetings.events.length; pos++) if (indexIn(meetings.events[pos]!.cities, city) >= 0) mine.push(pos);
    meetings.eventsOf.set(city, mine);
  }
  return mine;
}
