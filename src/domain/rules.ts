import isEmail from 'validator/lib/isEmail';
import isISO31661Alpha2 from 'validator/lib/isISO31661Alpha2';
import isISO6391 from 'validator/lib/isISO6391';
import { LABEL_SPECS, YEARS, type Format, type Label, type PropertySpec } from './model';
import { ID_PATTERN, PHONE_PATTERN } from './formats';
import { canonicalValue, isIsoDate } from './values';

/**
 * The rule book: one verdict, in one wording, for a value of a property, whichever path it came
 * by (a GraphQL input, importRecords, a CSV file). A message starts with the field's name so it
 * reads alone ("countryCode must be …").
 */

export interface Violation {
  /** The property (or `id`) the problem is about. */
  field: string;
  message: string;
}

export const DATE_RULE = `a day written YYYY-MM-DD in the years ${YEARS.min} to ${YEARS.max}, e.g. "2019-01-31"`;

/**
 * Kosovo has no ISO 3166-1 code; XK is the user-assigned code the EU, the IMF and Kosovo itself
 * use, and the programme works there (Prishtina).
 */
const USER_ASSIGNED_COUNTRIES = new Set(['XK']);

const FORMATS: Record<Format, { test: (s: string) => boolean; rule: string }> = {
  email: { test: (s) => isEmail(s), rule: 'an e-mail address such as "name@example.org"' },
  phone: { test: (s) => PHONE_PATTERN.test(s), rule: 'a phone number: digits, spaces, ()./- and an optional leading +, e.g. "+234 1 234 5678"' },
  country: { test: (s) => /^[A-Z]{2}$/.test(s) && (isISO31661Alpha2(s) || USER_ASSIGNED_COUNTRIES.has(s)), rule: 'an ISO 3166-1 alpha-2 country code in capitals, such as "NG"' },
  language: { test: (s) => /^[a-z]{2}$/.test(s) && isISO6391(s), rule: 'an ISO 639-1 language code in lower case, such as "en"' },
};

const TYPE_RULE = {
  string: 'a string',
  int: 'a whole number',
  float: 'a number',
  boolean: 'true or false',
  date: DATE_RULE,
  'string[]': 'a list of strings',
} as const;

const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : String(value));

function isType(spec: PropertySpec, value: unknown): boolean {
  switch (spec.type) {
    case 'string':
      return typeof value === 'string';
    case 'int':
      return Number.isSafeInteger(value);
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

/** The problem with one string of a property (the value, or an item of a list), if any. */
function textProblem(spec: PropertySpec, text: string, item: string): string | undefined {
  if (spec.values) {
    return spec.values.includes(text) ? undefined : `${spec.name} must be one of ${spec.values.join(', ')} (got ${shown(text)})`;
  }
  const max = spec.maxLength;
  if (text.length === 0 || (max !== undefined && text.length > max)) {
    return `${spec.name} ${item}must be 1 to ${max ?? 'any number of'} characters long (got ${text.length})`;
  }
  const format = spec.format && FORMATS[spec.format];
  if (format && !format.test(text)) return `${spec.name} ${item}must be ${format.rule} (got ${shown(text)})`;
  return undefined;
}

/** What is wrong with one typed value of a property, if anything. */
export function checkProperty(spec: PropertySpec, value: unknown): string | undefined {
  if (!isType(spec, value)) return `${spec.name} must be ${TYPE_RULE[spec.type]} (got ${shown(value)})`;
  if (typeof value === 'string' && spec.type === 'string') return textProblem(spec, value, '');
  if (Array.isArray(value)) {
    if (spec.maxItems !== undefined && value.length > spec.maxItems) return `${spec.name} must have at most ${spec.maxItems} items (got ${value.length})`;
    for (const item of value as string[]) {
      const problem = textProblem(spec, item, 'items ');
      if (problem) return problem;
    }
  }
  if (typeof value === 'number' && ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max))) {
    const range = spec.max === undefined ? `at least ${spec.min}` : spec.min === undefined ? `at most ${spec.max}` : `${spec.min} to ${spec.max}`;
    return `${spec.name} must be ${range} (got ${value})`;
  }
  return undefined;
}

