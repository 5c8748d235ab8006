import {
  CLUSTER_CODES,
  EVENT_KINDS,
  INSTITUTION_KINDS,
  OUTCOME_KINDS,
  OUTCOME_STATUSES,
  phaseOf,
  type Label,
  type Properties,
  type Region,
  type RelationshipType,
} from '../domain';
import { copyDataset, CsvRowsWriter } from './csv/writer';
import { dedupeRelationships, emptyDataset, nodeRows, type Dataset } from './dataset';
import { addPractitioners, countingRows, intoDataset, link as linkSynthetic } from './people';
import { Random, Zipf, inventedName } from './random';

export interface SyntheticOptions {
  practitioners: number;
  seed: number;
}

/** Real countries of the regions the network works in; the places inside them are invented. */
const COUNTRIES: readonly [string, string, Region][] = [
  ['DE', 'Germany', 'EUROPE'], ['UA', 'Ukraine', 'EUROPE'], ['RS', 'Serbia', 'EUROPE'],
  ['MK', 'North Macedonia', 'EUROPE'], ['GE', 'Georgia', 'EUROPE'], ['BA', 'Bosnia and Herzegovina', 'EUROPE'],
  ['KE', 'Kenya', 'AFRICA'], ['TZ', 'Tanzania', 'AFRICA'], ['ZA', 'South Africa', 'AFRICA'],
  ['NG', 'Nigeria', 'AFRICA'], ['ZW', 'Zimbabwe', 'AFRICA'], ['GH', 'Ghana', 'AFRICA'],
  ['JO', 'Jordan', 'MENA'], ['LB', 'Lebanon', 'MENA'], ['TN', 'Tunisia', 'MENA'], ['MA', 'Morocco', 'MENA'],
  ['PS', 'Palestinian Territories', 'MENA'], ['TR', 'Turkey', 'MENA'],
  ['ID', 'Indonesia', 'ASIA'], ['PH', 'Philippines', 'ASIA'], ['TH', 'Thailand', 'ASIA'], ['NP', 'Nepal', 'ASIA'],
  ['BR', 'Brazil', 'LATIN_AMERICA'], ['CO', 'Colombia', 'LATIN_AMERICA'], ['MX', 'Mexico', 'LATIN_AMERICA'],
  ['EC', 'Ecuador', 'LATIN_AMERICA'], ['AR', 'Argentina', 'LATIN_AMERICA'],
];

const CLUSTER_NAMES: Record<string, [string, string]> = {
  GOOD_URBAN_GOVERNANCE: ['Good Urban Governance', 'Gute Stadtführung'],
  INTEGRATED_URBAN_DEVELOPMENT: ['Integrated Urban Development', 'Integrierte Stadtentwicklung'],
  MUNICIPAL_SERVICES: ['Municipal Services', 'Kommunale Dienstleistungen'],
  LOCAL_ECONOMIC_DEVELOPMENT: ['Local Economic Development', 'Lokale Wirtschaftsförderung'],
};

const TOPIC_WORDS = ['planning', 'finance', 'services', 'participation', 'resilience', 'management', 'data', 'partnerships'];

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The invented cities, institutions, events and outcomes of a synthetic network for N practitioners
 * (a few percent of its rows), in memory.
 */
