import { type Label } from '../../domain';
import { memoStatement, statement, type Statement } from '../statement';
import { ADDRESSES_TOPIC, backward, then, TOPIC_OF_CLUSTER, WORKED_ON, type Path } from './fragments';

/**
 * Root listings (`practitioners`, `cities`, ...) with filters, order and keyset paging.
 *
 * A statement is composed from the filters actually given: `$x IS NULL OR EXISTS {…}` would make
 * the embedded engine evaluate the EXISTS for every node (0.8 s over 100,000 practitioners), while
 * starting the MATCH at the filter's node takes 10 ms. So a relationship filter is an *anchor*
 * pattern that ends at `(n)`: the first one given becomes the MATCH, any others EXISTS checks on
 * the already small set. Each composition is a named statement; the lint test covers every filter.
 */

type Filter =
  | { readonly kind: 'where'; readonly cypher: string }
  | { readonly kind: 'anchor'; readonly pattern: string; readonly distinct?: boolean };

const where = (cypher: string): Filter => ({ kind: 'where', cypher });
const anchor = (pattern: string, distinct = false): Filter => ({ kind: 'anchor', pattern, distinct });

const text = where('all(t IN $text WHERE n.nameFolded CONTAINS t)');
const kind = where('n.kind = $kind');
/** `n` reaches a topic of $cluster by this path (several topics may: DISTINCT). */
const inCluster = (reach: Path) => anchor(backward(then(reach, TOPIC_OF_CLUSTER), { start: 'n', bound: ['n'], endProps: '{id: $cluster}' }), true);

/** Filters per label; each filter's parameter has the filter's name. */
export const LISTING_FILTERS = {
  Practitioner: {
    text,
    city: anchor('(:City {id: $city})<-[:BASED_IN]-(n)'),
    country: anchor('(:Country {id: $country})<-[:IN_COUNTRY]-(:City)<-[:BASED_IN]-(n)'),
    region: anchor('(:Country {region: $region})<-[:IN_COUNTRY]-(:City)<-[:BASED_IN]-(n)'),
    institution: anchor('(:Institution {id: $institution})<-[:WORKS_AT]-(n)'),
    topic: anchor('(:Topic {id: $topic})<-[:EXPERT_IN]-(n)'),
    cluster: inCluster(WORKED_ON.EXPERTISE),
    event: anchor('(:Event {id: $event})<-[:PARTICIPATED_IN]-(n)'),
  },
  City: {
    text,
    country: anchor('(:Country {id: $country})<-[:IN_COUNTRY]-(n)'),
    region: anchor('(:Country {region: $region})<-[:IN_COUNTRY]-(n)'),
  },
  Country: {
    text,
    region: where('n.region = $region'),
  },
  Institution: {
    text,
    kind,
    city: anchor('(:City {id: $city})<-[:LOCATED_IN]-(n)'),
    country: anchor('(:Country {id: $country})<-[:IN_COUNTRY]-(:City)<-[:LOCATED_IN]-(n)'),
    region: anchor('(:Country {region: $region})<-[:IN_COUNTRY]-(:City)<-[:LOCATED_IN]-(n)'),
  },
  Cluster: { text },
  Topic: {
    text,
    cluster: anchor(backward(TOPIC_OF_CLUSTER, { start: 'n', bound: ['n'], endProps: '{id: $cluster}' })),
  },
  Event: {
    text,
    kind,
    phase: where('n.phase = $phase'),
    virtual: where('n.virtual = $virtual'),
    from: where('n.endDate >= $from'),
    to: where('n.startDate <= $to'),
    city: anchor('(:City {id: $city})<-[:HELD_IN]-(n)'),
    country: anchor('(:Country {id: $country})<-[:IN_COUNTRY]-(:City)<-[:HELD_IN]-(n)'),
    region: anchor('(:Country {region: $region})<-[:IN_COUNTRY]-(:City)<-[:HELD_IN]-(n)'),
    topic: anchor('(:Topic {id: $topic})<-[:ADDRESSES]-(n)'),
    cluster: inCluster(ADDRESSES_TOPIC.Event),
  },
  Outcome: {
    text,
    kind,
    status: where('n.status = $status'),
    from: where('n.startedOn >= $from'),
    to: where('n.startedOn <= $to'),
    city: anchor('(:City {id: $city})<-[:IMPLEMENTED_IN]-(n)'),
    country: anchor('(:Country {id: $country})<-[:IN_COUNTRY]-(:City)<-[:IMPLEMENTED_IN]-(n)', true),
    region: anchor('(:Country {region: $region})<-[:IN_COUNTRY]-(:City)<-[:IMPLEMENTED_IN]-(n)', true),
    topic: anchor('(:Topic {id: $topic})<-[:ADDRESSES]-(n)'),
    cluster: inCluster(ADDRESSES_TOPIC.Outcome),
    event: anchor('(:Event {id: $event})<-[:EMERGED_FROM]-(n)'),
  },
} as const satisfies Record<Label, Record<string, Filter>>;

