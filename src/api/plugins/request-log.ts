import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { ApiContext } from '../context';
import { answeredErrorCodes } from './answered-errors';

/** A caller's own request id is kept when it is a plain token; otherwise one is made. */
const CALLER_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * One JSON log line per GraphQL request: its id (from `x-request-id`, or new; echoed in the
 * response header), operation name, duration, store round trips and the error codes answered.
 * Never the variables or the answer: they may hold contact data.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      const given = request.http?.headers.get('x-request-id');
      const requestId = given && CALLER_ID.test(given) ? given : randomUUID();
      return {
        async willSendResponse(requestContext) {
          const { response, contextValue, operationName } = requestContext;
          response.http.headers.set('x-request-id', requestId);
          const codes = answeredErrorCodes(requestContext);
          logger.info(
            {
              requestId,
              operationName: operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 100) / 100,
              roundTrips: contextValue?.meter?.roundTrips ?? 0,
              ...(codes.length > 0 ? { errorCodes: [...new Set(codes)] } : {}),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
