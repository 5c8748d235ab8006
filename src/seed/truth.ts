import type { Properties } from '../domain';
import { nodeRows, type Dataset } from './dataset';
import { SeedFacts, strings } from './seed-facts';

/**
 * What can be checked of a dataset's fictional people against what its real rows record: an
 * attendee comes from where the sources say the participants came from, attends only events that
 * took place and no more of them than their size, organises only as staff of an organiser; a
 * contributor attended an event the outcome emerged from and comes from its team's countries; a
 * person speaks a language of their home country; nobody attends more than a plausible share.
 */

/** The most of the events that took place any one fictional person attends. */
export const MOST_EVENTS_SHARE = 0.2;

export interface TruthFigures {
  /** Attendances at events whose participants' origin is documented, and of those from elsewhere. */
  attendancesWithDocumentedOrigin: number;
  attendancesFromElsewhere: number;
  attendancesAtUnconfirmedEvents: number;
  eventsOverDocumentedSize: number;
  organiserAttendances: number;
  organisersNotStaff: number;
  contributions: number;
  contributionsContradicted: number;
  fictionalPeople: number;
  speakingNoHomeLanguage: number;
  mostEventsOfOnePerson: number;
  eventsHeld: number;
}

export interface TruthReport {
  problems: string[];
  figures: TruthFigures;
}

/** Every source id a row cites, with how many rows cite it. */
export function citedSources(dataset: Dataset): Map<string, number> {
  const cited = new Map<string, number>();
  const count = (props: Properties) => {
    for (const id of strings(props.sources)) cited.set(id, (cited.get(id) ?? 0) + 1);
  };
  for (const rows of dataset.nodes.values()) rows.forEach((r) => count(r.props));
  for (const group of dataset.relationships) group.rows.forEach((r) => count(r.props));
  return cited;
}

export function checkTruth(dataset: Dataset, listedSources: ReadonlySet<string>): TruthReport {
  const facts = new SeedFacts(dataset);
  const problems: string[] = [];
  const f: TruthFigures = {
    attendancesWithDocumentedOrigin: 0, attendancesFromElsewhere: 0, attendancesAtUnconfirmedEvents: 0, eventsOverDocumentedSize: 0,
    organiserAttendances: 0, organisersNotStaff: 0, contributions: 0, contributionsContradicted: 0,
    fictionalPeople: 0, speakingNoHomeLanguage: 0, mostEventsOfOnePerson: 0, eventsHeld: facts.heldEvents().length,
  };

  for (const id of citedSources(dataset).keys()) {
    if (!listedSources.has(id)) problems.push(`source ${id} is cited but not listed in SOURCES.md`);
  }

  for (const event of facts.events.values()) {
    const attendees = facts.attendees(event.id);
    if (event.status !== 'HELD' && attendees.length > 0) {
      f.attendancesAtUnconfirmedEvents += attendees.length;
      problems.push(`${event.id} is only ${event.status.toLowerCase()}, yet has ${attendees.length} attendees`);
    }
    if (event.size !== undefined && attendees.length > event.size) {
      f.eventsOverDocumentedSize++;
      problems.push(`${event.id} has ${attendees.length} attendees; the sources say ${event.size} took part`);
    }
    const documented = event.countries.size > 0 || event.regions.size > 0;
    for (const { person, role } of attendees) {
      if (documented) {
        f.attendancesWithDocumentedOrigin++;
        if (!facts.fromOriginOf(person, event)) {
          f.attendancesFromElsewhere++;
          problems.push(`${person} (${facts.countryOf(person) ?? 'no country'}) attends ${event.id}, whose participants came from ${facts.originText(event)}`);
        }
      }
      if (role === 'ORGANISER') {
        f.organiserAttendances++;
        if (!event.organisers.some((inst) => facts.worksAt(person, inst))) {
          f.organisersNotStaff++;
          problems.push(`${person} organised ${event.id} but works at none of its organisers (${event.organisers.join(', ') || 'none recorded'})`);
        }
      }
    }
  }

  for (const outcome of facts.outcomes.values()) {
    for (const person of facts.contributors(outcome.id)) {
      f.contributions++;
      const attended = outcome.events.length === 0 || outcome.events.some((e) => facts.attended(person, e));
      const country = facts.countryOf(person);
      const fromTeam = outcome.countries.size === 0 || (country !== undefined && outcome.countries.has(country));
      if (!attended || !fromTeam) {
        f.contributionsContradicted++;
        problems.push(
          `${person} contributed to ${outcome.id} but ${!attended ? `attended none of ${outcome.events.join(', ')}` : `comes from ${country ?? 'nowhere'}, not ${[...outcome.countries].join(', ')}`}`,
        );
      }
    }
  }

  const most = Math.floor(MOST_EVENTS_SHARE * f.eventsHeld);
  for (const row of nodeRows(dataset, 'Practitioner')) {
    if (row.props.synthetic !== true) continue;
    const person = String(row.props.id);
    f.fictionalPeople++;
    const home = facts.languagesOf(facts.countryOf(person));
    if (home.length > 0 && !strings(row.props.languages).some((l) => home.includes(l))) {
      f.speakingNoHomeLanguage++;
      problems.push(`${person} (${facts.countryOf(person)}) speaks ${strings(row.props.languages).join(', ') || 'nothing'}, no language of home (${home.join(', ')})`);
    }
    const events = facts.eventsOf(person).length;
    f.mostEventsOfOnePerson = Math.max(f.mostEventsOfOnePerson, events);
    if (events > most) problems.push(`${person} attends ${events} of the ${f.eventsHeld} events that took place (at most ${most})`);
  }
  return { problems, figures: f };
}
