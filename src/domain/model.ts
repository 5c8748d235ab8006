import {
  CLUSTER_CODES,
  CONTRIBUTION_ROLES,
  DATE_PRECISIONS,
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

export interface PropertySpec {
  readonly name: string;
  readonly type: ValueType;
  readonly required?: boolean;
  /** Allowed values for string properties. */
  readonly values?: readonly string[];
  /** Inclusive bounds for numbers. */
  readonly min?: number;
  readonly max?: number;
}

export interface LabelSpec {
  readonly label: Label;
  /** Properties besides `id`, which every node has and which is unique per label. */
  readonly properties: readonly PropertySpec[];
  /** The property that holds the human-readable name (folded copy kept for search). */
  readonly nameProperty: 'name' | 'title';
  /** What `id` holds, for error messages and docs. */
  readonly idFormat?: readonly string[];
}

export interface RelationshipSpec {
  readonly type: RelationshipType;
  readonly from: Label;
  readonly to: Label;
  readonly properties: readonly PropertySpec[];
}

/** Provenance columns allowed on every node and relationship. */
const PROVENANCE: readonly PropertySpec[] = [
  { name: 'synthetic', type: 'boolean' },
  { name: 'sources', type: 'string[]' },
];

const str = (name: string, required = false): PropertySpec => ({ name, type: 'string', required });
const oneOf = (name: string, values: readonly string[], required = true): PropertySpec => ({
  name,
  type: 'string',
  required,
  values,
});

export const LABEL_SPECS: Readonly<Record<Label, LabelSpec>> = {
  Practitioner: {
    label: 'Practitioner',
    nameProperty: 'name',
    properties: [
      str('name', true),
      str('position'),
      { name: 'languages', type: 'string[]' },
      str('email'),
      str('phone'),
      ...PROVENANCE,
    ],
  },
  City: {
    label: 'City',
    nameProperty: 'name',
    properties: [
      str('name', true),
      str('countryCode', true),
      { name: 'lat', type: 'float', required: true, min: -90, max: 90 },
      { name: 'lon', type: 'float', required: true, min: -180, max: 180 },
      { name: 'population', type: 'int', min: 0 },
      ...PROVENANCE,
    ],
  },
  Country: {
    label: 'Country',
    nameProperty: 'name',
    properties: [str('code', true), str('name', true), oneOf('region', REGIONS), ...PROVENANCE],
  },
  Institution: {
    label: 'Institution',
    nameProperty: 'name',
    properties: [str('name', true), oneOf('kind', INSTITUTION_KINDS), ...PROVENANCE],
  },
  Cluster: {
    label: 'Cluster',
    nameProperty: 'name',
    idFormat: CLUSTER_CODES,
    properties: [str('name', true), str('nameDe', true), ...PROVENANCE],
  },
  Topic: {
    label: 'Topic',
    nameProperty: 'name',
    properties: [str('name', true), ...PROVENANCE],
  },
  Event: {
    label: 'Event',
    nameProperty: 'title',
    properties: [
      str('title', true),
      oneOf('kind', EVENT_KINDS),
      { name: 'startDate', type: 'date', required: true },
      { name: 'endDate', type: 'date', required: true },
      oneOf('datePrecision', DATE_PRECISIONS, false),
      { name: 'phase', type: 'int', required: true, min: 1, max: 4 },
      { name: 'virtual', type: 'boolean', required: true },
      str('note'),
      ...PROVENANCE,
    ],
  },
  Outcome: {
    label: 'Outcome',
    nameProperty: 'title',
    properties: [
      str('title', true),
      oneOf('kind', OUTCOME_KINDS),
      oneOf('status', OUTCOME_STATUSES),
      { name: 'startedOn', type: 'date' },
      str('note'),
      ...PROVENANCE,
    ],
  },
};

const rel = (
  type: RelationshipType,
  from: Label,
  to: Label,
  properties: readonly PropertySpec[] = [],
): RelationshipSpec => ({ type, from, to, properties: [...properties, ...PROVENANCE] });

/** The years a date or a year property may name: dated figures list at most this many years. */
export const YEARS = { min: 1900, max: 2100 } as const;
export const YEAR_COUNT = YEARS.max - YEARS.min + 1;

const year = (name: string): PropertySpec => ({ name, type: 'int', min: YEARS.min, max: YEARS.max });

/** Every (type, from, to) the model allows. ADDRESSES is the one type with two start labels. */
export const RELATIONSHIP_SPECS: readonly RelationshipSpec[] = [
  rel('WORKS_AT', 'Practitioner', 'Institution', [str('position'), year('since')]),
  rel('BASED_IN', 'Practitioner', 'City'),
  rel('EXPERT_IN', 'Practitioner', 'Topic'),
  rel('PARTICIPATED_IN', 'Practitioner', 'Event', [oneOf('role', PARTICIPATION_ROLES)]),
  rel('CONTRIBUTED_TO', 'Practitioner', 'Outcome', [oneOf('role', CONTRIBUTION_ROLES)]),
  rel('LOCATED_IN', 'Institution', 'City'),
  rel('IN_COUNTRY', 'City', 'Country'),
  rel('PART_OF', 'Topic', 'Cluster'),
  rel('HELD_IN', 'Event', 'City'),
  rel('ADDRESSES', 'Event', 'Topic'),
  rel('ORGANISED_BY', 'Event', 'Institution'),
  rel('EMERGED_FROM', 'Outcome', 'Event'),
  rel('IMPLEMENTED_IN', 'Outcome', 'City'),
  rel('ADDRESSES', 'Outcome', 'Topic'),
  rel('ADAPTED_FROM', 'Outcome', 'Outcome'),
  rel('PARTNER_OF', 'City', 'City', [year('since')]),
];

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
