import { parseKey, type Label } from '../../domain';
import { ApiError } from '../errors';
import type { GraphReader } from '../read/reader';
import type { NodeObject } from '../read/node-object';

/** A label-specific lookup (`city(id:)`, ...): raw or global id; NOT_FOUND when there is none. */
export async function lookupNode(reader: GraphReader, label: Label, id: string): Promise<NodeObject> {
  const parsed = parseKey(label, id);
  if (!parsed.ok) throw new ApiError('BAD_USER_INPUT', `id: ${parsed.reason}.`, { argument: 'id' });
  const node = await reader.node(label, parsed.key);
  if (!node) throw new ApiError('NOT_FOUND', `There is no ${label} with the id "${parsed.key}".`, { argument: 'id' });
  return node;
}
