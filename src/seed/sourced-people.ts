import type { Properties } from '../domain';
import { dedupeRelationships, nodeRows, type Dataset } from './dataset';
import { appendTo } from './multimap';
import { intoDataset, link, POSITIONS, type PeopleOptions } from './people';
import { Random, inventedName } from './random';
import { endsOf, SeedFacts, type EventFacts } from './seed-facts';
import { MOST_EVENTS_SHARE } from './truth';

/**
 * Fictional practitioners for a dataset of real places, events and outcomes, honouring what the
 * sources say: an event's attendees come from the countries (or regions) its participants came
 * from and are a sample of its documented size; events only planned or called for get none;
 * organisers work at an organising institution; contributors took part in an event the outcome
 * emerged from and come from its team's countries; people speak their home country's languages.
 * Where the sources are silent, the story is plausible: the host's country, the organisers' and
 * the outcomes' countries and Germany (the programme is German), and the whole network online.
 */

/** How many a format gathers where the sources do not say (a dialogue event 20 to 30, as S8 says). */
const USUAL_SIZE: Record<string, [number, number]> = {
  DIALOGUE_EVENT: [20, 30], PROJECT_WORKSHOP: [15, 30], CONFERENCE: [40, 70], STUDY_TOUR: [8, 15],
  EXPERT_MISSION: [2, 5], WEBINAR: [15, 40], NETWORKING: [15, 40],
};
/** The fictional people stand for a sample of those who took part, never more. */
const SAMPLE: [number, number] = [0.4, 0.8];
const OPEN_FORMATS = new Set(['CONFERENCE', 'NETWORKING', 'WEBINAR']);
/** Spoken beside the home languages by many in the programme. */
const BRIDGE_LANGUAGES = ['en', 'fr', 'de'];
const HOME_OF_THE_PROGRAMME = 'DE';

interface Person {
  id: string;
  city: string;
  country: string;
  /** How active: most attend one or two events, a few many (Pareto). */
  activity: number;
  position: string;
  employer?: string;
  topics: Set<string>;
  events: string[];
  outcomes: Set<string>;
}

const between = (random: Random, [lo, hi]: [number, number]) => lo + random.next() * (hi - lo);

function pickWeighted<T>(random: Random, items: readonly T[], weight: (item: T) => number): T | undefined {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  if (total <= 0) return undefined;
  let target = random.next() * total;
  for (const item of items) {
    target -= weight(item);
    if (target < 0) return item;
  }
  return items[items.length - 1];
}

export function addSourcedPractitioners(dataset: Dataset, options: PeopleOptions): void {
  const random = new Random(options.seed);
  const facts = new SeedFacts(dataset);
  const held = facts.heldEvents();
  const mostEvents = Math.floor(MOST_EVENTS_SHARE * held.length);
  const seatOf = endsOf(dataset, 'LOCATED_IN', 'Institution', 'City');
  const institutionsIn = new Map<string, string[]>();
  for (const [inst, cities] of seatOf) for (const city of cities) appendTo(institutionsIn, city, inst);
  const citiesOf = new Map<string, string[]>();
  for (const [city, country] of facts.cityCountry) appendTo(citiesOf, country, city);

  // Where each event's attendees come from, and how many the fictional people stand for.
  const pools = new Map<string, Map<string, number>>();
  const targets = new Map<string, number>();
  for (const event of held) {
    const pool = originPool(facts, event, seatOf);
    for (const country of [...pool.keys()]) if (!citiesOf.has(country)) pool.delete(country);
    pools.set(event.id, pool);
    const size = event.size ?? Math.round(between(random, USUAL_SIZE[event.kind] ?? [15, 30]));
    targets.set(event.id, Math.max(0, Math.max(1, Math.round(size * between(random, SAMPLE))) - facts.attendees(event.id).length));
  }

  // People where the demand is: each country gets its share of the attendances it must supply.
  const demand = new Map<string, number>();
  for (const event of held) {
    const pool = pools.get(event.id)!;
    const total = [...pool.values()].reduce((a, b) => a + b, 0);
    for (const [country, w] of pool) demand.set(country, (demand.get(country) ?? 0) + (targets.get(event.id)! * w) / total);
  }
  const people = createPeople(dataset, random, options, apportion(demand, options.count), citiesOf, institutionsIn, facts);

  // Organisers are staff of an organising institution: give each organiser with a seat someone.
  for (const inst of [...new Set(held.flatMap((e) => e.organisers))].sort()) {
    if (people.some((p) => p.employer === inst)) continue;
    const local = people.filter((p) => seatOf.get(inst)?.includes(p.city));
    const chosen = local.find((p) => !p.employer) ?? local[0];
    if (chosen) chosen.employer = inst;
  }

  for (const event of held) attend(random, event, people, pools.get(event.id)!, targets.get(event.id)!, mostEvents, dataset);
  contribute(random, facts, people, dataset);
  for (const person of people) {
    if (person.employer) {
      link(intoDataset(dataset), 'WORKS_AT', 'Practitioner', 'Institution', person.id, person.employer, { position: person.position, since: random.int(2005, 2024) });
    }
    for (const topic of expertise(random, person, dataset)) link(intoDataset(dataset), 'EXPERT_IN', 'Practitioner', 'Topic', person.id, topic);
  }
  dedupeRelationships(dataset);
}

