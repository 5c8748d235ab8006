import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { mintToken } from '../../src/server/auth/mint-token';
import { postJson, startSeededApi, type SeededApi } from '../helpers/api';
import { smallNetworkStore } from '../helpers/small-network';
import { firstOutcome, wsClient } from '../helpers/subscribe';

/**
 * networkAnalytics over HTTP on the hand-computed network, its cache and recomputation after a
 * write, and networkChanged over graphql-ws telling a subscriber about that write.
 */
const SECRET = 'analytics-test-secret-of-at-least-32-chars';

const ANALYTICS = `{
  networkAnalytics {
    projection { practitioners events outcomes edges betweennessMethod betweennessSources }
    brokers(first: 3) { practitioner { key } betweenness }
    communities { size topClusters { cluster practitioners } members(first: 10) { key } }
    clusterBridges { from to count practitioners(first: 5) { key } }
  }
}`;

const round = (n: number) => Math.round(n * 1e9) / 1e9;

describe('networkAnalytics and networkChanged over the wire', () => {
  let api: SeededApi;
  let editor: string;
  let subscriber: Client;
  const url = () => api.server.url;

  beforeAll(async () => {
    api = await startSeededApi({ auth: { secret: SECRET } }, await smallNetworkStore());
    editor = await mintToken(SECRET, { role: 'EDITOR', subject: 'analytics-test', ttl: '10m' });
  });
  afterAll(async () => {
    await subscriber?.dispose();
    await api.close();
    await api.store.close();
  });

  const write = async (query: string) => {
    const response = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: unknown; errors?: unknown[] };
  };

  it('answers the hand-computed brokers, communities and bridges, with the computation time', async () => {
    const { status, body } = await postJson(url(), { query: ANALYTICS });
    expect(status).toBe(200);
    const a = body.data.networkAnalytics;
    expect(a.projection).toEqual({ practitioners: 6, events: 2, outcomes: 1, edges: 9, betweennessMethod: 'EXACT', betweennessSources: 9 });
    expect(a.brokers.map((b: { practitioner: { key: string }; betweenness: number }) => [b.practitioner.key, round(b.betweenness)])).toEqual([
      ['x', round(15 / 28)],
      ['a1', round(3 / 28)],
      ['a2', round(3 / 28)],
    ]);
    expect(a.communities.map((c: { members: { key: string }[] }) => c.members.map((m) => m.key).filter((k) => k !== 'x').sort())).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2'],
    ]);
    expect(a.clusterBridges[0]).toEqual({ from: 'GOOD_URBAN_GOVERNANCE', to: 'MUNICIPAL_SERVICES', count: 2, practitioners: [{ key: 'x' }, { key: 'b1' }] });
    expect(body.extensions.analytics).toEqual({ computedAt: expect.any(String), computeMs: expect.any(Number), cached: false, stale: false });
  });

  it('serves the second ask from the cache', async () => {
    const first = await postJson(url(), { query: '{ networkAnalytics { projection { edges } } }' });
    const second = await postJson(url(), { query: '{ networkAnalytics { projection { edges } } }' });
    expect(second.body.extensions.analytics).toEqual({ ...first.body.extensions.analytics, cached: true });
  });

  it('refuses a bad first with BAD_USER_INPUT', async () => {
    const { body } = await postJson(url(), { query: '{ networkAnalytics { brokers(first: 1000) { betweenness } } }' });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toBe('first must be between 0 and 100; got 1000.');
  });

  it('tells a subscriber about a write, and the analytics are recomputed with it', async () => {
    const before = (await postJson(url(), { query: ANALYTICS })).body;
    const received: unknown[] = [];
    subscriber = wsClient(url());
    const heard = new Promise<void>((resolve, reject) => {
      subscriber.subscribe(
        { query: 'subscription { networkChanged { kind ids at } }' },
        { next: (message) => (received.push(message.data), resolve()), error: reject, complete: () => undefined },
      );
    });
    // The subscription is live once the server acknowledged it; a write before would be missed.
    await new Promise((resolve) => setTimeout(resolve, 300));
    // b2 joins the waste dialogue: now b2 bridges too, and x is no longer the only way across.
    const linked = await write('mutation { link(input: { type: PARTICIPATED_IN, from: "Practitioner:b2", to: "Event:eA", role: "PARTICIPANT" }) { created } }');
    expect(linked.data).toEqual({ link: { created: true } });
    await heard;
    expect(received).toEqual([{ networkChanged: { kind: 'LINKED', ids: ['Practitioner:b2', 'Event:eA'], at: expect.any(String) } }]);

    const after = (await postJson(url(), { query: ANALYTICS })).body;
    expect(after.data.networkAnalytics.projection.edges).toBe(10);
    expect(after.extensions.analytics.computedAt > before.extensions.analytics.computedAt).toBe(true);
    const bridge = after.data.networkAnalytics.clusterBridges[0];
    expect({ count: bridge.count, keys: bridge.practitioners.map((p: { key: string }) => p.key).sort() }).toEqual({ count: 3, keys: ['b1', 'b2', 'x'] });
  });

  it('runs only subscriptions over WebSocket: a query there is refused with BAD_REQUEST', async () => {
    const errors = await firstOutcome(url(), '{ networkAnalytics { projection { edges } } }');
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringContaining('only subscriptions run'), extensions: { code: 'BAD_REQUEST' } })]);
  });

  it('answers a subscription sent over HTTP with where it runs (BAD_REQUEST, 400)', async () => {
    const { status, body } = await postJson(url(), { query: 'subscription { networkChanged { kind } }' });
    expect({ status, errors: body.errors }).toEqual({
      status: 400,
      errors: [{ message: 'Subscriptions run over WebSocket (the graphql-ws protocol) on /graphql, not over HTTP.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('refuses a WebSocket from a page of a foreign origin', async () => {
    const status = await new Promise<number | string>((resolve) => {
      const socket = new WebSocket(url().replace('http', 'ws'), 'graphql-transport-ws', { origin: 'http://evil.example' });
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => (socket.close(), resolve('open')));
      socket.on('error', () => undefined);
    });
    expect(status).toBe(401);
  });

  it('answers a token that does not verify with UNAUTHENTICATED over WebSocket, as over HTTP', async () => {
    const outcome = await firstOutcome(url(), 'subscription { networkChanged { kind } }', { connectionParams: { authorization: 'Bearer not-a-token' } });
    const overHttp = await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' }, body: JSON.stringify({ query: '{ clusters { totalCount } }' }) });
    const httpError = ((await overHttp.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0];
    expect(outcome).toEqual([expect.objectContaining({ message: httpError.message, extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
  });
});
