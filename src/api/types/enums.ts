import { registerEnumType } from 'type-graphql';
import {
  CLUSTER_CODES,
  CONTRIBUTION_ROLES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  EVENT_STATUSES,
  INSTITUTION_KINDS,
  kindOfLabel,
  labelOfKind,
  nodeKinds,
  OUTCOME_KINDS,
  OUTCOME_STATUSES,
  PARTICIPATION_ROLES,
  REGION_NAMES,
  REGIONS,
  RELATIONSHIP_TYPES,
  type NodeKind as DomainNodeKind,
} from '../../domain';

/** Every enum of the schema with its values, so error messages can say what is allowed. */
export const ENUM_VALUES: Record<string, readonly string[]> = {};

export function enumOf<T extends string>(name: string, values: readonly T[], description: string, valueDescriptions?: Record<T, string>): { [K in T]: K } {
  const object = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  const valuesConfig = valueDescriptions && Object.fromEntries(values.map((v) => [v, { description: valueDescriptions[v] }]));
  registerEnumType(object, { name, description, valuesConfig: valuesConfig as never });
  ENUM_VALUES[name] = values;
  return object;
}

export const ClusterCode = enumOf('ClusterCode', CLUSTER_CODES, 'The four thematic clusters of Connective Cities.');
export const Region = enumOf(
  'Region',
  REGIONS,
  'World region of a country.',
  Object.fromEntries(REGIONS.map((r) => [r, `${REGION_NAMES[r].en} (German: ${REGION_NAMES[r].de}).`])) as Record<(typeof REGIONS)[number], string>,
);
export const InstitutionKind = enumOf('InstitutionKind', INSTITUTION_KINDS, 'What kind of body an institution is.');
export const EventKind = enumOf('EventKind', EVENT_KINDS, 'Format of an event.');
export const EventStatus = enumOf('EventStatus', EVENT_STATUSES, 'What the sources document of an event: HELD (it took place), PLANNED (only its plan) or CALLED (only a call for participants).');
export const OutcomeKind = enumOf('OutcomeKind', OUTCOME_KINDS, 'What kind of result an outcome is.');
export const OutcomeStatus = enumOf('OutcomeStatus', OUTCOME_STATUSES, 'How far an outcome has come.');
export const ParticipationRole = enumOf('ParticipationRole', PARTICIPATION_ROLES, 'How a practitioner took part in an event.');
export const ContributionRole = enumOf('ContributionRole', CONTRIBUTION_ROLES, 'How a practitioner contributed to an outcome.');
export const DatePrecision = enumOf('DatePrecision', DATE_PRECISIONS, 'How exact an event\'s dates are: sources sometimes give only a month, season or year.');
export const RelationshipTypeEnum = enumOf('RelationshipType', RELATIONSHIP_TYPES, 'The relationship types of the model.');
export const OrderDirection = enumOf('OrderDirection', ['ASC', 'DESC'] as const, 'Ascending or descending order.');

export const NodeKind = enumOf('NodeKind', nodeKinds(), 'The kinds of node in the graph, one per label.');
export type NodeKind = DomainNodeKind;

export { kindOfLabel, labelOfKind };
