import { findRelationshipSpec, valueOrAbsent, type Label, type RelationshipType } from '../domain';
import { nodeRows, type Dataset } from './dataset';
import { appendTo } from './multimap';

/**
 * A dataset read as facts about its events, outcomes and people: what the generator of fictional
 * people honours and what the truth check holds them to, indexed once.
 */

export interface EventFacts {
  id: string;
  kind: string;
  virtual: boolean;
  status: string;
  /** How many took part, as the sources say. */
  size?: number;
  /** ISO codes and regions the sources say the participants came from. */
  countries: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  hostCities: string[];
  organisers: string[];
  topics: string[];
  outcomes: string[];
}

export interface OutcomeFacts {
  id: string;
  synthetic: boolean;
  countries: ReadonlySet<string>;
  /** The events it emerged from. */
  events: string[];
  cities: string[];
  topics: string[];
}

export interface Attendance {
  person: string;
  role: string;
}

/** A list property's items as strings; none when it is absent. */
export const strings = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]).map(String) : []);

/** Start id → end ids of one relationship of the model. */
export function endsOf(dataset: Dataset, type: RelationshipType, from: Label, to: Label): Map<string, string[]> {
  const spec = findRelationshipSpec(type, from, to)!;
  const out = new Map<string, string[]>();
  for (const r of dataset.relationships.find((g) => g.spec === spec)?.rows ?? []) appendTo(out, r.from, r.to);
  return out;
}

function startsOf(dataset: Dataset, type: RelationshipType, from: Label, to: Label): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [start, ends] of endsOf(dataset, type, from, to)) for (const end of ends) appendTo(out, end, start);
  return out;
}

export class SeedFacts {
  readonly events = new Map<string, EventFacts>();
  readonly outcomes = new Map<string, OutcomeFacts>();
  /** City id → ISO code of its country. */
  readonly cityCountry = new Map<string, string>();
  readonly countryRegion = new Map<string, string>();
  private readonly countryLanguages = new Map<string, string[]>();
  private readonly personCity = new Map<string, string>();
  private readonly employments: Map<string, string[]>;
  private readonly participations = new Map<string, Attendance[]>();
  private readonly eventsByPerson = new Map<string, string[]>();
  private readonly contributions: Map<string, string[]>;

  constructor(dataset: Dataset) {
    for (const { props } of nodeRows(dataset, 'Country')) {
      this.countryRegion.set(String(props.code), String(props.region));
      this.countryLanguages.set(String(props.code), strings(props.languages));
    }
    for (const { props } of nodeRows(dataset, 'City')) this.cityCountry.set(String(props.id), String(props.countryCode));
    const heldIn = endsOf(dataset, 'HELD_IN', 'Event', 'City');
    const organisedBy = endsOf(dataset, 'ORGANISED_BY', 'Event', 'Institution');
    const eventTopics = endsOf(dataset, 'ADDRESSES', 'Event', 'Topic');
    const emergedFrom = endsOf(dataset, 'EMERGED_FROM', 'Outcome', 'Event');
    const outcomesOf = startsOf(dataset, 'EMERGED_FROM', 'Outcome', 'Event');
    for (const { props } of nodeRows(dataset, 'Event')) {
      const id = String(props.id);
      this.events.set(id, {
        id,
        kind: String(props.kind),
        virtual: props.virtual === true,
        status: String(valueOrAbsent('Event', props, 'status')),
        size: typeof props.participantCount === 'number' ? props.participantCount : undefined,
        countries: new Set(strings(props.originCountries)),
        regions: new Set(strings(props.originRegions)),
        hostCities: heldIn.get(id) ?? [],
        organisers: organisedBy.get(id) ?? [],
        topics: eventTopics.get(id) ?? [],
        outcomes: outcomesOf.get(id) ?? [],
      });
    }
    const implementedIn = endsOf(dataset, 'IMPLEMENTED_IN', 'Outcome', 'City');
    const outcomeTopics = endsOf(dataset, 'ADDRESSES', 'Outcome', 'Topic');
    for (const { props } of nodeRows(dataset, 'Outcome')) {
      const id = String(props.id);
      this.outcomes.set(id, {
        id,
        synthetic: props.synthetic === true,
        countries: new Set(strings(props.originCountries)),
        events: emergedFrom.get(id) ?? [],
        cities: implementedIn.get(id) ?? [],
        topics: outcomeTopics.get(id) ?? [],
      });
    }
    for (const [person, [city]] of endsOf(dataset, 'BASED_IN', 'Practitioner', 'City')) this.personCity.set(person, city);
    this.employments = endsOf(dataset, 'WORKS_AT', 'Practitioner', 'Institution');
    const spec = findRelationshipSpec('PARTICIPATED_IN', 'Practitioner', 'Event')!;
    for (const r of dataset.relationships.find((g) => g.spec === spec)?.rows ?? []) {
      appendTo(this.participations, r.to, { person: r.from, role: String(r.props.role ?? 'PARTICIPANT') });
      appendTo(this.eventsByPerson, r.from, r.to);
    }
    this.contributions = startsOf(dataset, 'CONTRIBUTED_TO', 'Practitioner', 'Outcome');
  }

  heldEvents(): EventFacts[] {
    return [...this.events.values()].filter((e) => e.status === 'HELD');
  }

  attendees(event: string): Attendance[] {
    return this.participations.get(event) ?? [];
  }

  eventsOf(person: string): string[] {
    return this.eventsByPerson.get(person) ?? [];
  }

  attended(person: string, event: string): boolean {
    return this.eventsOf(person).includes(event);
  }

  contributors(outcome: string): string[] {
    return this.contributions.get(outcome) ?? [];
  }

  worksAt(person: string, institution: string): boolean {
    return (this.employments.get(person) ?? []).includes(institution);
  }

  countryOf(person: string): string | undefined {
    const city = this.personCity.get(person);
    return city === undefined ? undefined : this.cityCountry.get(city);
  }

  languagesOf(country: string | undefined): string[] {
    return country === undefined ? [] : (this.countryLanguages.get(country) ?? []);
  }

  /** Whether a country is one the sources give for an event's participants. */
  isOrigin(country: string, event: EventFacts): boolean {
    return event.countries.has(country) || event.regions.has(this.countryRegion.get(country) ?? '');
  }

  fromOriginOf(person: string, event: EventFacts): boolean {
    const country = this.countryOf(person);
    return country !== undefined && this.isOrigin(country, event);
  }

  originText(event: EventFacts): string {
    return [...event.countries, ...[...event.regions].map((r) => `the region ${r}`)].join(', ');
  }
}
