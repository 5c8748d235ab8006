/**
 * `npm run bench [-- --practitioners 100000] [--quick]`: the API side by side with its floor and
 * with naive resolvers, in one run (these machines are noisy). See bench/README.md.
 *
 * 1. generates the synthetic network and imports it into a fresh embedded store (seconds, peak RSS);
 * 2. starts the built server twice, on copies of the store: as `npm start` runs it, and with
 *    DataLoaders off (naive); opens a third copy in this process for the floor;
 * 3. for each operation: warm-up, then the API at concurrency 1, naive, floor, a warm-up at 32, the API at 32;
 * 4. prints the table, writes bench/results/<timestamp>.json (whole mix) and refreshes bench/README.md
 *    (--quick writes only where --report says: it is the smoke test `npm test` runs).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EmbeddedStore } from '../src/graph/embedded';
import { Random } from '../src/seed/random';
import { peakRssHooks, readPeakRss } from './lib/child';
import { prepareDataset, type DatasetReport } from './lib/dataset';
import { runFloor } from './lib/floor';
import { runLoad, type LoadResult } from './lib/load';
import { OPERATIONS, queryDepth, readSamples, variablesOf, type Operation, type Samples } from './lib/operations';
import { machine, markdown, refreshReadme, type BenchReport, type OperationReport } from './lib/report';
import { startServerProcess, type ServerProcess } from './lib/server-process';
import { latency, percentile } from './lib/summary';
import { evaluateTargets } from './lib/targets';
import { ABUSE_SECRET, abuseMarkdown, runAbuse } from './lib/abuse';

const USAGE = `usage: npm run bench -- [--practitioners N] [--quick] [--abuse [--seconds S]] [--graph <store>] [--report <file>]
  --practitioners N   size of the synthetic network (default 100000; --quick: 10000)
  --quick             small network, few requests: checks the harness and the round-trip bounds
  --abuse             four callers send the most expensive requests the limits allow while a fifth
                      looks nodes up: its latency beside the quiet server's, the server's RSS
  --seconds S         how long the abuse lasts (default 120)
  --graph <store>     benchmark an existing store file instead of generating and importing one
  --report <file>     also write the JSON report here
  --keep              keep the generated CSV files and store (their directory is printed)
  --only <names>      only these operations (comma-separated), e.g. node,search
  --cpu-prof <dir>    profile the API server (node --cpu-prof); open the .cpuprofile in Chrome
                      DevTools or speedscope, or summarise it with bench/profile-top.ts`;

/**
 * Requests per mode: warm-up (not measured), API at c1, naive resolvers, the floor, API at c32.
 * `warm32`: requests at concurrency 32 (at most `warmSeconds`) right before the measured c32, so
 * it measures a warm server: an operation's first thousand requests took two to three times the
 * CPU of later ones (V8 compiling its code paths), and a node lookup's rate still rose over the
 * next five thousand (1,090 -> 1,650 req/s); a service runs warm. c32 is 3,000 requests so that
 * the ramp of 32 new connections and the tail of the last few do not weigh on the rate.
 */
interface Plan {
  warm: number;
  warm32: number;
  warmSeconds: number;
  c1: number;
  naive: number;
  floor: number;
  c32: number;
  maxSeconds: number;
}

const FULL: Plan = { warm: 10, warm32: 5000, warmSeconds: 10, c1: 200, naive: 50, floor: 200, c32: 3000, maxSeconds: 30 };
// The smoke test: every mode runs, few times (the floor's whole-graph figures take a third of a second each).
const QUICK: Plan = { warm: 3, warm32: 32, warmSeconds: 5, c1: 20, naive: 5, floor: 5, c32: 64, maxSeconds: 5 };

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const trips = (r: LoadResult) => r.samples.map((s) => s.roundTrips);

