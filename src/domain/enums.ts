/** Enumerations of the graph model: the closed value sets each property may take. */

export const CLUSTER_CODES = [
  'GOOD_URBAN_GOVERNANCE',
  'INTEGRATED_URBAN_DEVELOPMENT',
  'MUNICIPAL_SERVICES',
  'LOCAL_ECONOMIC_DEVELOPMENT',
] as const;
export type ClusterCode = (typeof CLUSTER_CODES)[number];

export const REGIONS = ['AFRICA', 'ASIA', 'EUROPE', 'LATIN_AMERICA', 'MENA'] as const;
export type Region = (typeof REGIONS)[number];

/** The regions' names as the programme writes them, in English and German (its two languages). */
export const REGION_NAMES: Record<Region, { readonly en: string; readonly de: string }> = {
  AFRICA: { en: 'Africa', de: 'Afrika' },
  ASIA: { en: 'Asia', de: 'Asien' },
  EUROPE: { en: 'Europe', de: 'Europa' },
  LATIN_AMERICA: { en: 'Latin America', de: 'Lateinamerika' },
  MENA: { en: 'Middle East and North Africa', de: 'Naher Osten und Nordafrika' },
};

export const INSTITUTION_KINDS = [
  'MUNICIPALITY',
  'MUNICIPAL_ASSOCIATION',
  'MUNICIPAL_COMPANY',
  'UNIVERSITY',
  'NGO',
  'PRIVATE_COMPANY',
  'DEVELOPMENT_AGENCY',
  'GOVERNMENT',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const EVENT_KINDS = [
  'DIALOGUE_EVENT',
  'PROJECT_WORKSHOP',
  'CONFERENCE',
  'STUDY_TOUR',
  'EXPERT_MISSION',
  'WEBINAR',
  'NETWORKING',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** What the sources document of an event: that it took place, only its plan, or only a call for participants. */
export const EVENT_STATUSES = ['HELD', 'PLANNED', 'CALLED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const OUTCOME_KINDS = ['CHANGE_PROJECT', 'ACTION_PLAN', 'GOOD_PRACTICE', 'PILOT', 'POLICY'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const OUTCOME_STATUSES = ['PLANNED', 'IN_PROGRESS', 'IMPLEMENTED', 'DISCONTINUED'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export const PARTICIPATION_ROLES = ['PARTICIPANT', 'SPEAKER', 'FACILITATOR', 'ORGANISER'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/** How a practitioner took part in an outcome; the programme's sources name no fixed set, these are ours. */
export const CONTRIBUTION_ROLES = ['LEAD', 'PARTNER', 'EXPERT'] as const;
export type ContributionRole = (typeof CONTRIBUTION_ROLES)[number];

/**
 * How exact an event's dates are. Several sources give only a month or a season; the seed keeps
 * that honesty instead of inventing a day.
 */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'SEASON', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The programme's phases (2013–2015, 2016–2018, 2019–2022, 2022–2025). */
export const PHASES = [1, 2, 3, 4] as const;

/**
 * The phase an event date falls in. Phases 3 (2019–2022) and 4 (2022–2025) share 2022; dates in
 * 2022 count as phase 4 here, a choice of ours that the seed marks where it matters.
 */
export function phaseOf(isoDate: string): 1 | 2 | 3 | 4 {
  const year = Number(isoDate.slice(0, 4));
  if (year <= 2015) return 1;
  if (year <= 2018) return 2;
  if (year <= 2021) return 3;
  return 4;
}
