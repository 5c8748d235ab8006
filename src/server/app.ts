import http from 'node:http';
import express from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphStore } from '../graph/store';
import { createApiContext, createApiServices, type ApiContext } from '../api/context';
import { storeMeterPlugin } from '../api/plugins/store-meter';
import { errorLogPlugin } from '../api/plugins/error-log';
import { requestLogPlugin } from '../api/plugins/request-log';
import { createMetrics } from '../api/plugins/metrics';
import { loadTrustedDocuments, trustedDocuments } from './trusted-documents';
import { createLogger, type Logger } from './logger';
import { buildApiSchema } from '../api/schema';
import { formatError } from '../api/errors';
import { graphiqlRoutes } from './graphiql';
import { createTokenVerifier } from './auth/verify-token';
import { queryLimits } from '../api/limits/query-limits';
import { DEFAULT_LIMITS, type Config, type QueryLimits } from '../config';
import { subscriptionsOverHttpPlugin } from '../api/plugins/subscriptions-over-http';
import { createNetworkPubSub } from '../api/changes';
import { serveSubscriptions } from './subscriptions';
import { mountWebRoutes } from './web';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Body-parser failures (malformed JSON, a body over 1 MB) answer as GraphQL errors with the
 * parser's status instead of express's HTML page, which would carry a stack trace.
 */
const bodyErrorHandler: express.ErrorRequestHandler = (error, _req, res, next) => {
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : undefined;
  if (!status || res.headersSent) return next(error);
  const message = error.type === 'entity.too.large' ? 'The request body is larger than 1 MB.' : 'The request body is not valid JSON.';
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
};

/** Builds the HTTP server (express + Apollo Server 5) and starts listening. */
export async function startServer(
  config: Pick<Config, 'port' | 'host' | 'nodeEnv' | 'loaderBatching'> &
    Partial<Pick<Config, 'statsWarm' | 'auth' | 'introspection' | 'trustedDocumentsOnly' | 'embedOrigins' | 'corsOrigins'>> & { limits?: Partial<QueryLimits> },
  store: GraphStore,
  logger: Logger = createLogger({ logLevel: 'silent' }),
  /** `ready`: whether the graph is prepared (see prepareWhenReachable); ready also needs a healthy store. */
  lifecycle: { ready: () => boolean } = { ready: () => true },
): Promise<RunningServer> {
  const app = express();
  // GraphQL answers are POSTed and never revalidated: an ETag would hash every response body.
  app.set('etag', false);
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const limits = queryLimits({ ...DEFAULT_LIMITS, ...config.limits });
  const metrics = createMetrics();
  const documents = config.trustedDocumentsOnly ? loadTrustedDocuments() : undefined;
  const trusted = documents ? trustedDocuments(documents) : undefined;
  const pubSub = createNetworkPubSub();
  const schema = await buildApiSchema(pubSub);
  const auth = config.auth ?? {};
  const services = createApiServices(store, Boolean(auth.secret || auth.jwksUrl), pubSub);
  const verifyToken = createTokenVerifier(auth);
  const corsOrigins = config.corsOrigins ?? [];
  const subscriptions = serveSubscriptions(httpServer, {
    schema,
    path: '/graphql',
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    origins: corsOrigins,
    trusted: documents,
    context: async (params) =>
      createApiContext(store, { batch: config.loaderBatching }, services, await verifyToken(typeof params?.authorization === 'string' ? params.authorization : undefined)),
  });
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection ?? true,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    ...(trusted ? { persistedQueries: trusted.persistedQueries } : {}),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: () => subscriptions.dispose() }) },
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are given; the default cache-control plugin would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      limits.plugin,
      subscriptionsOverHttpPlugin,
      storeMeterPlugin,
      errorLogPlugin(logger),
      requestLogPlugin(logger),
      metrics.plugin,
    ],
  });
  await apollo.start();
  // Network figures take seconds each on a large graph: compute them now, not on the first ask.
  if (config.statsWarm) services.statsCache.warm().catch((error: unknown) => logger.warn({ err: error }, 'network figures not computed at start'));

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const health = await store.health();
    const status = !health.ok ? 'unavailable' : lifecycle.ready() ? 'ok' : 'preparing';
    res.status(status === 'ok' ? 200 : 503).json({ status, engine: health.engine });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/', (_req, res) => res.redirect('/explore'));
  mountWebRoutes(app, config.embedOrigins ?? []);
  const graphiql = graphiqlRoutes();
  // Mounted on its own path, so GraphQL requests do not pass through it.
  app.use('/graphiql', graphiql.assets);
  app.get('/graphql', graphiql.page);
  // Dashboards on other origins (CORS_ORIGINS) may call /graphql from the browser.
  if (corsOrigins === '*' || corsOrigins.length) {
    app.use('/graphql', cors({ origin: corsOrigins === '*' ? '*' : [...corsOrigins], methods: ['GET', 'POST'], exposedHeaders: ['x-request-id'], maxAge: 600 }));
  }
  app.use('/graphql', express.json({ limit: '1mb' }), ...(trusted ? [trusted.gate] : []), expressMiddleware(apollo, {
      context: async ({ req }) => createApiContext(store, { batch: config.loaderBatching }, services, await verifyToken(req.headers.authorization)),
    }));
  app.use(bodyErrorHandler);

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    port,
    url: `http://localhost:${port}/graphql`,
    close: () => apollo.stop(),
  };
}