function copyStore(from: string, to: string): string {
  fs.copyFileSync(from, to);
  if (fs.existsSync(`${from}.wal`)) fs.cpSync(`${from}.wal`, `${to}.wal`, { recursive: true });
  return to;
}

function versions(): Record<string, string> {
  // Read from the files: some packages do not export their package.json.
  const pkg = (name: string) =>
    (JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    node: process.versions.node,
    '@grafeo-db/js': pkg('@grafeo-db/js'),
    '@apollo/server': pkg('@apollo/server'),
    graphql: pkg('graphql'),
    'type-graphql': pkg('type-graphql'),
  };
}

async function measure(op: Operation, samples: Samples, plan: Plan, api: ServerProcess, naive: ServerProcess, floorStore: EmbeddedStore): Promise<OperationReport> {
  // Every mode gets the same draws: request i asks the same question everywhere.
  const draws = (seed: number, n: number) => {
    const random = new Random(seed);
    return Array.from({ length: n }, () => op.draw(random, samples));
  };
  const warm = draws(7, Math.max(plan.warm, plan.warm32));
  const asked = draws(42, Math.max(plan.c1, plan.c32));
  const body = (list: Record<string, unknown>[]) => (i: number) => ({ query: op.query, variables: variablesOf(op.query, list[i]) });
  await runLoad(api.url, { count: plan.warm, concurrency: 1, maxSeconds: 120, body: body(warm) });
  await runLoad(naive.url, { count: plan.warm, concurrency: 1, maxSeconds: 120, body: body(warm) });
  // A floor the store cannot answer in time (the figures as Cypher at 1M) leaves the API's numbers standing.
  const floorWarm = await attempt(() => runFloor(floorStore, { count: Math.min(3, plan.warm), maxSeconds: 60, statements: (i) => op.floor(warm[i]) }));

  const c1 = await runLoad(api.url, { count: plan.c1, concurrency: 1, maxSeconds: plan.maxSeconds, body: body(asked) });
  const slow = await runLoad(naive.url, { count: plan.naive, concurrency: 1, maxSeconds: plan.maxSeconds, body: body(asked) });
  const floor = typeof floorWarm === 'string' ? floorWarm : await attempt(() => runFloor(floorStore, { count: plan.floor, maxSeconds: plan.maxSeconds, statements: (i) => op.floor(asked[i]) }));
  await runLoad(api.url, { count: plan.warm32, concurrency: 32, maxSeconds: plan.warmSeconds, body: body(warm) });
  const c32 = await runLoad(api.url, { count: plan.c32, concurrency: 32, maxSeconds: plan.maxSeconds, body: body(asked) });

  const depth = queryDepth(op.query);
  const apiLatency = latency(c1.samples.map((s) => s.ms), c1.seconds);
  const naiveLatency = latency(slow.samples.map((s) => s.ms), slow.seconds);
  const floorLatency = typeof floor === 'string' ? null : latency(floor.samples.map((s) => s.ms), floor.seconds);
  const maxRoundTrips = Math.max(...trips(c1), ...trips(c32));
  return {
    name: op.name,
    depth,
    api: { ...apiLatency, roundTrips: percentile(trips(c1), 0.5), maxRoundTrips },
    api32: latency(c32.samples.map((s) => s.ms), c32.seconds),
    naive: { ...naiveLatency, roundTrips: percentile(trips(slow), 0.5) },
    floor: typeof floor === 'string' || !floorLatency ? { failed: floor as string } : { ...floorLatency, statements: percentile(trips(floor), 0.5) },
    apiOverFloor: floorLatency ? ratio(apiLatency.p50, floorLatency.p50) : null,
    naiveOverApi: ratio(naiveLatency.p50, apiLatency.p50),
    boundedByDepth: !op.traversal,
    tripBound: depth + (op.kinds ?? 1),
    roundTripsWithinDepth: maxRoundTrips <= depth + (op.kinds ?? 1),
  };
}

