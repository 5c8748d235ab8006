import path from 'node:path';
import { writeSynthetic } from '../../src/seed/synthetic';
import { peakRssHooks, readPeakRss, runNode } from './child';

export interface DatasetReport {
  practitioners: number;
  nodes: number;
  relationships: number;
  generateSeconds: number;
  importSeconds: number;
  importPeakRssBytes: number | null;
}

const DIST = path.resolve(__dirname, '../../dist');

/**
 * Generates the synthetic network into `<work>/csv` and imports it, with `npm run import`'s own
 * code (built), in a child process into a fresh store at `<work>/graph`: the import's seconds
 * include reading the CSV files, as an operator would wait for them.
 */
export async function prepareDataset(work: string, practitioners: number, seed: number): Promise<DatasetReport & { graph: string }> {
  const csv = path.join(work, 'csv');
  const graph = path.join(work, 'graph');
  let started = performance.now();
  const counts = writeSynthetic(csv, { practitioners, seed });
  const generateSeconds = (performance.now() - started) / 1000;
  process.stderr.write(`generated ${counts.nodes} nodes and ${counts.relationships} relationships in ${generateSeconds.toFixed(1)} s\n`);

  const rssFile = path.join(work, 'import.rss');
  const hooks = peakRssHooks(rssFile);
  started = performance.now();
  const code = await runNode(path.join(DIST, 'seed/cli/import.js'), [csv], { ...hooks.env, DATA_DIR: graph, LOG_LEVEL: 'warn' }, hooks.execArgv);
  if (code !== 0) throw new Error(`the import exited with ${code}`);
  const importSeconds = (performance.now() - started) / 1000;
  return {
    graph,
    practitioners,
    nodes: counts.nodes,
    relationships: counts.relationships,
    generateSeconds,
    importSeconds,
    importPeakRssBytes: readPeakRss(rssFile),
  };
}
