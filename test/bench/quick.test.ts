import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { BenchReport } from '../../bench/lib/report';
import { OPERATIONS } from '../../bench/lib/operations';
import { LABELS } from '../../src/domain';
import { tmpDir } from '../helpers/tmp';

/**
 * `npm run bench -- --quick` as a smoke test: the whole harness runs (generate, import, two
 * servers, the floor) and the round-trip bounds hold. Timings are never asserted here: they are
 * the benchmark's business, on a quiet machine.
 */
describe('npm run bench -- --quick', () => {
  let report: BenchReport;
  let output: string;

  beforeAll(() => {
    const file = path.join(tmpDir('bench'), 'report.json');
    const root = path.resolve(__dirname, '../..');
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['bench/run.ts', '--quick', '--report', file], {
      cwd: root,
      encoding: 'utf8',
      timeout: 170_000,
    });
    output = run.stdout;
    if (run.status !== 0) throw new Error(`bench exited with ${run.status}: ${run.stderr.slice(-2000)}`);
    report = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchReport;
  }, 180_000);

  it('imports the 10,000-practitioner network and measures every operation in every mode', () => {
    expect(report.dataset).toMatchObject({ practitioners: 10_000 });
    expect(report.dataset!.relationships).toBeGreaterThan(50_000);
    expect(report.dataset!.importPeakRssBytes).toBeGreaterThan(0);
    expect(report.server.peakRssBytes).toBeGreaterThan(0);
    expect(report.operations.map((o) => o.name)).toEqual(OPERATIONS.map((o) => o.name));
    for (const o of report.operations) {
      // At 10,000 practitioners every floor answers (only at a million do some pass the timeout).
      if ('failed' in o.floor) throw new Error(`${o.name}: the floor failed: ${o.floor.failed}`);
      for (const mode of [o.api, o.api32, o.naive, o.floor]) expect(mode.p50).toBeGreaterThan(0);
      expect(o.floor.statements).toBeGreaterThanOrEqual(1);
    }
  });

  it('holds every nested read to one store round trip per level (per kind on a mixed level), plus one', () => {
    const bounded = report.operations.filter((o) => o.boundedByDepth);
    expect(bounded.map((o) => o.name)).toEqual(['node', 'four levels', 'practitionersWorkingOn', 'networkStats', 'city figures', 'networkEvolution', 'search', 'search prefix', 'search typo']);
    for (const o of bounded) {
      // A search page mixes kinds, each looked up in a statement of its own.
      expect(o.tripBound).toBe(o.depth + (o.name.startsWith('search') ? LABELS.length : 1));
      expect({ name: o.name, trips: o.api.maxRoundTrips <= o.tripBound }).toEqual({ name: o.name, trips: true });
    }
  });

  it('shows what the DataLoaders save: naive resolvers ask the store once per item', () => {
    const four = report.operations.find((o) => o.name === 'four levels')!;
    expect(four.depth).toBe(4);
    expect(four.api.roundTrips).toBe(4);
    expect(four.naive.roundTrips).toBeGreaterThan(50);
  });

  it('prints the table with a row per operation and the targets', () => {
    for (const o of report.operations) expect(output).toContain(`| ${o.name} | ${o.depth} |`);
    expect(output).toContain('| import ≤ 20 s |');
  });
});
