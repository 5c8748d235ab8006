import { COUNTRY_CODE_PATTERN, ID_PATTERN, maxLength, PHONE_PATTERN } from './formats';
import { LABEL_SPECS, YEARS, type Label, type PropertySpec } from './model';
import { canonicalValue, checkValue, isIsoDate } from './values';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE = /^[a-z]{2}$/;

/** What is wrong with one typed value of a property, if anything (imports of JSON records). */
function checkProperty(spec: PropertySpec, value: unknown): string | undefined {
  const is = {
    string: typeof value === 'string',
    int: Number.isInteger(value),
    float: typeof value === 'number' && Number.isFinite(value),
    boolean: typeof value === 'boolean',
    date: typeof value === 'string' && isIsoDate(value),
    'string[]': Array.isArray(value) && value.every((v) => typeof v === 'string'),
  }[spec.type];
  if (!is) return `${spec.name} must be ${{ string: 'a string', int: 'an integer', float: 'a number', boolean: 'true or false', date: `a date (YYYY-MM-DD, years ${YEARS.min} to ${YEARS.max})`, 'string[]': 'a list of strings' }[spec.type]}`;
  if (typeof value === 'string' && !spec.values && (value.length === 0 || value.length > maxLength(spec.name))) {
    return `${spec.name} must be 1 to ${maxLength(spec.name)} characters`;
  }
  if (spec.name === 'email' && !EMAIL.test(String(value))) return 'email must be an e-mail address';
  if (spec.name === 'phone' && !PHONE_PATTERN.test(String(value))) return 'phone must be a phone number';
  if ((spec.name === 'countryCode' || spec.name === 'code') && !COUNTRY_CODE_PATTERN.test(String(value))) return `${spec.name} must be two capital letters`;
  if (spec.name === 'languages' && !(value as string[]).every((l) => LANGUAGE.test(l))) return 'languages must be ISO 639-1 codes such as "en"';
  return checkValue(spec, value);
}

/** The record with its enum-like values in the model's own case (see enumValue). */
export function canonicalRecord(label: Label, props: Record<string, unknown>): Record<string, unknown> {
  const out = { ...props };
  for (const p of LABEL_SPECS[label].properties) if (p.name in out) out[p.name] = canonicalValue(p, out[p.name]);
  return out;
}

/**
 * The problems of one node record (its complete properties, `id` included) against the model:
 * unknown, missing, mistyped and out-of-range properties, and an event ending before it starts.
 */
export function checkRecord(label: Label, props: Record<string, unknown>): string[] {
  const spec = LABEL_SPECS[label];
  const problems: string[] = [];
  const id = props.id;
  if (typeof id !== 'string' || !(spec.idFormat ? spec.idFormat.includes(id) : ID_PATTERN.test(id))) {
    problems.push(spec.idFormat ? `id must be one of ${spec.idFormat.join(', ')}` : 'id must be 1–100 letters, digits, _ . or -');
  }
  const names = new Set(['id', ...spec.properties.map((p) => p.name)]);
  const unknown = Object.keys(props).filter((k) => !names.has(k));
  if (unknown.length) problems.push(`${label} has no ${unknown.join(', ')}`);
  for (const p of spec.properties) {
    const value = props[p.name];
    if (value == null) {
      if (p.required) problems.push(`${p.name} is required`);
      continue;
    }
    const problem = checkProperty(p, value);
    if (problem) problems.push(problem);
  }
  const order = dateOrderProblem(label, props);
  if (order) problems.push(order);
  return problems;
}

/** An event may not end before it starts: the one rule across properties, for every kind of write. */
export function dateOrderProblem(label: Label, props: Record<string, unknown>): string | undefined {
  if (label === 'Event' && typeof props.startDate === 'string' && typeof props.endDate === 'string' && props.endDate < props.startDate) {
    return `endDate (${props.endDate}) is before startDate (${props.startDate})`;
  }
  return undefined;
}
