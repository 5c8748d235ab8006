import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { listingFilters, listingOrder } from '../read/filters';
import { Cluster, Topic } from '../types/labels';
import { EventConnection, OutcomeConnection, PractitionerConnection, TopicConnection } from '../types/connections';
import { NodeOrder, TopicFilter } from '../types/filters';
import { PageArgs } from '../types/page';
import { lookupNode } from './lookup';

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: 'One topic by id ("solid-waste-management"); NOT_FOUND if there is none.' })
  topic(@Arg('id', () => ID, { description: 'Raw or global id.' }) id: string, @Ctx() { reader }: ApiContext) {
    return lookupNode(reader, 'Topic', id);
  }

  @Query(() => TopicConnection, { description: 'Topics, filtered and ordered, page by page.' })
  topics(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('filter', () => TopicFilter, { nullable: true, description: 'Conditions that must all hold.' }) filter: TopicFilter | null,
    @Arg('orderBy', () => NodeOrder, { nullable: true, description: 'Sort order; by id when absent.' }) orderBy: NodeOrder | null,
    @Ctx() { reader }: ApiContext,
  ) {
    return reader.listing({ label: 'Topic', filters: listingFilters('Topic', { ...filter }), ...listingOrder(orderBy), first, after });
  }

  @FieldResolver(() => Cluster, { nullable: true, description: LINKS.topicCluster.description })
  cluster(@Root() t: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.one(LINKS.topicCluster, t.key);
  }

  @FieldResolver(() => PractitionerConnection, { description: LINKS.topicPractitioners.description })
  practitioners(@Root() t: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.topicPractitioners, t.key, first, after);
  }

  @FieldResolver(() => EventConnection, { description: LINKS.topicEvents.description })
  events(@Root() t: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.topicEvents, t.key, first, after);
  }

  @FieldResolver(() => OutcomeConnection, { description: LINKS.topicOutcomes.description })
  outcomes(@Root() t: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.topicOutcomes, t.key, first, after);
  }
}
