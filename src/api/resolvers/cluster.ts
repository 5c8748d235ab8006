import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { listingFilters, listingOrder } from '../read/filters';
import { Cluster, Topic } from '../types/labels';
import { ClusterConnection, EventConnection, OutcomeConnection } from '../types/connections';
import { ClusterCode } from '../types/enums';
import { ClusterFilter, NodeOrder } from '../types/filters';
import { PageArgs } from '../types/page';
import { lookupNode } from './lookup';

@Resolver(() => Cluster)
export class ClusterResolver {
  @Query(() => Cluster, { nullable: true, description: 'One cluster by id ("MUNICIPAL_SERVICES" or "Cluster:MUNICIPAL_SERVICES"); NOT_FOUND if there is none.' })
  cluster(@Arg('id', () => ID, { description: 'Cluster code, raw or global id.' }) id: string, @Ctx() { reader }: ApiContext) {
    return lookupNode(reader, 'Cluster', id);
  }

  @Query(() => ClusterConnection, { description: 'The clusters, filtered and ordered.' })
  clusters(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('filter', () => ClusterFilter, { nullable: true, description: 'Conditions that must all hold.' }) filter: ClusterFilter | null,
    @Arg('orderBy', () => NodeOrder, { nullable: true, description: 'Sort order; by id when absent.' }) orderBy: NodeOrder | null,
    @Ctx() { reader }: ApiContext,
  ) {
    return reader.listing({ label: 'Cluster', filters: listingFilters('Cluster', { ...filter }), ...listingOrder(orderBy), first, after });
  }

  @FieldResolver(() => ClusterCode, { description: 'The cluster code (the same as the key).' })
  code(@Root() c: NodeObject) {
    return c.key;
  }

  @FieldResolver(() => [Topic], { description: LINKS.clusterTopics.description })
  topics(@Root() c: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.clusterTopics, c.key);
  }

  @FieldResolver(() => EventConnection, { description: LINKS.clusterEvents.description })
  events(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.clusterEvents, c.key, first, after);
  }

  @FieldResolver(() => OutcomeConnection, { description: LINKS.clusterOutcomes.description })
  outcomes(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.clusterOutcomes, c.key, first, after);
  }
}
