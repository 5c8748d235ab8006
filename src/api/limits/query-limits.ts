import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { QueryLimits } from '../../config';
import { ApiError } from '../errors';
import { queryCost } from './query-cost';
import { SCAN_COST } from './cost-rules';

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

/** The estimated cost of an operation that may run; throws QUERY_TOO_COMPLEX otherwise. */
export type CostCheck = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | null | undefined, variables: Record<string, unknown> | undefined) => number;

/**
 * What keeps one operation from taking the service down, all checked before execution (so
 * before any store statement): depth, aliases and directives as validation rules, tokens while
 * parsing, and the estimated cost once the variables are known. An operation whose cost cannot
 * be estimated is refused like one over the limit.
 */
export function queryLimits(limits: QueryLimits): {
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  checkCost: CostCheck;
} {
  return {
    validationRules: [
      armorRule(maxDepthRule as never, limits.depth, 'MAX_QUERY_DEPTH'),
      armorRule(maxAliasesRule as never, limits.aliases, 'MAX_ALIASES'),
      armorRule(maxDirectivesRule as never, limits.directives, 'MAX_DIRECTIVES'),
    ],
    parseOptions: { maxTokens: limits.tokens },
    checkCost(schema, document, operation, variables) {
      const estimate = queryCost(schema, document, operation, variables ?? {});
      if (!estimate.ok) throw tooComplex(`The query was refused: ${estimate.reason}`, limits.cost, 'MAX_QUERY_COST');
      if (estimate.cost > limits.cost) {
        throw tooComplex(`The query would cost ${estimate.cost}: each field 1, a list its selection times its length, a whole-graph read ${SCAN_COST}`, limits.cost, 'MAX_QUERY_COST');
      }
      return estimate.cost;
    },
  };
}
