import { LABELS, RELATIONSHIP_SPECS, withoutDerivedProperties, type Properties } from '../domain';
import type { GraphStore } from '../graph/store';
import { nodes, relationships } from '../graph/queries';
import { emptyDataset, type Dataset } from './dataset';

/** Reads the whole graph back into a dataset, without the derived properties the store adds. */
export async function exportGraph(store: GraphStore): Promise<Dataset> {
  const dataset = emptyDataset();
  for (const label of LABELS) {
    const rows = await store.read<{ props: Properties }>(nodes.exportNodes(label));
    if (rows.length > 0) dataset.nodes.set(label, rows.map((r) => ({ props: withoutDerivedProperties(r.props) })));
  }
  for (const spec of RELATIONSHIP_SPECS) {
    const rows = await store.read<{ from: string; to: string; props: Properties }>(relationships.exportRelationships(spec));
    if (rows.length > 0) dataset.relationships.push({ spec, rows: rows.map((r) => ({ from: r.from, to: r.to, props: r.props ?? {} })) });
  }
  return dataset;
}
