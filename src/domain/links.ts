import { findRelationshipSpec, type Label, type PropertySpec, type RelationshipType } from './model';

/**
 * The traversals the API offers from a node to its neighbours: every relationship of the model in
 * both directions, plus two-hop shortcuts (a cluster's events and outcomes, via its topics).
 * The catalogue turns each into Cypher; the API into a field of the owner's type.
 */

export interface Step {
  readonly type: RelationshipType;
  readonly direction: 'out' | 'in';
  /** Label of the node this step arrives at. */
  readonly label: Label;
}

/**
 * How many neighbours to expect: `one` and `few` are answered whole (a field or a list),
 * `many` page by page (a cursor connection), because hubs have thousands.
 */
export type Cardinality = 'one' | 'few' | 'many';

/** A `few` link and the most neighbours the API lists over it (the first by id). */
interface Few {
  readonly few: number;
}
export const few = (max: number): Few => ({ few: max });

export interface Link {
  /** `Owner.field`, also the statement name suffix. */
  readonly name: string;
  readonly from: Label;
  readonly to: Label;
  readonly steps: readonly Step[];
  readonly cardinality: Cardinality;
  /**
   * The most neighbours the API lists over a `one` or `few` link (the first by id); the cost
   * estimate counts the list as this long. A node with more keeps them, and pages of the other
   * direction or of a traversal show them all.
   */
  readonly max?: number;
  /** Properties of the relationship that the API shows on the edge (single-step links only). */
  readonly edgeProperties: readonly PropertySpec[];
  /** How the API names a neighbour with those properties (links with edge properties only). */
  readonly edge?: LinkEdge;
  readonly description: string;
}

/**
 * A neighbour with the properties of the relationship: on a `many` link the edge of a connection
 * (`<name>Edge`, `<name>Connection`), on a `few` link an object (`<name>`) whose `node` field holds
 * the neighbour.
 */
export interface LinkEdge {
  readonly name: string;
  /** What the neighbour is, in words ("event", "participant"), and on a `few` object its field. */
  readonly node: string;
  readonly nodeDescription?: string;
  readonly description: string;
  /** The connection's description (`many` links). */
  readonly page?: string;
}

export function link(
  from: Label,
  field: string,
  size: 'one' | 'many' | Few,
  steps: Step[],
  description: string,
  edgeProperties: readonly string[] = [],
  edge?: LinkEdge,
): Link {
  const to = steps[steps.length - 1].label;
  const first = steps[0];
  const spec =
    first.direction === 'out' ? findRelationshipSpec(first.type, from, first.label) : findRelationshipSpec(first.type, first.label, from);
  if (!spec) throw new Error(`links: the model has no ${first.type} between ${from} and ${first.label}`);
  const props = edgeProperties.map((p) => {
    const found = spec.properties.find((s) => s.name === p);
    if (!found) throw new Error(`links: ${first.type} has no property ${p}`);
    return found;
  });
  const [cardinality, max]: [Cardinality, number | undefined] = typeof size === 'string' ? [size, size === 'one' ? 1 : undefined] : ['few', size.few];
  if ((props.length > 0) !== (edge !== undefined)) throw new Error(`links: ${from}.${field} needs an edge name exactly when it shows edge properties`);
  return { name: `${from}.${field}`, from, to, steps, cardinality, max, edgeProperties: props, edge, description };
}

export const out = (type: RelationshipType, label: Label): Step => ({ type, direction: 'out', label });
export const inn = (type: RelationshipType, label: Label): Step => ({ type, direction: 'in', label });

const PARTNERSHIP: LinkEdge = { name: 'Partnership', node: 'city', nodeDescription: 'The partner city.', description: 'A city partnership (PARTNER_OF).' };