/** Countries an event's attendees come from, weighted: the documented ones, or a plausible story. */
function originPool(facts: SeedFacts, event: EventFacts, seatOf: Map<string, string[]>): Map<string, number> {
  const pool = new Map<string, number>();
  const add = (country: string | undefined, weight: number) => {
    if (country !== undefined) pool.set(country, Math.max(pool.get(country) ?? 0, weight));
  };
  const hosts = event.hostCities.map((c) => facts.cityCountry.get(c));
  if (event.countries.size > 0 || event.regions.size > 0) {
    for (const country of facts.countryRegion.keys()) if (facts.isOrigin(country, event)) add(country, 1);
    for (const host of hosts) if (host !== undefined && pool.has(host)) add(host, 3);
    return pool;
  }
  if (event.virtual || OPEN_FORMATS.has(event.kind)) for (const country of facts.countryRegion.keys()) add(country, 0.3);
  add(HOME_OF_THE_PROGRAMME, 1);
  for (const inst of event.organisers) for (const city of seatOf.get(inst) ?? []) add(facts.cityCountry.get(city), 2);
  for (const outcome of event.outcomes) for (const city of facts.outcomes.get(outcome)?.cities ?? []) add(facts.cityCountry.get(city), 2);
  for (const host of hosts) add(host, 3);
  return pool;
}

/** Whole numbers in proportion to the demand, summing to total (largest remainder). */
function apportion(demand: Map<string, number>, total: number): Map<string, number> {
  const sum = [...demand.values()].reduce((a, b) => a + b, 0);
  const exact = [...demand].map(([k, v]) => [k, (v / sum) * total] as const);
  const out = new Map(exact.map(([k, v]) => [k, Math.floor(v)]));
  let left = total - [...out.values()].reduce((a, b) => a + b, 0);
  for (const [k] of [...exact].sort((a, b) => (b[1] % 1) - (a[1] % 1) || a[0].localeCompare(b[0]))) {
    if (left-- <= 0) break;
    out.set(k, out.get(k)! + 1);
  }
  return out;
}

function createPeople(
  dataset: Dataset, random: Random, options: PeopleOptions, perCountry: Map<string, number>,
  citiesOf: Map<string, string[]>, institutionsIn: Map<string, string[]>, facts: SeedFacts,
): Person[] {
  const busy = new Map<string, number>();
  for (const event of facts.events.values()) for (const city of event.hostCities) busy.set(city, (busy.get(city) ?? 0) + 3);
  for (const outcome of facts.outcomes.values()) for (const city of outcome.cities) busy.set(city, (busy.get(city) ?? 0) + 2);
  for (const [city, insts] of institutionsIn) busy.set(city, (busy.get(city) ?? 0) + 2 * insts.length);
  const people: Person[] = [];
  for (const [country, n] of [...perCountry].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (let k = 0; k < n; k++) {
      const id = `${options.idPrefix ?? 'p'}${String(people.length + 1).padStart(5, '0')}`;
      const city = pickWeighted(random, citiesOf.get(country)!, (c) => 1 + (busy.get(c) ?? 0))!;
      const first = inventedName(random, 2);
      const last = inventedName(random, random.int(2, 3));
      const position = random.pick(POSITIONS);
      const props: Properties = { id, name: `${first} ${last}`, position, languages: spoken(random, facts.languagesOf(country)), synthetic: true };
      if (random.chance(0.5)) props.email = `${first}.${last}@example.org`.toLowerCase();
      nodeRows(dataset, 'Practitioner').push({ props });
      link(intoDataset(dataset), 'BASED_IN', 'Practitioner', 'City', id, city);
      const local = institutionsIn.get(city);
      const employer = local && random.chance(0.8) ? random.pick(local) : undefined;
      people.push({ id, city, country, activity: random.pareto(1, 1.8, 6), position, employer, topics: new Set(), events: [], outcomes: new Set() });
    }
  }
  return people;
}

