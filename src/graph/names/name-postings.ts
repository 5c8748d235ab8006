import SearchableMap from 'minisearch/SearchableMap';
import { FUZZY_MIN_LENGTH, LABELS, wordsOf, type Label } from '../../domain';
import { KeyOrder, type OrderPoint } from './key-order';
import { SortedWords } from './sorted-words';
import type { ListingOrder, NameEntry, TextSearch } from './name-index';

/** A name held by the index: whose it is and its words. */
interface Held extends NameEntry {
  readonly words: readonly string[];
}

const LABEL_CODES = new Map(LABELS.map((label, i) => [label, i]));

/**
 * Every name of the graph in memory, word by word and in order. Words: a radix tree (minisearch's
 * SearchableMap) from each word to the names holding it; a word is found exactly, every word it
 * starts, and its one-typo neighbours by looking up each variant (a transposition counts as one
 * typo, as people make them); the words a prefix starts are a range of the words kept sorted
 * (walking the tree for them took milliseconds for a three-letter prefix). Order: each label's
 * keys sorted by id and by folded name, so a listing's page is a slice. No I/O: the in-process
 * index (memory-index.ts) feeds it.
 */
export class NamePostings {
  private readonly words = new SearchableMap<number[]>();
  /** The same holder lists by word in a hash map: a typo's few hundred variants are looked up here. */
  private readonly exact = new Map<string, number[]>();
  /** Every distinct word, sorted: the words a prefix starts are the run from the prefix on. */
  private readonly sortedWords = new SortedWords();
  private readonly names: Array<Held | undefined> = [];
  /** Per slot: its label's place in LABELS, and the last gathering that took it (see Collector). */
  private labelCodes = new Uint8Array(1024);
  private marks = new Uint32Array(1024);
  /** The stamp of the last gathering: a new one each time, so the marks are never cleared. */
  private stamp = 0;
  private readonly free: number[] = [];
  private readonly slots = new Map<string, number>();
  /** Every character of every word: the letters a typo may put in. */
  private readonly alphabet = new Set<string>();
  private readonly orders = new Map<Label, Record<ListingOrder, KeyOrder>>();
  /**
   * The candidates of recent searches, until a name changes: the same array is handed out again,
   * so the API's ranking of it is kept too (text-search.ts). Texts people type recur ("lag").
   */
  private readonly recent = new Map<string, readonly NameEntry[]>();

  /** Holds a node's folded name, replacing the one it had. */
  put(label: Label, key: string, folded: string): void {
    this.remove(label, key);
    this.recent.clear();
    this.hold(label, LABEL_CODES.get(label)!, key, folded);
    const order = this.orderOf(label);
    order.id.insert({ value: key, key });
    order.name.insert({ value: folded, key });
  }

