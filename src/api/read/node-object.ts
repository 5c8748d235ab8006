import { toGlobalId, type Label } from '../../domain';

/**
 * A node as the API hands it to GraphQL: the store's properties plus `__label` (for the Node
 * interface), the global `id` and the raw `key`. Contact fields stay out until access control
 * decides who may see them; derived search fields stay out always.
 */
export interface NodeObject {
  readonly __label: Label;
  readonly id: string;
  readonly key: string;
  readonly synthetic: boolean;
  readonly sources: readonly string[];
  readonly [property: string]: unknown;
}

const HIDDEN = new Set(['id', 'email', 'phone', 'nameFolded', 'synthetic', 'sources']);

export function toNodeObject(label: Label, props: Record<string, unknown>): NodeObject {
  const key = String(props.id);
  // A plain loop: this runs for every node of every response (1,500 in a four-level page of 100).
  const out: Record<string, unknown> = {
    __label: label,
    id: toGlobalId(label, key),
    key,
    synthetic: props.synthetic === true,
    sources: Array.isArray(props.sources) ? props.sources : [],
  };
  for (const name in props) {
    if (!HIDDEN.has(name) && !(name in out)) out[name] = props[name];
  }
  return out as NodeObject;
}
