import { encodeCursor } from './cursor';
import type { NodeObject } from './node-object';

/** Relay page info, forward paging only (`first` / `after`). */
export interface PageInfoObject {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface EdgeObject {
  cursor: string;
  node: NodeObject;
  readonly [edgeProperty: string]: unknown;
}

export interface ConnectionObject {
  edges: EdgeObject[];
  nodes: NodeObject[];
  pageInfo: PageInfoObject;
  /** A value, or a getter that asks the store only when the field is selected. */
  readonly totalCount: number | Promise<number>;
}

export interface PageRow {
  node: NodeObject;
  /** Sort value the cursor carries besides the id (null when ordering by id). */
  sortValue: string | number | null;
  /** What the cursor names besides the sort value: the node's key unless the page mixes labels. */
  position?: string;
  edge?: Readonly<Record<string, unknown>>;
}

/**
 * Builds a connection from up to first + 1 rows (the extra one only says that more follow).
 * `total` may be a thunk so root listings count only when asked.
 */
export function toConnection(
  rows: readonly PageRow[],
  first: number,
  order: string,
  afterGiven: boolean,
  total: number | (() => Promise<number>),
): ConnectionObject {
  const page = rows.slice(0, first);
  const edges = page.map((r) => ({
    ...r.edge,
    cursor: encodeCursor({ order, value: r.sortValue, id: r.position ?? r.node.key }),
    node: r.node,
  }));
  const connection = {
    edges,
    nodes: page.map((r) => r.node),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: afterGiven,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
  if (typeof total === 'number') return { ...connection, totalCount: total };
  let counted: Promise<number> | undefined;
  return Object.defineProperty(connection, 'totalCount', {
    enumerable: true,
    get: () => (counted ??= total()),
  }) as ConnectionObject;
}