/** `{ __typename }`: what HTTP and Apollo Server cost a request that asks the store nothing. */
async function measureBaseline(url: string, plan: Plan): Promise<BenchReport['baseline']> {
  const body = () => ({ query: '{ __typename }', variables: {} });
  await runLoad(url, { count: 500, concurrency: 1, maxSeconds: 30, body });
  const c1 = await runLoad(url, { count: plan.c1, concurrency: 1, maxSeconds: plan.maxSeconds, body });
  await runLoad(url, { count: plan.warm32, concurrency: 32, maxSeconds: plan.warmSeconds, body });
  const c32 = await runLoad(url, { count: plan.c32, concurrency: 32, maxSeconds: plan.maxSeconds, body });
  return { c1: latency(c1.samples.map((s) => s.ms), c1.seconds), c32: latency(c32.samples.map((s) => s.ms), c32.seconds) };
}

/** An error as one line of a report. */
const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 300);

/** A run, or why it failed. */
async function attempt(run: () => Promise<LoadResult>): Promise<LoadResult | string> {
  try {
    return await run();
  } catch (error) {
    return firstLine(error);
  }
}

/** Admission limits out of the way (the abuse mode keeps them as shipped). */
const UNADMITTED = { MAX_CALLER_COST_IN_FLIGHT: '1000000000', MAX_COST_IN_FLIGHT: '1000000000', RATE_LIMIT_COST_PER_MINUTE: '1000000000000' };

/**
 * `--abuse`: the server as shipped (every limit at its default, tokens on), four abusers and one
 * caller looking nodes up; the table goes to bench/README.md for a run at the default size.
 */
