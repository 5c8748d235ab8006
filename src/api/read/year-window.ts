import { YEARS, type YearWindow } from '../../domain';
import { ApiError } from '../errors';
import { rangeArgument } from './range-argument';

/** A window of years from `from` and `to` arguments: whole years the model can hold, the first not after the last; either open. */
export function yearWindow(from: number | null | undefined, to: number | null | undefined): Required<YearWindow> {
  if (from != null) rangeArgument(from, YEARS.min, YEARS.max, 'from');
  if (to != null) rangeArgument(to, YEARS.min, YEARS.max, 'to');
  if (from != null && to != null && from > to) throw new ApiError('BAD_USER_INPUT', `from (${from}) must not be after to (${to}).`, { argument: 'from' });
  return { from: from ?? null, to: to ?? null };
}
