import { distance } from 'fastest-levenshtein';
import { scoreName, toGlobalId, wordsOf, type Label } from '../../domain';
import type { GraphStore } from '../../graph/store';
import type { NameEntry, NameIndex, TextSearch } from '../../graph/names/name-index';
import { toConnection, type ConnectionObject } from './connection';
import { decodeCursor } from './cursor';
import type { NodeObject } from './node-object';

/**
 * At most this many names are ranked for one search: a text most names match ("a") pages through
 * these, the whole words and prefixes of its longest word first. Bounded, so no text is costly.
 */
export const MAX_RANKED = 2_000;
/** How many names "did you mean" offers. */
export const SUGGESTIONS = 3;
/** How many nearby names are weighed for them. */
const NEAR_POOL = 500;

/** Cursors of a search carry the score and the global id, and belong to no listing order. */
const ORDER = 'relevance';

export interface SearchConnectionObject extends ConnectionObject {
  /** Names close to the text when nothing matches it (first page only); else empty. */
  didYouMean: { node: NodeObject; score: number }[];
}

interface Ranked extends NameEntry {
  id: string;
  score: number;
}

/** What a search needs: the index, the request's store and a batched node lookup. */
export interface SearchDeps {
  index: NameIndex;
  store: GraphStore;
  node(label: Label, key: string): Promise<NodeObject | null>;
}

const byRank = (a: Ranked, b: Ranked) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A page of the names matching every token (exact, prefix, one typo; see domain/ranking.ts),
 * best first, after a cursor of an earlier page. A node deleted since the index saw it is left
 * out of the page.
 */
export async function searchPage(deps: SearchDeps, search: TextSearch, first: number, after: string | null | undefined): Promise<SearchConnectionObject> {
  const cursor = after == null ? null : decodeCursor(after, ORDER);
  const ranked = (await deps.index.candidates(deps.store, search, MAX_RANKED))
    .map((c) => ({ ...c, id: toGlobalId(c.label, c.key), score: scoreName(search.tokens, c.folded) }))
    .filter((c): c is Ranked => c.score !== null)
    .sort(byRank);
  const start = cursor === null ? 0 : ranked.findIndex((r) => byRank(r, { ...r, id: cursor.id, score: Number(cursor.value) }) > 0);
  const window = start < 0 ? [] : ranked.slice(start, start + first + 1);
  const rows = (await Promise.all(window.map(async (r) => ({ r, node: await deps.node(r.label, r.key) })))).filter((x) => x.node !== null);
  const connection = toConnection(
    rows.map(({ r, node }) => ({ node: node!, sortValue: r.score, position: r.id, edge: { score: r.score } })),
    first,
    ORDER,
    cursor !== null,
    ranked.length,
  );
  const didYouMean = ranked.length === 0 && cursor === null ? await suggestions(deps, search) : [];
  return { ...connection, didYouMean };
}

/**
 * The names closest to the text, for a search that found nothing and a name that names no
 * node: up to two edits per word away; the fewest edits from each word of the text to its
 * nearest word of the name first, then names with fewer other words.
 */
export async function suggestions(deps: SearchDeps, search: TextSearch): Promise<{ node: NodeObject; score: number }[]> {
  if (search.tokens.length === 0) return [];
  const letters = search.tokens.join('').length;
  const near = (await deps.index.near(deps.store, search, NEAR_POOL))
    .map((c) => {
      const words = wordsOf(c.folded);
      const edits = search.tokens.reduce((sum, t) => sum + Math.min(...words.map((w) => distance(t, w))), 0);
      return { c, edits, extra: Math.abs(words.length - search.tokens.length), id: toGlobalId(c.label, c.key) };
    })
    .sort((a, b) => a.edits - b.edits || a.extra - b.extra || (a.id < b.id ? -1 : 1))
    .slice(0, SUGGESTIONS);
  const found = await Promise.all(
    near.map(async ({ c, edits }) => ({ node: await deps.node(c.label, c.key), score: Math.round(Math.max(0.001, 1 - edits / letters) * 1000) / 1000 })),
  );
  return found.filter((f): f is { node: NodeObject; score: number } => f.node !== null);
}
