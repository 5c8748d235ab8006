import { Ctx, Query, Resolver } from 'type-graphql';
import { LABELS, RELATIONSHIP_TYPES } from '../../domain';
import type { ApiContext } from '../context';
import { Scans } from '../limits/cost-rules';
import { GraphStats } from '../types/graph-stats';

@Resolver()
export class GraphStatsResolver {
  @Query(() => GraphStats, { description: 'Counts of nodes per label and relationships per type.' })
  @Scans(2)
  async graphStats(@Ctx() { reader }: ApiContext): Promise<GraphStats> {
    const { labels, types } = await reader.stats();
    const byLabel = new Map(labels.map((r) => [r.label, r.count]));
    const byType = new Map(types.map((r) => [r.type, r.count]));
    return {
      nodes: LABELS.map((label) => ({ label, count: byLabel.get(label) ?? 0 })),
      relationships: RELATIONSHIP_TYPES.map((type) => ({ type, count: byType.get(type) ?? 0 })),
    };
  }
}
