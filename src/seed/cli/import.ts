import path from 'node:path';
import { loadConfig } from '../../config';
import { openStore } from '../../graph/open';
import { applySchema } from '../../graph/schema';
import { stats } from '../../graph/queries';
import type { ImportSummary } from '../importer';
import { importFiles } from '../import-files';
import { deriveInPlace } from '../derive';
import { parseCliArgs, runCli } from './args';
import { progressReporter } from './progress';

const USAGE = `usage: npm run import -- <dataset-dir> [--replace] [--dry-run]
       npm run import -- --derive

Imports a dataset in the neo4j-admin CSV convention (nodes/*.csv, relationships/*.csv) into the
graph in DATA_DIR (or Neo4j when NEO4J_URI is set). All or nothing: on any error the graph stays
exactly as it was. A new graph (--replace, or an empty one) is streamed from the files into a new
store file that takes the old one's place when all of it is in.
  --replace   remove everything in the graph first
  --dry-run   validate and report what would change, change nothing
  --derive    after neo4j-admin database import: set what the service derives (folded names, an
              event's year) and store dates as YYYY-MM-DD, in batches`;

/** What each phase's progress counts. */
const UNITS: Record<string, string> = { reading: 'bytes', loading: 'bytes', relationships: 'relationships', merging: 'rows' };

export function formatSummary(s: ImportSummary): string {
  const lines = [
    `${s.dryRun ? 'dry run (nothing written)' : 'imported'} in ${s.seconds.toFixed(1)} s — mode ${s.mode}${s.replaced ? ', graph replaced' : ''}`,
    'nodes:',
    ...Object.entries(s.nodes).map(([k, v]) => `  ${k.padEnd(16)} ${v}`),
    'relationships:',
    ...Object.entries(s.relationships).map(([k, v]) => `  ${k.padEnd(16)} ${v}`),
  ];
  return lines.join('\n');
}

async function derive(): Promise<void> {
  const config = loadConfig();
  const progress = progressReporter();
  const store = openStore({ dataDir: config.dataDir, neo4j: config.neo4j });
  try {
    await applySchema(store);
    const counts = new Map((await store.read<{ label: string; count: number }>(stats.nodeCountsByLabel)).map((c) => [c.label, c.count]));
    const changed = await deriveInPlace(store, undefined, (label, done) => progress.update(label, done, counts.get(label) ?? done, 'nodes'));
    progress.stop();
    process.stdout.write(`set the derived properties of ${changed} nodes\n`);
  } finally {
    await store.close();
  }
}

runCli(async () => {
  const { values, positionals } = parseCliArgs(USAGE, {
    replace: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    derive: { type: 'boolean' },
  });
  if (values.derive && positionals.length === 0) return derive();
  if (values.help || positionals.length !== 1) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig();
  const dir = path.resolve(positionals[0]);
  const progress = progressReporter();
  // No statement timeout: the import's checks read every id of the dataset.
  const store = openStore({ dataDir: config.dataDir, neo4j: config.neo4j });
  try {
    await applySchema(store);
    const summary = await importFiles(store, dir, {
      replace: values.replace,
      dryRun: values['dry-run'],
      onProgress: (p) => progress.update(p.phase, p.done, p.total, UNITS[p.phase] ?? 'nodes'),
    });
    progress.stop();
    process.stdout.write(`${formatSummary(summary)}\n`);
  } finally {
    progress.stop();
    await store.close();
  }
});
