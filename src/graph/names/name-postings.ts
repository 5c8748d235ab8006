import SearchableMap from 'minisearch/SearchableMap';
import { FUZZY_MIN_LENGTH, wordsOf, type Label } from '../../domain';
import { KeyOrder, type OrderPoint } from './key-order';
import type { ListingOrder, NameEntry, TextSearch } from './name-index';

/** A name held by the index: whose it is and its words. */
interface Held extends NameEntry {
  readonly words: readonly string[];
}

/**
 * Every name of the graph in memory, word by word and in order. Words: a radix tree (minisearch's
 * SearchableMap) from each word to the names holding it; a word is found exactly, every word it
 * starts, and its one-typo neighbours by looking up each variant (a transposition counts as one
 * typo, as people make them). Order: each label's keys sorted by id and by folded name, so a
 * listing's page is a slice. No I/O: the in-process index (memory-index.ts) feeds it.
 */
export class NamePostings {
  private readonly words = new SearchableMap<number[]>();
  /** The same holder lists by word in a hash map: a typo's few hundred variants are looked up here. */
  private readonly exact = new Map<string, number[]>();
  private readonly names: Array<Held | undefined> = [];
  private readonly free: number[] = [];
  private readonly slots = new Map<string, number>();
  /** Every character of every word: the letters a typo may put in. */
  private readonly alphabet = new Set<string>();
  private readonly orders = new Map<Label, Record<ListingOrder, KeyOrder>>();

  /** Holds a node's folded name, replacing the one it had. */
  put(label: Label, key: string, folded: string): void {
    this.remove(label, key);
    this.hold(label, key, folded);
    const order = this.orderOf(label);
    order.id.insert({ value: key, key });
    order.name.insert({ value: folded, key });
  }

  /** Holds every name of a label read from the graph; the orders are sorted once, at the end. */
  putAll(label: Label, entries: Iterable<{ key: string; folded: string }>): void {
    const order = this.orderOf(label);
    for (const { key, folded } of entries) {
      this.remove(label, key);
      this.hold(label, key, folded);
      order.id.append({ value: key, key });
      order.name.append({ value: folded, key });
    }
    order.id.sort();
    order.name.sort();
  }

  /** Up to `limit` keys of a label after a cursor, in id or folded-name order. */
  page(label: Label, order: ListingOrder, descending: boolean, after: { value: string; key: string } | null, limit: number): OrderPoint[] {
    return this.orderOf(label)[order].page(after, descending, limit);
  }

  private orderOf(label: Label): Record<ListingOrder, KeyOrder> {
    let order = this.orders.get(label);
    if (!order) this.orders.set(label, (order = { id: new KeyOrder(), name: new KeyOrder() }));
    return order;
  }

  private hold(label: Label, key: string, folded: string): void {
    const words = [...new Set(wordsOf(folded))];
    const slot = this.free.pop() ?? this.names.length;
    this.names[slot] = { label, key, folded, words };
    this.slots.set(`${label}:${key}`, slot);
    for (const word of words) {
      const holders = this.exact.get(word);
      if (holders) holders.push(slot);
      else {
        this.exact.set(word, [slot]);
        this.words.set(word, this.exact.get(word)!);
      }
      for (const c of word) this.alphabet.add(c);
    }
  }

  remove(label: Label, key: string): void {
    const ref = `${label}:${key}`;
    const slot = this.slots.get(ref);
    if (slot === undefined) return;
    const held = this.names[slot]!;
    const order = this.orderOf(label);
    order.id.remove({ value: key, key });
    order.name.remove({ value: held.folded, key });
    for (const word of held.words) {
      const holders = this.exact.get(word)!;
      holders.splice(holders.indexOf(slot), 1);
      if (holders.length === 0) {
        this.words.delete(word);
        this.exact.delete(word);
      }
    }
    this.names[slot] = undefined;
    this.slots.delete(ref);
    this.free.push(slot);
  }

  /**
   * Names whose words match the search's most telling token (its longest) exactly, then by
   * prefix, then with one typo, in that order, at most `cap`: a superset the caller ranks and
   * checks against every token (domain/ranking.ts). Among prefixes the shorter words come first
   * (the closer matches), except after one or two letters, whose words are too many to sort.
   */
  candidates(search: TextSearch, cap: number): NameEntry[] {
    const token = longest(search.tokens);
    const found = new Collector(this.names, search.labels, cap);
    found.take(this.exact.get(token));
    for (const word of this.longerWords(token)) {
      if (found.full) break;
      found.take(this.exact.get(word));
    }
    if (token.length >= FUZZY_MIN_LENGTH) for (const variant of oneEditVariants(token, this.alphabet)) found.take(this.exact.get(variant));
    return found.entries();
  }

  private *longerWords(token: string): Iterable<string> {
    const view = this.words.atPrefix(token);
    if (token.length < SORTED_PREFIX_MIN) {
      for (const word of view.keys()) if (word !== token) yield word;
      return;
    }
    yield* [...view.keys()].filter((w) => w !== token).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  }

  /** Names with a word up to two edits from the search's longest token: what "did you mean" offers. */
  near(search: TextSearch, cap: number): NameEntry[] {
    const token = longest(search.tokens);
    const found = new Collector(this.names, search.labels, cap);
    for (const [, [holders]] of this.words.fuzzyGet(token, token.length >= FUZZY_MIN_LENGTH ? 2 : 1)) found.take(holders);
    return found.entries();
  }
}

/** From this many letters on, the words a token starts are few enough to sort by length. */
const SORTED_PREFIX_MIN = 3;

const longest = (tokens: readonly string[]) => tokens.reduce((a, b) => (b.length > a.length ? b : a), '');

/** Gathers distinct names of the wanted labels until it holds `cap`. */
class Collector {
  private readonly seen = new Set<number>();
  private readonly out: NameEntry[] = [];
  private readonly labels: ReadonlySet<Label>;

  constructor(
    private readonly names: ReadonlyArray<Held | undefined>,
    labels: readonly Label[],
    private readonly cap: number,
  ) {
    this.labels = new Set(labels);
  }

  get full(): boolean {
    return this.out.length >= this.cap;
  }

  take(slots: readonly number[] | undefined): void {
    if (!slots) return;
    for (const slot of slots) {
      if (this.full) return;
      const held = this.names[slot];
      if (!held || this.seen.has(slot) || !this.labels.has(held.label)) continue;
      this.seen.add(slot);
      this.out.push(held);
    }
  }

  entries(): NameEntry[] {
    return this.out;
  }
}

/** Every word one edit from `word` over the given letters (deleted, swapped, replaced, inserted). */
function oneEditVariants(word: string, alphabet: Iterable<string>): Set<string> {
  const letters = [...alphabet];
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of letters) {
      if (tail && c !== tail[0]) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return out;
}
