/**
 * The read API's four-level query, timed with DataLoaders on and off over HTTP against a graph
 * already in DATA_DIR (e.g. after `npm run seed -- --synthetic ...` and `npm run import`).
 *
 *   DATA_DIR=/tmp/big/graph npx tsx bench/read-api.ts [--runs 200]
 *
 * Prints p50 / p95 per mode and the store round trips. The full benchmark (issue 8) builds on it.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { openStore } from '../src/graph/open';
import { startServer } from '../src/server/app';

const FOUR_LEVELS = `query FourLevels($first: Int!) {
  practitioners(first: $first) {
    nodes { key city { key country { key cities(first: 3) { nodes { key } } } } }
  }
}`;

async function time(url: string, runs: number) {
  const times: number[] = [];
  let roundTrips = 0;
  const storeTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: FOUR_LEVELS, variables: { first: 100 } }),
    });
    const body = (await response.json()) as { errors?: unknown; extensions: { graph: { roundTrips: number; storeMs: number } } };
    times.push(performance.now() - start);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    roundTrips = body.extensions.graph.roundTrips;
    storeTimes.push(body.extensions.graph.storeMs);
  }
  const at = (list: number[], q: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))].toFixed(1);
  return { p50: at(times, 0.5), p95: at(times, 0.95), 'storeMs p50': at(storeTimes, 0.5), roundTrips };
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '100' } } });
  const runs = Number(values.runs);
  const config = loadConfig();
  const store = openStore(config);
  const batched = await startServer({ ...config, port: 0, host: '127.0.0.1', loaderBatching: true, statsWarm: false }, store);
  const naive = await startServer({ ...config, port: 0, host: '127.0.0.1', loaderBatching: false, statsWarm: false }, store);
  try {
    await time(batched.url, 5);
    await time(naive.url, 5);
    const rows = { 'DataLoader on': await time(batched.url, runs), 'DataLoader off': await time(naive.url, Math.max(10, runs / 10)) };
    console.table(rows);
  } finally {
    await naive.close();
    await batched.close();
    await store.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
