import { validate, type ValidationError } from 'class-validator';
import { ApiError } from '../errors';

function violations(errors: ValidationError[], prefix = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((e) => [
    ...(e.constraints ? [{ field: `${prefix}${e.property}`, problems: Object.values(e.constraints) }] : []),
    ...violations(e.children ?? [], `${prefix}${e.property}.`),
  ]);
}

/**
 * Runs the class-validator rules of the write inputs (src/api/types/inputs.ts) on an argument and
 * answers BAD_USER_INPUT naming every field that breaks one. Other arguments have no rules.
 */
export async function validateInput(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object' || Array.isArray(argValue)) return;
  const errors = await validate(argValue, { forbidUnknownValues: false });
  if (errors.length === 0) return;
  const found = violations(errors);
  const message = found.map((v) => `${v.field}: ${v.problems.join('; ')}`).join('. ');
  throw new ApiError('BAD_USER_INPUT', `Invalid input. ${message}.`, { violations: found });
}
