/**
 * The network questions, timed over HTTP against the built server (a process of its own) on a
 * graph already in DATA_DIR (e.g. the synthetic 100,000-practitioner graph from
 * `npm run seed -- --synthetic` and `npm run import`):
 *
 *   DATA_DIR=/tmp/big/graph npm run bench:traversals -- [--runs 200]
 *
 * Arguments are drawn with a fixed seed from the graph itself (random cities, clusters,
 * practitioner pairs), so every run asks the same questions. Prints p50 / p95 / round trips.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { startServerProcess } from './lib/server-process';
import { Random } from '../src/seed/random';
import { CLUSTER_CODES } from '../src/domain';
import { postGraphQL } from './lib/client';
import { runLoad } from './lib/load';
import { percentile } from './lib/summary';

interface Operation {
  name: string;
  query: string;
  variables: (random: Random) => Record<string, unknown>;
}

async function post(url: string, query: string, variables: Record<string, unknown>) {
  const body = await postGraphQL(url, query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body;
}

async function keys(url: string, field: string, count: number): Promise<string[]> {
  const out: string[] = [];
  let after: string | null = null;
  while (out.length < count) {
    const body = await post(url, `query($after: String) { ${field}(first: 100, after: $after) { nodes { key } pageInfo { endCursor hasNextPage } } }`, { after });
    const page = body.data[field];
    out.push(...page.nodes.map((n: { key: string }) => n.key));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return out;
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '100' } } });
  const runs = Number(values.runs);
  const config = loadConfig();
  // Figures are computed on first ask here (their cold cost shows as the max), not in the background while other work is timed.
  const server = await startServerProcess({ DATA_DIR: config.dataDir, STATS_WARM: 'off' });
  try {
    const cities = await keys(server.url, 'cities', 100000);
    const practitioners = await keys(server.url, 'practitioners', 2000);
    const pick = <T>(r: Random, list: readonly T[]) => list[Math.floor(r.next() * list.length)];
    const operations: Operation[] = [
      {
        name: 'practitionersWorkingOn',
        query: `query($city: String!, $cluster: ClusterCode) { practitionersWorkingOn(city: $city, cluster: $cluster, first: 20) { totalCount edges { node { key } evidence { kind description } } } }`,
        variables: (r) => ({ city: pick(r, cities), cluster: pick(r, CLUSTER_CODES) }),
      },
      {
        name: 'connectionPath (maxHops 4)',
        query: `query($from: ID!, $to: ID!) { connectionPath(from: $from, to: $to, maxHops: 4) { length steps { sentence } } }`,
        variables: (r) => ({ from: `Practitioner:${pick(r, practitioners)}`, to: `Practitioner:${pick(r, practitioners)}` }),
      },
      {
        name: 'neighbourhood (depth 2, limit 200)',
        query: `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) { truncated nodes { id kind label } edges { source target type } } }`,
        variables: (r) => ({ id: `Practitioner:${pick(r, practitioners)}` }),
      },
      {
        name: 'networkStats',
        query: `query($phase: Int) { networkStats(phase: $phase) { practitioners byCluster { cluster practitioners events outcomes } byRegion { region practitioners } byYear { year events participants } } }`,
        variables: (r) => ({ phase: r.next() < 0.5 ? null : 1 + Math.floor(r.next() * 4) }),
      },
      {
        name: 'recommendPeers',
        query: `query($id: ID!) { recommendPeers(practitioner: $id, first: 10) { practitioner { key } score reasons } }`,
        variables: (r) => ({ id: pick(r, practitioners) }),
      },
      {
        name: 'knowledgeTransfers',
        query: `{ knowledgeTransfers(first: 50) { source { key } target { key } fromCity { key } toCity { key } via { key } } }`,
        variables: () => ({}),
      },
    ];
    const table: Record<string, Record<string, number | string>> = {};
    // The same timing as `npm run bench` (bench/lib/load.ts), one request at a time.
    const time = (op: Operation, seed: number, count: number) => {
      const random = new Random(seed);
      const draws = Array.from({ length: count }, () => op.variables(random));
      return runLoad(server.url, { count, concurrency: 1, maxSeconds: 3600, body: (i) => ({ query: op.query, variables: draws[i] }) });
    };
    for (const op of operations) {
      await time(op, 7, 10);
      const { samples } = await time(op, 42, runs);
      const times = samples.map((s) => s.ms);
      const trips = samples.map((s) => s.roundTrips);
      const round = (n: number) => +n.toFixed(1);
      table[op.name] = { 'p50 ms': round(percentile(times, 0.5)), 'p95 ms': round(percentile(times, 0.95)), 'max ms': round(percentile(times, 1)), 'round trips p50': percentile(trips, 0.5) };
      console.log(op.name, table[op.name]);
    }
    console.table(table);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
