import { findRelationshipSpec, isLabel, LABEL_SPECS, LABELS, type Label, type RelationshipSpec, type RelationshipType } from './model';

/**
 * Global ids are "<Label>:<id>" (e.g. "City:lagos"): unique across the graph, readable, and the
 * label tells `node(id:)` where to look without a query. The raw id stays the node's `key`.
 */
export function toGlobalId(label: Label, key: string): string {
  return `${label}:${key}`;
}

export type ParsedId = { ok: true; label: Label; key: string } | { ok: false; reason: string };

export function parseGlobalId(id: string): ParsedId {
  const colon = id.indexOf(':');
  const label = id.slice(0, colon);
  const key = id.slice(colon + 1);
  if (colon < 0 || !isLabel(label) || key === '') {
    return {
      ok: false,
      reason: `"${id}" is not a node id; ids look like "City:lagos", with one of the labels ${LABELS.join(', ')}`,
    };
  }
  return { ok: true, label, key };
}

/**
 * Label-specific arguments take either the raw id ("lagos") or the global one ("City:lagos");
 * a global id of another label is a mistake worth naming. Where ids are a property in lower
 * case (a country's ISO code), any case names the node ("NG", "Country:NG").
 */
export function parseKey(label: Label, id: string): ParsedId {
  const parsed = parseGlobalId(id);
  if (parsed.ok && parsed.label !== label) return { ok: false, reason: `"${id}" is the id of ${article(parsed.label)}, not of ${article(label)}` };
  const key = parsed.ok ? parsed.key : id;
  if (key === '') return { ok: false, reason: `an empty string is not a ${label} id` };
  return { ok: true, label, key: LABEL_SPECS[label].idFrom ? key.toLowerCase() : key };
}

/** A node another one references: the relationship that joins them and where the name comes from. */
export interface Reference {
  /** The input field (or property) that names the other node. */
  readonly field: string;
  readonly spec: RelationshipSpec;
  /** Whether the name is also stored, as a property of the node (a city's countryCode). */
  readonly property: boolean;
}

/** The nodes a node of this label may name as it is written, and the relationships that join them. */
export function referencesOf(label: Label): Reference[] {
  const spec = LABEL_SPECS[label];
  const find = (type: RelationshipType, to: Label) => {
    const found = findRelationshipSpec(type, label, to);
    if (!found) throw new Error(`the model has no ${type} from ${label} to ${to}`);
    return found;
  };
  return [
    ...spec.properties.flatMap((p) => (p.references ? [{ field: p.name, spec: find(p.references.type, p.references.to), property: true }] : [])),
    ...(spec.references ?? []).map((r) => ({ field: r.field, spec: find(r.type, r.to), property: false })),
  ];
}

/** "a City", "an Event". */
export function article(label: Label): string {
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;
}
