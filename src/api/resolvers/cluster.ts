import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { Cluster } from '../types/labels';
import { ClusterCode } from '../types/enums';
import { Scans } from '../limits/cost-rules';
import { FIGURE_SCANS } from '../traverse/network-stats';
import { NetworkStats } from '../types/network-stats';

/** What a cluster's type has beyond the model's links (label-resolver.ts): its code and figures. */
@Resolver(() => Cluster)
export class ClusterFields {
  @FieldResolver(() => ClusterCode, { description: 'The cluster code (the same as the key).' })
  code(@Root() c: NodeObject) {
    return c.key;
  }

  @Scans(FIGURE_SCANS)
  @FieldResolver(() => NetworkStats, { description: 'Figures of the cluster: practitioners who worked on it, events and outcomes addressing its topics, by cluster, region and year.' })
  stats(@Root() c: NodeObject, @Ctx() { traversals }: ApiContext) {
    return traversals.clusterStats(c.key);
  }
}