export const LINKS = {
  practitionerEmployments: link('Practitioner', 'employments', few(10), [out('WORKS_AT', 'Institution')], 'Institutions the practitioner works at, with position and start year.', ['position', 'since'], {
    name: 'Employment', node: 'institution', nodeDescription: 'Where they work.', description: "A practitioner's employment at an institution (WORKS_AT).",
  }),
  practitionerCity: link('Practitioner', 'city', 'one', [out('BASED_IN', 'City')], 'The city the practitioner is based in.'),
  practitionerExpertise: link('Practitioner', 'expertise', few(10), [out('EXPERT_IN', 'Topic')], 'Topics the practitioner is an expert in.'),
  practitionerEvents: link('Practitioner', 'events', 'many', [out('PARTICIPATED_IN', 'Event')], 'Events the practitioner took part in, with their role.', ['role'], {
    name: 'Participation', node: 'event', description: 'An event a practitioner took part in, with their role (PARTICIPATED_IN).', page: 'A page of the events a practitioner took part in.',
  }),
  practitionerOutcomes: link('Practitioner', 'outcomes', 'many', [out('CONTRIBUTED_TO', 'Outcome')], 'Outcomes the practitioner contributed to, with their role.', ['role'], {
    name: 'Contribution', node: 'outcome', description: 'An outcome a practitioner contributed to, with their role (CONTRIBUTED_TO).', page: 'A page of the outcomes a practitioner contributed to.',
  }),

  institutionPractitioners: link('Institution', 'practitioners', 'many', [inn('WORKS_AT', 'Practitioner')], 'Practitioners working at the institution, with position and start year.', ['position', 'since'], {
    name: 'Staff', node: 'practitioner', description: 'A practitioner working at an institution (WORKS_AT).', page: 'A page of the practitioners working at an institution.',
  }),
  institutionCity: link('Institution', 'city', 'one', [out('LOCATED_IN', 'City')], 'The city the institution is located in; of an institution with several seats, the first by id (each seat lists it under its institutions).'),
  institutionParent: link('Institution', 'partOf', 'one', [out('PART_OF', 'Institution')], 'The institution this one is part of, e.g. SKEW of Engagement Global.'),
  institutionParts: link('Institution', 'parts', few(20), [inn('PART_OF', 'Institution')], 'Institutions that are part of this one.'),
  institutionEvents: link('Institution', 'organisedEvents', 'many', [inn('ORGANISED_BY', 'Event')], 'Events the institution organised.'),

  cityCountry: link('City', 'country', 'one', [out('IN_COUNTRY', 'Country')], 'The country the city lies in.'),
  cityPractitioners: link('City', 'practitioners', 'many', [inn('BASED_IN', 'Practitioner')], 'Practitioners based in the city.'),
  cityInstitutions: link('City', 'institutions', 'many', [inn('LOCATED_IN', 'Institution')], 'Institutions located in the city.'),
  cityEvents: link('City', 'events', 'many', [inn('HELD_IN', 'Event')], 'Events held in the city.'),
  cityOutcomes: link('City', 'outcomes', 'many', [inn('IMPLEMENTED_IN', 'Outcome')], 'Outcomes implemented in the city.'),
  cityPartners: link('City', 'partners', few(50), [out('PARTNER_OF', 'City')], 'Cities this city names as partners, with the year the partnership began.', ['since'], PARTNERSHIP),
  cityPartnerOf: link('City', 'partnerOf', few(50), [inn('PARTNER_OF', 'City')], 'Cities that name this city as their partner, with the year the partnership began.', ['since'], PARTNERSHIP),

  countryCities: link('Country', 'cities', 'many', [inn('IN_COUNTRY', 'City')], 'Cities in the country.'),

  clusterTopics: link('Cluster', 'topics', few(50), [inn('PART_OF', 'Topic')], 'Topics that belong to the cluster.'),
  clusterEvents: link('Cluster', 'events', 'many', [inn('PART_OF', 'Topic'), inn('ADDRESSES', 'Event')], 'Events addressing at least one topic of the cluster.'),
  clusterOutcomes: link('Cluster', 'outcomes', 'many', [inn('PART_OF', 'Topic'), inn('ADDRESSES', 'Outcome')], 'Outcomes addressing at least one topic of the cluster.'),

  topicCluster: link('Topic', 'cluster', 'one', [out('PART_OF', 'Cluster')], 'The cluster the topic belongs to.'),
  topicPractitioners: link('Topic', 'practitioners', 'many', [inn('EXPERT_IN', 'Practitioner')], 'Practitioners who are experts in the topic.'),
  topicEvents: link('Topic', 'events', 'many', [inn('ADDRESSES', 'Event')], 'Events addressing the topic.'),
  topicOutcomes: link('Topic', 'outcomes', 'many', [inn('ADDRESSES', 'Outcome')], 'Outcomes addressing the topic.'),

  eventParticipants: link('Event', 'participants', 'many', [inn('PARTICIPATED_IN', 'Practitioner')], 'Practitioners who took part in the event, with their role.', ['role'], {
    name: 'Participant', node: 'participant', description: 'A practitioner who took part in an event, with their role (PARTICIPATED_IN).', page: 'A page of the participants of an event.',
  }),
  eventCity: link('Event', 'city', 'one', [out('HELD_IN', 'City')], 'The city the event was held in (none for some virtual events).'),
  eventTopics: link('Event', 'topics', few(10), [out('ADDRESSES', 'Topic')], 'Topics the event addressed.'),
  eventOrganisers: link('Event', 'organisers', few(10), [out('ORGANISED_BY', 'Institution')], 'Institutions that organised the event.'),
  eventOutcomes: link('Event', 'outcomes', few(20), [inn('EMERGED_FROM', 'Outcome')], 'Outcomes that emerged from the event.'),

  outcomeContributors: link('Outcome', 'contributors', 'many', [inn('CONTRIBUTED_TO', 'Practitioner')], 'Practitioners who contributed to the outcome, with their role.', ['role'], {
    name: 'Contributor', node: 'contributor', description: 'A practitioner who contributed to an outcome, with their role (CONTRIBUTED_TO).', page: 'A page of the contributors to an outcome.',
  }),
  outcomeEvents: link('Outcome', 'emergedFrom', few(10), [out('EMERGED_FROM', 'Event')], 'Events the outcome emerged from.'),
  outcomeCities: link('Outcome', 'implementedIn', few(20), [out('IMPLEMENTED_IN', 'City')], 'Cities the outcome is implemented in.'),
  outcomeTopics: link('Outcome', 'topics', few(10), [out('ADDRESSES', 'Topic')], 'Topics the outcome addresses.'),
  outcomeAdaptedFrom: link('Outcome', 'adaptedFrom', few(10), [out('ADAPTED_FROM', 'Outcome')], 'Outcomes elsewhere that this one adapted (a solution travelling between cities).'),
  outcomeAdaptations: link('Outcome', 'adaptations', few(20), [inn('ADAPTED_FROM', 'Outcome')], 'Outcomes elsewhere that adapted this one.'),
} as const satisfies Record<string, Link>;

export type LinkName = keyof typeof LINKS;
export const ALL_LINKS: readonly Link[] = Object.values(LINKS);
