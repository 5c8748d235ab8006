import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { NetworkAnalyticsObject } from './network-analytics';
import type { ProjectionRows } from './projection';

/** The compiled worker: beside this file in dist, or the built one when running from the sources (tests). */
function workerFile(): string {
  const beside = path.join(__dirname, 'analytics-worker.js');
  if (fs.existsSync(beside)) return beside;
  const built = path.resolve(__dirname, '../../../dist/api/analytics/analytics-worker.js');
  if (fs.existsSync(built)) return built;
  throw new Error('dist/api/analytics/analytics-worker.js is missing: run npm run build');
}

/** computeNetworkAnalytics in a worker thread of its own. */
export function computeInWorker(rows: ProjectionRows): Promise<NetworkAnalyticsObject> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile());
    let answered = false;
    worker.once('message', (result: NetworkAnalyticsObject) => {
      answered = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the analytics worker stopped (exit code ${code}) before answering`));
    });
    worker.postMessage(rows);
  });
}
