import { searchTokens, type Label } from '../../domain';
import { propertyViolations } from './property-argument';
import { listing } from '../../graph/queries';
import { ApiError, invalidInput } from '../errors';
import type { GraphReader } from './reader';

type Input = Record<string, unknown> | null | undefined;

/** Arguments that name a node of another label. */
const KEY_LABELS: Record<string, Label> = { city: 'City', country: 'Country', institution: 'Institution', topic: 'Topic', event: 'Event', cluster: 'Cluster' };

/** Folded words of a name filter or search text, within limits that keep the scan cheap. */
export function textTokens(text: string, argument: string): string[] {
  const tokens = searchTokens(text);
  if (tokens.length > 10 || text.length > 200) {
    throw new ApiError('BAD_USER_INPUT', `${argument}: at most 200 characters and 10 words.`, { argument });
  }
  return tokens;
}

/**
 * Turns a filter input into the catalogue parameters of the filters given, dropping absent
 * ones (so the catalogue composes only what is asked): a filter on a property is held to the
 * property's rules, one naming a node is read the one way node names are (id, global id or name).
 */
export async function listingFilters(label: Label, input: Input, reader: GraphReader): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const named: Promise<void>[] = [];
  for (const [field, value] of Object.entries(input ?? {})) {
    if (value === null || value === undefined) continue;
    if (field === 'nameContains' || field === 'titleContains') {
      const tokens = textTokens(String(value), `filter.${field}`);
      if (tokens.length > 0) out.text = tokens;
    } else if (KEY_LABELS[field]) {
      named.push(reader.keyNamed(KEY_LABELS[field], String(value), `filter.${field}`).then((key) => void (out[field] = key)));
    } else {
      out[field] = value;
    }
  }
  const violations = propertyViolations(label, out);
  if (violations.length) throw invalidInput(violations, 'filter');
  await Promise.all(named);
  if (typeof out.from === 'string' && typeof out.to === 'string' && out.from > out.to) {
    throw new ApiError('BAD_USER_INPUT', `filter.from (${out.from}) is after filter.to (${out.to}).`, { argument: 'filter.from' });
  }
  const known = Object.keys(listing.LISTING_FILTERS[label]);
  const unknown = Object.keys(out).filter((k) => !known.includes(k));
  if (unknown.length) throw new Error(`listingFilters: ${label} input has fields the catalogue lacks: ${unknown.join(', ')}`);
  return out;
}

const ORDER_KEYS: Record<string, listing.OrderKey> = { ID: 'id', NAME: 'name', START_DATE: 'startDate' };

export function listingOrder(order: { field?: string; direction?: string } | null | undefined) {
  return { order: ORDER_KEYS[order?.field ?? 'ID'], descending: order?.direction === 'DESC' };
}
