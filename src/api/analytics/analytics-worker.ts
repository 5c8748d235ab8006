import { parentPort } from 'node:worker_threads';
import { computeNetworkAnalytics } from './network-analytics';
import type { ProjectionRows } from './projection';

/**
 * Runs one computation off the server's event loop (seconds at 100,000 practitioners, during
 * which the main thread keeps answering), then exits, giving its memory back.
 */
parentPort?.once('message', (rows: ProjectionRows) => {
  parentPort?.postMessage(computeNetworkAnalytics(rows));
});
