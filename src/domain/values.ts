import { YEARS, type PropertySpec, type ValueType } from './model';

/** A parsed value, or the reason it could not be parsed. Errors are values, not exceptions. */
export type ParseResult = { ok: true; value: unknown } | { ok: false; error: string };

const ok = (value: unknown): ParseResult => ({ ok: true, value });
const fail = (error: string): ParseResult => ({ ok: false, error });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day, YYYY-MM-DD, in one of the model's YEARS. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m || Number(m[1]) < YEARS.min || Number(m[1]) > YEARS.max) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** Separator of array cells, as in `neo4j-admin database import --array-delimiter=";"`. */
export const ARRAY_DELIMITER = ';';

/** Parses one CSV cell into the typed value of the neo4j-admin header convention. */
export function parseCell(raw: string, type: ValueType): ParseResult {
  switch (type) {
    case 'string':
      return ok(raw);
    case 'int': {
      if (!/^-?\d+$/.test(raw)) return fail(`"${raw}" is not an integer`);
      const n = Number(raw);
      return Number.isSafeInteger(n) ? ok(n) : fail(`${raw} is too large`);
    }
    case 'float': {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n) ? ok(n) : fail(`"${raw}" is not a number`);
    }
    case 'boolean':
      if (raw === 'true' || raw === 'false') return ok(raw === 'true');
      return fail(`"${raw}" is not a boolean (true or false)`);
    case 'date':
      return isIsoDate(raw) ? ok(raw) : fail(`"${raw}" is not a date (YYYY-MM-DD, years ${YEARS.min} to ${YEARS.max})`);
    case 'string[]':
      return ok(raw.split(ARRAY_DELIMITER).map((s) => s.trim()).filter((s) => s !== ''));
  }
}

/**
 * An enum-like value as the model writes it, from any ASCII case ("speaker" → "SPEAKER"):
 * one convention for every enum-like string a caller sends (token roles, relationship roles,
 * kinds in imports). Only ASCII letters are folded, so "admın" (dotless ı) matches nothing.
 */
export function enumValue<T extends string>(values: readonly T[], raw: unknown): T | undefined {
  if (typeof raw !== 'string' || !/^[A-Za-z0-9_]+$/.test(raw)) return undefined;
  const upper = raw.toUpperCase();
  return values.find((value) => value === upper);
}

/** A property's value with an enum-like string in the model's own case; any other value as it is. */
export function canonicalValue(spec: PropertySpec, value: unknown): unknown {
  if (!spec.values) return value;
  const one = (v: unknown) => enumValue(spec.values!, v) ?? v;
  return Array.isArray(value) ? value.map(one) : one(value);
}

/** Formats a typed value back into a CSV cell (inverse of parseCell). */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(ARRAY_DELIMITER);
  return String(value);
}
