import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { ApiContext } from '../context';
import { AS_OF_RULES } from '../types/as-of';
import { LocalDate } from '../types/local-date';
import type { ClusterBridgeObject, CommunityObject, NetworkAnalyticsObject } from '../../analytics/network-analytics';
import { NETWORK_CHANGED, type NetworkChangeObject } from '../changes';
import { BoundedList, Scans, SizedBy } from '../limits/cost-rules';
import { SIZES, SizeArg, sizeOf, type SizeArgument } from '../limits/list-sizes';
import { CLUSTER_CODES } from '../../domain';

/** Every pair of the clusters. */
const CLUSTER_PAIRS = (CLUSTER_CODES.length * (CLUSTER_CODES.length - 1)) / 2;
import type { GraphReader } from '../read/reader';
import { AnalyticsProjection, Broker, ClusterBridge, Community, NetworkAnalytics, NetworkChange } from '../types/analytics';
import { Practitioner } from '../types/labels';

/**
 * The first practitioners of a ranked list of keys, loaded in one batch; one deleted while the
 * analytics were being computed is left out (the write has already started a new computation).
 */
async function firstPractitioners<T>(reader: GraphReader, ranked: T[], keyOf: (item: T) => string, size: SizeArgument, first: number | null) {
  const top = ranked.slice(0, sizeOf(size, first));
  const nodes = await Promise.all(top.map((item) => reader.node('Practitioner', keyOf(item))));
  return top.flatMap((item, i) => (nodes[i] ? [{ item, practitioner: nodes[i] }] : []));
}

const practitioners = async (reader: GraphReader, keys: string[], first: number | null) =>
  (await firstPractitioners(reader, keys, (key) => key, SIZES.members, first)).map((p) => p.practitioner);

/** The analytics come from the server-wide cache; resolvers pick parts and load practitioners, batched. */
@Resolver(() => NetworkAnalytics)
export class NetworkAnalyticsResolver {
  @Query(() => NetworkAnalytics, { description: 'Brokers, communities and cluster bridges of the collaboration network; when and how fast they were computed, and whether a write has made them stale (a newer computation is on its way), is in extensions.analytics.' })
  // A cold computation reads five whole-graph projections.
  @Scans(5)
  async networkAnalytics(
    @Arg('asOf', () => LocalDate, {
      nullable: true,
      description: `The collaboration network as it stood on this day (${AS_OF_RULES}); each day asked is computed once, one day at a time, and kept (four days) until the next write.`,
    })
    asOf: string | null,
    @Ctx() { analytics, datedAnalytics, extensions }: ApiContext,
  ): Promise<NetworkAnalyticsObject> {
    const { snapshot, fresh, stale } = await (asOf ? datedAnalytics.get(asOf) : analytics.get());
    const { result, computedAt, computeMs } = snapshot;
    extensions.analytics = { computedAt, computeMs, cached: !fresh, stale };
    return result;
  }

  @FieldResolver(() => [Broker], { description: 'Practitioners by betweenness, highest first.' })
  @SizedBy(SIZES.brokers)
  async brokers(@Root() a: NetworkAnalyticsObject, @SizeArg(SIZES.brokers, 'How many') first: number | null, @Ctx() { reader }: ApiContext) {
    const found = await firstPractitioners(reader, a.brokers, (b) => b.key, SIZES.brokers, first);
    return found.map(({ item, practitioner }) => ({ practitioner, betweenness: item.betweenness }));
  }

  @FieldResolver(() => [Community], { description: 'Communities, largest first.' })
  @SizedBy(SIZES.communities)
  communities(@Root() a: NetworkAnalyticsObject, @SizeArg(SIZES.communities, 'How many') first: number | null) {
    return a.communities.slice(0, sizeOf(SIZES.communities, first));
  }

  @FieldResolver(() => [ClusterBridge], { description: 'Every pair of clusters, those with most practitioners in both first.' })
  @BoundedList(CLUSTER_PAIRS)
  clusterBridges(@Root() a: NetworkAnalyticsObject) {
    return a.clusterBridges;
  }

  @FieldResolver(() => AnalyticsProjection)
  projection(@Root() a: NetworkAnalyticsObject): AnalyticsProjection {
    return {
      ...a.projection,
      betweennessMethod: a.betweenness.method,
      betweennessSources: a.betweenness.sources,
      modularity: a.modularity,
    };
  }
}

@Resolver(() => Community)
export class CommunityResolver {
  @FieldResolver(() => [Practitioner], { description: 'Its members, the strongest brokers first.' })
  @SizedBy(SIZES.members)
  members(@Root() c: CommunityObject, @SizeArg(SIZES.members, 'How many') first: number | null, @Ctx() { reader }: ApiContext) {
    return practitioners(reader, c.members, first);
  }
}

@Resolver(() => ClusterBridge)
export class ClusterBridgeResolver {
  @FieldResolver(() => Int)
  count(@Root() b: ClusterBridgeObject) {
    return b.practitioners.length;
  }

  @FieldResolver(() => [Practitioner], { description: 'Practitioners who worked on both clusters, the strongest brokers first.' })
  @SizedBy(SIZES.members)
  practitioners(@Root() b: ClusterBridgeObject, @SizeArg(SIZES.members, 'How many') first: number | null, @Ctx() { reader }: ApiContext) {
    return practitioners(reader, b.practitioners, first);
  }
}

@Resolver()
export class NetworkChangedResolver {
  @Subscription(() => NetworkChange, {
    topics: NETWORK_CHANGED,
    description: 'Every committed write, as it happens (over graphql-ws on /graphql): embeds and dashboards refresh on it.',
  })
  networkChanged(@Root() change: NetworkChangeObject): NetworkChangeObject {
    return change;
  }
}
