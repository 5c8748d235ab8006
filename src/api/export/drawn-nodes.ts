import { kindOfLabel, may, type Viewer } from '../../domain';
import { contactOf, shownName, type NodeObject } from '../read/node-object';
import type { GraphReader } from '../read/reader';
import { plainValue, type DrawnNode } from './drawn-graph';

/** What a node object carries that is no property of the node: the interface's label, the global id (the export's node id). */
const NOT_PROPERTIES = new Set(['__label', 'id']);

/** A node with the properties the viewer may read: contact details only for roles that may read them. */
export function drawnNode(node: NodeObject, viewer: Viewer): DrawnNode {
  const shown = { ...node, ...(may(viewer, 'readContact') ? contactOf(node) : {}) };
  const properties: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(shown)) {
    const plain = NOT_PROPERTIES.has(name) ? null : plainValue(value);
    if (plain !== null) properties[name] = plain;
  }
  return { id: node.id, kind: kindOfLabel(node.__label), label: shownName(node), properties };
}

/** The nodes of the given global ids, loaded in one batch per label; ids of nodes gone since are left out, ids that are none refused. */
export async function drawnNodes(reader: GraphReader, ids: readonly string[], viewer: Viewer): Promise<DrawnNode[]> {
  const nodes = await Promise.all(ids.map((id) => reader.nodeById(id)));
  return nodes.flatMap((n) => (n ? [drawnNode(n, viewer)] : []));
}
