import fs from 'node:fs';
import os from 'node:os';
import type { DatasetReport } from './dataset';
import type { Latency } from './summary';

export interface OperationReport {
  name: string;
  depth: number;
  api: Latency & { roundTrips: number; maxRoundTrips: number };
  api32: Latency;
  naive: Latency & { roundTrips: number };
  /** Or why the store could not give the floor (a statement past its timeout). */
  floor: (Latency & { statements: number }) | { failed: string };
  /** API p50 / floor p50 (null without a floor), and naive p50 / API p50. */
  apiOverFloor: number | null;
  naiveOverApi: number;
  /** Whether the operation is held to one store round per level (not traversals). */
  boundedByDepth: boolean;
  /** The most round trips it may take: one per level, one more per other kind a level may mix, plus one. */
  tripBound: number;
  roundTripsWithinDepth: boolean;
}

export interface BenchReport {
  date: string;
  quick: boolean;
  machine: { cpus: string; cores: number; memoryGiB: number; os: string };
  versions: Record<string, string>;
  dataset: DatasetReport | null;
  server: { peakRssBytes: number | null };
  /** `{ __typename }` over HTTP: the cost of a request before any store work. */
  baseline: { c1: Latency; c32: Latency };
  operations: OperationReport[];
  /** Operations that could not be measured, with the first error (e.g. over the engine's 30 s limit). */
  failures: { name: string; error: string }[];
  targets: { target: string; value: string; met: boolean }[];
}

export function machine(): BenchReport['machine'] {
  const cpus = os.cpus();
  return {
    cpus: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
  };
}

const mib = (bytes: number | null) => (bytes == null ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MiB`);

/** The report as Markdown: the machine, the dataset, one row per operation, the targets. */
export function markdown(report: BenchReport): string {
  const d = report.dataset;
  const lines = [
    `Run of ${report.date}${report.quick ? ' (--quick)' : ''} on ${report.machine.cores} × ${report.machine.cpus}, ${report.machine.memoryGiB} GiB, ${report.machine.os};`,
    Object.entries(report.versions).map(([k, v]) => `${k} ${v}`).join(', ') + '.',
    '',
    d
      ? `Dataset: ${d.practitioners.toLocaleString('en')} practitioners, ${d.nodes.toLocaleString('en')} nodes, ${d.relationships.toLocaleString('en')} relationships; generated in ${d.generateSeconds.toFixed(1)} s, imported in ${d.importSeconds.toFixed(1)} s (peak RSS ${mib(d.importPeakRssBytes)}). Server peak RSS ${mib(report.server.peakRssBytes)}.`
      : `Dataset: an existing store. Server peak RSS ${mib(report.server.peakRssBytes)}.`,
    '',
    `Baseline \`{ __typename }\` (HTTP and Apollo Server; no store): c1 p50 ${report.baseline.c1.p50} ms, c32 ${report.baseline.c32.rps} req/s.`,
    '',
    'Milliseconds; c1 = one request at a time, c32 = 32 at once; trips = store round trips per request (p50 / max); floor = the same answer from hand-written Cypher on the store, in process.',
    '',
    '| operation | depth | API c1 p50 / p95 / p99 | trips | API c32 p50 / p99 | c32 req/s | naive c1 p50 | naive trips | floor p50 / p95 | API/floor | naive/API |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...report.operations.map((o) =>
      [
        o.name,
        o.depth,
        `${o.api.p50} / ${o.api.p95} / ${o.api.p99}`,
        `${o.api.roundTrips} / ${o.api.maxRoundTrips}`,
        `${o.api32.p50} / ${o.api32.p99}`,
        o.api32.rps,
        o.naive.p50,
        o.naive.roundTrips,
        'failed' in o.floor ? `— (${o.floor.failed})` : `${o.floor.p50} / ${o.floor.p95}`,
        o.apiOverFloor ?? '—',
        o.naiveOverApi,
      ].join(' | ').replace(/^/, '| ').concat(' |'),
    ),
    ...(report.failures.length > 0 ? ['', 'Not measured:', ...report.failures.map((f) => `- ${f.name}: ${f.error}`)] : []),
    '',
    '| target | measured | met |',
    '|---|---|---|',
    ...report.targets.map((t) => `| ${t.target} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`),
  ];
  return lines.join('\n');
}

/** Replaces a generated part of bench/README.md (between its `<!-- bench:<section> -->` markers) with the text. */
export function refreshReadme(file: string, table: string, section = 'results'): void {
  const [start, end] = [`<!-- bench:${section} -->`, `<!-- /bench:${section} -->`];
  const text = fs.readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} markers`);
  fs.writeFileSync(file, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
}
