import { facetDimension, LABELS, parseGlobalId, type AuditEntry, type Label, type Link, type Properties } from '../../domain';
import type { GraphStore } from '../../graph/store';
import { audit, listing, stats } from '../../graph/queries';
import { isListingOrder, type NameIndex } from '../../graph/names/name-index';
import { ApiError } from '../errors';
import { toConnection, type ConnectionObject, type PageRow } from './connection';
import { decodeCursor, type Cursor } from './cursor';
import { MAX_FACET_BUCKETS, SIZES, sizeOf } from '../limits/list-sizes';
import { textTokens } from './filters';
import { asOfParamsOf } from './as-of';
import { Loaders, type LoaderOptions } from './loaders';
import { toNodeObject, type NodeObject } from './node-object';
import { keyNamed } from './node-names';
import { searchPage, type SearchConnectionObject, type SearchDeps } from './text-search';


export interface FacetObject {
  dimension: string;
  buckets: { value: string | null; label: string; count: number }[];
  truncated: boolean;
}

export interface ListingRequest {
  label: Label;
  /** Catalogue parameters of the filters given, by filter name; absent filters are left out. */
  filters: Record<string, unknown>;
  order: listing.OrderKey;
  descending: boolean;
  first?: number | null;
  after?: string | null;
  /** Start counting alongside the page (when the query selects totalCount): one scan's wait less. */
  countNow?: boolean;
}

/** The sort value a listing cursor carries besides the id. */
function sortValue(order: listing.OrderKey, props: Properties): string | number | null {
  if (order === 'name') return (props.nameFolded as string) ?? '';
  if (order === 'startDate') return (props.startDate as string) ?? '';
  return null;
}

/**
 * Everything the resolvers may ask of the graph, for one request. Resolvers stay thin: they
 * translate arguments and call one method here; batching and paging live below this line.
 */
export class GraphReader {
  private readonly loaders: Loaders;

  constructor(
    private readonly store: GraphStore,
    options: LoaderOptions,
    private readonly index: NameIndex,
  ) {
    this.loaders = new Loaders(store, options);
  }

  private get searching(): SearchDeps {
    return { index: this.index, store: this.store, node: (label, key) => this.node(label, key) };
  }

  /** The key of the node an argument names by id, global id or name (see node-names.ts). */
  keyNamed(label: Label, value: string, argument: string): Promise<string> {
    return keyNamed({ search: this.searching, exists: async (l, k) => (await this.node(l, k)) !== null }, label, value, argument);
  }

  /** The node an argument names (see keyNamed). */
  async nodeNamed(label: Label, value: string, argument: string): Promise<NodeObject> {
    return (await this.node(label, await this.keyNamed(label, value, argument)))!;
  }

  node(label: Label, key: string): Promise<NodeObject | null> {
    return this.loaders.node(label).load(key);
  }

  /** A node by global id; null when no node has it. */
  nodeById(id: string): Promise<NodeObject | null> {
    const parsed = parseGlobalId(id);
    if (!parsed.ok) throw new ApiError('BAD_USER_INPUT', `id: ${parsed.reason}.`, { argument: 'id' });
    return this.node(parsed.label, parsed.key);
  }

  async one(link: Link, key: string): Promise<NodeObject | null> {
    return (await this.loaders.list(link).load(key))[0]?.node ?? null;
  }

  /** The neighbours over a link of cardinality one or few, with the relationship properties. */
  neighbourEdges(link: Link, key: string) {
    return this.loaders.list(link).load(key);
  }

  async neighbours(link: Link, key: string): Promise<NodeObject[]> {
    return (await this.loaders.list(link).load(key)).map((n) => n.node);
  }

  async connection(link: Link, key: string, requested: number | null | undefined, after?: string | null): Promise<ConnectionObject> {
    const first = sizeOf(SIZES.page, requested);
    const cursor = after == null ? null : decodeCursor(after, 'id');
    const page = await this.loaders.page(link, first + 1, cursor?.id ?? null).load(key);
    const rows = page.items.map((i) => ({
      node: i.node,
      sortValue: null,
      edge: Object.fromEntries(link.edgeProperties.map((p) => [p.name, i.rel[p.name] ?? null])),
    }));
    return toConnection(rows, first, 'id', cursor !== null, page.total);
  }

