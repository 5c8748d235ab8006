import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { ApiContext } from '../context';
import type { ClusterBridgeObject, CommunityObject, NetworkAnalyticsObject } from '../analytics/network-analytics';
import { NETWORK_CHANGED, type NetworkChangeObject } from '../changes';
import { rangeArgument } from '../read/range-argument';
import type { GraphReader } from '../read/reader';
import { AnalyticsProjection, Broker, ClusterBridge, Community, NetworkAnalytics, NetworkChange } from '../types/analytics';
import { Practitioner } from '../types/labels';

/**
 * The first practitioners of a ranked list of keys, loaded in one batch; one deleted while the
 * analytics were being computed is left out (the write has already started a new computation).
 */
async function firstPractitioners<T>(reader: GraphReader, ranked: T[], keyOf: (item: T) => string, first: number) {
  const top = ranked.slice(0, rangeArgument(first, 0, 100, 'first'));
  const nodes = await Promise.all(top.map((item) => reader.node('Practitioner', keyOf(item))));
  return top.flatMap((item, i) => (nodes[i] ? [{ item, practitioner: nodes[i] }] : []));
}

const practitioners = async (reader: GraphReader, keys: string[], first: number) =>
  (await firstPractitioners(reader, keys, (key) => key, first)).map((p) => p.practitioner);

const firstArg = (description: string) => Arg('first', () => Int, { nullable: true, defaultValue: 10, description });

/** The analytics come from the server-wide cache; resolvers pick parts and load practitioners, batched. */
@Resolver(() => NetworkAnalytics)
export class NetworkAnalyticsResolver {
  @Query(() => NetworkAnalytics, { description: 'Brokers, communities and cluster bridges of the collaboration network; the computation time is in extensions.analytics.' })
  async networkAnalytics(@Ctx() { analytics, extensions }: ApiContext): Promise<NetworkAnalyticsObject> {
    const { snapshot, fresh } = analytics.get();
    const { result, computedAt, computeMs } = await snapshot;
    extensions.analytics = { computedAt, computeMs, cached: !fresh };
    return result;
  }

  @FieldResolver(() => [Broker], { description: 'Practitioners by betweenness, highest first.' })
  async brokers(@Root() a: NetworkAnalyticsObject, @firstArg('How many, 0–100.') first: number | null, @Ctx() { reader }: ApiContext) {
    const found = await firstPractitioners(reader, a.brokers, (b) => b.key, first ?? 10);
    return found.map(({ item, practitioner }) => ({ practitioner, betweenness: item.betweenness }));
  }

  @FieldResolver(() => [Community], { description: 'Communities, largest first.' })
  communities(@Root() a: NetworkAnalyticsObject, @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'How many, 0–100.' }) first: number | null) {
    return a.communities.slice(0, rangeArgument(first ?? 20, 0, 100, 'first'));
  }

  @FieldResolver(() => [ClusterBridge], { description: 'Every pair of clusters, those with most practitioners in both first.' })
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
  members(@Root() c: CommunityObject, @firstArg('How many, 0–100.') first: number | null, @Ctx() { reader }: ApiContext) {
    return practitioners(reader, c.members, first ?? 10);
  }
}

@Resolver(() => ClusterBridge)
export class ClusterBridgeResolver {
  @FieldResolver(() => Int)
  count(@Root() b: ClusterBridgeObject) {
    return b.practitioners.length;
  }

  @FieldResolver(() => [Practitioner], { description: 'Practitioners who worked on both clusters, the strongest brokers first.' })
  practitioners(@Root() b: ClusterBridgeObject, @firstArg('How many, 0–100.') first: number | null, @Ctx() { reader }: ApiContext) {
    return practitioners(reader, b.practitioners, first ?? 10);
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
