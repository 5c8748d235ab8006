/**
 * Formats the model's strings must have where people type them (API writes). Patterns, not
 * lookups: ISO lists come from class-validator where it has them.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()./-]{4,28}[0-9]$/;
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;

/** Longest text a property may hold: notes are prose, the rest are names and titles. */
export function maxLength(property: string): number {
  return property === 'note' ? 2000 : 300;
}
