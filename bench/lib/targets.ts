import type { BenchReport, OperationReport } from './report';

/** The benchmark's targets (100,000 practitioners, embedded, concurrency 1 unless said). */
export function evaluateTargets(report: Omit<BenchReport, 'targets'>): BenchReport['targets'] {
  const op = (name: string): OperationReport | undefined => report.operations.find((o) => o.name === name);
  const targets: BenchReport['targets'] = [];
  for (const f of report.failures) targets.push({ target: `${f.name}: measured`, value: 'failed', met: false });
  for (const o of report.operations) {
    targets.push({ target: `${o.name}: API/floor ≤ 2.0`, value: o.apiOverFloor === null ? 'no floor' : String(o.apiOverFloor), met: o.apiOverFloor !== null && o.apiOverFloor <= 2 });
  }
  for (const o of report.operations.filter((r) => r.boundedByDepth)) {
    targets.push({ target: `${o.name}: round trips ≤ ${o.tripBound === o.depth + 1 ? 'depth + 1' : 'depth + kinds'} = ${o.tripBound}`, value: String(o.api.maxRoundTrips), met: o.roundTripsWithinDepth });
  }
  const working = op('practitionersWorkingOn');
  if (working) targets.push({ target: 'practitionersWorkingOn p50 ≤ 5 ms', value: `${working.api.p50} ms`, met: working.api.p50 <= 5 });
  const path = op('connectionPath');
  if (path) targets.push({ target: 'connectionPath p95 ≤ 30 ms', value: `${path.api.p95} ms`, met: path.api.p95 <= 30 });
  const node = op('node');
  if (node) targets.push({ target: 'node ≥ 1,500 req/s at c32', value: `${node.api32.rps} req/s`, met: node.api32.rps >= 1500 });
  if (report.dataset) {
    targets.push({ target: 'import ≤ 20 s', value: `${report.dataset.importSeconds.toFixed(1)} s`, met: report.dataset.importSeconds <= 20 });
  }
  const rss = report.server.peakRssBytes;
  if (rss != null) targets.push({ target: 'server peak RSS ≤ 1.5 GB', value: `${Math.round(rss / 2 ** 20)} MiB`, met: rss <= 1.5e9 });
  return targets;
}
