import { isLabel, LABELS, type Label } from './model';

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
 * a global id of another label is a mistake worth naming.
 */
export function parseKey(label: Label, id: string): ParsedId {
  const parsed = parseGlobalId(id);
  if (parsed.ok) {
    if (parsed.label === label) return parsed;
    return { ok: false, reason: `"${id}" is the id of ${article(parsed.label)}, not of ${article(label)}` };
  }
  return id === '' ? { ok: false, reason: `an empty string is not a ${label} id` } : { ok: true, label, key: id };
}

function article(label: Label): string {
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;
}
