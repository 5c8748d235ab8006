import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * A list whose length the caller sets (`first` on connections and lists, `limit` on the
 * neighbourhood) costs its selection once per item it may return.
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : undefined;
  return size === undefined ? undefined : 1 + childComplexity * Math.max(1, size);
};

/**
 * The estimated cost of an operation: 1 per field, a paged field's selection times its size,
 * with the request's variables (and the arguments' defaults) filled in. Undefined when the
 * variables do not fit the operation: execution reports that as BAD_USER_INPUT.
 */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number | undefined {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })] });
  } catch {
    return undefined;
  }
}
