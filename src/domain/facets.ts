import { filtersOf, type FilterSpec } from './filters';
import type { Label } from './model';
import { path, type Path } from './paths';

/**
 * What a listing's nodes can be counted by (its facets), one table for all labels: every filter
 * of the listing that names a node or a value (domain/filters.ts) is also a facet of the same
 * name, so a facet's buckets are exactly the values its filter takes; a few counts no filter
 * offers are added (a practitioner's roles at events, the years and phases of those events).
 *   node      the node reached by `path`: counted by its id, shown by its name
 *   property  a property of the node reached by `path` (of the listed node itself when empty)
 *   relation  a property of the path's one relationship
 * A listed node counts once in each bucket it reaches, and in the bucket `null` when it reaches none.
 */
export type FacetSpec =
  | { readonly kind: 'node'; readonly name: string; readonly path: Path }
  | { readonly kind: 'property'; readonly name: string; readonly path: Path; readonly property: string }
  | { readonly kind: 'relation'; readonly name: string; readonly path: Path; readonly property: string };

function fromFilter(label: Label, filter: FilterSpec): FacetSpec[] {
  if (filter.kind === 'text' || (filter.kind === 'property' && filter.op)) return [];
  if (filter.kind === 'property') return [{ kind: 'property', name: filter.name, path: path(label), property: filter.property }];
  if (filter.key) return [{ kind: 'property', name: filter.name, path: filter.path, property: filter.key }];
  return [{ kind: 'node', name: filter.name, path: filter.path }];
}

const atEvents = path('Practitioner', ['PARTICIPATED_IN', 'Event']);

const MORE: Partial<Record<Label, readonly FacetSpec[]>> = {
  Practitioner: [
    { kind: 'relation', name: 'role', path: atEvents, property: 'role' },
    { kind: 'property', name: 'year', path: atEvents, property: 'year' },
    { kind: 'property', name: 'phase', path: atEvents, property: 'phase' },
  ],
  Event: [{ kind: 'property', name: 'year', path: path('Event'), property: 'year' }],
};

/** The facets of a label's listing, by name. */
export function facetsOf(label: Label): readonly FacetSpec[] {
  return [...filtersOf(label).flatMap((f) => fromFilter(label, f)), ...(MORE[label] ?? [])];
}

/** A facet's dimension as the API names it: its filter's name in capitals (`country` → COUNTRY). */
export const facetDimension = (name: string) => name.toUpperCase();

/** Every facet name of any label: what a request may ask for (each label offers some of them). */
export function facetNames(labels: readonly Label[]): string[] {
  return [...new Set(labels.flatMap((l) => facetsOf(l).map((f) => f.name)))];
}
