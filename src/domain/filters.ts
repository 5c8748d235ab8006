import { LABEL_SPECS, type Label } from './model';
import { ADDRESSES_TOPIC, path, then, TOPIC_OF_CLUSTER, WORKED_ON, type Path } from './paths';

/**
 * The filters of the root listings, one table for all: the GraphQL filter inputs and the
 * catalogue's listing statements are both built from it. A filter is
 *   text      every word in the folded name (nameContains, or titleContains where the name is a title)
 *   property  the node's own property compared with the value (`op`, equality by default)
 *   node      a node reached by a path from the listed one, named by id (read the one way node
 *             names are read) or compared on one of its properties (`key`)
 * `distinct`: the path may reach the same listed node more than once (a cluster's several topics).
 */
export type FilterSpec =
  | { readonly kind: 'text'; readonly name: string; readonly description: string }
  | { readonly kind: 'property'; readonly name: string; readonly property: string; readonly op?: '>=' | '<='; readonly description: string }
  | { readonly kind: 'node'; readonly name: string; readonly path: Path; readonly key?: string; readonly distinct?: boolean; readonly description: string };

const WORDS = 'contains every word of this text, ignoring case and accents.';

function text(label: Label): FilterSpec {
  const property = LABEL_SPECS[label].nameProperty;
  return { kind: 'text', name: `${property}Contains`, description: `Only nodes whose ${property} ${WORDS}` };
}

const prop = (name: string, description: string, property = name, op?: '>=' | '<='): FilterSpec => ({ kind: 'property', name, property, op, description });
const node = (name: string, p: Path, description: string, more: { key?: string; distinct?: boolean } = {}): FilterSpec => ({ kind: 'node', name, path: p, description, ...more });

/** Where a label's nodes are: the path to their city, then its country. */
function placed(label: Label, via: Parameters<typeof path>[1], what: string, distinct = false): FilterSpec[] {
  const city = path(label, via);
  const country = then(city, path('City', ['IN_COUNTRY', 'Country']));
  return [
    node('city', city, `Only ${what} this city (id, global id or name).`),
    node('country', country, `Only ${what} this country (ISO code such as "NG", id or name).`, { distinct }),
    node('region', country, `Only ${what} this world region.`, { key: 'region', distinct }),
  ];
}

const FILTERS: Record<Label, readonly FilterSpec[]> = {
  Practitioner: [
    text('Practitioner'),
    ...placed('Practitioner', ['BASED_IN', 'City'], 'practitioners based in'),
    node('institution', path('Practitioner', ['WORKS_AT', 'Institution']), 'Only practitioners working at this institution.'),
    node('topic', WORKED_ON.EXPERTISE, 'Only experts in this topic.'),
    node('cluster', then(WORKED_ON.EXPERTISE, TOPIC_OF_CLUSTER), 'Only experts in a topic of this cluster.', { distinct: true }),
    node('event', path('Practitioner', ['PARTICIPATED_IN', 'Event']), 'Only practitioners who took part in this event.'),
  ],
  City: [
    text('City'),
    node('country', path('City', ['IN_COUNTRY', 'Country']), 'Only those in this country (ISO code such as "NG", id or name).'),
    node('region', path('City', ['IN_COUNTRY', 'Country']), 'Only those in this world region.', { key: 'region' }),
  ],
  Country: [text('Country'), prop('region', 'Only those in this world region.')],
  Institution: [text('Institution'), prop('kind', 'Only institutions of this kind.'), ...placed('Institution', ['LOCATED_IN', 'City'], 'those in')],
  Cluster: [text('Cluster')],
  Topic: [text('Topic'), node('cluster', TOPIC_OF_CLUSTER, 'Only topics of this cluster.')],
  Event: [
    text('Event'),
    prop('kind', 'Only events of this format.'),
    prop('phase', 'Only events of this programme phase (1–4).'),
    prop('virtual', 'Only online (true) or in-person (false) events.'),
    prop('from', 'Only events that end on or after this date.', 'endDate', '>='),
    prop('to', 'Only events that start on or before this date.', 'startDate', '<='),
    ...placed('Event', ['HELD_IN', 'City'], 'events held in'),
    node('topic', ADDRESSES_TOPIC.Event, 'Only events addressing this topic.'),
    node('cluster', then(ADDRESSES_TOPIC.Event, TOPIC_OF_CLUSTER), 'Only events addressing a topic of this cluster.', { distinct: true }),
  ],
  Outcome: [
    text('Outcome'),
    prop('kind', 'Only outcomes of this kind.'),
    prop('status', 'Only outcomes with this status.'),
    prop('from', 'Only outcomes started on or after this date.', 'startedOn', '>='),
    prop('to', 'Only outcomes started on or before this date.', 'startedOn', '<='),
    ...placed('Outcome', ['IMPLEMENTED_IN', 'City'], 'outcomes implemented in', true),
    node('topic', ADDRESSES_TOPIC.Outcome, 'Only outcomes addressing this topic.'),
    node('cluster', then(ADDRESSES_TOPIC.Outcome, TOPIC_OF_CLUSTER), 'Only outcomes addressing a topic of this cluster.', { distinct: true }),
    node('event', path('Outcome', ['EMERGED_FROM', 'Event']), 'Only outcomes that emerged from this event.'),
  ],
};

/** The filters of a label's listing; a label the table does not name (an extension of the model) filters by name. */
export function filtersOf(label: Label): readonly FilterSpec[] {
  return FILTERS[label] ?? [text(label)];
}

/** Registers the filters of a label the model was extended with. */
export function defineFilters(label: Label, filters: readonly FilterSpec[]): void {
  FILTERS[label] = filters;
}

/** The label a node filter names: where its path ends. */
export function filterTarget(filter: Extract<FilterSpec, { kind: 'node' }>): Label {
  return filter.path.hops.at(-1)?.to ?? filter.path.from;
}
