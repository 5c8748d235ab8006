import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { DATE_RULE, isIsoDate } from '../../domain';

/** What the scalar's refusal says: the rule book's wording for a date, so every path words it alike. */
export class DateRuleError extends TypeError {
  constructor(readonly value: unknown) {
    super(`must be ${DATE_RULE} (got ${JSON.stringify(value)})`);
  }
}

function parse(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new DateRuleError(value);
}

/** graphql-scalars' LocalDate, held to the model's dates (a real day in the model's years). */
export const LocalDate = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  description: `A calendar day, YYYY-MM-DD (ISO 8601), e.g. "2019-01-31".`,
  parseValue: parse,
  parseLiteral(ast: ValueNode) {
    return parse(ast.kind === Kind.STRING ? ast.value : 'value' in ast ? ast.value : null);
  },
});
