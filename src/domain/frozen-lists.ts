/**
 * Adjacency lists copied into two typed arrays once the graph is read (node i's list is
 * `targets[offsets[i] .. offsets[i + 1]]`), for passes over every node's list: at a million
 * practitioners, reading their ten million participations from a million small arrays scattered
 * over the heap is several times slower. A node whose list changed since (a write) is marked
 * stale, and its list is then read from the arrays again; nodes added since are past `size`.
 */
export class FrozenLists {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly stale: Uint8Array;

  constructor(lists: readonly (readonly number[] | undefined)[]) {
    const size = lists.length;
    this.offsets = new Int32Array(size + 1);
    let total = 0;
    for (let i = 0; i < size; i++) {
      this.offsets[i] = total;
      total += lists[i]?.length ?? 0;
    }
    this.offsets[size] = total;
    this.targets = new Int32Array(total);
    for (let i = 0; i < size; i++) {
      const list = lists[i];
      if (list) this.targets.set(list, this.offsets[i]!);
    }
    this.stale = new Uint8Array(size);
  }

  /** Node i's list changed: read it from the arrays from now on. */
  touch(i: number): void {
    if (i < this.stale.length) this.stale[i] = 1;
  }
}
