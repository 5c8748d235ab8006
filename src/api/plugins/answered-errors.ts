import type { BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';

/**
 * The codes of the errors a request was answered with (after formatError), one per error; the
 * request's own errors stand in when the answer is not a single result.
 */
export function answeredErrorCodes<C extends BaseContext>({ response, errors }: Pick<GraphQLRequestContextWillSendResponse<C>, 'response' | 'errors'>): string[] {
  const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
  return (body?.errors ?? errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}