  /** Holds every name of a label read from the graph; the orders are sorted once, at the end. */
  putAll(label: Label, entries: Iterable<{ key: string; folded: string }>): void {
    const order = this.orderOf(label);
    const code = LABEL_CODES.get(label)!;
    this.recent.clear();
    for (const { key, folded } of entries) {
      this.remove(label, key);
      this.hold(label, code, key, folded, true);
      order.id.append({ value: key, key });
      order.name.append({ value: folded, key });
    }
    order.id.sort();
    order.name.sort();
    this.sortedWords.sort();
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

  /** `bulk`: the sorted words are sorted once at the end (putAll), not kept sorted per word. */
  private hold(label: Label, code: number, key: string, folded: string, bulk = false): void {
    const words = wordsOf(folded);
    const slot = this.free.pop() ?? this.names.length;
    this.names[slot] = { label, key, folded, words };
    this.slots.set(`${label}:${key}`, slot);
    this.ensureSlots(slot + 1);
    this.labelCodes[slot] = code;
    this.marks[slot] = 0;
    for (const word of words.length === 1 ? words : new Set(words)) {
      const holders = this.exact.get(word);
      if (holders) holders.push(slot);
      else {
        this.exact.set(word, [slot]);
        this.words.set(word, this.exact.get(word)!);
        if (bulk) this.sortedWords.append(word);
        else this.sortedWords.insert(word);
      }
      for (const c of word) this.alphabet.add(c);
    }
  }

  private ensureSlots(size: number): void {
    if (size <= this.labelCodes.length) return;
    const grown = Math.max(size, this.labelCodes.length * 2);
    const labelCodes = new Uint8Array(grown);
    labelCodes.set(this.labelCodes);
    this.labelCodes = labelCodes;
    const marks = new Uint32Array(grown);
    marks.set(this.marks);
    this.marks = marks;
  }

  remove(label: Label, key: string): void {
    const ref = `${label}:${key}`;
    const slot = this.slots.get(ref);
    if (slot === undefined) return;
    this.recent.clear();
    const held = this.names[slot]!;
    const order = this.orderOf(label);
    order.id.remove({ value: key, key });
    order.name.remove({ value: held.folded, key });
    for (const word of new Set(held.words)) {
      const holders = this.exact.get(word)!;
      holders.splice(holders.indexOf(slot), 1);
      if (holders.length === 0) {
        this.words.delete(word);
        this.exact.delete(word);
        this.sortedWords.remove(word);
      }
    }
    this.names[slot] = undefined;
    this.slots.delete(ref);
    this.free.push(slot);
  }

  private collector(labels: readonly Label[], cap: number): Collector {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.marks.fill(0);
    return new Collector(this.names, this.labelCodes, this.marks, this.stamp, labels, cap);
  }

  /**
   * Names whose words match the search's most telling token (its longest) exactly, then by
   * prefix, then with one typo, in that order, at most `cap`: a superset the caller ranks and
   * checks against every token (domain/ranking.ts). Among prefixes the shorter words come first
   * (the closer matches), except after one or two letters, whose words are too many to sort.
   */
  candidates(search: TextSearch, cap: number): readonly NameEntry[] {
    const token = longest(search.tokens);
    const memo = `${cap} ${[...search.labels].sort().join(',')} ${token}`;
    const known = this.recent.get(memo);
    if (known) return known;
    const found = this.collector(search.labels, cap);
    found.take(this.exact.get(token));
    for (const word of this.longerWords(token)) {
      if (found.full) break;
      found.take(this.exact.get(word));
    }
    if (token.length >= FUZZY_MIN_LENGTH) for (const variant of oneEditVariants(token, this.alphabet)) found.take(this.exact.get(variant));
    if (this.recent.size >= RECENT_SEARCHES) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(memo, found.entries());
    return found.entries();
  }

  /** The words the token starts, but itself; from three letters on the shorter first (alphabetical within a length). */
  private *longerWords(token: string): Iterable<string> {
    const byLength: string[][] = [];
    for (const word of this.sortedWords.from(token)) {
      if (!word.startsWith(token)) break;
      if (word === token) continue;
      if (token.length < SORTED_PREFIX_MIN) yield word;
      else (byLength[word.length] ??= []).push(word);
    }
    for (const words of byLength) if (words) yield* words;
  }

  /** Names with a word up to two edits from the search's longest token: what "did you mean" offers. */
  near(search: TextSearch, cap: number): NameEntry[] {
    const token = longest(search.tokens);
    const found = this.collector(search.labels, cap);
    for (const [, [holders]] of this.words.fuzzyGet(token, token.length >= FUZZY_MIN_LENGTH ? 2 : 1)) found.take(holders);
    return found.entries();
  }
}

/** How many searches' candidates are kept (each up to the cap's entries). */
const RECENT_SEARCHES = 512;

/** From this many letters on, the words a token starts are few enough to sort by length. */
const SORTED_PREFIX_MIN = 3;

const longest = (tokens: readonly string[]) => tokens.reduce((a, b) => (b.length > a.length ? b : a), '');

/**
 * Gathers distinct names of the wanted labels until it holds `cap`: a slot is taken once (its
 * mark is this gathering's stamp) and its label read from a byte array, so the names passed over
 * are never read.
 */
class Collector {
  private readonly out: NameEntry[] = [];
  private readonly wanted: boolean[] = LABELS.map(() => false);

  constructor(
    private readonly names: ReadonlyArray<Held | undefined>,
    private readonly labelCodes: Uint8Array,
    private readonly marks: Uint32Array,
    private readonly stamp: number,
    labels: readonly Label[],
    private readonly cap: number,
  ) {
    for (const label of labels) this.wanted[LABEL_CODES.get(label)!] = true;
  }

  get full(): boolean {
    return this.out.length >= this.cap;
  }

  take(slots: readonly number[] | undefined): void {
    if (!slots) return;
    for (const slot of slots) {
      if (this.full) return;
      if (this.marks[slot] === this.stamp || !this.wanted[this.labelCodes[slot]!]) continue;
      const held = this.names[slot];
      if (!held) continue;
      this.marks[slot] = this.stamp;
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
