import { facetsOf, filtersOf, LABEL_SPECS, type FacetSpec, type FilterSpec, type Label } from '../../domain';
import { memoStatement, statement, type Statement } from '../statement';
import { dayParamsIn, nodeBegun, pathBegun } from './dated';
import { backward, forward } from './fragments';

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

/** The parameter of the name filter: its folded words. */
export const TEXT_PARAM = 'text';

/**
 * A filter of the model's table (domain/filters.ts) as Cypher; each filter's parameter has the
 * filter's name, the name filter's is `text`.
 */
function toCypher(filter: FilterSpec): [string, Filter] {
  switch (filter.kind) {
    case 'text':
      return [TEXT_PARAM, { kind: 'where', cypher: `all(t IN $${TEXT_PARAM} WHERE n.nameFolded CONTAINS t)` }];
    case 'property':
      return [filter.name, { kind: 'where', cypher: `n.${filter.property} ${filter.op ?? '='} $${filter.name}` }];
    case 'node': {
      const pattern = backward(filter.path, { start: 'n', bound: ['n'], endProps: `{${filter.key ?? 'id'}: $${filter.name}}` });
      return [filter.name, { kind: 'anchor', pattern, distinct: filter.distinct }];
    }
  }
}

/** The Cypher of each filter of a label, by parameter name. */
export function listingFilters(label: Label): Readonly<Record<string, Filter>> {
  return Object.fromEntries(filtersOf(label).map(toCypher));
}

/** Sort keys: the named one first, the id last so the order is total and a cursor exact. */
export type OrderKey = string;

/** Sort keys of an order: the id alone, the folded name, or a property the label sorts by. */
function orderKeys(order: OrderKey): string[] {
  return order === 'id' ? [] : order === 'name' ? ['n.nameFolded'] : [`n.${order}`];
}

/** The orders a label offers: id, name, and the properties its spec sorts by (an event's start date). */
export function listingOrders(label: Label): readonly OrderKey[] {
  return ['id', 'name', ...(LABEL_SPECS[label].sortBy ?? [])];
}

export interface ListingShape {
  readonly label: Label;
  /** Names of the filters given (their parameters are required). */
  readonly filters: readonly string[];
  readonly order: OrderKey;
  readonly descending: boolean;
  /** Whether a cursor was given: adds $afterValue / $afterId. */
  readonly after: boolean;
}

function givenFilters(label: Label, names: readonly string[]): [string, Filter][] {
  const table = listingFilters(label);
  return [...names].sort().map((name) => {
    const filter = table[name];
    if (!filter) throw new Error(`listing: ${label} has no filter ${name}`);
    return [name, filter];
  });
}

/** `MATCH … WHERE …` selecting the filtered nodes as `n`; the params it needs. */
function selection(label: Label, names: readonly string[]): { cypher: string; params: string[] } {
  const filters = givenFilters(label, names);
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
    const keys = [...orderKeys(shape.order), 'n.id'];
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

/**
 * A facet's value (and the name to show it by) from `n`'s match of its path; as of a day, the
 * match only through what had begun (graph/queries/dated.ts).
 */
function facetValue(facet: FacetSpec, asOf: boolean): { pattern: string | null; value: string; name: string } {
  if (facet.path.hops.length === 0) return { pattern: null, value: `n.${(facet as { property: string }).property}`, name: 'null' };
  const hops = facet.path.hops.length;
  const names = { inner: Array.from({ length: hops - 1 }, (_, i) => `fi${i}`), end: 'f', rels: Array.from({ length: hops }, (_, i) => (i === 0 && facet.kind === 'relation' ? 'r' : `fr${i}`)) };
  const conditions = asOf ? pathBegun(facet.path, names) : [];
  const pattern = `${forward(facet.path, { start: 'n', bound: ['n'], ...names })}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
  if (facet.kind === 'node') return { pattern, value: 'f.id', name: 'coalesce(f.name, f.title)' };
  return { pattern, value: facet.kind === 'relation' ? `r.${facet.property}` : `f.${facet.property}`, name: 'null' };
}

/**
 * A listing's nodes counted by one facet (domain/facets.ts): per value, how many of the nodes the
 * filters select reach it (each node once per value; nodes reaching none under null), most first,
 * $limit values at most. As of a day ($asOf), of the unfiltered listing only: the nodes that had
 * begun, counted through what had begun.
 */
export function listingFacet(shape: Pick<ListingShape, 'label' | 'filters'>, facetName: string, asOf = false): Statement {
  if (asOf && shape.filters.length) throw new Error('listing: a facet as of a day is of the unfiltered listing');
  const name = `listing.facet:${shapeName(shape)}:${facetName}${asOf ? ':asOf' : ''}`;
  return memoStatement(name, () => {
    const facet = facetsOf(shape.label).find((f) => f.name === facetName);
    if (!facet) throw new Error(`listing: ${shape.label} has no facet ${facetName}`);
    const sel = selection(shape.label, shape.filters);
    const { pattern, value, name: shown } = facetValue(facet, asOf);
    const begun = asOf ? nodeBegun(shape.label, 'n') : null;
    const listed = `${sel.cypher}${begun ? ` WITH n WHERE ${begun}` : ''}`;
    const text = `${listed}${pattern ? ` OPTIONAL MATCH ${pattern}` : ''}`;
    return statement(
      name,
      'scan',
      [...sel.params, 'limit', ...dayParamsIn(text)],
      `${text}
       WITH ${value} AS value, ${shown} AS name, n
       RETURN value, name, count(DISTINCT n) AS count ORDER BY count DESC, value LIMIT $limit`,
    );
  });
}

/**
 * Each facet of a label with every filter (the composition a filter adds to is the listing's,
 * covered there), and one facet unfiltered: for the lint and contract tests.
 */
export function facetStatements(label: Label): Statement[] {
  const all = Object.keys(listingFilters(label));
  const facets = facetsOf(label);
  return [
    ...facets.map((f) => listingFacet({ label, filters: all }, f.name)),
    ...facets.slice(0, 1).map((f) => listingFacet({ label, filters: [] }, f.name)),
    ...facets.map((f) => listingFacet({ label, filters: [] }, f.name, true)),
  ];
}
