import DataLoader from 'dataloader';
import type { Label, Link, Properties } from '../../domain';
import type { GraphStore } from '../../graph/store';
import { lookup, neighbours } from '../../graph/queries';
import { toNodeObject, type NodeObject } from './node-object';

/** A neighbour reached over a link, with the properties of the relationship it came by. */
export interface Neighbour {
  readonly node: NodeObject;
  readonly rel: Readonly<Record<string, unknown>>;
}

/** One page of an owner's neighbours: `limit` asked for one more than needed, to see if more follow. */
export interface NeighbourPage {
  readonly items: readonly Neighbour[];
  readonly total: number;
}

export interface LoaderOptions {
  /** Off only to measure what batching saves (LOADER_BATCHING=off): one statement per key. */
  readonly batch: boolean;
  /** Told the size of every batch sent, by loader kind (`page:<link>` without its page). */
  readonly onBatch?: (loader: string, size: number) => void;
}


/**
 * The per-request DataLoaders: one per label, per link, per link and page. Every field resolved
 * in the same tick joins one batch, so a request sends one statement per (label or link) and
 * depth, however many rows it returns.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly store: GraphStore, private readonly options: LoaderOptions) {}

  private loader<V>(name: string, load: (keys: string[]) => Promise<Map<string, V>>, missing: V): DataLoader<string, V> {
    let loader = this.cache.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(
        async (keys) => {
          this.options.onBatch?.(name.split(':', 2).join(':'), keys.length);
          const found = await load([...keys]);
          return keys.map((k) => found.get(k) ?? missing);
        },
        { batch: this.options.batch },
      );
      this.cache.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  node(label: Label): DataLoader<string, NodeObject | null> {
    return this.loader<NodeObject | null>(
      `node:${label}`,
      async (keys) => {
        const rows = await this.store.read<{ key: string; node: Properties }>(lookup.nodesByKeys(label), { keys });
        return new Map(rows.map((r) => [r.key, toNodeObject(label, r.node)]));
      },
      null,
    );
  }

  list(link: Link): DataLoader<string, readonly Neighbour[]> {
    return this.loader<readonly Neighbour[]>(
      `list:${link.name}`,
      async (keys) => {
        const rows = await this.store.read<{ key: string; node: Properties; rel: Properties }>(neighbours.neighbourList(link), { keys, limit: link.max ?? 1 });
        const out = new Map<string, Neighbour[]>();
        for (const r of rows) {
          const list = out.get(r.key) ?? [];
          list.push({ node: toNodeObject(link.to, r.node), rel: r.rel });
          out.set(r.key, list);
        }
        return out;
      },
      [],
    );
  }

  page(link: Link, limit: number, after: string | null): DataLoader<string, NeighbourPage> {
    return this.loader<NeighbourPage>(
      `page:${link.name}:${limit}:${after ?? ''}`,
      async (keys) => {
        const rows = await this.store.read<{ key: string; items: { node: Properties; rel: Properties }[]; total: number }>(
          neighbours.neighbourPage(link),
          { keys, after, limit },
        );
        return new Map(
          rows.map((r) => [
            r.key,
            { total: r.total, items: r.items.map((i) => ({ node: toNodeObject(link.to, i.node), rel: i.rel })) },
          ]),
        );
      },
      { items: [], total: 0 },
    );
  }
}