/** A home language or two, and often a language of the programme beside them. */
function spoken(random: Random, home: readonly string[]): string[] {
  const out = new Set(home.slice(0, 1));
  if (home.length > 1 && random.chance(0.3)) out.add(random.pick(home.slice(1)));
  if (random.chance(0.7)) out.add(random.chance(0.75) ? 'en' : random.pick(BRIDGE_LANGUAGES));
  return [...out];
}

function attend(random: Random, event: EventFacts, people: Person[], pool: Map<string, number>, target: number, mostEvents: number, dataset: Dataset): void {
  const candidates = people.filter((p) => pool.has(p.country) && p.events.length < mostEvents);
  const weight = (p: Person) =>
    (pool.get(p.country)! * p.activity * (event.hostCities.includes(p.city) ? 2 : 1) * (1 + event.topics.filter((t) => p.topics.has(t)).length)) /
    (1 + p.events.length / p.activity);
  const chosen: [Person, string][] = [];
  const organiser = candidates.find((p) => p.employer !== undefined && event.organisers.includes(p.employer));
  if (organiser && target > 0) chosen.push([organiser, 'ORGANISER']);
  while (chosen.length < target) {
    const left = candidates.filter((p) => !chosen.some(([c]) => c === p));
    const next = pickWeighted(random, left, weight);
    if (!next) break;
    const r = random.next();
    chosen.push([next, r < 0.05 ? 'FACILITATOR' : r < 0.17 ? 'SPEAKER' : 'PARTICIPANT']);
  }
  for (const [person, role] of chosen) {
    person.events.push(event.id);
    event.topics.forEach((t) => person.topics.add(t));
    link(intoDataset(dataset), 'PARTICIPATED_IN', 'Practitioner', 'Event', person.id, event.id, { role });
  }
}

/** Each real outcome's team: attendees of an event it emerged from, from its documented countries. */
function contribute(random: Random, facts: SeedFacts, people: Person[], dataset: Dataset): void {
  for (const outcome of facts.outcomes.values()) {
    if (outcome.synthetic || outcome.events.length === 0) continue;
    const team = people.filter((p) => p.events.some((e) => outcome.events.includes(e)) && (outcome.countries.size === 0 || outcome.countries.has(p.country)));
    const wanted = Math.min(team.length, random.int(2, 5));
    const local = (p: Person) => outcome.cities.includes(p.city);
    for (let k = 0; k < wanted; k++) {
      const left = team.filter((p) => !p.outcomes.has(outcome.id));
      const person = pickWeighted(random, left, (p) => (local(p) ? 4 : 1))!;
      person.outcomes.add(outcome.id);
      outcome.topics.forEach((t) => person.topics.add(t));
      const role = local(person) && k === 0 ? 'LEAD' : random.pick(['PARTNER', 'EXPERT']);
      link(intoDataset(dataset), 'CONTRIBUTED_TO', 'Practitioner', 'Outcome', person.id, outcome.id, { role });
    }
  }
}

/** One to three topics, most from what the person took part in. */
function expertise(random: Random, person: Person, dataset: Dataset): Set<string> {
  const worked = [...person.topics];
  const all = nodeRows(dataset, 'Topic').map((r) => String(r.props.id));
  const out = new Set<string>();
  const wanted = random.int(1, 3);
  for (let k = 0; k < wanted * 3 && out.size < wanted; k++) out.add(worked.length > 0 && random.chance(0.8) ? random.pick(worked) : random.pick(all));
  return out;
}
