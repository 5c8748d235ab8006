import { findRelationshipSpec, type Label, type Properties, type RelationshipSpec, type RelationshipType } from '../domain';
import { nodeRows, relationshipRows, type Dataset, type NodeRow, type RelationshipRow } from './dataset';
import { endsOf } from './seed-facts';
import { appendTo } from './multimap';
import { Random, Zipf, inventedName } from './random';

export const POSITIONS = [
  'urban planner', 'head of waste management', 'mobility officer', 'climate adaptation officer',
  'head of economic development', 'city engineer', 'GIS specialist', 'water utility manager',
  'councillor', 'researcher', 'project manager', 'digitalisation officer', 'finance officer',
  'community liaison officer', 'environmental officer',
];
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'ar', 'tr', 'uk', 'sw', 'id'];

export interface PeopleOptions {
  count: number;
  seed: number;
  /** Prefix of the generated ids, so several runs can share a dataset. */
  idPrefix?: string;
}

/** Where generated rows go: into a dataset in memory, or into CSV files as they come (csv/writer.ts). */
export interface RowsOut {
  node(label: Label, row: NodeRow): void;
  relationship(spec: RelationshipSpec, row: RelationshipRow): void;
}

export const intoDataset = (dataset: Dataset): RowsOut => ({
  node: (label, row) => void nodeRows(dataset, label).push(row),
  relationship: (spec, row) => void relationshipRows(dataset, spec).push(row),
});

/** Passes rows on to `out`, counting them. */
export function countingRows(out: RowsOut): RowsOut & { counts: { nodes: number; relationships: number } } {
  const counts = { nodes: 0, relationships: 0 };
  return {
    counts,
    node: (label, row) => (counts.nodes++, out.node(label, row)),
    relationship: (spec, row) => (counts.relationships++, out.relationship(spec, row)),
  };
}

/** Adds a relationship of the model, marked synthetic (every generated row is). */
export function link(out: RowsOut, type: RelationshipType, from: Label, to: Label, a: string, b: string, props: Properties = {}): void {
  out.relationship(findRelationshipSpec(type, from, to)!, { from: a, to: b, props: { ...props, synthetic: true } });
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Adds fictional practitioners to a dataset of places, events and outcomes, in the patterns of a
 * real network: people cluster in a few active cities, most attend one or two events and a few
 * attend dozens (Pareto), popular events draw most people (Zipf), expertise follows the topics of
 * the events attended, and some attendees contribute to the outcomes those events produced.
 * Every row is marked synthetic. The people and their relationships go to `out` (by default into
 * the dataset), one practitioner at a time: none of them is read back, so a million can be written
 * to files without being held. Each practitioner's relationships are distinct by construction.
 */
export function addPractitioners(dataset: Dataset, options: PeopleOptions, out: RowsOut = intoDataset(dataset)): void {
  const random = new Random(options.seed);
  const prefix = options.idPrefix ?? 'p';
  const cities = nodeRows(dataset, 'City');
  const events = nodeRows(dataset, 'Event');
  const topics = nodeRows(dataset, 'Topic');
  const heldIn = endsOf(dataset, 'HELD_IN', 'Event', 'City');
  const locatedIn = endsOf(dataset, 'LOCATED_IN', 'Institution', 'City');
  const eventTopics = endsOf(dataset, 'ADDRESSES', 'Event', 'Topic');
  const outcomesByEvent = new Map<string, string[]>();
  for (const [outcome, evs] of endsOf(dataset, 'EMERGED_FROM', 'Outcome', 'Event')) {
    for (const e of evs) appendTo(outcomesByEvent, e, outcome);
  }
  const institutionsByCity = new Map<string, string[]>();
  for (const [inst, [city]] of locatedIn) appendTo(institutionsByCity, city, inst);

  // Busy cities first, so the Zipf hubs are the places where things happen.
  const activity = new Map<string, number>();
  for (const [, [city]] of heldIn) activity.set(city, (activity.get(city) ?? 0) + 3);
  for (const [city, insts] of institutionsByCity) activity.set(city, (activity.get(city) ?? 0) + insts.length);
  const cityOrder: NodeRow[] = shuffled(cities, random).sort(
    (a, b) => (activity.get(String(b.props.id)) ?? 0) - (activity.get(String(a.props.id)) ?? 0),
  );
  const eventOrder = shuffled(events, random);
  const cityZipf = new Zipf(cityOrder.length, 1.05);
  const eventZipf = new Zipf(Math.max(1, eventOrder.length), 0.9);
  const topicZipf = new Zipf(Math.max(1, topics.length), 0.8);

  for (let i = 0; i < options.count; i++) {
    const id = `${prefix}${String(i + 1).padStart(5, '0')}`;
    const first = inventedName(random, 2);
    const last = inventedName(random, random.int(2, 3));
    const props: Properties = {
      id,
      name: `${first} ${last}`,
      position: random.pick(POSITIONS),
      languages: [...new Set([random.pick(LANGUAGES), random.pick(LANGUAGES)])].slice(0, random.int(1, 2)),
      synthetic: true,
    };
    if (random.chance(0.5)) props.email = `${first}.${last}@example.org`.toLowerCase();
    out.node('Practitioner', { props });

    const city = String(cityOrder[cityZipf.sample(random)].props.id);
    link(out, 'BASED_IN', 'Practitioner', 'City', id, city);
    const local = institutionsByCity.get(city);
    if (local && random.chance(0.85)) {
      link(out, 'WORKS_AT', 'Practitioner', 'Institution', id, random.pick(local), {
        position: props.position,
        since: random.int(2005, 2024),
      });
    }

    const attended = new Set<string>();
    const wanted = events.length === 0 || random.chance(0.08) ? 0 : random.pareto(2, 1.3, Math.min(120, events.length));
    for (let k = 0; k < wanted * 2 && attended.size < wanted; k++) {
      attended.add(String(eventOrder[eventZipf.sample(random)].props.id));
    }
    const topicPool: string[] = [];
    for (const event of attended) {
      const r = random.next();
      const role = r < 0.02 ? 'ORGANISER' : r < 0.05 ? 'FACILITATOR' : r < 0.15 ? 'SPEAKER' : 'PARTICIPANT';
      link(out, 'PARTICIPATED_IN', 'Practitioner', 'Event', id, event, { role });
      topicPool.push(...(eventTopics.get(event) ?? []));
      for (const outcome of outcomesByEvent.get(event) ?? []) {
        if (random.chance(0.12)) {
          link(out, 'CONTRIBUTED_TO', 'Practitioner', 'Outcome', id, outcome, {
            role: random.chance(0.15) ? 'LEAD' : random.pick(['PARTNER', 'EXPERT']),
          });
        }
      }
    }
    const expertise = new Set<string>();
    const wantedTopics = random.int(1, 3);
    for (let k = 0; k < wantedTopics * 3 && expertise.size < wantedTopics && topics.length > 0; k++) {
      expertise.add(
        topicPool.length > 0 && random.chance(0.7)
          ? random.pick(topicPool)
          : String(topics[topicZipf.sample(random)].props.id),
      );
    }
    for (const topic of expertise) link(out, 'EXPERT_IN', 'Practitioner', 'Topic', id, topic);
  }
}
