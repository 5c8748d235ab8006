import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { facetDimension, facetNames, facetsOf, LABELS, pluralOf, type Label } from '../../domain';
import { BoundedList } from '../limits/cost-rules';
import { MAX_FACET_BUCKETS } from '../limits/list-sizes';
import { LABEL_CONNECTIONS } from './connections';
import { enumOf } from './enums';

export const FacetDimension = enumOf(
  'FacetDimension',
  facetNames(LABELS).map(facetDimension),
  'What a listing\'s nodes can be counted by: each filter that names a node or a value (CITY, COUNTRY, REGION, INSTITUTION, TOPIC, CLUSTER, EVENT, KIND, PHASE, STATUS, VIRTUAL), and YEAR (events: theirs; practitioners: of the events they took part in), PHASE and ROLE (practitioners: at events). Each listing offers those of its filters.',
);

@ObjectType({ description: 'One value of a facet and how many of the listing\'s nodes have it.' })
export class FacetBucket {
  @Field(() => String, { nullable: true, description: 'The value as its filter takes it: a node\'s id, an enum value, a year; null for the nodes that have none.' })
  value!: string | null;

  @Field(() => String, { description: 'What to show: the node\'s name or title, else the value ("none" for null).' })
  label!: string;

  @Field(() => Int, { description: 'How many of the listing\'s nodes (all pages) have this value; a node with several values counts under each.' })
  count!: number;
}

@ObjectType({ description: 'A listing\'s nodes counted by one facet, most first.' })
export class Facet {
  @Field(() => FacetDimension, { description: 'What they are counted by.' })
  dimension!: string;

  @Field(() => [FacetBucket], { description: `The values, most first (then by value), at most ${MAX_FACET_BUCKETS}.` })
  @BoundedList(MAX_FACET_BUCKETS, 1)
  buckets!: FacetBucket[];

  @Field(() => Boolean, { description: `True when more than ${MAX_FACET_BUCKETS} values were found and the least frequent were left out.` })
  truncated!: boolean;
}

/** A root listing: a page of the label's nodes, and its facets (of the same filter, all pages). */
function listingType(label: Label): ClassType {
  const cls = { [`${label}Listing`]: class extends (LABEL_CONNECTIONS[label] as ClassType<object>) {} }[`${label}Listing`];
  ObjectType(`${label}Listing`, { description: `A page of ${pluralOf(label)}, and counts of all of them by facet.` })(cls);
  return cls;
}

/** The labels whose listings can be counted by something (a cluster's listing, of four, has no facet). */
export const FACETED_LABELS = LABELS.filter((l) => facetsOf(l).length > 0);

/** The type of each root listing: with facets where the label has some, the plain connection otherwise. */
export const LABEL_LISTINGS = Object.fromEntries(LABELS.map((l) => [l, FACETED_LABELS.includes(l) ? listingType(l) : LABEL_CONNECTIONS[l]])) as Record<Label, ClassType>;
