import type { ProjectionMessage } from './compute-in-child';
import { computeNetworkAnalytics } from './network-analytics';
import type { ProjectionRows } from './projection';

/**
 * Runs one computation in a process of its own (seconds at 100,000 practitioners, gigabytes for
 * the in-memory graph), then exits, giving all its memory back: the server's memory stays the
 * server's, and running out of it here cannot take the server down.
 */
const rows: ProjectionRows = { participations: [], contributions: [], expertiseClusters: [], eventClusters: [], outcomeClusters: [] };
process.on('message', (message: ProjectionMessage) => {
  if ('done' in message) process.send!(computeNetworkAnalytics(rows), () => process.exit(0));
  else for (const row of message.rows) (rows[message.part] as unknown[]).push(row);
});
