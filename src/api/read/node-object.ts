import { absentValues, LABEL_SPECS, LABELS, toGlobalId, type Label } from '../../domain';

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

/** A node's name or title (its label's name property), else its key: how every answer names a node. */
export const nameOfProperties = (label: Label, props: Readonly<Record<string, unknown>>, key: string): string => String(props[LABEL_SPECS[label].nameProperty] ?? key);

/** The name a node object is shown by (nameOfProperties). */
export const shownName = (node: NodeObject): string => nameOfProperties(node.__label, node, node.key);

/** The model's personal properties (a practitioner's e-mail and phone), of any label. */
const PERSONAL = new Set(LABELS.flatMap((l) => LABEL_SPECS[l].properties.filter((p) => p.personal).map((p) => p.name)));

const HIDDEN = new Set(['id', 'nameFolded', 'synthetic', 'sources', ...PERSONAL]);

/** What each label's reads answer for a property while it is absent (the model's `absent`). */
const ABSENT = Object.fromEntries(LABELS.map((l) => [l, absentValues(l)])) as Record<Label, (readonly [string, unknown])[]>;

/** Personal data kept off the node object's enumerable fields (so it reaches no log or spread); see contactOf. */
const CONTACT = Symbol('contact');

export type Contact = Readonly<Record<string, unknown>>;

/** A node's personal data; the API hands it only to roles that may read it. */
export function contactOf(node: NodeObject): Contact {
  return (node as unknown as { [CONTACT]?: Contact })[CONTACT] ?? {};
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
  let contact: Record<string, unknown> | undefined;
  for (const name in props) {
    if (PERSONAL.has(name)) (contact ??= {})[name] = props[name];
    else if (!HIDDEN.has(name) && !(name in out)) out[name] = props[name];
  }
  for (const [name, value] of ABSENT[label]) if (out[name] == null) out[name] = value;
  if (contact) Object.defineProperty(out, CONTACT, { value: contact, enumerable: false });
  return out as NodeObject;
}
