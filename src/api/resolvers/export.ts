import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { exportGraph, type ExportFormat as Format } from '../export/formats';
import { drawnNodes } from '../export/drawn-nodes';
import { SizedByParent } from '../limits/cost-rules';
import type { SubgraphObject } from '../traverse/neighbourhood';
import { ExportFile, ExportFormat } from '../types/export';
import { Subgraph } from '../types/traversals';

/** A neighbourhood out to network analysis tools: its nodes with their properties, its relationships. */
@Resolver(() => Subgraph)
export class SubgraphExportResolver {
  @FieldResolver(() => [ExportFile], {
    description: 'The neighbourhood as files for network analysis tools, with every property of its nodes (contact details only for roles that may read them): one file, or two for CSV (nodes, edges).',
  })
  // Priced as reading every node's details: the export loads them.
  @SizedByParent()
  async export(@Root() sub: SubgraphObject & { nodes: { id: string }[] }, @Arg('format', () => ExportFormat) format: Format, @Ctx() { reader, viewer }: ApiContext) {
    const nodes = await drawnNodes(reader, sub.nodes.map((n) => n.id), viewer);
    const name = `neighbourhood-${(sub.nodes[0]?.id ?? 'empty').replace(':', '-')}`;
    return exportGraph({ nodes, edges: sub.edges }, format, name);
  }
}
