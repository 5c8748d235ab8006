import {
  CLUSTER_CODES,
  CONTRIBUTION_ROLES,
  DATE_PRECISIONS,
  EVENT_STATUSES,
  EVENT_KINDS,
  INSTITUTION_KINDS,
  OUTCOME_KINDS,
  OUTCOME_STATUSES,
  PARTICIPATION_ROLES,
  REGIONS,
} from './enums';

/**
 * The graph model as data: which labels exist, which properties each carries with which type,
 * and which relationship types join which labels. Everything that reads or writes the graph
 * (importer, exporter, catalogue, API) derives from this one table, so a label or property is
 * declared exactly once.
 */

export const LABELS = [
  'Practitioner',
  'City',
  'Country',
  'Institution',
  'Cluster',
  'Topic',
  'Event',
  'Outcome',
] as const;
export type Label = (typeof LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'WORKS_AT',
  'BASED_IN',
  'EXPERT_IN',
  'PARTICIPATED_IN',
  'CONTRIBUTED_TO',
  'LOCATED_IN',
  'IN_COUNTRY',
  'PART_OF',
  'HELD_IN',
  'ADDRESSES',
  'ORGANISED_BY',
  'EMERGED_FROM',
  'IMPLEMENTED_IN',
  'ADAPTED_FROM',
  'PARTNER_OF',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Value types of the neo4j-admin import header convention that the model uses. */
export type ValueType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'string[]';

/** What a string (or each item of a list) must look like, beyond its length. */
export type Format = 'email' | 'phone' | 'country' | 'language';

/**
 * Everything about one property, in one place: the GraphQL types and their descriptions, the
 * write inputs, importRecords and the CSV reader all read it, and rules.ts checks a value
 * against it with the same wording on every path.
 */
export interface PropertySpec {
  readonly name: string;
  readonly type: ValueType;
  /** What it means, its unit or format, an example. */
  readonly description: string;
  readonly required?: boolean;
  /** Allowed values for string properties. */
  readonly values?: readonly string[];
  /** Inclusive bounds for numbers. */
  readonly min?: number;
  readonly max?: number;
  readonly format?: Format;
  /** Longest string, or longest item of a list, in characters (strings are never empty). */
  readonly maxLength?: number;
  /** Most items of a list. */
  readonly maxItems?: number;
  /** Personal data: kept off logs and node objects, read only by roles that may (readContact). */
  readonly personal?: boolean;
  /** What a read answers while the property is absent (so the field need not be nullable). */
  readonly absent?: unknown;
  /**
   * The property names another node: writing it links the node to that one with this
   * relationship type, in the same transaction (a city's countryCode: IN_COUNTRY).
   */
  readonly references?: { readonly type: RelationshipType; readonly to: Label };
}

/**
 * A node a new node may be created with, named in the create input but not stored as a property:
 * `field` names it (an id, a global id or a name), the relationship of `type` joins them.
 */
export interface ReferenceSpec {
  readonly field: string;
  readonly type: RelationshipType;
  readonly to: Label;
  readonly description: string;
}

export interface LabelSpec {
  readonly label: Label;
  /** What a node of this label is, for the GraphQL type's description. */
  readonly description: string;
  /** Properties besides `id`, which every node has and which is unique per label. */
  readonly properties: readonly PropertySpec[];
  /** The property that holds the human-readable name (folded copy kept for search). */
  readonly nameProperty: 'name' | 'title';
  /** The ids a label allows when it has a closed set (clusters); any ID_PATTERN id otherwise. */
  readonly idFormat?: readonly string[];
  /** The id is this property in lower case (a country's ISO code), so a reference to it is predictable. */
  readonly idFrom?: string;
  /** What `id` looks like, with an example, for the input's description. */
  readonly idDescription: string;
  /** An id of the seed, for descriptions of arguments that name a node. */
  readonly exampleId: string;
  /** Nodes a new node may be linked to as it is created. */
  readonly references?: readonly ReferenceSpec[];
  /** Properties a listing may be sorted by besides id and name (an event's start date). */
  readonly sortBy?: readonly string[];
  /** Read-only properties the store derives on every write (derived.ts), shown after `after`. */
  readonly derived?: readonly (PropertySpec & { readonly after: string })[];
}

export interface RelationshipSpec {
  readonly type: RelationshipType;
  readonly from: Label;
  readonly to: Label;
  readonly properties: readonly PropertySpec[];
}

/** Most characters of a name, title or other short text; notes are prose and longer. */
export const TEXT_MAX = 300;
export const NOTE_MAX = 2000;

/** Provenance allowed on every node and relationship. */
const PROVENANCE: readonly PropertySpec[] = [
  {
    name: 'synthetic',
    type: 'boolean',
    description: 'True when it is invented (fictional practitioners, synthetic data), false when it is sourced.',
  },
  {
    name: 'sources',
    type: 'string[]',
    maxItems: 50,
    maxLength: 50,
    description: 'Source references, e.g. ["S18", "S16"]: keys of the dataset\'s SOURCES.md, where "OWN" marks what rests on the dataset\'s own choice; up to 50, of up to 50 characters each.',
  },
];

const text = (name: string, description: string, required = false, maxLength = TEXT_MAX): PropertySpec => ({
  name,
  type: 'string',
  description,
  required,
  maxLength,
});
const oneOf = (name: string, values: readonly string[], description: string, required = true): PropertySpec => ({
  name,
  type: 'string',
  description,
  required,
  values,
});
const note = (description: string) => text('note', `${description}; up to ${NOTE_MAX.toLocaleString('en')} characters.`, false, NOTE_MAX);

/** The years a date or a year property may name: dated figures list at most this many years. */
export const YEARS = { min: 1900, max: 2100 } as const;
export const YEAR_COUNT = YEARS.max - YEARS.min + 1;

const date = (name: string, description: string, required = false): PropertySpec => ({ name, type: 'date', description, required });
/** Countries a source names as where people came from: what a dataset's fictional people must honour. */
const origins = (who: string): PropertySpec => ({
  name: 'originCountries',
  type: 'string[]',
  format: 'country',
  maxItems: 50,
  absent: [],
  description: `Countries the sources say ${who}, as ISO 3166-1 alpha-2 codes, e.g. ["KE", "DE"]; empty when they do not say.`,
});
const year = (name: string, description: string): PropertySpec => ({ name, type: 'int', min: YEARS.min, max: YEARS.max, description });

const ID_TEXT = '1 to 100 letters, digits, _ . or -, starting with a letter or digit';

export const LABEL_SPECS: Readonly<Record<Label, LabelSpec>> = {
  Practitioner: {
    label: 'Practitioner',
    exampleId: 'lagos-01',
    description: 'A municipal practitioner in the network (all practitioners in the seed are fictional).',
    nameProperty: 'name',
    idDescription: `The key, unique among practitioners: ${ID_TEXT}, e.g. "lagos-01".`,
    properties: [
      text('name', 'Full name, e.g. "Adeyo Quintarel".', true),
      text('position', 'Job title or role, e.g. "head of waste management".'),
      { name: 'languages', type: 'string[]', format: 'language', maxItems: 20, absent: [], description: 'Languages spoken, as ISO 639-1 codes, e.g. ["en", "yo"]; up to 20.' },
      { name: 'email', type: 'string', format: 'email', maxLength: TEXT_MAX, personal: true, description: 'E-mail address, e.g. "adeyo@example.org".' },
      { name: 'phone', type: 'string', format: 'phone', maxLength: TEXT_MAX, personal: true, description: 'Phone number: digits, spaces, ()./- and an optional leading +, e.g. "+234 1 234 5678".' },
      ...PROVENANCE,
    ],
    references: [
      { field: 'city', type: 'BASED_IN', to: 'City', description: 'The city the practitioner is based in: its id, global id or name, e.g. "lagos" (links BASED_IN).' },
      { field: 'institution', type: 'WORKS_AT', to: 'Institution', description: 'The institution the practitioner works at: its id, global id or name (links WORKS_AT).' },
    ],
  },
  City: {
    label: 'City',
    exampleId: 'lagos',
    description: 'A city of the network.',
    nameProperty: 'name',
    idDescription: `The key, unique among cities: ${ID_TEXT}, e.g. "lagos".`,
    properties: [
      text('name', 'Name of the city, e.g. "Lagos".', true),
      {
        name: 'countryCode',
        type: 'string',
        format: 'country',
        required: true,
        references: { type: 'IN_COUNTRY', to: 'Country' },
        description: 'ISO 3166-1 alpha-2 code of its country, e.g. "NG"; writing it links the city to that country (IN_COUNTRY).',
      },
      { name: 'lat', type: 'float', required: true, min: -90, max: 90, description: 'Latitude in decimal degrees, -90 to 90, e.g. 6.5244.' },
      { name: 'lon', type: 'float', required: true, min: -180, max: 180, description: 'Longitude in decimal degrees, -180 to 180, e.g. 3.3792.' },
      { name: 'population', type: 'int', min: 0, description: 'Number of inhabitants, where known, e.g. 15388000.' },
      ...PROVENANCE,
    ],
  },
  Country: {
    label: 'Country',
    exampleId: 'ng',
    description: 'A country; the key is its ISO code in lower case (e.g. "ng").',
    nameProperty: 'name',
    idFrom: 'code',
    idDescription: 'The key: the ISO 3166-1 alpha-2 code in lower case, e.g. "ng".',
    properties: [
      { name: 'code', type: 'string', format: 'country', required: true, description: 'ISO 3166-1 alpha-2 code, e.g. "NG".' },
      text('name', 'English name, e.g. "Nigeria".', true),
      oneOf('region', REGIONS, 'World region.'),
      { name: 'languages', type: 'string[]', format: 'language', maxItems: 20, absent: [], description: 'Languages in everyday and official use, as ISO 639-1 codes, e.g. ["en", "yo", "ig", "ha"]; up to 20.' },
      ...PROVENANCE,
    ],
  },
  Institution: {
    label: 'Institution',
    exampleId: 'giz',
    description: 'A municipality, association, company, university, NGO, agency or ministry.',
    nameProperty: 'name',
    idDescription: `The key, unique among institutions: ${ID_TEXT}, e.g. "giz".`,
    properties: [text('name', 'Name of the institution, e.g. "Lagos Waste Management Authority".', true), oneOf('kind', INSTITUTION_KINDS, 'What kind of body it is.'), ...PROVENANCE],
    references: [{ field: 'city', type: 'LOCATED_IN', to: 'City', description: 'The city the institution is located in: its id, global id or name (links LOCATED_IN).' }],
  },
  Cluster: {
    label: 'Cluster',
    exampleId: 'MUNICIPAL_SERVICES',
    description: 'One of the four thematic clusters; the key is its code.',
    nameProperty: 'name',
    idFormat: CLUSTER_CODES,
    idDescription: `The key: the cluster code, one of ${CLUSTER_CODES.join(', ')}.`,
    properties: [
      text('name', 'English name, e.g. "Municipal Services".', true),
      text('nameDe', 'German name, as the programme uses it, e.g. "Kommunale Dienstleistungen".', true),
      ...PROVENANCE,
    ],
  },
  Topic: {
    label: 'Topic',
    exampleId: 'solid-waste-management',
    description: 'A topic within a cluster, e.g. solid waste management.',
    nameProperty: 'name',
    idDescription: `The key, unique among topics: ${ID_TEXT}, e.g. "solid-waste-management".`,
    properties: [text('name', 'Name of the topic, e.g. "Solid waste management".', true), ...PROVENANCE],
    references: [{ field: 'cluster', type: 'PART_OF', to: 'Cluster', description: 'The cluster the topic belongs to: its code or name, e.g. "MUNICIPAL_SERVICES" (links PART_OF).' }],
  },
  Event: {
    label: 'Event',
    exampleId: 'e2015-dar-es-salaam-iswm',
    description: 'A dialogue event, project workshop, conference or other event of the programme.',
    nameProperty: 'title',
    idDescription: `The key, unique among events: ${ID_TEXT}, e.g. "e2015-dar-es-salaam-iswm".`,
    properties: [
      text('title', 'Title of the event, e.g. "From Waste to Resource – Planning for ISWM in SSA Cities".', true),
      oneOf('kind', EVENT_KINDS, 'Format of the event.'),
      date('startDate', 'First day, e.g. "2015-04-14" (see datePrecision).', true),
      date('endDate', 'Last day, not before startDate, e.g. "2015-04-17" (see datePrecision).', true),
      { ...oneOf('datePrecision', DATE_PRECISIONS, 'How exact the dates are; DAY unless a source gives less.', false), absent: 'DAY' },
      { name: 'phase', type: 'int', required: true, min: 1, max: 4, description: 'Programme phase, 1 to 4 (2013–2015, 2016–2018, 2019–2022, 2022–2025).' },
      { name: 'virtual', type: 'boolean', required: true, description: 'Whether the event took place online (true) or in person (false).' },
      { ...oneOf('status', EVENT_STATUSES, 'What the sources document: HELD (it took place), PLANNED (only its plan) or CALLED (only a call for participants); HELD unless said.', false), absent: 'HELD' },
      { name: 'participantCount', type: 'int', min: 1, max: 100000, description: 'How many took part, as the sources say (the lower figure where they disagree), e.g. 35; none when they do not say.' },
      origins('the participants came from'),
      { name: 'originRegions', type: 'string[]', values: REGIONS, absent: [], description: 'World regions the sources say the participants came from where they do not name the countries, e.g. ["AFRICA"]; empty when they do not say.' },
      note('Remarks, e.g. where sources disagree'),
      ...PROVENANCE,
    ],
    derived: [{ name: 'year', type: 'int', description: 'Year the event started.', after: 'phase' }],
    sortBy: ['startDate'],
    references: [
      { field: 'city', type: 'HELD_IN', to: 'City', description: 'The city the event was held in: its id, global id or name (links HELD_IN).' },
      { field: 'organiser', type: 'ORGANISED_BY', to: 'Institution', description: 'The institution that organised it: its id, global id or name (links ORGANISED_BY).' },
    ],
  },
  Outcome: {
    label: 'Outcome',
    exampleId: 'o-belo-horizonte-zones-30',
    description: 'A concrete result: change project, action plan, good practice, pilot or policy.',
    nameProperty: 'title',
    idDescription: `The key, unique among outcomes: ${ID_TEXT}, e.g. "o-belo-horizonte-zones-30".`,
    properties: [
      text('title', 'Title of the outcome, e.g. "Two 30 km/h zones in Belo Horizonte".', true),
      oneOf('kind', OUTCOME_KINDS, 'What kind of result it is.'),
      oneOf('status', OUTCOME_STATUSES, 'How far it has come.'),
      date('startedOn', 'When work on it started, where known, e.g. "2019-03-01".'),
      origins('its team came from'),
      note('Remarks on the outcome or its sources'),
      ...PROVENANCE,
    ],
    references: [
      { field: 'city', type: 'IMPLEMENTED_IN', to: 'City', description: 'The city it is implemented in: its id, global id or name (links IMPLEMENTED_IN).' },
      { field: 'event', type: 'EMERGED_FROM', to: 'Event', description: 'The event it emerged from: its id, global id or title (links EMERGED_FROM).' },
    ],
  },
};

/** A relationship spec of the model: its properties, then the provenance every relationship may carry. */
export const rel = (
  type: RelationshipType,
  from: Label,
  to: Label,
  properties: readonly PropertySpec[] = [],
): RelationshipSpec => ({ type, from, to, properties: [...properties, ...PROVENANCE] });

const since = (what: string) => year('since', `Year ${what} began, ${YEARS.min} to ${YEARS.max}, e.g. 2016.`);

/** Every (type, from, to) the model allows. ADDRESSES and PART_OF each join two pairs of labels. */
export const RELATIONSHIP_SPECS: readonly RelationshipSpec[] = [
  rel('WORKS_AT', 'Practitioner', 'Institution', [text('position', 'Position held there, e.g. "head of waste management".'), since('the employment')]),
  rel('BASED_IN', 'Practitioner', 'City'),
  rel('EXPERT_IN', 'Practitioner', 'Topic'),
  rel('PARTICIPATED_IN', 'Practitioner', 'Event', [oneOf('role', PARTICIPATION_ROLES, 'How the practitioner took part.')]),
  rel('CONTRIBUTED_TO', 'Practitioner', 'Outcome', [oneOf('role', CONTRIBUTION_ROLES, 'How the practitioner contributed.')]),
  rel('LOCATED_IN', 'Institution', 'City'),
  rel('IN_COUNTRY', 'City', 'Country'),
  rel('PART_OF', 'Topic', 'Cluster'),
  rel('PART_OF', 'Institution', 'Institution'),
  rel('HELD_IN', 'Event', 'City'),
  rel('ADDRESSES', 'Event', 'Topic'),
  rel('ORGANISED_BY', 'Event', 'Institution'),
  rel('EMERGED_FROM', 'Outcome', 'Event'),
  rel('IMPLEMENTED_IN', 'Outcome', 'City'),
  rel('ADDRESSES', 'Outcome', 'Topic'),
  rel('ADAPTED_FROM', 'Outcome', 'Outcome'),
  rel('PARTNER_OF', 'City', 'City', [since('the partnership')]),
];

/** What reads answer for each property of a label while it is absent (the model's `absent`). */
export function absentValues(label: Label): (readonly [string, unknown])[] {
  return LABEL_SPECS[label].properties.filter((p) => p.absent !== undefined).map((p) => [p.name, p.absent] as const);
}

/** A stored property as reads answer it: its value, or the model's `absent` while it has none. */
export function valueOrAbsent(label: Label, props: Readonly<Record<string, unknown>>, name: string): unknown {
  return props[name] ?? absentValues(label).find(([n]) => n === name)?.[1];
}

export function isLabel(value: string): value is Label {
  return (LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

export function findRelationshipSpec(
  type: RelationshipType,
  from: Label,
  to: Label,
): RelationshipSpec | undefined {
  return RELATIONSHIP_SPECS.find((s) => s.type === type && s.from === from && s.to === to);
}

/** A stable key for a relationship spec, used in file names and statement names. */
export function relationshipKey(spec: Pick<RelationshipSpec, 'type' | 'from' | 'to'>): string {
  return `${spec.from}-${spec.type}-${spec.to}`;
}
