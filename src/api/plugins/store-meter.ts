import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context';

/**
 * Reports what the request cost the store, `extensions.graph = { roundTrips, storeMs }`, and what
 * resolvers put in `context.extensions` (e.g. `analytics`): one hook for every response extension.
 */
export const storeMeterPlugin: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !contextValue.meter) return;
        const { roundTrips, storeMs } = contextValue.meter;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, graph: { roundTrips, storeMs: Math.round(storeMs * 100) / 100 }, ...contextValue.extensions };
      },
    };
  },
};
