import { Worker } from 'node:worker_threads';
import { builtPath } from '../../built-path';
import type { NetworkAnalyticsObject } from './network-analytics';
import type { ProjectionRows } from './projection';

/** computeNetworkAnalytics in a worker thread of its own. */
export function computeInWorker(rows: ProjectionRows): Promise<NetworkAnalyticsObject> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(builtPath('api/analytics/analytics-worker.js'));
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
