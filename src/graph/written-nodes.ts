import type { Label, Properties } from '../domain';
import { lookup } from './queries';
import type { GraphStore } from './store';

/** A node written: its label and key. */
export interface NodeRef {
  readonly label: Label;
  readonly key: string;
}

/** A written node as the store now holds it: its properties, or null when it is gone. */
export interface WrittenNode {
  readonly key: string;
  readonly node: Properties | null;
}

/**
 * The nodes a write touched, read again after it committed, label by label (one lookup each):
 * what everything kept beside the store (the name index, the figures' graph) takes in.
 */
export async function readWritten(store: GraphStore, refs: readonly NodeRef[]): Promise<Map<Label, WrittenNode[]>> {
  const byLabel = new Map<Label, string[]>();
  for (const { label, key } of refs) byLabel.set(label, [...(byLabel.get(label) ?? []), key]);
  const out = new Map<Label, WrittenNode[]>();
  for (const [label, keys] of byLabel) {
    const rows = await store.read<{ key: string; node: Properties }>(lookup.nodesByKeys(label), { keys });
    const found = new Map(rows.map((r) => [r.key, r.node]));
    out.set(label, [...new Set(keys)].map((key) => ({ key, node: found.get(key) ?? null })));
  }
  return out;
}
