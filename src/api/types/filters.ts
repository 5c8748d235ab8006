import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from './local-date';
import { ClusterCode, EventKind, EventOrderField, InstitutionKind, NodeOrderField, OrderDirection, OutcomeKind, OutcomeStatus, Region } from './enums';

/**
 * Filter inputs of the root listings. Ids may be raw keys ("lagos") or global ids ("City:lagos");
 * countries also by ISO code ("NG"). All given filters must hold (AND).
 */

const d = {
  name: 'Only nodes whose name contains every word of this text, ignoring case and accents.',
  title: 'Only nodes whose title contains every word of this text, ignoring case and accents.',
  city: 'Only those in this city (id such as "lagos" or "City:lagos").',
  country: 'Only those in this country (ISO code such as "NG", or id).',
  region: 'Only those in this world region.',
  cluster: 'Only those connected to a topic of this cluster.',
  topic: 'Only those connected to this topic (id or global id).',
};

@InputType({ description: 'Filters for practitioners.' })
export class PractitionerFilter {
  @Field(() => String, { nullable: true, description: d.name }) nameContains?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only practitioners based in this city (id such as "lagos" or "City:lagos").' }) city?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only practitioners based in this country (ISO code such as "NG", or id).' }) country?: string | null;
  @Field(() => Region, { nullable: true, description: 'Only practitioners based in this world region.' }) region?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only practitioners working at this institution.' }) institution?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only experts in this topic.' }) topic?: string | null;
  @Field(() => ClusterCode, { nullable: true, description: 'Only experts in a topic of this cluster.' }) cluster?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only practitioners who took part in this event.' }) event?: string | null;
}

@InputType({ description: 'Filters for cities.' })
export class CityFilter {
  @Field(() => String, { nullable: true, description: d.name }) nameContains?: string | null;
  @Field(() => ID, { nullable: true, description: d.country }) country?: string | null;
  @Field(() => Region, { nullable: true, description: d.region }) region?: string | null;
}

@InputType({ description: 'Filters for countries.' })
export class CountryFilter {
  @Field(() => String, { nullable: true, description: d.name }) nameContains?: string | null;
  @Field(() => Region, { nullable: true, description: d.region }) region?: string | null;
}

@InputType({ description: 'Filters for institutions.' })
export class InstitutionFilter {
  @Field(() => String, { nullable: true, description: d.name }) nameContains?: string | null;
  @Field(() => InstitutionKind, { nullable: true, description: 'Only institutions of this kind.' }) kind?: string | null;
  @Field(() => ID, { nullable: true, description: d.city }) city?: string | null;
  @Field(() => ID, { nullable: true, description: d.country }) country?: string | null;
  @Field(() => Region, { nullable: true, description: d.region }) region?: string | null;
}

@InputType({ description: 'Filters for clusters.' })
export class ClusterFilter {
  @Field(() => String, { nullable: true, description: d.name }) nameContains?: string | null;
}

@InputType({ description: 'Filters for topics.' })
export class TopicFilter {
  @Field(() => String, { nullable: true, description: d.name }) nameContains?: string | null;
  @Field(() => ClusterCode, { nullable: true, description: 'Only topics of this cluster.' }) cluster?: string | null;
}

@InputType({ description: 'Filters for events.' })
export class EventFilter {
  @Field(() => String, { nullable: true, description: d.title }) titleContains?: string | null;
  @Field(() => EventKind, { nullable: true, description: 'Only events of this format.' }) kind?: string | null;
  @Field(() => Int, { nullable: true, description: 'Only events of this programme phase (1–4).' }) phase?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Only online (true) or in-person (false) events.' }) virtual?: boolean | null;
  @Field(() => LocalDate, { nullable: true, description: 'Only events that end on or after this date.' }) from?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Only events that start on or before this date.' }) to?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only events held in this city.' }) city?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only events held in this country.' }) country?: string | null;
  @Field(() => Region, { nullable: true, description: 'Only events held in this world region.' }) region?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only events addressing this topic.' }) topic?: string | null;
  @Field(() => ClusterCode, { nullable: true, description: 'Only events addressing a topic of this cluster.' }) cluster?: string | null;
}

@InputType({ description: 'Filters for outcomes.' })
export class OutcomeFilter {
  @Field(() => String, { nullable: true, description: d.title }) titleContains?: string | null;
  @Field(() => OutcomeKind, { nullable: true, description: 'Only outcomes of this kind.' }) kind?: string | null;
  @Field(() => OutcomeStatus, { nullable: true, description: 'Only outcomes with this status.' }) status?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Only outcomes started on or after this date.' }) from?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Only outcomes started on or before this date.' }) to?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only outcomes implemented in this city.' }) city?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only outcomes implemented in this country.' }) country?: string | null;
  @Field(() => Region, { nullable: true, description: 'Only outcomes implemented in this world region.' }) region?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only outcomes addressing this topic.' }) topic?: string | null;
  @Field(() => ClusterCode, { nullable: true, description: 'Only outcomes addressing a topic of this cluster.' }) cluster?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only outcomes that emerged from this event.' }) event?: string | null;
}

@InputType({ description: 'Order of a listing.' })
export class NodeOrder {
  @Field(() => NodeOrderField, { defaultValue: 'ID', description: 'Sort key.' }) field!: string;
  @Field(() => OrderDirection, { defaultValue: 'ASC', description: 'Direction.' }) direction!: string;
}

@InputType({ description: 'Order of the event listing.' })
export class EventOrder {
  @Field(() => EventOrderField, { defaultValue: 'ID', description: 'Sort key.' }) field!: string;
  @Field(() => OrderDirection, { defaultValue: 'ASC', description: 'Direction.' }) direction!: string;
}