/** What is wrong with a node's id, if anything. */
export function checkId(label: Label, id: unknown, props: Record<string, unknown> = {}): string | undefined {
  const spec = LABEL_SPECS[label];
  if (id == null || id === '') return 'id is required';
  if (spec.idFormat) return typeof id === 'string' && spec.idFormat.includes(id) ? undefined : `id must be one of ${spec.idFormat.join(', ')} (got ${shown(id)})`;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return `id must be 1 to 100 letters, digits, _ . or -, starting with a letter or digit (got ${shown(id)})`;
  const from = spec.idFrom && props[spec.idFrom];
  if (typeof from === 'string' && id !== from.toLowerCase()) return `id must be ${spec.idFrom} in lower case, "${from.toLowerCase()}" (got ${shown(id)})`;
  return undefined;
}

/** Checks the given properties against their specs: unknown names, required ones missing (when `complete`), each value. */
export function checkProperties(owner: string, specs: readonly PropertySpec[], props: Record<string, unknown>, complete: boolean): Violation[] {
  const names = new Set(specs.map((p) => p.name));
  const problems: Violation[] = Object.keys(props)
    .filter((k) => k !== 'id' && !names.has(k) && props[k] !== undefined)
    .map((field) => ({ field, message: `${field} is not a property of ${owner}; it has ${[...names].join(', ')}` }));
  for (const spec of specs) {
    const value = props[spec.name];
    if (value == null) {
      if (spec.required && (complete || value === null)) {
        const which = spec.values ? `: one of ${spec.values.join(', ')}` : '';
        problems.push({ field: spec.name, message: complete ? `${spec.name} is required${which}` : `${spec.name} cannot be cleared: ${owner} needs it` });
      }
      continue;
    }
    const message = checkProperty(spec, value);
    if (message) problems.push({ field: spec.name, message });
  }
  return problems;
}

/** The record with its enum-like values in the model's own case (see enumValue). */
export function canonicalRecord(label: Label, props: Record<string, unknown>): Record<string, unknown> {
  const out = { ...props };
  for (const p of LABEL_SPECS[label].properties) if (p.name in out) out[p.name] = canonicalValue(p, out[p.name]);
  return out;
}

/** An event may not end before it starts: the one rule across properties. */
export function dateOrderProblem(label: Label, props: Record<string, unknown>): Violation | undefined {
  const day = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);
  if (label === 'Event' && day(props.startDate) && day(props.endDate) && props.endDate < props.startDate) {
    return { field: 'endDate', message: `endDate (${props.endDate}) is before startDate (${props.startDate})` };
  }
  return undefined;
}

/** The problems of a whole node record (`id` included) against the model. */
export function checkRecord(label: Label, props: Record<string, unknown>): Violation[] {
  const id = checkId(label, props.id, props);
  const order = dateOrderProblem(label, props);
  return [...(id ? [{ field: 'id', message: id }] : []), ...checkProperties(label, LABEL_SPECS[label].properties, props, true), ...(order ? [order] : [])];
}

/**
 * The problems of a patch (only the given properties; null clears one): the node as it would be
 * after the patch, `merged`, is checked across properties.
 */
export function checkPatch(label: Label, changes: Record<string, unknown>, merged?: Record<string, unknown>): Violation[] {
  const problems = checkProperties(label, LABEL_SPECS[label].properties, changes, false);
  if (changes.id !== undefined) problems.push({ field: 'id', message: 'id cannot be changed' });
  const order = merged && dateOrderProblem(label, merged);
  return order ? [...problems, order] : problems;
}

/** The violations as one sentence list, for a message. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations.map((v) => v.message).join('; ');
}
