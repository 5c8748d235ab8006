import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { listingFilters, listingOrder } from '../read/filters';
import { City, Event, Institution, Outcome, Topic } from '../types/labels';
import { EventConnection, ParticipantConnection } from '../types/connections';
import { DatePrecision } from '../types/enums';
import { EventFilter, EventOrder } from '../types/filters';
import { PageArgs } from '../types/page';
import { lookupNode } from './lookup';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'One event by id; NOT_FOUND if there is none.' })
  event(@Arg('id', () => ID, { description: 'Raw or global id.' }) id: string, @Ctx() { reader }: ApiContext) {
    return lookupNode(reader, 'Event', id);
  }

  @Query(() => EventConnection, { description: 'Events, filtered and ordered, page by page.' })
  events(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Conditions that must all hold.' }) filter: EventFilter | null,
    @Arg('orderBy', () => EventOrder, { nullable: true, description: 'Sort order; by id when absent.' }) orderBy: EventOrder | null,
    @Ctx() { reader }: ApiContext,
  ) {
    return reader.listing({ label: 'Event', filters: listingFilters('Event', { ...filter }), ...listingOrder(orderBy), first, after });
  }

  @FieldResolver(() => DatePrecision, { description: 'How exact the dates are; DAY unless a source gives less.' })
  datePrecision(@Root() e: NodeObject) {
    return e.datePrecision ?? 'DAY';
  }

  @FieldResolver(() => ParticipantConnection, { description: LINKS.eventParticipants.description })
  participants(@Root() e: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.eventParticipants, e.key, first, after);
  }

  @FieldResolver(() => City, { nullable: true, description: LINKS.eventCity.description })
  city(@Root() e: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.one(LINKS.eventCity, e.key);
  }

  @FieldResolver(() => [Topic], { description: LINKS.eventTopics.description })
  topics(@Root() e: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.eventTopics, e.key);
  }

  @FieldResolver(() => [Institution], { description: LINKS.eventOrganisers.description })
  organisers(@Root() e: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.eventOrganisers, e.key);
  }

  @FieldResolver(() => [Outcome], { description: LINKS.eventOutcomes.description })
  outcomes(@Root() e: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.eventOutcomes, e.key);
  }
}
