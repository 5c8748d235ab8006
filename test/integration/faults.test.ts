import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { mintToken } from '../../src/server/auth/mint-token';
import { freePort, start, waitFor, type Started } from '../helpers/service';
import { tmpDir } from '../helpers/tmp';

const SECRET = 'fault-test-secret-of-at-least-32-characters';

async function practitioners(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ graphStats { nodes { label count } } }' }),
  });
  const body = (await response.json()) as { data: { graphStats: { nodes: { label: string; count: number }[] } } };
  return body.data.graphStats.nodes.find((n) => n.label === 'Practitioner')!.count;
}

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

describe('faults of the built service', () => {
  it('on SIGTERM stops accepting, finishes the request in flight, closes the store and exits 0', async () => {
    const port = await freePort();
    const service = start({ DATA_DIR: path.join(tmpDir(), 'graph'), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    await waitFor(service, /serving http/);

    // A request whose body is still arriving when the signal comes: it is in flight.
    const payload = JSON.stringify({ query: '{ city(id: "lagos") { name } }' });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (response) => {
        let body = '';
        response.on('data', (d) => (body += d));
        response.on('end', () => resolve({ status: response.statusCode!, body }));
      });
      request.on('error', reject);
      request.write(payload.slice(0, 10));
      setTimeout(() => {
        service.child.kill('SIGTERM');
        void waitFor(service, /shutting down/).then(async () => {
          await new Promise((r) => setTimeout(r, 300));
          expect(await refusesConnections(port)).toBe(true);
          request.end(payload.slice(10));
        }, reject);
      }, 200);
    });
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(body).data).toEqual({ city: { name: 'Lagos' } });
    expect(await service.exited).toBe(0);
  }, 60_000);

  it('kill -9 during an importRecords batch leaves the graph with all of it or none of it', async () => {
    const dataDir = path.join(tmpDir(), 'graph');
    const env = { DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'info', AUTH_SECRET: SECRET };
    const token = await mintToken(SECRET, { role: 'ADMIN', subject: 'fault-test', ttl: '10m' });
    // 2,500 practitioners and their 2,500 BASED_IN: the most one call takes (5,000 records).
    const nodes = Array.from({ length: 2500 }, (_, i) => ({ kind: 'PRACTITIONER', properties: { id: `bulk-${String(i).padStart(4, '0')}`, name: `Bulk Person ${i}` } }));
    const relationships = nodes.map((n) => ({ type: 'BASED_IN', from: `Practitioner:${n.properties.id}`, to: 'City:lagos' }));
    const query = 'mutation($n: [NodeRecordInput!], $r: [RelationshipRecordInput!], $dry: Boolean) { importRecords(nodes: $n, relationships: $r, dryRun: $dry) { nodesCreated relationships } }';
    const send = (port: number, dry: boolean) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { n: nodes, r: relationships, dry } }),
      });

    let port = await freePort();
    let service: Started = start({ ...env, PORT: String(port) });
    await waitFor(service, /serving http/);
    const before = await practitioners(port);
    // The batch is good: a dry run would write all of it (so a kill is all that can stop it).
    expect(await (await send(port, true)).json()).toMatchObject({ data: { importRecords: { nodesCreated: 2500, relationships: 2500 } } });
    const outcomes: string[] = [];
    // The whole call takes about half a second on this machine, its transaction the last 200 ms.
    for (const delay of [150, 300, 400, 450, 500, 550, 600, 700]) {
      let answered = false;
      void send(port, false).then(() => (answered = true), () => undefined);
      await new Promise((r) => setTimeout(r, delay));
      service.child.kill('SIGKILL');
      await service.exited;

      port = await freePort();
      service = start({ ...env, PORT: String(port) });
      await waitFor(service, /serving http/);
      const after = await practitioners(port);
      expect([before, before + 2500]).toContain(after);
      if (answered) expect(after).toBe(before + 2500);
      outcomes.push(`${delay} ms: ${after === before ? 'none' : 'all'}${answered ? ' (answered)' : ''}`);
      if (after !== before) break; // the batch landed: a later kill has nothing left to interrupt
    }
    // At least one kill came before the answer: the test did interrupt a batch.
    expect(outcomes.some((o) => !o.endsWith('(answered)'))).toBe(true);
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
  }, 120_000);
});

describe('Neo4j out of reach', () => {
  it('serves anyway: live, not ready, GraphQL answers GRAPH_UNAVAILABLE; SIGTERM still exits 0', async () => {
    const port = await freePort();
    const neo4jPort = await freePort(); // nothing listens there
    const service = start({ NEO4J_URI: `bolt://127.0.0.1:${neo4jPort}`, NEO4J_PASSWORD: 'unused', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    try {
      // The driver retries for up to 5 s (half of STATEMENT_TIMEOUT_MS) before the first attempt gives up.
      await waitFor(service, /serving http/, 40_000);
      expect(service.logs()).toContain('graph store out of reach');
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      const ready = await fetch(`${base}/health/ready`);
      expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 503, body: { status: 'unavailable', engine: 'neo4j' } });
      const answer = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ city(id: "lagos") { name } }' }) });
      const body = (await answer.json()) as { errors: { extensions: { code: string } }[] };
      expect(answer.status).toBe(200);
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['GRAPH_UNAVAILABLE']);
    } finally {
      service.child.kill('SIGTERM');
    }
    expect(await service.exited).toBe(0);
  }, 90_000);
});
