import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { GraphTimeoutError, GraphUnavailableError } from '../../graph/errors';
import { isExpectedError } from '../errors';

/**
 * The client sees a masked INTERNAL_SERVER_ERROR; the operator needs the real error. Logs every
 * unexpected error with its stack, and a lost store as a warning. Variables are not logged: they
 * may hold personal data.
 */
export function errorLogPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (isExpectedError(error)) continue;
            const original = unwrapResolverError(error);
            const path = error.path?.join('.');
            if (original instanceof GraphUnavailableError) {
              logger.warn({ operationName, path, err: original }, 'graph store unavailable');
            } else if (original instanceof GraphTimeoutError) {
              logger.warn({ operationName, path, statement: original.statement, timeoutMs: original.timeoutMs }, 'store statement timed out');
            } else {
              logger.error({ operationName, path, err: original }, 'unexpected error (answered as INTERNAL_SERVER_ERROR)');
            }
          }
        },
      };
    },
  };
}
