import { Ctx, Query, Resolver } from 'type-graphql';
import { LABELS, RELATIONSHIP_TYPES } from '../../domain';
import { stats } from '../../graph/queries';
import type { ApiContext } from '../context';
import { GraphStats } from '../types/graph-stats';

@Resolver()
export class GraphStatsResolver {
  @Query(() => GraphStats, { description: 'Counts of nodes per label and relationships per type.' })
  async graphStats(@Ctx() { store }: ApiContext): Promise<GraphStats> {
    const [labelRows, typeRows] = await Promise.all([
      store.read<{ label: string; count: number }>(stats.nodeCountsByLabel),
      store.read<{ type: string; count: number }>(stats.relationshipCountsByType),
    ]);
    const byLabel = new Map(labelRows.map((r) => [r.label, r.count]));
    const byType = new Map(typeRows.map((r) => [r.type, r.count]));
    return {
      nodes: LABELS.map((label) => ({ label, count: byLabel.get(label) ?? 0 })),
      relationships: RELATIONSHIP_TYPES.map((type) => ({ type, count: byType.get(type) ?? 0 })),
    };
  }
}
