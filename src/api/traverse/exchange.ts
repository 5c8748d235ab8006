import { cityExchange, outcomeDate, yearOfDate, type CityLink, type ExchangeFilter, type PartnershipTie, type TransferTie } from '../../domain';
import { transfers } from '../../graph/queries';
import type { GraphStore } from '../../graph/store';
import { inOwnTurn } from '../../graph/turns';
import { ApiError } from '../errors';
import { MAX_EXCHANGE_EVIDENCE, SIZES, sizeOf } from '../limits/list-sizes';
import { shownName, type NodeObject } from '../read/node-object';
import { yearWindow } from '../read/year-window';
import type { GraphReader } from '../read/reader';
import type { KeptFigures } from './network-stats';

export interface CityExchangeArgs {
  city?: string | null;
  cluster?: string | null;
  from?: number | null;
  to?: number | null;
  first?: number | null;
}

interface EvidenceObject {
  kind: 'PARTNERSHIP' | 'TRANSFER' | 'MEETING';
  year: number | null;
  subject: NodeObject | null;
  description: string;
}

const nameOf = (n: NodeObject | null, key: string) => (n ? shownName(n) : key);
const dated = (year: number | null) => (year === null ? '' : ` (${year})`);

async function readTies(store: GraphStore): Promise<{ partnerships: PartnershipTie[]; transfers: TransferTie[] }> {
  const [p, t] = await Promise.all([
    store.read<{ a: string; b: string; since: number | null }>(transfers.partnerships),
    store.read<{ target: string; source: string; fromCity: string; toCity: string; startedOn: unknown; eventDate: string | null; clusters: string[] }>(transfers.exchangeTransfers),
  ]);
  return {
    partnerships: p.map((r) => ({ a: r.a, b: r.b, since: r.since ?? null })),
    transfers: t.map((r) => ({ ...r, year: yearOfDate(outcomeDate(r.startedOn, [r.eventDate])), clusters: [...new Set(r.clusters)] })),
  };
}

/**
 * The exchange between cities (domain/exchange.ts): partnerships and transfers read from the
 * store (few rows, but two scans: kept with the figures until the next write), shared events
 * from the figures' kept graph; the links told with their nodes.
 */
export async function cityExchangeAnswer(store: GraphStore, figures: KeptFigures, reader: GraphReader, args: CityExchangeArgs) {
  const first = sizeOf(SIZES.cityExchange, args.first);
  const window = yearWindow(args.from, args.to);
  const city = args.city == null ? null : (await reader.nodeNamed('City', args.city, 'city')).key;
  const filter: ExchangeFilter = { ...window, city, cluster: args.cluster ?? null };
  const [table, ties] = await Promise.all([figures.eventCities(), figures.keep('exchange ties', () => readTies(store))]);
  const answer = await inOwnTurn(() => cityExchange(table, ties.partnerships, ties.transfers, filter, first, MAX_EXCHANGE_EVIDENCE));
  if (!answer.ok) {
    throw new ApiError(
      'QUERY_TOO_COMPLEX',
      `Counting the shared events of every pair of cities would take ${Math.round(answer.pairs).toLocaleString('en')} steps here; give a city, a cluster or a shorter window (from, to).`,
    );
  }
  return { totalCount: answer.totalCount, links: await Promise.all(answer.links.map((l) => linkObject(reader, l))) };
}

/** A link with its nodes: every node of every link asked for at once, so the loaders fetch them in one round. */
async function linkObject(reader: GraphReader, link: CityLink) {
  const [cities, targets, sources, events] = await Promise.all([
    Promise.all(link.cities.map((key) => reader.node('City', key))),
    Promise.all(link.transfers.map((t) => reader.node('Outcome', t.target))),
    Promise.all(link.transfers.map((t) => reader.node('Outcome', t.source))),
    Promise.all(link.meetings.map((m) => reader.node('Event', m.event))),
  ]);
  const cityName = (key: string) => nameOf(cities[link.cities.indexOf(key)] ?? null, key);
  const [a, b] = link.cities.map(cityName);
  const evidence: EvidenceObject[] = [
    ...link.partnerships.map((p) => ({
      kind: 'PARTNERSHIP' as const,
      year: p.since,
      subject: null,
      description: `${cityName(p.a)} and ${cityName(p.b)} are partner cities${p.since === null ? '' : ` since ${p.since}`}.`,
    })),
    ...link.transfers.map((t, i) => ({
      kind: 'TRANSFER' as const,
      year: t.year,
      subject: targets[i]!,
      description: `${nameOf(targets[i]!, t.target)} in ${cityName(t.toCity)} adapted ${nameOf(sources[i]!, t.source)} from ${cityName(t.fromCity)}${dated(t.year)}.`,
    })),
    ...link.meetings.map((m, i) => {
      const [na, nb] = m.counts;
      return {
        kind: 'MEETING' as const,
        year: m.year,
        subject: events[i]!,
        description: `${na} practitioner${na === 1 ? '' : 's'} from ${a} and ${nb} from ${b} took part in ${nameOf(events[i]!, m.event)}${dated(m.year)}.`,
      };
    }),
  ];
  return {
    cities,
    weight: link.weight,
    partnerships: link.partnerships.length,
    transfers: link.transfers.length,
    sharedEvents: link.sharedEvents,
    evidence: evidence.slice(0, MAX_EXCHANGE_EVIDENCE),
  };
}
