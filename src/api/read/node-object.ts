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
  readonly version: number;
  readonly [property: string]: unknown;
}

const HIDDEN = new Set(['id', 'email', 'phone', 'nameFolded', 'synthetic', 'sources']);

/** Personal data kept off the node object's enumerable fields (so it reaches no log or spread); see contactOf. */
const CONTACT = Symbol('contact');

export interface Contact {
  readonly email: string | null;
  readonly phone: string | null;
}

/** A practitioner's e-mail and phone; the API hands them only to roles that may read them. */
export function contactOf(node: NodeObject): Contact {
  return (node as unknown as { [CONTACT]?: Contact })[CONTACT] ?? { email: null, phone: null };
}

export function toNodeObject(label: Label, props: Record<string, unknown>): NodeObject {
  const key = String(props.id);
  // A plain loop: this runs for every node of every response (1,500 in a four-level page of 100).
  const out: Record<string, unknown> = {
    __label: label,
    id: toGlobalId(label, key),
    key,
    synthetic: props.synthetic === true,
    sources: Array.isArray(props.sources) ? props.sources : [],
    version: typeof props.version === 'number' ? props.version : 0,
  };
  for (const name in props) {
    if (!HIDDEN.has(name) && !(name in out)) out[name] = props[name];
  }
  if (props.email != null || props.phone != null) {
    const contact: Contact = { email: (props.email as string) ?? null, phone: (props.phone as string) ?? null };
    Object.defineProperty(out, CONTACT, { value: contact, enumerable: false });
  }
  return out as NodeObject;
}
