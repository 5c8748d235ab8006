import { parseKey, type Label } from '../../domain';
import { ApiError } from '../errors';

/**
 * The key an argument names: a raw id ("lagos") or a global id of the right label
 * ("City:lagos"); countries by ISO code in either case ("NG"). BAD_USER_INPUT otherwise. Writes
 * name the node they change so; reads also take names (node-names.ts).
 */
export function keyArgument(label: Label, value: string, argument: string): string {
  const parsed = parseKey(label, value);
  if (!parsed.ok) throw new ApiError('BAD_USER_INPUT', `${argument}: ${parsed.reason}.`, { argument });
  return parsed.key;
}
