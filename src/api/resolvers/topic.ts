import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { Cluster, Topic } from '../types/labels';
import { EventConnection, OutcomeConnection, PractitionerConnection, TopicConnection } from '../types/connections';
import { NodeOrder, TopicFilter } from '../types/filters';
import { ConnectionField, PageArgs } from '../types/page';
import { RootQueries } from './root-queries';

@Resolver(() => Topic)
export class TopicResolver extends RootQueries({
  label: 'Topic',
  type: Topic,
  connection: TopicConnection,
  filter: TopicFilter,
  order: NodeOrder,
  one: 'topic',
  many: 'topics',
}) {
  @FieldResolver(() => Cluster, { nullable: true, description: LINKS.topicCluster.description })
  cluster(@Root() t: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.one(LINKS.topicCluster, t.key);
  }

  @ConnectionField(() => PractitionerConnection, LINKS.topicPractitioners.description)
  practitioners(@Root() t: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.topicPractitioners, t.key, first, after);
  }

  @ConnectionField(() => EventConnection, LINKS.topicEvents.description)
  events(@Root() t: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.topicEvents, t.key, first, after);
  }

  @ConnectionField(() => OutcomeConnection, LINKS.topicOutcomes.description)
  outcomes(@Root() t: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.topicOutcomes, t.key, first, after);
  }
}
