/**
 * networkAnalytics on a graph in DATA_DIR, phase by phase, in this process (no HTTP: the cost is
 * the computation, which the server does once per change of the graph):
 *
 *   DATA_DIR=/tmp/big/graph npm run bench:analytics
 *
 * Prints the time of each phase, the projection's size, and the process's peak RSS; and what exact
 * betweenness would cost, from the time of one breadth-first search per node.
 */
import { loadConfig } from '../src/config';
import { EmbeddedStore } from '../src/graph/embedded';
import { readProjection } from '../src/analytics/analytics-cache';
import { betweenness, DEFAULT_BETWEENNESS } from '../src/analytics/betweenness';
import { detectCommunities } from '../src/analytics/communities';
import { computeNetworkAnalytics } from '../src/analytics/network-analytics';
import { buildProjection } from '../src/analytics/projection';

/** Runs `work`, adds a row with its time, and gives its result and the milliseconds it took. */
async function timed<T>(label: string, rows: [string, string][], work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  rows.push([label, `${Math.round(ms).toLocaleString('en')} ms`]);
  return { result, ms };
}

async function main(): Promise<void> {
  const { dataDir } = loadConfig();
  const store = EmbeddedStore.open(dataDir);
  const rows: [string, string][] = [];
  try {
    const { result: projectionRows } = await timed('read the projection (5 statements)', rows, () => readProjection(store));
    const { graph } = (await timed('build the graphology graph', rows, () => buildProjection(projectionRows))).result;
    rows.push(['projection', `${graph.order.toLocaleString('en')} nodes, ${graph.size.toLocaleString('en')} edges`]);
    const sampled = await timed(`betweenness, ${DEFAULT_BETWEENNESS.pivots} sources`, rows, () => betweenness(graph, { ...DEFAULT_BETWEENNESS, exactUpTo: 0 }));
    const perSource = sampled.ms / sampled.result.sources;
    rows.push(['exact betweenness (estimated: one search per node)', `${Math.round((perSource * graph.order) / 1000).toLocaleString('en')} s`]);
    const { result: communities } = await timed('Louvain communities', rows, () => detectCommunities(graph));
    rows.push(['communities', `${communities.groups.length.toLocaleString('en')}, modularity ${communities.modularity.toFixed(3)}`]);
    await timed('the whole computation (as the server runs it, after the read)', rows, () => computeNetworkAnalytics(projectionRows));
    rows.push(['peak RSS', `${Math.round(process.resourceUsage().maxRSS / 1024).toLocaleString('en')} MiB`]);
  } finally {
    await store.close();
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) process.stdout.write(`${label.padEnd(width)}  ${value}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
