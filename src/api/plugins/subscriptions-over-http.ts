import type { ApolloServerPlugin } from '@apollo/server';
import { ApiError } from '../errors';

/**
 * A subscription sent over HTTP (GraphiQL's fetcher, curl) is answered with where it runs instead
 * of failing inside its resolver, which has no event to return.
 */
export const subscriptionsOverHttpPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new ApiError('BAD_REQUEST', 'Subscriptions run over WebSocket (the graphql-ws protocol) on /graphql, not over HTTP.', { http: { status: 400 } });
        }
      },
    };
  },
};