function syntheticPlaces(options: SyntheticOptions): Dataset {
  const random = new Random(options.seed);
  const dataset = emptyDataset();
  const n = options.practitioners;
  const node = (label: Label, props: Properties) => nodeRows(dataset, label).push({ props: { ...props, synthetic: true } });
  const link = (type: RelationshipType, from: Label, to: Label, a: string, b: string, props: Properties = {}) =>
    linkSynthetic(intoDataset(dataset), type, from, to, a, b, props);

  for (const [code, name, region] of COUNTRIES) node('Country', { id: code.toLowerCase(), code, name, region });
  for (const code of CLUSTER_CODES) node('Cluster', { id: code, name: CLUSTER_NAMES[code][0], nameDe: CLUSTER_NAMES[code][1] });
  const topicIds: string[] = [];
  CLUSTER_CODES.forEach((cluster, c) => {
    for (const word of TOPIC_WORDS) {
      const id = `t-${c}-${word}`;
      topicIds.push(id);
      node('Topic', { id, name: `${CLUSTER_NAMES[cluster][0].toLowerCase()}: ${word}` });
      link('PART_OF', 'Topic', 'Cluster', id, cluster);
    }
  });

  const countryZipf = new Zipf(COUNTRIES.length, 0.7);
  const cityIds: string[] = [];
  for (let i = 0; i < Math.max(20, Math.round(n / 50)); i++) {
    const id = `c${i + 1}`;
    const [code] = COUNTRIES[countryZipf.sample(random)];
    cityIds.push(id);
    node('City', {
      id,
      name: inventedName(random, 3),
      countryCode: code,
      lat: Math.round((random.next() * 120 - 50) * 1e4) / 1e4,
      lon: Math.round((random.next() * 300 - 120) * 1e4) / 1e4,
      population: random.pareto(20_000, 1.2, 20_000_000),
    });
    link('IN_COUNTRY', 'City', 'Country', id, code.toLowerCase());
  }
  const cityZipf = new Zipf(cityIds.length, 1.0);
  for (let i = 0; i < cityIds.length / 10; i++) {
    const a = cityIds[cityZipf.sample(random)];
    const b = cityIds[random.int(0, cityIds.length - 1)];
    if (a !== b) link('PARTNER_OF', 'City', 'City', a, b, { since: random.int(1960, 2024) });
  }
  dedupeRelationships(dataset);

  const institutionIds: string[] = [];
  for (let i = 0; i < Math.max(20, Math.round(n / 20)); i++) {
    const id = `i${i + 1}`;
    institutionIds.push(id);
    const kind = random.pick(INSTITUTION_KINDS);
    node('Institution', { id, name: `${inventedName(random, 2)} ${kind.toLowerCase().replace(/_/g, ' ')}`, kind });
    link('LOCATED_IN', 'Institution', 'City', id, cityIds[cityZipf.sample(random)]);
  }

  const first = Date.UTC(2014, 0, 1);
  const span = Date.UTC(2025, 11, 31) - first;
  const eventIds: string[] = [];
  for (let i = 0; i < Math.max(30, Math.round(n / 25)); i++) {
    const id = `e${i + 1}`;
    eventIds.push(id);
    const start = new Date(first + Math.floor(random.next() * span / 86_400_000) * 86_400_000);
    const end = new Date(start.getTime() + random.int(0, 4) * 86_400_000);
    const kind = random.pick(EVENT_KINDS);
    node('Event', {
      id,
      title: `${kind.toLowerCase().replace(/_/g, ' ')} ${inventedName(random, 3)}`,
      kind,
      startDate: iso(start),
      endDate: iso(end),
      phase: phaseOf(iso(start)),
      virtual: kind === 'WEBINAR' || random.chance(0.1),
    });
    link('HELD_IN', 'Event', 'City', id, cityIds[cityZipf.sample(random)]);
    link('ORGANISED_BY', 'Event', 'Institution', id, random.pick(institutionIds));
    for (const topic of new Set([random.pick(topicIds), random.pick(topicIds)])) link('ADDRESSES', 'Event', 'Topic', id, topic);
  }

  const outcomeIds: string[] = [];
  for (let i = 0; i < Math.max(10, Math.round(n / 50)); i++) {
    const id = `o${i + 1}`;
    const event = random.pick(eventIds);
    node('Outcome', {
      id,
      title: `${inventedName(random, 2)} ${random.pick(['action plan', 'pilot', 'strategy', 'change project'])}`,
      kind: random.pick(OUTCOME_KINDS),
      status: random.pick(OUTCOME_STATUSES),
    });
    link('EMERGED_FROM', 'Outcome', 'Event', id, event);
    link('IMPLEMENTED_IN', 'Outcome', 'City', id, cityIds[cityZipf.sample(random)]);
    link('ADDRESSES', 'Outcome', 'Topic', id, random.pick(topicIds));
    if (outcomeIds.length > 0 && random.chance(0.1)) link('ADAPTED_FROM', 'Outcome', 'Outcome', id, random.pick(outcomeIds));
    outcomeIds.push(id);
  }

  return dataset;
}

/** A whole synthetic network (writeSynthetic) in memory, for tests of thousands of practitioners. */
export function generateSynthetic(options: SyntheticOptions): Dataset {
  const dataset = syntheticPlaces(options);
  addPractitioners(dataset, { count: options.practitioners, seed: options.seed + 1 });
  return dataset;
}

/**
 * Writes a whole synthetic network for benchmarks and scale tests to CSV files: N practitioners
 * over invented cities, institutions, events and outcomes, with skewed degrees. Deterministic for
 * a seed. The practitioners go to the files as they are made, so a million fit in Node's default heap.
 */
export function writeSynthetic(dir: string, options: SyntheticOptions): { nodes: number; relationships: number } {
  const places = syntheticPlaces(options);
  const writer = new CsvRowsWriter(dir);
  const counted = countingRows(writer);
  try {
    copyDataset(places, counted);
    addPractitioners(places, { count: options.practitioners, seed: options.seed + 1 }, counted);
  } finally {
    writer.close();
  }
  return counted.counts;
}