async function abuse(graph: string, work: string, seconds: number, reportFile: string | undefined, reference: boolean): Promise<void> {
  const floorStore = EmbeddedStore.open(copyStore(graph, `${graph}.floor`));
  const samples = await readSamples(floorStore);
  await floorStore.close();
  const rssFile = path.join(work, 'abuse.rss');
  const hooks = peakRssHooks(rssFile);
  const server = await startServerProcess({ ...hooks.env, SEED_DIR: '', NODE_ENV: 'production', AUTH_SECRET: ABUSE_SECRET, DATA_DIR: graph }, hooks.execArgv);
  let report;
  try {
    report = await runAbuse({ url: server.url, pid: server.pid, samples, seconds, peakRss: () => readPeakRss(rssFile) });
  } finally {
    await server.stop();
  }
  report = { ...report, rss: { ...report.rss, peakBytes: readPeakRss(rssFile) } };
  const table = abuseMarkdown(report);
  process.stdout.write(`\n${table}\n`);
  const full = { date: new Date().toISOString(), machine: machine(), versions: versions(), abuse: report };
  if (reportFile) fs.writeFileSync(reportFile, JSON.stringify(full, null, 2));
  const results = path.join(__dirname, 'results');
  fs.mkdirSync(results, { recursive: true });
  const file = path.join(results, `abuse-${full.date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(full, null, 2));
  if (reference) refreshReadme(path.join(__dirname, 'README.md'), `Run of ${full.date} on ${full.machine.cores} × ${full.machine.cpus}, ${full.machine.memoryGiB} GiB.\n\n${table}`, 'abuse');
  process.stderr.write(`wrote ${path.relative(process.cwd(), file)}${reference ? ' and refreshed bench/README.md' : ''}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      practitioners: { type: 'string' },
      quick: { type: 'boolean', default: false },
      graph: { type: 'string' },
      report: { type: 'string' },
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      abuse: { type: 'boolean', default: false },
      seconds: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const quick = values.quick!;
  const plan = quick ? QUICK : FULL;
  const practitioners = Number(values.practitioners ?? (quick ? 10_000 : 100_000));
  if (!Number.isInteger(practitioners) || practitioners < 100) throw new Error(`--practitioners: "${values.practitioners}" is not a whole number ≥ 100`);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'connective-bench-'));
  const servers: ServerProcess[] = [];
  let floorStore: EmbeddedStore | undefined;
  try {
    let dataset: DatasetReport | null = null;
    let graph: string;
    if (values.graph) {
      graph = copyStore(path.resolve(values.graph), path.join(work, 'graph'));
    } else {
      const prepared = await prepareDataset(work, practitioners, 7);
      ({ graph, ...dataset } = prepared);
    }
    // One process may hold a store: each server and the floor get a copy of their own.
    const rssFile = path.join(work, 'server.rss');
    const hooks = peakRssHooks(rssFile);
    const profile = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(values['cpu-prof'])] : [];
    if (values.abuse) {
      await abuse(graph, work, Number(values.seconds ?? 120), values.report, practitioners === 100_000 && !values.graph);
      return;
    }
    // NODE_ENV=production as a deployment runs it (graphql-js skips its development checks), with
    // the figures' graph read before ready as it is by default (at 1M the read takes longer than
    // the statement timeout a first ask may wait). The load comes from one address: admission is
    // lifted, so that 32 workers act as 32 clients.
    const serverEnv = { SEED_DIR: '', NODE_ENV: 'production', ...UNADMITTED };
    const api = await startServerProcess({ ...hooks.env, ...serverEnv, DATA_DIR: graph }, [...hooks.execArgv, ...profile]);
    servers.push(api);
    const naive = await startServerProcess({ ...serverEnv, DATA_DIR: copyStore(graph, `${graph}.naive`), LOADER_BATCHING: 'off' });
    servers.push(naive);
    floorStore = EmbeddedStore.open(copyStore(graph, `${graph}.floor`));
    const samples = await readSamples(floorStore);

    const operations: OperationReport[] = [];
    const failures: BenchReport['failures'] = [];
    const only = values.only?.split(',').map((n) => n.trim());
    const chosen = OPERATIONS.filter((op) => !only || only.includes(op.name));
    if (chosen.length === 0) throw new Error(`--only: none of ${OPERATIONS.map((op) => op.name).join(', ')}`);
    for (const op of chosen) {
      process.stderr.write(`${op.name}…\n`);
      try {
        operations.push(await measure(op, samples, plan, api, naive, floorStore));
      } catch (error) {
        // One operation the graph is too large for does not void the others' numbers.
        const message = firstLine(error);
        failures.push({ name: op.name, error: message });
        process.stderr.write(`${op.name} failed: ${message}\n`);
      }
    }
    // After the operations, so the server's code is as warmed up as it was for them.
    const baseline = await measureBaseline(api.url, plan);
    await naive.stop();
    await api.stop();
    servers.length = 0;

    const partial = {
      date: new Date().toISOString(),
      quick,
      machine: machine(),
      versions: versions(),
      dataset,
      server: { peakRssBytes: readPeakRss(rssFile) },
      baseline,
      operations,
      failures,
    };
    const report: BenchReport = { ...partial, targets: evaluateTargets(partial) };
    const table = markdown(report);
    process.stdout.write(`\n${table}\n`);
    if (values.report) fs.writeFileSync(values.report, JSON.stringify(report, null, 2));
    // A partial mix (--only) is a profiling aid, not a result.
    if (!quick && !only) {
      const results = path.join(__dirname, 'results');
      fs.mkdirSync(results, { recursive: true });
      const file = path.join(results, `${report.date.replace(/[:.]/g, '-')}.json`);
      fs.writeFileSync(file, JSON.stringify(report, null, 2));
      // The README's table is the reference run: default size, whole mix, freshly imported.
      const reference = practitioners === 100_000 && !values.graph && !only;
      if (reference) refreshReadme(path.join(__dirname, 'README.md'), table);
      process.stderr.write(`wrote ${path.relative(process.cwd(), file)}${reference ? ' and refreshed bench/README.md' : ''}\n`);
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await floorStore?.close();
    if (values.keep) process.stderr.write(`kept ${work}\n`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
