import type { Label, RelationshipSpec } from '../../domain';
import type { Origin } from '../dataset';

/**
 * What the reader remembers of a dataset to check its relationships while it streams them: every
 * node id with where it was defined, and every relationship's pair of ends. Kept compact (numbers,
 * not objects per row) because at a million practitioners there are ten million relationships.
 */

/** A file and line in one number: the file's index among those read, and the line. */
const LINE_BITS = 2 ** 32;

export class Origins {
  private readonly files: string[] = [];
  private readonly index = new Map<string, number>();

  code(origin: Origin): number {
    let i = this.index.get(origin.file);
    if (i === undefined) this.index.set(origin.file, (i = this.files.push(origin.file) - 1));
    return i * LINE_BITS + origin.line;
  }

  origin(code: number): Origin {
    return { file: this.files[Math.floor(code / LINE_BITS)], line: code % LINE_BITS };
  }
}

/**
 * A number for every node id per label, in the order they were defined: the node's place in the
 * dataset. Ends that are not nodes of the dataset (allowed for an upsert) get numbers from
 * DANGLING on, so that a pair of ends is always two numbers.
 */
const DANGLING = 2 ** 25;

export class NodeIds {
  private readonly byLabel = new Map<Label, Map<string, number>>();
  private readonly dangling = new Map<Label, Map<string, number>>();
  private readonly origins = new Map<Label, number[]>();

  constructor(private readonly where: Origins) {}

  /** Records an id; returns its number, or where it was first defined if it is a duplicate. */
  define(label: Label, id: string, origin: Origin): { ordinal: number } | { first: Origin } {
    const ids = this.map(this.byLabel, label);
    const seen = ids.get(id);
    const origins = this.origins.get(label) ?? this.origins.set(label, []).get(label)!;
    if (seen !== undefined) return { first: this.where.origin(origins[seen]) };
    if (ids.size >= DANGLING) throw new RangeError(`more than ${DANGLING} ${label} nodes in one dataset`);
    ids.set(id, ids.size);
    origins.push(this.where.code(origin));
    return { ordinal: ids.size - 1 };
  }

  /** The id's number, if the dataset defines it. */
  ordinal(label: Label, id: string): number | undefined {
    return this.byLabel.get(label)?.get(id);
  }

  /** A number for an id the dataset does not define, the same each time it is asked. */
  danglingOrdinal(label: Label, id: string): number {
    const ids = this.map(this.dangling, label);
    let n = ids.get(id);
    if (n === undefined) ids.set(id, (n = DANGLING + ids.size));
    return n;
  }

  private readonly idsInOrder = new Map<Map<string, number>, string[]>();

  /**
   * The id behind a number, for messages once every row is read: the ids in order are listed once
   * per label when first asked (a dataset with many duplicates asks often, of a million ids).
   */
  idOf(label: Label, ordinal: number): string {
    const ids = (ordinal >= DANGLING ? this.dangling.get(label) : this.byLabel.get(label)) ?? new Map<string, number>();
    let inOrder = this.idsInOrder.get(ids);
    if (!inOrder) this.idsInOrder.set(ids, (inOrder = [...ids.keys()]));
    return inOrder[ordinal >= DANGLING ? ordinal - DANGLING : ordinal];
  }

  private map(maps: Map<Label, Map<string, number>>, label: Label): Map<string, number> {
    return maps.get(label) ?? maps.set(label, new Map()).get(label)!;
  }
}

/** A growable array of doubles: 8 bytes a row rather than an object. */
class Doubles {
  data = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * The pairs of ends of every relationship per spec, to find a relationship given twice (the model
 * has no parallel relationships) once all are read: a sort rather than a set of ten million keys.
 */
export class RelationshipPairs {
  private readonly pairs = new Map<RelationshipSpec, { keys: Doubles; origins: Doubles }>();

  constructor(private readonly where: Origins) {}

  add(spec: RelationshipSpec, from: number, to: number, origin: Origin): void {
    let entry = this.pairs.get(spec);
    if (!entry) this.pairs.set(spec, (entry = { keys: new Doubles(), origins: new Doubles() }));
    entry.keys.push(from * 2 ** 26 + to);
    entry.origins.push(this.where.code(origin));
  }

  /** Each repetition of a pair (the two ends' numbers), with where the pair was first given. */
  *duplicates(): Generator<{ spec: RelationshipSpec; from: number; to: number; origin: Origin; first: Origin }> {
    for (const [spec, { keys, origins }] of this.pairs) {
      const sorted = keys.view().slice().sort();
      const repeated = new Set<number>();
      for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]);
      if (repeated.size === 0) continue;
      const first = new Map<number, number>();
      const all = keys.view();
      for (let i = 0; i < all.length; i++) {
        if (!repeated.has(all[i])) continue;
        const seen = first.get(all[i]);
        if (seen === undefined) first.set(all[i], origins.data[i]);
        else yield { spec, from: Math.floor(all[i] / 2 ** 26), to: all[i] % 2 ** 26, origin: this.where.origin(origins.data[i]), first: this.where.origin(seen) };
      }
    }
  }
}
