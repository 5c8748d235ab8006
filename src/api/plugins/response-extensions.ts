import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context';

/** What resolvers put in `context.extensions` (e.g. `analytics`) goes out in the response's `extensions`. */
export const responseExtensionsPlugin: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !contextValue.extensions || Object.keys(contextValue.extensions).length === 0) return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, ...contextValue.extensions };
      },
    };
  },
};
