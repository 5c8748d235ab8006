import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { City, Event, Institution, Outcome, Topic } from '../types/labels';
import { EventConnection, ParticipantConnection } from '../types/connections';
import { EventFilter, EventOrder } from '../types/filters';
import { ConnectionField, FewField, PageArgs } from '../types/page';
import { RootQueries } from './root-queries';

@Resolver(() => Event)
export class EventResolver extends RootQueries({
  label: 'Event',
  type: Event,
  connection: EventConnection,
  filter: EventFilter,
  order: EventOrder,
  one: 'event',
  many: 'events',
}) {
  @ConnectionField(() => ParticipantConnection, LINKS.eventParticipants.description)
  participants(@Root() e: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.eventParticipants, e.key, first, after);
  }

  @FieldResolver(() => City, { nullable: true, description: LINKS.eventCity.description })
  city(@Root() e: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.one(LINKS.eventCity, e.key);
  }

  @FewField(() => [Topic], LINKS.eventTopics)
  topics(@Root() e: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.eventTopics, e.key);
  }

  @FewField(() => [Institution], LINKS.eventOrganisers)
  organisers(@Root() e: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.eventOrganisers, e.key);
  }

  @FewField(() => [Outcome], LINKS.eventOutcomes)
  outcomes(@Root() e: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.eventOutcomes, e.key);
  }
}
