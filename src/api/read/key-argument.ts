import { parseKey, type Label } from '../../domain';
import { ApiError } from '../errors';

/**
 * The key an argument names: a raw id ("lagos") or a global id of the right label
 * ("City:lagos"); countries also by ISO code in either case ("NG"). BAD_USER_INPUT otherwise.
 */
export function keyArgument(label: Label, value: string, argument: string): string {
  const parsed = parseKey(label, value);
  if (!parsed.ok) throw new ApiError('BAD_USER_INPUT', `${argument}: ${parsed.reason}.`, { argument });
  return label === 'Country' && /^[A-Za-z]{2}$/.test(parsed.key) ? parsed.key.toLowerCase() : parsed.key;
}
