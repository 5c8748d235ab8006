import { foldText, LABELS, LABEL_SPECS, type Label } from '../../domain';
import { lookup, names } from '../queries';
import type { GraphStore } from '../store';
import type { OrderPoint } from './key-order';
import { NamePostings } from './name-postings';
import type { ListingOrder, NameEntry, NameIndex, NodeRef, TextSearch } from './name-index';

/**
 * The embedded engine's name index: every name in memory (name-postings.ts), read from the store
 * when first asked and again on `rebuild`, kept current by `refresh` after each committed write.
 * Refreshes and rebuilds run one at a time in the order called, and each reads the store after
 * its write committed, so the index never goes back to an older name.
 */
export class MemoryNameIndex implements NameIndex {
  private postings: Promise<NamePostings> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  /** `store`: where the names are read (a background lane: building reads every label). */
  constructor(private readonly store: GraphStore) {}

  async candidates(_via: GraphStore, search: TextSearch, cap: number): Promise<NameEntry[]> {
    return (await this.current()).candidates(search, cap);
  }

  async near(_via: GraphStore, search: TextSearch, cap: number): Promise<NameEntry[]> {
    return (await this.current()).near(search, cap);
  }

  async page(label: Label, order: ListingOrder, descending: boolean, after: { value: string; key: string } | null, limit: number): Promise<OrderPoint[]> {
    return (await this.current()).page(label, order, descending, after, limit);
  }

  /** A refresh that cannot read the store forgets the index: the next search reads it all again. */
  refresh(nodes: readonly NodeRef[]): Promise<void> {
    return this.inTurn(async () => {
      try {
        await this.take(nodes);
      } catch {
        this.postings = null;
      }
    });
  }

  private async take(nodes: readonly NodeRef[]): Promise<void> {
    const postings = await this.current();
    for (const label of LABELS) {
      const keys = nodes.filter((n) => n.label === label).map((n) => n.key);
      if (keys.length === 0) continue;
      const rows = await this.store.read<{ key: string; node: Record<string, unknown> }>(lookup.nodesByKeys(label), { keys });
      const found = new Map(rows.map((r) => [r.key, r.node]));
      for (const key of keys) {
        const node = found.get(key);
        if (node) postings.put(label, key, folded(node.nameFolded, node[LABEL_SPECS[label].nameProperty], key));
        else postings.remove(label, key);
      }
    }
  }

  /** Searches meanwhile wait for the new index: after an import, the old one is wrong. */
  rebuild(): Promise<void> {
    return this.inTurn(async () => {
      await this.replace();
    });
  }

  private inTurn(work: () => Promise<void>): Promise<void> {
    const done = this.queue.then(work);
    this.queue = done.catch(() => undefined);
    return done;
  }

  private current(): Promise<NamePostings> {
    return this.postings ?? this.replace();
  }

  private replace(): Promise<NamePostings> {
    const building = this.build();
    this.postings = building;
    // A store out of reach is asked again next time, not remembered as an empty index.
    building.catch(() => {
      if (this.postings === building) this.postings = null;
    });
    return building;
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
