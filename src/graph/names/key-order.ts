import { firstIndex } from '../../domain/first-index';

/** A position in an order: the sort value (a folded name, or the key itself) and the key. */
export interface OrderPoint {
  readonly value: string;
  readonly key: string;
}

const before = (a: OrderPoint, b: OrderPoint) => a.value < b.value || (a.value === b.value && a.key < b.key);

/**
 * Keys sorted by (value, key), as `ORDER BY value, n.id` sorts them: a page after a cursor is a
 * binary search and a slice, not a sort of every node. Built unsorted then sorted once; kept
 * sorted by insertion afterwards (a write moves one entry).
 */
export class KeyOrder {
  private points: OrderPoint[] = [];
  private sorted = true;

  /** Adds without keeping the order: for building, before `sort`. */
  append(point: OrderPoint): void {
    this.points.push(point);
    this.sorted = false;
  }

  sort(): void {
    if (!this.sorted) this.points.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    this.sorted = true;
  }

  insert(point: OrderPoint): void {
    this.sort();
    this.points.splice(this.firstAfter(point, true), 0, point);
  }

  remove(point: OrderPoint): void {
    this.sort();
    const at = this.firstAfter(point, true);
    if (this.points[at]?.key === point.key && this.points[at]?.value === point.value) this.points.splice(at, 1);
  }

  /** Up to `limit` points after the cursor (exclusive) in ascending or descending order. */
  page(after: OrderPoint | null, descending: boolean, limit: number): OrderPoint[] {
    this.sort();
    if (!descending) {
      const from = after ? this.firstAfter(after, false) : 0;
      return this.points.slice(from, from + limit);
    }
    const to = after ? this.firstAfter(after, true) : this.points.length;
    return this.points.slice(Math.max(0, to - limit), to).reverse();
  }

  /** The index of the first point after `p` (or at it, when `inclusive`). */
  private firstAfter(p: OrderPoint, inclusive: boolean): number {
    return firstIndex(this.points.length, (i) => (inclusive ? before(this.points[i]!, p) : !before(p, this.points[i]!)));
  }
}
