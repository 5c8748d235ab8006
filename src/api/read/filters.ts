import { checkProperty, filtersOf, filterTarget, LABEL_SPECS, searchTokens, type Label, type Violation } from '../../domain';
import { listing } from '../../graph/queries';
import { ApiError, invalidInput } from '../errors';
import type { GraphReader } from './reader';

type Input = Record<string, unknown> | null | undefined;

/** The most a name filter or search text may hold: enough for the longest title, little for a scan. */
export const TEXT_LIMITS = { characters: 200, words: 20 } as const;

/** Folded words of a name filter or search text, within limits that keep the scan cheap. */
export function textTokens(text: string, argument: string): string[] {
  const tokens = searchTokens(text);
  if (tokens.length > TEXT_LIMITS.words || text.length > TEXT_LIMITS.characters) {
    throw new ApiError('BAD_USER_INPUT', `${argument}: at most ${TEXT_LIMITS.characters} characters and ${TEXT_LIMITS.words} words.`, { argument });
  }
  return tokens;
}

/**
 * Turns a filter input into the catalogue parameters of the filters given (domain/filters.ts),
 * dropping absent ones so the catalogue composes only what is asked: a filter on a property is
 * held to the property's rules, one naming a node is read the one way node names are (id,
 * global id or name).
 */
export async function listingFilters(label: Label, input: Input, reader: GraphReader): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const named: Promise<void>[] = [];
  const violations: Violation[] = [];
  for (const filter of filtersOf(label)) {
    const value = input?.[filter.name];
    if (value === null || value === undefined) continue;
    const argument = `filter.${filter.name}`;
    if (filter.kind === 'text') {
      const tokens = textTokens(String(value), argument);
      if (tokens.length > 0) out[listing.TEXT_PARAM] = tokens;
    } else if (filter.kind === 'node' && filter.key === undefined) {
      named.push(reader.keyNamed(filterTarget(filter), String(value), argument).then((key) => void (out[filter.name] = key)));
    } else {
      const spec = filter.kind === 'property' ? LABEL_SPECS[label].properties.find((p) => p.name === filter.property) : LABEL_SPECS[filterTarget(filter)].properties.find((p) => p.name === filter.key);
      const message = spec && checkProperty({ ...spec, name: filter.name }, value);
      if (message) violations.push({ field: filter.name, message });
      out[filter.name] = value;
    }
  }
  if (violations.length) throw invalidInput(violations, 'filter');
  await Promise.all(named);
  if (typeof out.from === 'string' && typeof out.to === 'string' && out.from > out.to) {
    throw new ApiError('BAD_USER_INPUT', `filter.from (${out.from}) is after filter.to (${out.to}).`, { argument: 'filter.from' });
  }
  return out;
}

/** A sort key as the order enums name it (START_DATE) and as the catalogue does (startDate). */
export const orderValue = (key: listing.OrderKey) => key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
const orderKey = (value: string): listing.OrderKey => value.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function listingOrder(order: { field?: string; direction?: string } | null | undefined) {
  return { order: orderKey(order?.field ?? 'ID'), descending: order?.direction === 'DESC' };
}
