import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { Cluster, Topic } from '../types/labels';
import { ClusterConnection, EventConnection, OutcomeConnection } from '../types/connections';
import { ClusterCode } from '../types/enums';
import { ClusterFilter, NodeOrder } from '../types/filters';
import { Scans } from '../limits/cost-rules';
import { FIGURE_STATEMENTS } from '../traverse/network-stats';
import { ConnectionField, FewField, PageArgs } from '../types/page';
import { NetworkStats } from '../types/network-stats';
import { RootQueries } from './root-queries';

@Resolver(() => Cluster)
export class ClusterResolver extends RootQueries({
  label: 'Cluster',
  type: Cluster,
  connection: ClusterConnection,
  filter: ClusterFilter,
  order: NodeOrder,
  one: 'cluster',
  many: 'clusters',
}) {
  @FieldResolver(() => ClusterCode, { description: 'The cluster code (the same as the key).' })
  code(@Root() c: NodeObject) {
    return c.key;
  }

  @FewField(() => [Topic], LINKS.clusterTopics)
  topics(@Root() c: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.clusterTopics, c.key);
  }

  @ConnectionField(() => EventConnection, LINKS.clusterEvents.description)
  events(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.clusterEvents, c.key, first, after);
  }

  @ConnectionField(() => OutcomeConnection, LINKS.clusterOutcomes.description)
  outcomes(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.clusterOutcomes, c.key, first, after);
  }

  @Scans(FIGURE_STATEMENTS)
  @FieldResolver(() => NetworkStats, { description: 'Figures of the cluster: practitioners who worked on it, events and outcomes addressing its topics, by cluster, region and year.' })
  stats(@Root() c: NodeObject, @Ctx() { traversals }: ApiContext) {
    return traversals.clusterStats(c.key);
  }
}