  async listing(req: ListingRequest): Promise<ConnectionObject> {
    const first = sizeOf(SIZES.page, req.first);
    const cursor = req.after == null ? null : decodeCursor(req.after, req.order);
    const filters = Object.keys(req.filters);
    const count = async () => {
      const [row] = await this.store.read<{ total: number }>(listing.listingCount({ label: req.label, filters }), req.filters);
      return row?.total ?? 0;
    };
    const early = req.countNow ? count() : undefined;
    early?.catch(() => undefined); // awaited (and its error reported) through totalCount
    const rows = await this.listingRows(req, first + 1, cursor);
    return toConnection(rows, first, req.order, cursor !== null, early ? () => early : count);
  }

  /** A listing's nodes (all pages) counted by each facet named, one scan each, side by side. */
  facets(label: Label, filters: Record<string, unknown>, names: readonly string[], asOf: string | null = null): Promise<FacetObject[]> {
    if (asOf && Object.keys(filters).length) {
      throw new ApiError('BAD_USER_INPUT', 'asOf: facets as of a day count the whole listing; ask them without a filter.', { argument: 'asOf' });
    }
    return Promise.all(
      names.map(async (name) => {
        const stmt = listing.listingFacet({ label, filters: Object.keys(filters) }, name, asOf !== null);
        const rows = await this.store.read<{ value: unknown; name: string | null; count: number }>(stmt, { ...filters, limit: MAX_FACET_BUCKETS + 1, ...asOfParamsOf(stmt, asOf) });
        return {
          dimension: facetDimension(name),
          buckets: rows.slice(0, MAX_FACET_BUCKETS).map((r) => ({
            value: r.value == null ? null : String(r.value),
            label: r.name ?? (r.value == null ? 'none' : String(r.value)),
            count: r.count,
          })),
          truncated: rows.length > MAX_FACET_BUCKETS,
        };
      }),
    );
  }

  /**
   * Up to `limit` rows of a listing after the cursor. Without filters, in id or name order, the
   * name index holds the order (the embedded engine would sort every node of the label for one
   * page): the page's keys are looked up in one batch. Else one catalogue statement.
   */
  private async listingRows(req: ListingRequest, limit: number, cursor: Cursor | null): Promise<PageRow[]> {
    const filters = Object.keys(req.filters);
    if (filters.length === 0 && isListingOrder(req.order)) {
      const after = cursor && { value: cursor.value === null ? cursor.id : String(cursor.value), key: cursor.id };
      const points = await this.index.page(req.label, req.order, req.descending, after, limit);
      if (points) {
        const nodes = await Promise.all(points.map((p) => this.node(req.label, p.key)));
        return points.flatMap((p, i) => (nodes[i] ? [{ node: nodes[i], sortValue: req.order === 'id' ? null : p.value }] : []));
      }
    }
    const stmt = listing.listingPage({ label: req.label, filters, order: req.order, descending: req.descending, after: cursor !== null });
    const keyset = cursor === null ? {} : req.order === 'id' ? { afterId: cursor.id } : { afterValue: cursor.value, afterId: cursor.id };
    const rows = await this.store.read<{ node: Properties }>(stmt, { ...req.filters, ...keyset, limit });
    return rows.map((r) => ({ node: toNodeObject(req.label, r.node), sortValue: sortValue(req.order, r.node) }));
  }

  /**
   * Names matching every word of the text, ignoring case and accents, by prefix or with one typo
   * (text-search.ts), a page at a time; "did you mean" when none matches.
   */
  async search(text: string, labels: readonly Label[] = LABELS, requested?: number | null, after?: string | null): Promise<SearchConnectionObject> {
    const first = sizeOf(SIZES.page, requested);
    const tokens = textTokens(text, 'text');
    if (tokens.length === 0) throw new ApiError('BAD_USER_INPUT', 'text: give at least one letter or digit to search for.', { argument: 'text' });
    return searchPage(this.searching, { tokens, labels }, first, after);
  }

  /** The newest entries of the audit log (the caller has checked the role). */
  async auditLog(limit: number): Promise<AuditEntry[]> {
    return (await this.store.read<{ entry: AuditEntry }>(audit.latestEntries, { limit })).map((r) => r.entry);
  }

  async stats() {
    const [labels, types] = await Promise.all([
      this.store.read<{ label: string; count: number }>(stats.nodeCountsByLabel),
      this.store.read<{ type: string; count: number }>(stats.relationshipCountsByType),
    ]);
    return { labels, types };
  }
}
