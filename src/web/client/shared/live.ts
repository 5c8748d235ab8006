import { createClient } from 'graphql-ws';
import { operation } from './operations';

/**
 * Calls `refresh` whenever the graph changes (the `networkChanged` subscription over graphql-ws),
 * once per burst of writes. Reconnects on its own; a page without the socket still works.
 */
export function onNetworkChanged(refresh: () => void, quietMs = 400): void {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const client = createClient({ url, retryAttempts: Infinity, lazy: false });
  let timer: number | undefined;
  client.subscribe(
    { query: operation('NetworkChanged') },
    {
      next: () => {
        window.clearTimeout(timer);
        timer = window.setTimeout(refresh, quietMs);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
}
