import { LABELS, type Label } from './model';

/** The kind of a node as callers name it: its label in capitals (Practitioner → PRACTITIONER). */
export type NodeKind = string;

const KIND_BY_LABEL = Object.fromEntries(LABELS.map((l) => [l, l.toUpperCase()])) as Record<Label, NodeKind>;

export const NODE_KINDS: readonly NodeKind[] = Object.values(KIND_BY_LABEL);

export function labelOfKind(kind: NodeKind): Label {
  return LABELS.find((l) => KIND_BY_LABEL[l] === kind)!;
}

export function kindOfLabel(label: Label): NodeKind {
  return KIND_BY_LABEL[label];
}

/** What a committed write did, as it is announced to subscribers. */
export const CHANGE_KINDS = ['CREATED', 'UPDATED', 'DELETED', 'LINKED', 'UNLINKED', 'IMPORTED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
