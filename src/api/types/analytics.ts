import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CHANGE_KINDS } from '../../domain';
import { CLUSTER_CODES } from '../../domain';
import { BoundedList } from '../limits/cost-rules';
import { ClusterCode, enumOf } from './enums';
import { Practitioner } from './labels';

export const ChangeKind = enumOf('ChangeKind', CHANGE_KINDS, 'What a write did.');
export const BetweennessMethod = enumOf('BetweennessMethod', ['EXACT', 'SAMPLED'] as const, 'How betweenness was computed.');

@ObjectType({ description: 'A practitioner through whom many shortest paths of the collaboration network pass.' })
export class Broker {
  @Field(() => Practitioner, { description: 'The practitioner.' })
  practitioner!: Practitioner;

  @Field(() => Float, { description: 'Betweenness centrality in [0, 1]: the share of shortest paths between two other members of the network that pass through them.' })
  betweenness!: number;
}

@ObjectType({ description: 'How many members of a community worked on a cluster.' })
export class ClusterShare {
  @Field(() => ClusterCode, { description: 'The cluster.' })
  cluster!: string;

  @Field(() => Int, { description: 'Members who worked on it: expertise, an event or an outcome on one of its topics.' })
  practitioners!: number;
}

@ObjectType({ description: 'A group of practitioners who work together more than with the rest (Louvain modularity).' })
export class Community {
  @Field(() => String, { description: 'Its name in this computation ("community-1" is the largest); it may change when the graph does.' })
  id!: string;

  @Field(() => Int, { description: 'How many practitioners belong to it.' })
  size!: number;

  @Field(() => [ClusterShare], { description: 'The clusters its members worked on, most members first.' })
  @BoundedList(CLUSTER_CODES.length)
  topClusters!: ClusterShare[];
}

@ObjectType({ description: 'Two clusters and the practitioners who worked on both.' })
export class ClusterBridge {
  @Field(() => ClusterCode, { description: 'One cluster.' })
  from!: string;

  @Field(() => ClusterCode, { description: 'The other cluster.' })
  to!: string;

  @Field(() => Int, { description: 'How many practitioners worked on both.' })
  count!: number;
}

@ObjectType({ description: 'What the analytics were computed on.' })
export class AnalyticsProjection {
  @Field(() => Int, { description: 'Practitioners who took part in an event or contributed to an outcome.' })
  practitioners!: number;

  @Field(() => Int, { description: 'Events with at least one participant.' })
  events!: number;

  @Field(() => Int, { description: 'Outcomes with at least one contributor.' })
  outcomes!: number;

  @Field(() => Int, { description: 'Participations and contributions: the edges of the network.' })
  edges!: number;

  @Field(() => BetweennessMethod, { description: 'EXACT up to 5,000 nodes; above, SAMPLED from a fixed set of sources.' })
  betweennessMethod!: string;

  @Field(() => Int, { description: 'Breadth-first searches run for betweenness.' })
  betweennessSources!: number;

  @Field(() => Float, { description: 'Modularity of the community split, in [-0.5, 1].' })
  modularity!: number;
}

@ObjectType({
  description:
    'The collaboration network (practitioners joined to the events they took part in and the outcomes they contributed to), analysed: brokers, communities, bridges between clusters. Computed in memory, kept until the graph changes; the computation time is in extensions.analytics.',
})
export class NetworkAnalytics {
  @Field(() => AnalyticsProjection, { description: 'What was analysed, and how.' })
  projection!: AnalyticsProjection;
}

@ObjectType({ description: 'A change to the graph, as it happened.' })
export class NetworkChange {
  @Field(() => ChangeKind, { description: 'What the write did.' })
  kind!: string;

  @Field(() => [String], { description: 'Global ids of the nodes written (both ends of a relationship); empty for an import.' })
  ids!: string[];

  @Field(() => String, { description: 'When (ISO 8601).' })
  at!: string;
}
