import fs from 'node:fs';
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A file of the build (dist/), whether this code runs compiled from dist/ or from the sources
 * (tests under ts-jest, after `npm run build`): the web bundles and the analytics worker exist
 * only there.
 */
const DIST = path.basename(__dirname) === 'dist' ? __dirname : path.resolve(__dirname, '..', 'dist');

export function builtPath(relative: string): string {
  const file = path.join(DIST, relative);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} is missing: run npm run build`);
  return file;
}

/**
 * A worker thread running one of our modules (`seed/bulk-read-worker`): its built file, or, when
 * this code runs from the sources (tsx, jest), the source compiled by tsx, so that no build is
 * needed there.
 */
export function startWorker(module: string, options: WorkerOptions = {}): Worker {
  if (path.extname(__filename) !== '.ts') return new Worker(builtPath(`${module}.js`), options);
  const source = path.resolve(__dirname, `${module}.ts`);
  return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`, { ...options, eval: true });
}
