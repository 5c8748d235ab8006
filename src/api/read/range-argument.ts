import { ApiError } from '../errors';

/** A whole-number argument within min..max, else BAD_USER_INPUT naming the argument and the range. */
export function rangeArgument(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ApiError('BAD_USER_INPUT', `${argument} must be between ${min} and ${max}; got ${value}.`, { argument });
  }
  return value;
}
