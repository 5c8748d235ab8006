import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config';
import { openStore } from '../../graph/open';
import { writeDataset } from '../csv/writer';
import { countRows } from '../dataset';
import { exportGraph } from '../exporter';
import { parseCliArgs, runCli } from './args';

const USAGE = `usage: npm run export -- <dir>

Writes the graph in DATA_DIR (or Neo4j) to <dir> in the same CSV convention the importer reads.`;

runCli(async () => {
  const { values, positionals } = parseCliArgs(USAGE, {});
  if (values.help || positionals.length !== 1) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const dir = path.resolve(positionals[0]);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new Error(`${dir} is not empty; export into a new directory`);
  const config = loadConfig();
  // No statement timeout: an export reads whole relationship types, which takes long on a large graph.
  const store = openStore({ dataDir: config.dataDir, neo4j: config.neo4j });
  try {
    const started = Date.now();
    const dataset = await exportGraph(store);
    // Written beside the target and renamed at the end, so a failure never leaves half an export.
    const partial = `${dir}.partial-${process.pid}`;
    try {
      writeDataset(partial, dataset);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.renameSync(partial, dir);
    } finally {
      fs.rmSync(partial, { recursive: true, force: true });
    }
    const counts = countRows(dataset);
    process.stdout.write(`exported ${counts.nodes} nodes and ${counts.relationships} relationships to ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await store.close();
  }
});
