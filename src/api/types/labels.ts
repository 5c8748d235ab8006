import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDate } from './local-date';
import { ClusterCode, DatePrecision, EventKind, InstitutionKind, OutcomeKind, OutcomeStatus, Region } from './enums';
import { NodeBase, Node } from './node';

/** The eight node types of the graph model; relationships are field resolvers. */

@ObjectType({ implements: Node, description: 'A municipal practitioner in the network (all practitioners in the seed are fictional).' })
export class Practitioner extends NodeBase {
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Job title or role, e.g. "head of waste management".' })
  position?: string | null;

  @Field(() => [String], { description: 'Languages spoken, as ISO 639-1 codes.' })
  languages!: string[];
}

@ObjectType({ implements: Node, description: 'A city of the network.' })
export class City extends NodeBase {
  @Field(() => String, { description: 'Name of the city.' })
  name!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of its country, e.g. "NG".' })
  countryCode!: string;

  @Field(() => Float, { description: 'Latitude in degrees.' })
  lat!: number;

  @Field(() => Float, { description: 'Longitude in degrees.' })
  lon!: number;

  @Field(() => Int, { nullable: true, description: 'Population, where known.' })
  population?: number | null;
}

@ObjectType({ implements: Node, description: 'A country; the key is its lower-case ISO code (e.g. "ng").' })
export class Country extends NodeBase {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, e.g. "NG".' })
  code!: string;

  @Field(() => String, { description: 'English name.' })
  name!: string;

  @Field(() => Region, { description: 'World region.' })
  region!: string;
}

@ObjectType({ implements: Node, description: 'A municipality, association, company, university, NGO, agency or ministry.' })
export class Institution extends NodeBase {
  @Field(() => String, { description: 'Name of the institution.' })
  name!: string;

  @Field(() => InstitutionKind, { description: 'What kind of body it is.' })
  kind!: string;
}

@ObjectType({ implements: Node, description: 'One of the four thematic clusters; the key is its code.' })
export class Cluster extends NodeBase {
  @Field(() => String, { description: 'English name.' })
  name!: string;

  @Field(() => String, { description: 'German name, as the programme uses it.' })
  nameDe!: string;

  @Field(() => ClusterCode, { description: 'The cluster code (the same as the key).' })
  code!: string;
}

@ObjectType({ implements: Node, description: 'A topic within a cluster, e.g. solid waste management.' })
export class Topic extends NodeBase {
  @Field(() => String, { description: 'Name of the topic.' })
  name!: string;
}

@ObjectType({ implements: Node, description: 'A dialogue event, project workshop, conference or other event of the programme.' })
export class Event extends NodeBase {
  @Field(() => String, { description: 'Title of the event.' })
  title!: string;

  @Field(() => EventKind, { description: 'Format of the event.' })
  kind!: string;

  @Field(() => LocalDate, { description: 'First day (see datePrecision).' })
  startDate!: string;

  @Field(() => LocalDate, { description: 'Last day (see datePrecision).' })
  endDate!: string;

  @Field(() => DatePrecision, { description: 'How exact the dates are; DAY unless a source gives less.' })
  datePrecision!: string;

  @Field(() => Int, { description: 'Programme phase 1–4 (2013–2015, 2016–2018, 2019–2022, 2022–2025).' })
  phase!: number;

  @Field(() => Int, { description: 'Year the event started.' })
  year!: number;

  @Field(() => Boolean, { description: 'Whether the event took place online.' })
  virtual!: boolean;

  @Field(() => String, { nullable: true, description: 'Remarks, e.g. where sources disagree.' })
  note?: string | null;
}

@ObjectType({ implements: Node, description: 'A concrete result: change project, action plan, good practice, pilot or policy.' })
export class Outcome extends NodeBase {
  @Field(() => String, { description: 'Title of the outcome.' })
  title!: string;

  @Field(() => OutcomeKind, { description: 'What kind of result it is.' })
  kind!: string;

  @Field(() => OutcomeStatus, { description: 'How far it has come.' })
  status!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When work on it started, where known.' })
  startedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Remarks on the outcome or its sources.' })
  note?: string | null;
}
