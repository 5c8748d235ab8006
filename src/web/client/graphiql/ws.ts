import { createClient } from 'graphql-ws';

/**
 * graphql-ws's client for GraphiQL's page, which runs on UMD globals: GraphiQL's fetcher takes it
 * as `wsClient` and runs subscriptions (networkChanged) over it.
 */
declare global {
  interface Window {
    CGWs: { createClient: typeof createClient };
  }
}

window.CGWs = { createClient };
