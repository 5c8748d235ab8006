/**
 * The `k` best of a stream in an order (`order(x, y)` negative when x ranks before y), keeping
 * only them: a whole network has millions of pairs of cities, a search a thousand names, and a
 * page needs a few of them.
 */
export class TopK<T> {
  private readonly kept: T[] = [];

  constructor(
    readonly k: number,
    private readonly order: (x: T, y: T) => number,
  ) {}

  /** The last kept once `k` are (a newcomer must rank before it), else undefined. */
  get last(): T | undefined {
    return this.kept.length === this.k ? this.kept[this.k - 1] : undefined;
  }

  offer(item: T): void {
    if (this.k <= 0) return;
    const last = this.last;
    if (last !== undefined && this.order(item, last) >= 0) return;
    let i = this.kept.length;
    while (i > 0 && this.order(item, this.kept[i - 1]!) < 0) i--;
    this.kept.splice(i, 0, item);
    if (this.kept.length > this.k) this.kept.pop();
  }

  /** The kept, best first. */
  get ranked(): readonly T[] {
    return this.kept;
  }
}
