import { distance } from 'fastest-levenshtein';
import { foldText, parseKey, type Properties } from '../../domain';
import type { GraphStore } from '../../graph/store';
import { cities, lookup } from '../../graph/queries';
import { ApiError } from '../errors';


/** How many close names a NOT_FOUND suggests. */
const SUGGESTIONS = 3;

/**
 * A city as a person names it: an id ("lagos", "City:lagos") or a name in any case, with or
 * without accents ("sao paulo"). The argument is first taken for an id (checked for shape only
 * here, so a caller can start its work in the same round as the lookup); when no city has that
 * id, cityByName decides.
 */
export function cityKeyOf(value: string, argument = 'city'): string {
  const text = value.trim();
  if (text.length === 0 || text.length > 200) {
    throw new ApiError('BAD_USER_INPUT', `${argument}: give a city id or name of 1 to 200 characters.`, { argument });
  }
  const parsed = parseKey('City', text);
  if (!parsed.ok) throw new ApiError('BAD_USER_INPUT', `${argument}: ${parsed.reason}.`, { argument });
  return parsed.key;
}

/** Whether a city has this key. */
export async function cityExists(store: GraphStore, key: string): Promise<boolean> {
  return (await store.read(lookup.nodesByKeys('City'), { keys: [key] })).length > 0;
}

/** The cities named so (folded), with their countries: what cityByName decides from. */
export function citiesNamed(store: GraphStore, value: string): Promise<{ node: Properties; country: string | null }[]> {
  return store.read<{ node: Properties; country: string | null }>(cities.citiesByName, { name: foldText(value.trim()) });
}

/**
 * The city by its name, when the argument is not an id; `named` may be looked up beforehand (in
 * the same round as other work). NOT_FOUND suggests the closest names; a name several cities
 * share is BAD_USER_INPUT listing them with their countries and ids.
 */
export async function cityByName(
  store: GraphStore,
  value: string,
  argument = 'city',
  named?: { node: Properties; country: string | null }[],
): Promise<string> {
  const text = value.trim();
  const rows = named ?? (await citiesNamed(store, text));
  if (rows.length === 1) return String(rows[0].node.id);
  if (rows.length > 1) {
    const options = rows.map((r) => `${r.node.name} in ${r.country ?? 'an unknown country'} (id "${r.node.id}")`);
    throw new ApiError('BAD_USER_INPUT', `${argument}: ${rows.length} cities are called "${text}": ${options.join('; ')}. Give the id.`, {
      argument,
      candidates: rows.map((r) => String(r.node.id)),
    });
  }
  const suggestions = await closestCities(store, foldText(text));
  const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `${s.name} ("${s.key}")`).join(', ')}?` : '';
  throw new ApiError('NOT_FOUND', `${argument}: no city has the id or name "${text}".${hint}`, {
    argument,
    suggestions: suggestions.map((s) => s.key),
  });
}

/** The cities whose folded names are closest to the text (edit distance), nearest first. */
async function closestCities(store: GraphStore, folded: string) {
  const rows = await store.read<{ key: string; name: string; folded: string }>(cities.cityNames);
  return rows
    .map((r) => ({ key: r.key, name: r.name, distance: distance(folded, r.folded ?? foldText(r.name)) }))
    .sort((a, b) => a.distance - b.distance || a.key.localeCompare(b.key))
    .slice(0, SUGGESTIONS);
}
