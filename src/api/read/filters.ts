import { searchTokens, type Label } from '../../domain';
import { listing } from '../../graph/queries';
import { ApiError } from '../errors';
import { keyArgument } from './key-argument';

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
 * ones (so the catalogue composes only what is asked) and checking what GraphQL types cannot.
 */
export function listingFilters(label: Label, input: Input): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input ?? {})) {
    if (value === null || value === undefined) continue;
    if (field === 'nameContains' || field === 'titleContains') {
      const tokens = textTokens(String(value), `filter.${field}`);
      if (tokens.length > 0) out.text = tokens;
    } else if (KEY_LABELS[field]) {
      out[field] = keyArgument(KEY_LABELS[field], String(value), `filter.${field}`);
    } else {
      out[field] = value;
    }
  }
  if (typeof out.phase === 'number' && (out.phase < 1 || out.phase > 4)) {
    throw new ApiError('BAD_USER_INPUT', `filter.phase: the programme has phases 1 to 4; got ${out.phase}.`, { argument: 'filter.phase' });
  }
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
