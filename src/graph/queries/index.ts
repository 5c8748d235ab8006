import { LABELS, RELATIONSHIP_SPECS } from '../../domain';
import type { Statement } from '../statement';
import * as schema from './schema';
import * as nodes from './nodes';
import * as relationships from './relationships';
import * as stats from './stats';

export { schema, nodes, relationships, stats };

/** Every statement of the catalogue, for the lint and contract tests. */
export function allStatements(): Statement[] {
  return [
    ...LABELS.flatMap((l) => [
      schema.idConstraint(l),
      schema.idIndex(l),
      schema.nameIndex(l),
      nodes.createNodes(l),
      nodes.upsertNodes(l),
      nodes.existingIds(l),
      nodes.exportNodes(l),
    ]),
    nodes.deleteNodesBatch,
    ...RELATIONSHIP_SPECS.flatMap((s) => [
      relationships.createRelationships(s),
      relationships.upsertRelationships(s),
      relationships.exportRelationships(s),
    ]),
    stats.nodeCountsByLabel,
    stats.relationshipCountsByType,
    stats.totalNodes,
  ];
}
