import fs from 'node:fs';
import path from 'node:path';
import { seedFileCounts } from '../helpers/seed-counts';
import { SEED_DIR, tmpDir } from '../helpers/tmp';
import { MAIN, freePort, start, waitFor } from '../helpers/service';

async function stats(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ graphStats { nodes { label count } } }' }),
  });
  const body = (await response.json()) as { data: { graphStats: { nodes: { label: string; count: number }[] } } };
  return Object.fromEntries(body.data.graphStats.nodes.map((n: { label: string; count: number }) => [n.label, n.count]));
}

describe('npm start (built service)', () => {
  beforeAll(() => {
    if (!fs.existsSync(MAIN)) throw new Error('dist/ is missing: npm test builds it first (npm run build)');
  });

  it('seeds an empty DATA_DIR on first start, keeps the data on restart without importing again, stops on SIGTERM', async () => {
    const dataDir = path.join(tmpDir(), 'graph');
    const port = await freePort();
    const env = { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' };
    const expected = Object.fromEntries(Object.entries(seedFileCounts(SEED_DIR).nodes));

    const first = start(env);
    await waitFor(first, /serving http/);
    expect(first.logs()).toContain('seed dataset imported');
    expect(await stats(port)).toEqual(expected);

    const second = start({ ...env, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.logs()).toMatch(/failed to start: cannot open the graph in .*another process/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const restarted = start(env);
    await waitFor(restarted, /serving http/);
    expect(restarted.logs()).toContain('graph ready');
    expect(restarted.logs()).not.toContain('importing the seed dataset');
    expect(await stats(port)).toEqual(expected);
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
  });

  it('says where to go once it serves, and stops with exit code 1 naming the port when it is in use', async () => {
    const port = await freePort();
    const first = start({ DATA_DIR: ':memory:', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
    await waitFor(first, /Ctrl\+C stops it/);
    expect(first.logs()).toContain(`the explorer           http://localhost:${port}/explore`);
    expect(first.logs()).toContain(`the schema (SDL)       http://localhost:${port}/schema.graphql`);
    const second = start({ DATA_DIR: ':memory:', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
    expect(await second.exited).toBe(1);
    expect(second.logs()).toContain(`failed to start: port ${port} on 127.0.0.1 is in use by another process; stop it or choose another PORT`);
    expect(second.logs()).not.toContain('Internal error');
    expect(second.logs()).not.toMatch(/\n\s+at /);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  });

  it('refuses a bad configuration naming the variable', async () => {
    const bad = start({ PORT: 'http', DATA_DIR: path.join(tmpDir(), 'graph') });
    expect(await bad.exited).toBe(1);
    expect(bad.logs()).toContain('configuration error: PORT: "http" is not a port number');
  });
});
