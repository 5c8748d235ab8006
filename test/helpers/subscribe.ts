import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client for the server at this HTTP GraphQL URL (same path, ws://), never retrying. */
export function wsClient(httpUrl: string, connectionParams?: Record<string, unknown>): Client {
  return createClient({ url: httpUrl.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams });
}

/**
 * What a subscription does first: 'event', 'completed', the errors it was refused with, or 'open'
 * when it is still waiting for an event after `openMs` (accepted). Its own connection, closed after.
 */
export async function firstOutcome(httpUrl: string, query: string, options: { connectionParams?: Record<string, unknown>; openMs?: number } = {}): Promise<unknown> {
  const client = wsClient(httpUrl, options.connectionParams);
  try {
    return await new Promise<unknown>((resolve) => {
      const stop = client.subscribe({ query }, { next: () => resolve('event'), error: resolve, complete: () => resolve('completed') });
      setTimeout(() => (stop(), resolve('open')), options.openMs ?? 500);
    });
  } finally {
    await client.dispose();
  }
}
