import { findRelationshipSpec, RELATIONSHIP_SPECS, type Label, type RelationshipSpec, type RelationshipType } from './model';
import { canonicalValue } from './values';
import { checkProperties, describeViolations } from './rules';

export interface LinkEnd {
  readonly label: Label;
  readonly key: string;
}

export type LinkCheck = { ok: true; spec: RelationshipSpec; props: Record<string, unknown> } | { ok: false; reason: string };
export type SpecCheck = { ok: true; spec: RelationshipSpec } | { ok: false; reason: string };

const end = (e: LinkEnd) => `${e.label} "${e.key}"`;

/** The spec of a relationship of `type` between these ends, or a reason naming both and what the model allows. */
export function linkSpec(type: RelationshipType, from: LinkEnd, to: LinkEnd): SpecCheck {
  const spec = findRelationshipSpec(type, from.label, to.label);
  if (spec) return { ok: true, spec };
  const allowed = RELATIONSHIP_SPECS.filter((s) => s.type === type).map((s) => `${s.from} to ${s.to}`);
  return { ok: false, reason: `${type} cannot join ${end(from)} to ${end(to)}: it goes from ${allowed.join(' or from ')}` };
}

/**
 * Whether the model allows a relationship of `type` from `from` to `to` with these properties:
 * the spec that fits and the properties to store, or the reason why not.
 */
export function checkLink(type: RelationshipType, from: LinkEnd, to: LinkEnd, given: Record<string, unknown>): LinkCheck {
  const found = linkSpec(type, from, to);
  if (!found.ok) return found;
  const { spec } = found;
  const props: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(given)) {
    // An absent GraphQL input field arrives as undefined: it was not given.
    if (value === undefined || value === null) continue;
    const p = spec.properties.find((q) => q.name === name);
    props[name] = p ? canonicalValue(p, value) : value;
  }
  const problems = checkProperties(type, spec.properties, props, true);
  return problems.length ? { ok: false, reason: describeViolations(problems) } : { ok: true, spec, props };
}
