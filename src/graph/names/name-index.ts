import type { Label } from '../../domain';
import type { GraphStore } from '../store';
import type { NodeRef } from '../written-nodes';
import type { OrderPoint } from './key-order';

/** A node's name as the text index holds it. */
export interface NameEntry {
  readonly label: Label;
  readonly key: string;
  /** The case- and accent-folded name or title. */
  readonly folded: string;
  /** Its words (`wordsOf(folded)`), when the index has them at hand. */
  readonly words?: readonly string[];
}

/** What to look for: folded tokens (domain/ranking.ts `searchTokens`), among these labels. */
export interface TextSearch {
  readonly tokens: readonly string[];
  readonly labels: readonly Label[];
}

/** The orders a label's nodes are kept in besides the store: by id, and by folded name then id. */
export type ListingOrder = 'id' | 'name';

export const isListingOrder = (order: string): order is ListingOrder => order === 'id' || order === 'name';

/**
 * Every node's name, indexed: for search, Neo4j's full-text index there and an in-process index
 * on the embedded engine (which has none with prefixes and typos); for listings, the embedded
 * engine's nodes in id and name order (it would sort every node for a first page). It finds
 * candidates; the API ranks and checks them with one rule (domain/ranking.ts `scoreName`),
 * whichever engine found them.
 */
export interface NameIndex {
  /**
   * Names matching the tokens exactly, by prefix or with one typo, at most `cap`. `via`: the
   * store the request reads through (its timeout and meter), for an index the engine keeps. An
   * index may hand out the same array again while no name changed, so it is never modified.
   */
  candidates(via: GraphStore, search: TextSearch, cap: number): Promise<readonly NameEntry[]>;
  /** Names up to two edits away, for "did you mean". */
  near(via: GraphStore, search: TextSearch, cap: number): Promise<NameEntry[]>;
  /**
   * Up to `limit` nodes of a label after a cursor, in id or name order, each with its sort value
   * (the key, or the folded name); null when the engine keeps no such order (Neo4j).
   */
  page(label: Label, order: ListingOrder, descending: boolean, after: { value: string; key: string } | null, limit: number): Promise<OrderPoint[] | null>;
  /** Called once these nodes' writes committed, before the write answers. */
  refresh(nodes: readonly NodeRef[]): Promise<void>;
  /** Reads every name again: after an import, and once the graph is prepared at start. */
  rebuild(): Promise<void>;
}
