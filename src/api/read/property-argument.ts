import { checkProperty, LABEL_SPECS, type Label, type Violation } from '../../domain';

/**
 * The rule-book violations of arguments that stand for properties of a label (a filter's
 * `phase`, `networkStats(phase:)`): the same verdict and wording as a write of that value.
 */
export function propertyViolations(label: Label, values: Record<string, unknown>): Violation[] {
  return LABEL_SPECS[label].properties.flatMap((spec) => {
    const message = values[spec.name] == null ? undefined : checkProperty(spec, values[spec.name]);
    return message ? [{ field: spec.name, message }] : [];
  });
}
