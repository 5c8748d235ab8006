import { foldText, LABELS, LABEL_SPECS, type Label } from '../../domain';
import { names } from '../queries';
import { Kept } from '../kept';
import type { GraphStore } from '../store';
import type { OrderPoint } from './key-order';
import { NamePostings } from './name-postings';
import type { ListingOrder, NameEntry, NameIndex, TextSearch } from './name-index';
import { readWritten, type NodeRef } from '../written-nodes';

/**
 * The embedded engine's name index: every name in memory (name-postings.ts), kept (kept.ts): read
 * from the store when first asked and after imports, refreshed after each committed write.
 */
export class MemoryNameIndex implements NameIndex {
  private readonly postings: Kept<NamePostings>;

  /** `store`: where the names are read (a background lane: building reads every label). */
  constructor(private readonly store: GraphStore) {
    this.postings = new Kept(() => this.build());
  }

  async candidates(_via: GraphStore, search: TextSearch, cap: number): Promise<readonly NameEntry[]> {
    return (await this.postings.current()).candidates(search, cap);
  }

  async near(_via: GraphStore, search: TextSearch, cap: number): Promise<NameEntry[]> {
    return (await this.postings.current()).near(search, cap);
  }

  async page(label: Label, order: ListingOrder, descending: boolean, after: { value: string; key: string } | null, limit: number): Promise<OrderPoint[]> {
    return (await this.postings.current()).page(label, order, descending, after, limit);
  }

  refresh(nodes: readonly NodeRef[]): Promise<void> {
    return this.postings.update((postings) => this.take(postings, nodes));
  }

  rebuild(): Promise<void> {
    return this.postings.rebuild();
  }

  private async take(postings: NamePostings, nodes: readonly NodeRef[]): Promise<void> {
    for (const [label, written] of await readWritten(this.store, nodes)) {
      for (const { key, node } of written) {
        if (node) postings.put(label, key, folded(node.nameFolded, node[LABEL_SPECS[label].nameProperty], key));
        else postings.remove(label, key);
      }
    }
  }

  private async build(): Promise<NamePostings> {
    const postings = new NamePostings();
    for (const label of LABELS) {
      const rows = await this.store.read<{ key: string; name: unknown; folded: unknown }>(names.nameList(label));
      postings.putAll(
        label,
        rows.map((r) => ({ key: r.key, folded: folded(r.folded, r.name, r.key) })),
      );
    }
    return postings;
  }
}

/** The stored folded name, else the name folded now, else the key: every node is findable. */
function folded(stored: unknown, name: unknown, key: string): string {
  if (typeof stored === 'string') return stored;
  return foldText(typeof name === 'string' ? name : key);
}
