import { findRelationshipSpec, type Label, type RelationshipType } from './model';
import type { EvidenceKind } from './evidence';

/**
 * The meanings the questions share, each defined once as a path of the model; the catalogue
 * renders them into every statement that uses them (graph/queries/fragments.ts):
 *   worked on          a practitioner is expert in a topic, took part in an event addressing it,
 *                      or contributed to an outcome addressing it (one path per kind of evidence)
 *   in a city          a practitioner based in the city, or working at an institution located there
 *   topic of a cluster
 *   addresses a topic  an event's or outcome's topics
 * A path names only labels and relationship types, checked against the model when it is built.
 */

export interface Path {
  readonly from: Label;
  readonly hops: readonly { readonly type: RelationshipType; readonly to: Label }[];
}

export function path(from: Label, ...hops: [RelationshipType, Label][]): Path {
  let at = from;
  for (const [type, to] of hops) {
    if (!findRelationshipSpec(type, at, to)) throw new Error(`paths: the model has no ${type} from ${at} to ${to}`);
    at = to;
  }
  return { from, hops: hops.map(([type, to]) => ({ type, to })) };
}

/** One path after another: the first ends where the second starts. */
export function then(first: Path, second: Path): Path {
  const end = first.hops.at(-1)?.to ?? first.from;
  if (end !== second.from) throw new Error(`paths: a path ending at ${end} cannot go on from ${second.from}`);
  return { from: first.from, hops: [...first.hops, ...second.hops] };
}

export const TOPIC_OF_CLUSTER = path('Topic', ['PART_OF', 'Cluster']);

export const ADDRESSES_TOPIC = {
  Event: path('Event', ['ADDRESSES', 'Topic']),
  Outcome: path('Outcome', ['ADDRESSES', 'Topic']),
} as const;

export const WORKED_ON: Readonly<Record<EvidenceKind, Path>> = {
  EXPERTISE: path('Practitioner', ['EXPERT_IN', 'Topic']),
  EVENT: then(path('Practitioner', ['PARTICIPATED_IN', 'Event']), ADDRESSES_TOPIC.Event),
  OUTCOME: then(path('Practitioner', ['CONTRIBUTED_TO', 'Outcome']), ADDRESSES_TOPIC.Outcome),
};

/** Where a practitioner comes from: the one city they are based in (their region, their side of an exchange). */
export const HOME_CITY = path('Practitioner', ['BASED_IN', 'City']);

/** Practitioner to city, each way of being in it. */
export const IN_CITY: readonly Path[] = [HOME_CITY, path('Practitioner', ['WORKS_AT', 'Institution'], ['LOCATED_IN', 'City'])];

