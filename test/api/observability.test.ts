import pino from 'pino';
import { memoryStore } from '../helpers/graph';
import { prepareGraph } from '../../src/server/bootstrap';
import { startServer, type RunningServer } from '../../src/server/app';
import type { GraphStore } from '../../src/graph/store';
import { SEED_DIR } from '../helpers/tmp';

/** One sample of a Prometheus text exposition, by its name and labels as written. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('observability: request log and /metrics', () => {
  const lines: Record<string, any>[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  let store: GraphStore;
  let server: RunningServer;

  async function post(body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { response, body: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  }

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    store = await memoryStore();
    await prepareGraph(store, { seedDir: SEED_DIR });
    server = await startServer({ port: 0, host: '127.0.0.1', nodeEnv: 'production', loaderBatching: true }, store, logger);
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('logs each request with its id, operation, duration, round trips and error codes, and echoes the id', async () => {
    const query = 'query Cities { practitioners(first: 5) { nodes { key city { key } } } }';
    const ok = await post({ query, operationName: 'Cities' }, { 'x-request-id': 'dash-42' });
    expect(ok.response.headers.get('x-request-id')).toBe('dash-42');
    const missing = await post({ query: 'query CityCard { city(id: "atlantis") { name } }' });
    const generated = missing.response.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const hostile = await post({ query: '{ __typename }' }, { 'x-request-id': 'a b<script>' });
    expect(hostile.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const logged = lines.filter((l) => l.msg === 'graphql request');
    expect(logged).toHaveLength(3);
    expect(logged[0]).toMatchObject({ level: 30, requestId: 'dash-42', operationName: 'Cities', roundTrips: 2 });
    expect(logged[0].durationMs).toBeGreaterThan(0);
    expect(logged[0].errorCodes).toBeUndefined();
    // The id first, then the name (the list of names for suggestions is read outside the request, once for all).
    expect(logged[1]).toMatchObject({ requestId: generated, operationName: 'CityCard', roundTrips: 2, errorCodes: ['NOT_FOUND'] });
    expect(logged[2]).toMatchObject({ operationName: null, roundTrips: 0 });
  });

  it('exposes requests, latency, errors, round trips and DataLoader batch sizes for Prometheus', async () => {
    const before = await (await fetch(server.url.replace('/graphql', '/metrics'))).text();
    // Counted by name: Around is a registered operation's name (schema/operations/); Cities is not.
    const query = 'query Around { practitioners(first: 5) { nodes { key city { key } } } }';
    const { body } = await post({ query, operationName: 'Around' });
    expect(body.data.practitioners.nodes).toHaveLength(5);
    await post({ query: 'query CityCard { city(id: "atlantis") { name } }' });
    await post({ query: '{ nope }' });
    await post({ query: 'query Cities { __typename }' });

    const response = await fetch(server.url.replace('/graphql', '/metrics'));
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    const delta = (series: string) => (sample(text, series) ?? 0) - (sample(before, series) ?? 0);
    expect(delta('graphql_requests_total{operation="Around",outcome="ok"}')).toBe(1);
    expect(delta('graphql_requests_total{operation="other",outcome="ok"}')).toBe(1);
    expect(text).not.toContain('operation="Cities"');
    expect(delta('graphql_requests_total{operation="CityCard",outcome="error"}')).toBe(1);
    expect(delta('graphql_requests_total{operation="anonymous",outcome="error"}')).toBe(1);
    expect(delta('graphql_errors_total{code="NOT_FOUND"}')).toBe(1);
    expect(delta('graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(delta('graphql_request_duration_seconds_count{operation="Around"}')).toBe(1);
    expect(delta('graph_store_round_trips_sum{operation="Around"}')).toBe(2);
    // The five practitioners' cities went to the store as one batch of five; the missing city as one of one.
    expect(delta('dataloader_batch_size_count{loader="list:Practitioner.city"}')).toBe(1);
    expect(delta('dataloader_batch_size_sum{loader="list:Practitioner.city"}')).toBe(5);
    expect(delta('dataloader_batch_size_sum{loader="node:City"}')).toBe(1);
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });
});
