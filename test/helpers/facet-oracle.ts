import type { SeedOracle } from './seed-oracle';

/**
 * A listing's facets counted the plain way from the CSV rows, independent of the facet table,
 * the catalogue and the engine: per value, the listed nodes that reach it; nodes reaching none
 * under null. Buckets most first, then by value (null last), at most 100.
 */
export interface Bucket {
  value: string | null;
  label: string;
  count: number;
}

const MAX_BUCKETS = 100;

type Values = (id: string) => (string | null | undefined)[];
/** What a node reaches, and how a value is shown (as itself when absent). */
type Facet = [Values, ((value: string) => string)?];

export function buckets(ids: readonly string[], values: Values, label: (value: string) => string = (v) => v): Bucket[] {
  const counts = new Map<string | null, number>();
  for (const id of ids) {
    const vs = [...new Set(values(id).filter((v): v is string => v != null && v !== ''))];
    for (const v of vs.length ? vs : [null]) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, label: value === null ? 'none' : label(value), count }))
    .sort((a, b) => b.count - a.count || (a.value === null ? 1 : b.value === null ? -1 : a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** The facets of one listing: dimension → what each node reaches, and how a value is shown. */
export function facetOracle(seed: SeedOracle) {
  const prop = (label: string, id: string, name: string) => seed.nodes.get(label)!.get(id)?.[name];
  const nameOf = (label: string) => (id: string) => prop(label, id, 'name') || prop(label, id, 'title') || id;
  const countryOf = (city: string) => seed.out('IN_COUNTRY', city);
  const regionOf = (country: string) => prop('Country', country, 'region');
  const clustersOf = (topics: string[]) => topics.flatMap((t) => seed.out('PART_OF', t, 'Cluster'));
  const yearOf = (event: string) => prop('Event', event, 'startDate')?.slice(0, 4);
  const placed = (cities: (id: string) => string[]): Record<string, Facet> => ({
    CITY: [cities, nameOf('City')],
    COUNTRY: [(id) => cities(id).flatMap(countryOf), nameOf('Country')],
    REGION: [(id) => cities(id).flatMap(countryOf).map(regionOf)],
  });
  const own = (label: string, name: string): Facet => [(id) => [prop(label, id, name)]];
  const events = (p: string) => seed.out('PARTICIPATED_IN', p, 'Event');
  const TABLE: Record<string, Record<string, Facet>> = {
    Practitioner: {
      ...placed((p) => seed.out('BASED_IN', p, 'City')),
      INSTITUTION: [(p) => seed.out('WORKS_AT', p), nameOf('Institution')],
      TOPIC: [(p) => seed.out('EXPERT_IN', p), nameOf('Topic')],
      CLUSTER: [(p) => clustersOf(seed.out('EXPERT_IN', p)), nameOf('Cluster')],
      EVENT: [events, nameOf('Event')],
      ROLE: [(p) => events(p).map((e) => seed.rel('PARTICIPATED_IN', p, e).role)],
      YEAR: [(p) => events(p).map(yearOf)],
      PHASE: [(p) => events(p).map((e) => prop('Event', e, 'phase'))],
    },
    Event: {
      KIND: own('Event', 'kind'),
      PHASE: own('Event', 'phase'),
      VIRTUAL: own('Event', 'virtual'),
      ...placed((e) => seed.out('HELD_IN', e, 'City')),
      TOPIC: [(e) => seed.out('ADDRESSES', e, 'Topic'), nameOf('Topic')],
      CLUSTER: [(e) => clustersOf(seed.out('ADDRESSES', e, 'Topic')), nameOf('Cluster')],
      YEAR: [(e) => [yearOf(e)]],
    },
    Outcome: {
      KIND: own('Outcome', 'kind'),
      STATUS: own('Outcome', 'status'),
      ...placed((o) => seed.out('IMPLEMENTED_IN', o, 'City')),
      TOPIC: [(o) => seed.out('ADDRESSES', o, 'Topic'), nameOf('Topic')],
      CLUSTER: [(o) => clustersOf(seed.out('ADDRESSES', o, 'Topic')), nameOf('Cluster')],
      EVENT: [(o) => seed.out('EMERGED_FROM', o, 'Event'), nameOf('Event')],
    },
    Institution: {
      KIND: own('Institution', 'kind'),
      ...placed((i) => seed.out('LOCATED_IN', i, 'City')),
    },
  };
  return {
    /** The facets of `label`'s listing of `ids` by each dimension, as the API answers them. */
    facets(label: string, ids: readonly string[], dimensions: readonly string[]) {
      return dimensions.map((dimension) => {
        const [values, shown] = TABLE[label][dimension];
        const all = buckets(ids, values, shown);
        return { dimension, truncated: all.length > MAX_BUCKETS, buckets: all.slice(0, MAX_BUCKETS) };
      });
    },
    dimensions: (label: string) => Object.keys(TABLE[label]),
  };
}
