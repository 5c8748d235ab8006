import { ADDRESSES_TOPIC, HOME_CITY, IN_CITY, path, then, TOPIC_OF_CLUSTER, WORKED_ON, type Path } from './paths';
import { EVIDENCE_KINDS } from './evidence';
import type { Label } from './model';

/**
 * What the network's figures count, as paths of the model (the meanings of paths.ts reused):
 * which practitioners, events and outcomes belong to a part of the network (a scope), and the
 * cluster, region, phase or city each is counted under.
 *   phase    events of the phase, practitioners who took part in one, outcomes that emerged from one
 *   region   practitioners based in a city of the region, events held and outcomes implemented there
 *   city     practitioners in the city (based there, or working at an institution there), events
 *            held and outcomes implemented there
 *   cluster  practitioners who worked on it, events and outcomes addressing one of its topics
 * A node of several clusters (or regions) counts once under each.
 */
export type Counted = 'Practitioner' | 'Event' | 'Outcome';

export const COUNTED: readonly Counted[] = ['Practitioner', 'Event', 'Outcome'];

const toCountry = path('City', ['IN_COUNTRY', 'Country']);

export interface ScopePaths {
  /** Paths to the events whose phase counts (none: an event is its own). */
  readonly phase: readonly Path[];
  /** Paths to the countries whose region counts. */
  readonly region: readonly Path[];
  /** Paths to the cities the node is in. */
  readonly city: readonly Path[];
  /** Paths to the clusters the node is counted under. */
  readonly cluster: readonly Path[];
}

export const SCOPE_PATHS: Readonly<Record<Counted, ScopePaths>> = {
  Practitioner: {
    phase: [path('Practitioner', ['PARTICIPATED_IN', 'Event'])],
    region: [then(HOME_CITY, toCountry)],
    city: IN_CITY,
    cluster: EVIDENCE_KINDS.map((k) => then(WORKED_ON[k], TOPIC_OF_CLUSTER)),
  },
  Event: {
    phase: [],
    region: [then(path('Event', ['HELD_IN', 'City']), toCountry)],
    city: [path('Event', ['HELD_IN', 'City'])],
    cluster: [then(ADDRESSES_TOPIC.Event, TOPIC_OF_CLUSTER)],
  },
  Outcome: {
    phase: [path('Outcome', ['EMERGED_FROM', 'Event'])],
    region: [then(path('Outcome', ['IMPLEMENTED_IN', 'City']), toCountry)],
    city: [path('Outcome', ['IMPLEMENTED_IN', 'City'])],
    cluster: [then(ADDRESSES_TOPIC.Outcome, TOPIC_OF_CLUSTER)],
  },
};

/** Who took part in an event: the year's participants are counted over it. */
export const PARTICIPATION = path('Practitioner', ['PARTICIPATED_IN', 'Event']);

/** Who contributed to an outcome, and the event it emerged from (what dates it when its start is unknown). */
export const CONTRIBUTION = path('Practitioner', ['CONTRIBUTED_TO', 'Outcome']);
export const OUTCOME_EVENT = path('Outcome', ['EMERGED_FROM', 'Event']);

/** Every path the figures walk, each hop once: what a store of figures must keep. */
export function figurePaths(): Path[] {
  return [...COUNTED.flatMap((c) => Object.values(SCOPE_PATHS[c]).flat()), PARTICIPATION, CONTRIBUTION, OUTCOME_EVENT];
}

/** The node properties the figures read: an event's phase and year, a country's region, when work on an outcome started. */
export const FIGURE_PROPERTIES: Partial<Record<Label, readonly string[]>> = {
  Event: ['phase', 'year', 'startDate'],
  Outcome: ['startedOn'],
  Country: ['region'],
};
