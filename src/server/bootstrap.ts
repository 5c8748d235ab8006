import type { Config } from '../config';
import type { GraphStore } from '../graph/store';
import { applySchema } from '../graph/schema';
import { stats } from '../graph/queries';
import { readDataset } from '../seed/csv/reader';
import { importDataset, type ImportSummary } from '../seed/importer';
import { recoverImports } from '../seed/staged-import';
import type { Logger } from './logger';
import { GraphRefusedError, GraphUnavailableError } from '../graph/errors';

/**
 * Makes the graph ready to serve: applies the schema (idempotent) and, when the graph is empty,
 * imports the seed dataset. A graph with data is left as it is, so a restart never re-imports.
 */
export async function prepareGraph(
  store: GraphStore,
  config: Pick<Config, 'seedDir'>,
  logger?: Logger,
): Promise<ImportSummary | undefined> {
  await applySchema(store);
  // An import interrupted while it cleared or published is finished now; one still running is left be.
  await recoverImports(store, 'skip');
  const [{ count }] = await store.read<{ count: number }>(stats.totalNodes);
  if (count > 0 || config.seedDir === '') {
    logger?.info({ nodes: count }, 'graph ready');
    return undefined;
  }
  logger?.info({ seedDir: config.seedDir }, 'empty graph: importing the seed dataset');
  const { dataset } = await readDataset(config.seedDir);
  const summary = await importDataset(store, dataset);
  logger?.info({ nodes: summary.nodes, relationships: summary.relationships, seconds: summary.seconds }, 'seed dataset imported');
  return summary;
}

/** Backoff between attempts to reach the store at start: 1 s, doubling, at most 30 s. */
const RETRY_MS = { first: 1_000, max: 30_000 };

export interface Preparation {
  /** True once the graph is prepared. */
  readonly done: boolean;
  /** Settles after the first attempt: rejects only on a failure that retrying cannot mend. */
  readonly firstAttempt: Promise<void>;
  /** Settles when prepared; rejects on such a failure in a later attempt. */
  readonly settled: Promise<void>;
}

/**
 * prepareGraph, retried with backoff while the store is out of reach (GraphUnavailableError);
 * any other failure (a bad seed dataset, credentials the store refuses) is fatal.
 */
export function prepareWhenReachable(store: GraphStore, config: Pick<Config, 'seedDir'>, logger: Logger): Preparation {
  let done = false;
  let firstDone!: () => void;
  const firstReached = new Promise<void>((resolve) => (firstDone = resolve));
  const settled = (async () => {
    for (let wait = RETRY_MS.first; ; wait = Math.min(wait * 2, RETRY_MS.max)) {
      try {
        await prepareGraph(store, config, logger);
        done = true;
        return;
      } catch (error) {
        if (!(error instanceof GraphUnavailableError) || error instanceof GraphRefusedError) throw error;
        logger.warn({ err: error, retryInMs: wait }, 'graph store out of reach; serving, not ready, until it is back');
        firstDone();
        await new Promise((resolve) => setTimeout(resolve, wait).unref());
      }
    }
  })();
  const firstAttempt = Promise.race([settled, firstReached]);
  settled.catch(() => undefined); // reported through firstAttempt, or by the caller's handler
  return {
    get done() {
      return done;
    },
    firstAttempt,
    settled,
  };
}