export type FilterName<L extends Label> = keyof (typeof LISTING_FILTERS)[L] & string;

/** Sort keys: the named one first, the id last so the order is total and a cursor exact. */
export const ORDER_KEYS = {
  id: [],
  name: ['n.nameFolded'],
  startDate: ['n.startDate'],
} as const;
export type OrderKey = keyof typeof ORDER_KEYS;

/** The orders each label offers: a start date only where there is one. */
export const LISTING_ORDERS: Readonly<Record<Label, readonly OrderKey[]>> = {
  Practitioner: ['id', 'name'],
  City: ['id', 'name'],
  Country: ['id', 'name'],
  Institution: ['id', 'name'],
  Cluster: ['id', 'name'],
  Topic: ['id', 'name'],
  Event: ['id', 'name', 'startDate'],
  Outcome: ['id', 'name'],
};

export interface ListingShape {
  readonly label: Label;
  /** Names of the filters given (their parameters are required). */
  readonly filters: readonly string[];
  readonly order: OrderKey;
  readonly descending: boolean;
  /** Whether a cursor was given: adds $afterValue / $afterId. */
  readonly after: boolean;
}

function filtersOf(label: Label, names: readonly string[]): [string, Filter][] {
  const table: Record<string, Filter> = LISTING_FILTERS[label];
  return [...names].sort().map((name) => {
    const filter = table[name];
    if (!filter) throw new Error(`listing: ${label} has no filter ${name}`);
    return [name, filter];
  });
}

/** `MATCH … WHERE …` selecting the filtered nodes as `n`; the params it needs. */
function selection(label: Label, names: readonly string[]): { cypher: string; params: string[] } {
  const filters = filtersOf(label, names);
  const anchors = filters.filter(([, f]) => f.kind === 'anchor');
  const [first, ...others] = anchors.map(([, f]) => f as Extract<Filter, { kind: 'anchor' }>);
  const conditions = [
    ...filters.flatMap(([, f]) => (f.kind === 'where' ? [f.cypher] : [])),
    ...others.map((f) => `EXISTS { MATCH ${f.pattern} }`),
  ];
  const match = first ? `MATCH ${first.pattern.replace(/\(n\)$/, `(n:${label})`)}` : `MATCH (n:${label})`;
  const distinct = first?.distinct ? ' WITH DISTINCT n' : '';
  const whereClause = conditions.length ? `${distinct ? `${distinct} WHERE` : ' WHERE'} ${conditions.join(' AND ')}` : distinct;
  return { cypher: `${match}${whereClause}`, params: filters.map(([name]) => name) };
}


const shapeName = (s: Pick<ListingShape, 'label' | 'filters'>) => `${s.label}{${[...s.filters].sort().join(',')}}`;

/** One page of a root listing: `node` per row, `$limit` rows at most. */
export function listingPage(shape: ListingShape): Statement {
  const dir = shape.descending ? 'DESC' : 'ASC';
  const name = `listing.page:${shapeName(shape)}:${shape.order}.${dir}${shape.after ? '+after' : ''}`;
  return memoStatement(name, () => {
    const sel = selection(shape.label, shape.filters);
    const keys = [...ORDER_KEYS[shape.order], 'n.id'];
    const cmp = shape.descending ? '<' : '>';
    const keyset =
      keys.length === 1
        ? `n.id ${cmp} $afterId`
        : `(${keys[0]} ${cmp} $afterValue OR (${keys[0]} = $afterValue AND n.id ${cmp} $afterId))`;
    const afterClause = shape.after ? ` WITH n WHERE ${keyset}` : '';
    const params = [...sel.params, 'limit', ...(shape.after ? (keys.length === 1 ? ['afterId'] : ['afterValue', 'afterId']) : [])];
    return statement(
      name,
      'scan',
      params,
      `${sel.cypher}${afterClause}
       WITH n ORDER BY ${keys.map((k) => `${k} ${dir}`).join(', ')} LIMIT $limit
       RETURN properties(n) AS node`,
    );
  });
}

/** How many nodes the filters select (a connection's totalCount). */
export function listingCount(shape: Pick<ListingShape, 'label' | 'filters'>): Statement {
  const name = `listing.count:${shapeName(shape)}`;
  return memoStatement(name, () => {
    const sel = selection(shape.label, shape.filters);
    return statement(name, 'scan', sel.params, `${sel.cypher} RETURN count(n) AS total`);
  });
}
