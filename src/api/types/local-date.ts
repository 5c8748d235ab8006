import { GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

const HOW = 'write dates as YYYY-MM-DD, e.g. 2019-01-31';

/** graphql-scalars' LocalDate, whose refusal also says how a date is written. */
export const LocalDate = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  description: `A calendar day, YYYY-MM-DD (ISO 8601), e.g. "2019-01-31".`,
  parseValue(value: unknown) {
    try {
      return GraphQLLocalDate.parseValue(value);
    } catch {
      throw new TypeError(`${JSON.stringify(value)} is not a date: ${HOW}.`);
    }
  },
  parseLiteral(ast: ValueNode, variables?: Record<string, unknown> | null) {
    try {
      return GraphQLLocalDate.parseLiteral(ast, variables);
    } catch {
      throw new TypeError(`${'value' in ast ? JSON.stringify(ast.value) : 'This value'} is not a date: ${HOW}.`);
    }
  },
});
