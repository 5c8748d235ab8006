import { fork, type ChildProcess } from 'node:child_process';
import { builtPath } from '../built-path';
import type { NetworkAnalyticsObject } from './network-analytics';
import type { ProjectionRows } from './projection';

/** The most memory the analytics process may use for its heap before it is stopped (megabytes). */
export const ANALYTICS_HEAP_MB = 4096;

/** Rows per IPC message: each is serialised on the server's thread, so none may hold it long. */
export const ROWS_PER_MESSAGE = 5_000;

/** One message to the child: rows of one part of the projection, or the end of them. */
export type ProjectionMessage = { part: keyof ProjectionRows; rows: unknown[] } | { done: true };

/**
 * computeNetworkAnalytics in a child process (analytics-child.js): the rows go over IPC as
 * structured clones (`advanced` serialization) a few thousand at a time, the server's event loop
 * turning between them (one message of every row held it for more than a second at 100,000
 * practitioners); the answer comes back the same way. A child that runs out of memory or dies
 * answers an error; the server goes on.
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
    sendInParts(child, rows).catch((error: unknown) => {
      child.kill();
      reject(error);
    });
  });
}

async function sendInParts(child: ChildProcess, rows: ProjectionRows): Promise<void> {
  const send = (message: ProjectionMessage) =>
    new Promise<void>((resolve, reject) => child.send(message, (error) => (error ? reject(error) : setImmediate(resolve))));
  for (const part of Object.keys(rows) as (keyof ProjectionRows)[]) {
    const all = rows[part] as unknown[];
    for (let i = 0; i < all.length; i += ROWS_PER_MESSAGE) await send({ part, rows: all.slice(i, i + ROWS_PER_MESSAGE) });
  }
  await send({ done: true });
}
