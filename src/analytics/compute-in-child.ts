import { fork } from 'node:child_process';
import { builtPath } from '../built-path';
import type { NetworkAnalyticsObject } from './network-analytics';
import type { ProjectionRows } from './projection';

/** The most memory the analytics process may use for its heap before it is stopped (megabytes). */
export const ANALYTICS_HEAP_MB = 4096;

/**
 * computeNetworkAnalytics in a child process (analytics-child.js): the rows go over IPC as
 * structured clones (`advanced` serialization), the answer comes back the same way. A child that
 * runs out of memory or dies answers an error; the server goes on.
 */
export function computeInChild(rows: ProjectionRows): Promise<NetworkAnalyticsObject> {
  return new Promise((resolve, reject) => {
    const child = fork(builtPath('analytics/analytics-child.js'), [], {
      serialization: 'advanced',
      execArgv: [`--max-old-space-size=${ANALYTICS_HEAP_MB}`],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let answered = false;
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.once('message', (result) => {
      answered = true;
      resolve(result as NetworkAnalyticsObject);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (answered) return;
      const outOfMemory = /heap out of memory|Reached heap limit/.test(stderr);
      reject(new Error(`the analytics process stopped (${signal ?? `exit code ${code}`}${outOfMemory ? `, out of memory at ${ANALYTICS_HEAP_MB} MB` : ''}) before answering`));
    });
    child.send(rows);
  });
}
