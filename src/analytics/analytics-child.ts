import { computeNetworkAnalytics } from './network-analytics';
import type { ProjectionRows } from './projection';

/**
 * Runs one computation in a process of its own (seconds at 100,000 practitioners, gigabytes for
 * the in-memory graph), then exits, giving all its memory back: the server's memory stays the
 * server's, and running out of it here cannot take the server down.
 */
process.once('message', (rows: ProjectionRows) => {
  process.send!(computeNetworkAnalytics(rows), () => process.exit(0));
});
