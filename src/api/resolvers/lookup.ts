import type { Label } from '../../domain';
import { ApiError } from '../errors';
import { keyArgument } from '../read/key-argument';
import type { GraphReader } from '../read/reader';
import type { NodeObject } from '../read/node-object';

/** A label-specific lookup (`city(id:)`, ...): raw or global id; NOT_FOUND when there is none. */
export async function lookupNode(reader: GraphReader, label: Label, id: string): Promise<NodeObject> {
  const key = keyArgument(label, id, 'id');
  const node = await reader.node(label, key);
  if (!node) throw new ApiError('NOT_FOUND', `There is no ${label} with the id "${key}".`, { argument: 'id' });
  return node;
}
