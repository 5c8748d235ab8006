import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { openStore } from '../graph/open';
import { prepareWhenReachable } from './bootstrap';
import { createLogger } from './logger';
import { startServer } from './app';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config);
  const store = openStore(config);
  // A store out of reach at start (Neo4j restarting) does not stop the service: it serves, not
  // ready (503) and answering GRAPH_UNAVAILABLE, and prepares the graph once the store is back.
  const preparing = prepareWhenReachable(store, config, logger);
  await preparing.firstAttempt;
  const server = await startServer(config, store, logger, {
    ready: () => preparing.done,
    // Prepared already (the usual start): the server reads its indexes before it listens.
    prepared: preparing.done ? undefined : preparing.settled,
  });
  preparing.settled.catch((error: unknown) => {
    logger.fatal({ err: error }, 'could not prepare the graph');
    process.exit(1);
  });
  logger.info({ url: server.url, engine: store.engine }, `serving ${server.url}`);
  // For the person who ran `npm start`: where to go (the log lines above are for machines).
  const base = server.url.replace(/\/graphql$/, '');
  process.stderr.write(
    [
      '',
      `connective-graph is up (${store.engine === 'neo4j' ? 'Neo4j' : `embedded graph in ${config.dataDir}`}):`,
      `  GraphiQL, the API      ${base}/graphql`,
      `  the explorer           ${base}/explore`,
      `  embeds for dashboards  ${base}/embed (choose one and copy its <iframe>), e.g. ${base}/embed/stats`,
      `  the schema (SDL)       ${base}/schema.graphql`,
      `  readiness              ${base}/health/ready`,
      'Ctrl+C stops it.',
      '',
    ].join('\n') + '\n',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
