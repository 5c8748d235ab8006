import fs from 'node:fs';
import path from 'node:path';
import { EmbeddedStore } from '../../src/graph/embedded';
import { readDataset } from '../../src/seed/csv/reader';
import { canonical, snapshot } from '../helpers/graph';
import { finished, runCli, startCli } from '../helpers/cli';
import { SEED_DIR, tmpDir } from '../helpers/tmp';

async function snapshotOf(dataDir: string) {
  const store = EmbeddedStore.open(dataDir);
  try {
    return await snapshot(store);
  } finally {
    await store.close();
  }
}

describe('seed, import and export CLIs', () => {
  const work = tmpDir();
  const synthetic = path.join(work, 'synthetic');
  const dataDir = path.join(work, 'data', 'graph');

  it('generates a deterministic synthetic dataset with skewed degrees, all marked synthetic', async () => {
    const again = path.join(work, 'synthetic-again');
    const [a, b] = await Promise.all([
      runCli('seed', ['--synthetic', '--practitioners', '4000', '--out', synthetic, '--seed', '42']),
      runCli('seed', ['--synthetic', '--practitioners', '4000', '--out', again, '--seed', '42']),
    ]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stdout).toMatch(/wrote \d+ nodes and \d+ relationships/);
    for (const sub of ['nodes', 'relationships']) {
      for (const f of fs.readdirSync(path.join(synthetic, sub))) {
        expect(fs.readFileSync(path.join(again, sub, f), 'utf8')).toBe(fs.readFileSync(path.join(synthetic, sub, f), 'utf8'));
      }
    }
    const { dataset } = await readDataset(synthetic);
    expect(dataset.nodes.get('Practitioner')).toHaveLength(4000);
    for (const rows of dataset.nodes.values()) for (const r of rows) expect(r.props.synthetic).toBe(true);
    for (const g of dataset.relationships) for (const r of g.rows) expect(r.props.synthetic).toBe(true);

    // Few hubs, many leaves: the busiest event draws far more than the median one, and most
    // people attend a handful of events while a few attend dozens.
    const participation = dataset.relationships.find((g) => g.spec.type === 'PARTICIPATED_IN')!.rows;
    const perEvent = countBy(participation.map((r) => r.to));
    const perPerson = countBy(participation.map((r) => r.from));
    expect(max(perEvent)).toBeGreaterThan(8 * median(perEvent));
    expect(median(perPerson)).toBeLessThanOrEqual(4);
    expect(max(perPerson)).toBeGreaterThan(25);
    const total = dataset.relationships.reduce((n, g) => n + g.rows.length, 0);
    expect(total / 4000).toBeGreaterThan(7); // ~1M relationships at 100,000 practitioners
  });

  it('imports with a summary, and an interrupted --replace import (kill -9) leaves the old graph', async () => {
    const seeded = await runCli('import', [SEED_DIR], { DATA_DIR: dataDir });
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/imported in [\d.]+ s — mode create/);
    expect(seeded.stdout).toMatch(/Practitioner\s+329/);
    // A new graph is streamed from the files: progress counts their bytes.
    expect(seeded.stderr).toMatch(/^loading: [\d.]+ of [\d.]+ (bytes|kB|MB) \(100%\)$/m);
    const before = await snapshotOf(dataDir);
    expect(before).toEqual(canonical((await readDataset(SEED_DIR)).dataset));
    // Into a graph with data, the files are read, then nodes and relationships upserted.
    const again = await runCli('import', [SEED_DIR], { DATA_DIR: dataDir });
    expect(again.stdout).toMatch(/mode upsert/);
    expect(again.stderr).toMatch(/^reading: [\d.]+ of [\d.]+ (bytes|kB|MB) \(100%\)$/m);
    expect(again.stderr).toMatch(/^nodes: [\d,]+ of [\d,]+ nodes \(100%\)$/m);
    expect(again.stderr).toMatch(/^relationships: [\d,]+ of [\d,]+ relationships \(100%\)$/m);
    expect(await snapshotOf(dataDir)).toEqual(before);

    const child = startCli('import', [synthetic, '--replace'], { DATA_DIR: dataDir });
    const result = finished(child);
    let killedAt = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      const line = String(chunk);
      if (!killedAt && /loading: .* \(([5-9]0)%\)/.test(line)) {
        // One chunk may hold several progress lines: keep the one that made us stop.
        killedAt = line.split('\n').find((l) => /\(([5-9]0)%\)/.test(l))!.trim();
        child.kill('SIGKILL');
      }
    });
    const { signal } = await result;
    expect(signal).toBe('SIGKILL');
    expect(killedAt).toMatch(/loading: [\d.]+ of [\d.]+ (kB|MB)/); // half-way through the files
    expect(await snapshotOf(dataDir)).toEqual(before);
  });

  it('removes what an import killed while saving left beside the graph, and keeps the graph', async () => {
    const before = await snapshotOf(dataDir);
    fs.writeFileSync(`${dataDir}.importing`, 'half a graph file');
    const dry = await runCli('import', [SEED_DIR, '--replace', '--dry-run'], { DATA_DIR: dataDir });
    expect(dry.code).toBe(0);
    expect(fs.existsSync(`${dataDir}.importing`)).toBe(false);
    expect(await snapshotOf(dataDir)).toEqual(before);
  });

  it('dry run changes nothing; a bad dataset is refused with file:line and exit code 1', async () => {
    const before = await snapshotOf(dataDir);
    const dry = await runCli('import', [synthetic, '--replace', '--dry-run'], { DATA_DIR: dataDir });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/dry run \(nothing written\)/);
    expect(dry.stdout).toMatch(/Practitioner\s+4000/);

    const bad = path.join(work, 'bad');
    fs.cpSync(SEED_DIR, bad, { recursive: true });
    const countries = path.join(bad, 'nodes/Country.csv');
    const line = fs.readFileSync(countries, 'utf8').trimEnd().split('\n').length + 1;
    fs.appendFileSync(countries, 'zz,ZZ,Nowhere,ATLANTIS,,\n');
    const refused = await runCli('import', [bad], { DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`nodes/Country.csv:${line}: region must be one of AFRICA, ASIA, EUROPE, LATIN_AMERICA, MENA (got "ATLANTIS")`);
    expect(refused.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await snapshotOf(dataDir)).toEqual(before);
  });

  it('exports the graph in the format it imports', async () => {
    const out = path.join(work, 'exported');
    const exported = await runCli('export', [out], { DATA_DIR: dataDir });
    expect(exported.code).toBe(0);
    expect(canonical((await readDataset(out)).dataset)).toEqual(await snapshotOf(dataDir));
    const again = await runCli('export', [out], { DATA_DIR: dataDir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is not empty');
  });

  it('prints usage for wrong arguments', async () => {
    const result = await runCli('import', ['--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run import');
  });
});

function countBy(keys: string[]): number[] {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.values()];
}
const max = (xs: number[]) => Math.max(...xs);
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
