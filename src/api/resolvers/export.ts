import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { exportGraph, type ExportFormat as Format } from '../export/formats';
import { drawnNodes } from '../export/drawn-nodes';
import { SizedByIds, SizedByParent } from '../limits/cost-rules';
import { ApiError } from '../errors';
import { MAX_VIEW_NODES } from '../limits/list-sizes';
import type { SubgraphObject } from '../traverse/neighbourhood';
import { ExportFile, ExportFormat, FORMAT } from '../types/export';
import { Subgraph } from '../types/traversals';

/** A neighbourhood out to network analysis tools: its nodes with their properties, its relationships. */
@Resolver(() => Subgraph)
export class SubgraphExportResolver {
  @FieldResolver(() => [ExportFile], {
    description: 'The neighbourhood as files for network analysis tools, with every property of its nodes (contact details only for roles that may read them): one file, or two for CSV (nodes, edges).',
  })
  // Priced as reading every node's details: the export loads them.
  @SizedByParent()
  async export(@Root() sub: SubgraphObject & { nodes: { id: string }[] }, @Arg('format', () => ExportFormat, { description: FORMAT }) format: Format, @Ctx() { reader, viewer }: ApiContext) {
    const nodes = await drawnNodes(reader, sub.nodes.map((n) => n.id), viewer);
    const name = `neighbourhood-${(sub.nodes[0]?.id ?? 'empty').replace(':', '-')}`;
    return exportGraph({ nodes, edges: sub.edges }, format, name);
  }
}

/** A view drawn elsewhere (the explorer's), out to network analysis tools: its nodes and every relationship among them. */
@Resolver()
export class ViewExportResolver {
  @Query(() => [ExportFile], {
    description: `The nodes of these ids (a view, at most ${MAX_VIEW_NODES}) and every relationship among them, as files for network analysis tools, with every property (contact details only for roles that may read them).`,
  })
  @SizedByIds('ids', MAX_VIEW_NODES)
  async exportView(
    @Arg('ids', () => [ID], { description: 'Global ids of the nodes, e.g. ["City:lagos", "Practitioner:lagos-01"].' }) ids: string[],
    @Arg('format', () => ExportFormat, { description: FORMAT }) format: Format,
    @Ctx() { reader, traversals, viewer }: ApiContext,
  ) {
    if (ids.length > MAX_VIEW_NODES) throw new ApiError('BAD_USER_INPUT', `ids: at most ${MAX_VIEW_NODES} nodes; got ${ids.length}.`, { argument: 'ids' });
    const unique = [...new Set(ids)];
    const [nodes, edges] = await Promise.all([drawnNodes(reader, unique, viewer), traversals.edgesAmong(unique)]);
    return exportGraph({ nodes, edges }, format, 'view');
  }
}
