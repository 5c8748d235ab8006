import path from 'node:path';
import { writeDataset } from '../csv/writer';
import { readDataset } from '../csv/reader';
import { countRows, emptyDataset, type Dataset } from '../dataset';
import { writeSynthetic } from '../synthetic';
import { addSourcedPractitioners } from '../sourced-people';
import { parseCliArgs, positiveInt, runCli } from './args';

const USAGE = `usage:
  npm run seed -- --synthetic --practitioners N --out <dir> [--seed S]
      a whole synthetic network (invented cities, events, ...) with N practitioners
  npm run seed -- --people N --into <dataset-dir> [--seed S]
      (re)generates the fictional practitioners of a real dataset into its *.generated.csv files`;

const GENERATED = '.generated';

/** Keeps a dataset's hand-written rows and drops those of earlier generator runs. */
function withoutGenerated(dataset: Dataset): Dataset {
  const isHandWritten = (o?: { file: string }) => !o?.file.includes(`${GENERATED}.`);
  const out = emptyDataset();
  for (const [label, rows] of dataset.nodes) out.nodes.set(label, rows.filter((r) => isHandWritten(r.origin)));
  out.relationships = dataset.relationships.map((g) => ({ spec: g.spec, rows: g.rows.filter((r) => isHandWritten(r.origin)) }));
  return out;
}

/** Only the rows this run generated (they carry no origin). */
function generatedOnly(dataset: Dataset): Dataset {
  const out = emptyDataset();
  for (const [label, rows] of dataset.nodes) {
    const fresh = rows.filter((r) => !r.origin);
    if (fresh.length > 0) out.nodes.set(label, fresh);
  }
  out.relationships = dataset.relationships
    .map((g) => ({ spec: g.spec, rows: g.rows.filter((r) => !r.origin) }))
    .filter((g) => g.rows.length > 0);
  return out;
}

runCli(async () => {
  const { values } = parseCliArgs(USAGE, {
    synthetic: { type: 'boolean' },
    practitioners: { type: 'string' },
    out: { type: 'string' },
    people: { type: 'string' },
    into: { type: 'string' },
    seed: { type: 'string' },
  });
  const seed = positiveInt('seed', values.seed, 2013);
  const started = Date.now();
  if (values.synthetic && values.out) {
    const practitioners = positiveInt('practitioners', values.practitioners, 1000);
    const c = writeSynthetic(path.resolve(values.out), { practitioners, seed });
    process.stdout.write(`wrote ${c.nodes} nodes and ${c.relationships} relationships to ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } else if (values.people && values.into) {
    const dir = path.resolve(values.into);
    const base = withoutGenerated((await readDataset(dir)).dataset);
    addSourcedPractitioners(base, { count: positiveInt('people', values.people, 300), seed, idPrefix: 'person-' });
    const fresh = generatedOnly(base);
    writeDataset(dir, fresh, GENERATED);
    const c = countRows(fresh);
    process.stdout.write(`wrote ${c.nodes} fictional practitioners and ${c.relationships} relationships into ${dir}\n`);
  } else {
    process.stdout.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
});
