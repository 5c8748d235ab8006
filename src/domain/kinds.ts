import { LABELS, type Label } from './model';

/** The kind of a node as callers name it: its label in capitals (Practitioner → PRACTITIONER). */
export type NodeKind = string;

export function kindOfLabel(label: Label): NodeKind {
  return label.toUpperCase();
}

/** The kinds of the model's labels (read when asked: the model may have been extended). */
export function nodeKinds(): NodeKind[] {
  return LABELS.map(kindOfLabel);
}

export function labelOfKind(kind: NodeKind): Label {
  return LABELS.find((l) => kindOfLabel(l) === kind)!;
}

/** How the API names a label's nodes in the plural ("cities") and its root fields (`city`, `cities`). */
export function pluralOf(label: Label): string {
  const lower = label.toLowerCase();
  return lower.endsWith('y') ? `${lower.slice(0, -1)}ies` : `${lower}s`;
}

export function rootFieldOf(label: Label): string {
  return `${label[0].toLowerCase()}${label.slice(1)}`;
}

/** What a committed write did, as it is announced to subscribers. */
export const CHANGE_KINDS = ['CREATED', 'UPDATED', 'DELETED', 'LINKED', 'UNLINKED', 'IMPORTED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
