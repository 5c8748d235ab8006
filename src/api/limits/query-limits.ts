import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { QueryLimits } from '../../config';
import { ApiError } from '../errors';
import { queryCost } from './query-cost';

/** A refusal names the limit and the variable that sets it; HTTP 400, like other bad documents. */
function tooComplex(message: string, limit: number, variable: string): ApiError {
  return new ApiError('QUERY_TOO_COMPLEX', `${message} (the limit is ${limit}, set by ${variable}).`, { limit, http: { status: 400 } });
}

/** graphql-armor's rules, reporting our error instead of throwing theirs. */
function armorRule(
  make: (options: { n: number; propagateOnRejection: false; onReject: ((context: ValidationContext | null, error: GraphQLError) => void)[] }) => ValidationRule,
  limit: number,
  variable: string,
): ValidationRule {
  return (context) =>
    make({
      n: limit,
      propagateOnRejection: false,
      onReject: [(_ctx, error) => context.reportError(tooComplex(error.message.replace(/^Syntax Error: /, '').replace(/\.$/, ''), limit, variable))],
    })(context);
}

/**
 * What keeps one operation from taking the service down, all checked before execution (so
 * before any store statement): depth, aliases and directives as validation rules, tokens while
 * parsing, and the estimated cost once the variables are known.
 */
export function queryLimits(limits: QueryLimits): {
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  plugin: ApolloServerPlugin;
} {
  return {
    validationRules: [
      armorRule(maxDepthRule as never, limits.depth, 'MAX_QUERY_DEPTH'),
      armorRule(maxAliasesRule as never, limits.aliases, 'MAX_ALIASES'),
      armorRule(maxDirectivesRule as never, limits.directives, 'MAX_DIRECTIVES'),
    ],
    parseOptions: { maxTokens: limits.tokens },
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation({ request, document, schema, operationName }) {
            const cost = queryCost(schema, document, request.variables ?? {}, operationName ?? undefined);
            if (cost !== undefined && cost > limits.cost) {
              throw tooComplex(`The query would cost ${cost}: each field 1, a list its selection times its first or limit`, limits.cost, 'MAX_QUERY_COST');
            }
          },
        };
      },
    },
  };
}
