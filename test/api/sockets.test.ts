import WebSocket from 'ws';
import { startSeededApi, type SeededApi } from '../helpers/api';
import { firstOutcome, wsClient } from '../helpers/subscribe';

/** The subscription socket's own limits: frame size, subscriptions per connection and in all, cost. */

const SUBSCRIPTION = 'subscription { networkChanged { kind ids at } }';

describe('subscription socket limits', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi({ sockets: { maxMessageBytes: 16 * 1024, subscriptionsPerConnection: 3, subscriptionsTotal: 5 } });
  });
  afterAll(() => api.close());

  it('closes a socket that sends a frame over MAX_SOCKET_MESSAGE_BYTES (1009) without reading it, and keeps answering HTTP', async () => {
    const socket = new WebSocket(api.server.url.replace('http', 'ws'), 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.on('error', () => undefined);
    socket.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(4 * 1024 * 1024) } }));
    const [code, answer] = await Promise.all([closed, api.post({ query: '{ city(id: "lagos") { name } }' })]);
    expect(code).toBe(1009);
    expect(answer.body.data).toEqual({ city: { name: 'Lagos' } });
  });

  it('refuses a subscription beyond the limit per connection, and beyond the limit in all', async () => {
    const one = wsClient(api.server.url);
    const other = wsClient(api.server.url);
    const outcomes: unknown[] = [];
    const subscribe = (client: typeof one) =>
      new Promise<void>((resolve) => {
        client.subscribe({ query: SUBSCRIPTION }, { next: () => undefined, error: (e) => (outcomes.push(e), resolve()), complete: () => resolve() });
        setTimeout(resolve, 300);
      });
    try {
      for (let i = 0; i < 4; i++) await subscribe(one);
      expect(outcomes).toEqual([[expect.objectContaining({ message: expect.stringContaining('MAX_SUBSCRIPTIONS_PER_SOCKET'), extensions: { code: 'RATE_LIMITED' } })]]);
      outcomes.length = 0;
      // Three run on the first connection; two more fit in all, the third does not.
      for (let i = 0; i < 3; i++) await subscribe(other);
      expect(outcomes).toEqual([[expect.objectContaining({ message: expect.stringContaining('MAX_SUBSCRIPTIONS'), extensions: { code: 'RATE_LIMITED' } })]]);
    } finally {
      await one.dispose();
      await other.dispose();
    }
    // The closed connections gave their subscriptions back.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await firstOutcome(api.server.url, SUBSCRIPTION)).toBe('open');
  });
});

describe('the cost limit over the socket', () => {
  it('refuses a subscription that costs more than MAX_QUERY_COST, as over HTTP', async () => {
    const api = await startSeededApi({ limits: { cost: 3 } });
    try {
      expect(await firstOutcome(api.server.url, SUBSCRIPTION)).toEqual([
        expect.objectContaining({ message: expect.stringContaining('The query would cost 4'), extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) }),
      ]);
      expect(await firstOutcome(api.server.url, 'subscription { networkChanged { kind } }')).toBe('open');
    } finally {
      await api.close();
    }
  });
});
