import { Field, Int, ObjectType } from 'type-graphql';
import { ContributionRole, ParticipationRole } from './enums';
import { City, Cluster, Country, Event, Institution, Outcome, Practitioner, Topic } from './labels';
import { ConnectionOf, EdgeOf } from './page';

/** Cursor connections: one plain pair per label, and pairs whose edges carry relationship properties. */

@ObjectType({ description: 'A practitioner in a list.' })
export class PractitionerEdge extends EdgeOf(Practitioner, 'practitioner') {}
@ObjectType({ description: 'A page of practitioners.' })
export class PractitionerConnection extends ConnectionOf(PractitionerEdge, Practitioner, 'practitioners') {}

@ObjectType({ description: 'A city in a list.' })
export class CityEdge extends EdgeOf(City, 'city') {}
@ObjectType({ description: 'A page of cities.' })
export class CityConnection extends ConnectionOf(CityEdge, City, 'cities') {}

@ObjectType({ description: 'A country in a list.' })
export class CountryEdge extends EdgeOf(Country, 'country') {}
@ObjectType({ description: 'A page of countries.' })
export class CountryConnection extends ConnectionOf(CountryEdge, Country, 'countries') {}

@ObjectType({ description: 'An institution in a list.' })
export class InstitutionEdge extends EdgeOf(Institution, 'institution') {}
@ObjectType({ description: 'A page of institutions.' })
export class InstitutionConnection extends ConnectionOf(InstitutionEdge, Institution, 'institutions') {}

@ObjectType({ description: 'A cluster in a list.' })
export class ClusterEdge extends EdgeOf(Cluster, 'cluster') {}
@ObjectType({ description: 'A page of clusters.' })
export class ClusterConnection extends ConnectionOf(ClusterEdge, Cluster, 'clusters') {}

@ObjectType({ description: 'A topic in a list.' })
export class TopicEdge extends EdgeOf(Topic, 'topic') {}
@ObjectType({ description: 'A page of topics.' })
export class TopicConnection extends ConnectionOf(TopicEdge, Topic, 'topics') {}

@ObjectType({ description: 'An event in a list.' })
export class EventEdge extends EdgeOf(Event, 'event') {}
@ObjectType({ description: 'A page of events.' })
export class EventConnection extends ConnectionOf(EventEdge, Event, 'events') {}

@ObjectType({ description: 'An outcome in a list.' })
export class OutcomeEdge extends EdgeOf(Outcome, 'outcome') {}
@ObjectType({ description: 'A page of outcomes.' })
export class OutcomeConnection extends ConnectionOf(OutcomeEdge, Outcome, 'outcomes') {}

@ObjectType({ description: 'An event a practitioner took part in, with their role (PARTICIPATED_IN).' })
export class ParticipationEdge extends EdgeOf(Event, 'event') {
  @Field(() => ParticipationRole, { description: 'How the practitioner took part.' })
  role!: string;
}
@ObjectType({ description: 'A page of the events a practitioner took part in.' })
export class ParticipationConnection extends ConnectionOf(ParticipationEdge, Event, 'events') {}

@ObjectType({ description: 'A practitioner who took part in an event, with their role (PARTICIPATED_IN).' })
export class ParticipantEdge extends EdgeOf(Practitioner, 'participant') {
  @Field(() => ParticipationRole, { description: 'How the practitioner took part.' })
  role!: string;
}
@ObjectType({ description: 'A page of the participants of an event.' })
export class ParticipantConnection extends ConnectionOf(ParticipantEdge, Practitioner, 'participants') {}

@ObjectType({ description: 'An outcome a practitioner contributed to, with their role (CONTRIBUTED_TO).' })
export class ContributionEdge extends EdgeOf(Outcome, 'outcome') {
  @Field(() => ContributionRole, { description: 'How the practitioner contributed.' })
  role!: string;
}
@ObjectType({ description: 'A page of the outcomes a practitioner contributed to.' })
export class ContributionConnection extends ConnectionOf(ContributionEdge, Outcome, 'outcomes') {}

@ObjectType({ description: 'A practitioner who contributed to an outcome, with their role (CONTRIBUTED_TO).' })
export class ContributorEdge extends EdgeOf(Practitioner, 'contributor') {
  @Field(() => ContributionRole, { description: 'How the practitioner contributed.' })
  role!: string;
}
@ObjectType({ description: 'A page of the contributors to an outcome.' })
export class ContributorConnection extends ConnectionOf(ContributorEdge, Practitioner, 'contributors') {}

@ObjectType({ description: 'A practitioner working at an institution (WORKS_AT).' })
export class StaffEdge extends EdgeOf(Practitioner, 'practitioner') {
  @Field(() => String, { nullable: true, description: 'Their position at the institution.' })
  position!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year they started there.' })
  since!: number | null;
}
@ObjectType({ description: 'A page of the practitioners working at an institution.' })
export class StaffConnection extends ConnectionOf(StaffEdge, Practitioner, 'practitioners') {}

@ObjectType({ description: 'A practitioner\'s employment at an institution (WORKS_AT).' })
export class Employment {
  @Field(() => Institution, { description: 'Where they work.' })
  institution!: Institution;

  @Field(() => String, { nullable: true, description: 'Their position there.' })
  position!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year they started there.' })
  since!: number | null;
}

@ObjectType({ description: 'A city partnership (PARTNER_OF).' })
export class Partnership {
  @Field(() => City, { description: 'The partner city.' })
  city!: City;

  @Field(() => Int, { nullable: true, description: 'Year the partnership began.' })
  since!: number | null;
}
