import http from 'node:http';
import express from 'express';
import proxyAddr from 'proxy-addr';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphStore } from '../graph/store';
import type { Viewer } from '../domain';
import { createApiContext, createApiServices, type ApiContext } from '../api/context';
import { storeMeterPlugin } from '../api/plugins/store-meter';
import { errorLogPlugin } from '../api/plugins/error-log';
import { requestLogPlugin } from '../api/plugins/request-log';
import { requestGatePlugin } from '../api/plugins/request-gate';
import { createMetrics } from '../api/plugins/metrics';
import { loadTrustedDocuments, registeredOperationNames, trustedDocuments } from './trusted-documents';
import { createLogger, type Logger } from './logger';
import { buildApiSchema } from '../api/schema';
import { printApiSchema } from '../api/print-schema';
import { formatError } from '../api/errors';
import { graphiqlRoutes } from './graphiql';
import { createTokenVerifier } from './auth/verify-token';
import { queryLimits } from '../api/limits/query-limits';
import { Admission } from '../api/limits/admission';
import {
  DEFAULT_ADMISSION,
  DEFAULT_LIMITS,
  DEFAULT_MAX_CONCURRENT_SCANS,
  DEFAULT_SOCKET_LIMITS,
  DEFAULT_STATEMENT_TIMEOUT_MS,
  type AdmissionConfig,
  type AuthConfig,
  type Config,
  type QueryLimits,
  type SocketLimits,
} from '../config';
import { subscriptionsOverHttpPlugin } from '../api/plugins/subscriptions-over-http';
import { createNetworkPubSub } from '../api/changes';
import { serveSubscriptions } from './subscriptions';
import { mountWebRoutes } from './web';
import { graphqlHttpHandler } from './graphql-http';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** What a server is started with: the configuration, every part of it optional but where it listens. */
export type ServerOptions = Pick<Config, 'port' | 'host' | 'nodeEnv' | 'loaderBatching'> &
  Partial<
    Pick<Config, 'statsWarm' | 'introspection' | 'trustedDocumentsOnly' | 'embedOrigins' | 'corsOrigins' | 'statementTimeoutMs' | 'maxConcurrentScans' | 'trustProxy'>
  > & {
    auth?: Partial<AuthConfig>;
    limits?: Partial<QueryLimits>;
    admission?: Partial<AdmissionConfig>;
    sockets?: Partial<SocketLimits>;
  };

/**
 * Anything else that fails outside GraphQL (a static file, a page): one JSON log line and a 500
 * without a stack, instead of express's page, which shows the stack outside production.
 */
function unexpectedErrorHandler(logger: Logger): express.ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    logger.error({ err: error, path: req.path }, 'request failed');
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  };
}

/** Who a request counts against: the token's subject, else the client's address. */
function callerOf(viewer: Viewer, address: string | undefined): string {
  return viewer.subject !== null ? `sub:${viewer.subject}` : `ip:${address ?? 'unknown'}`;
}

/** Builds the HTTP server (express + Apollo Server 5) and starts listening. */
export async function startServer(
  config: ServerOptions,
  store: GraphStore,
  logger: Logger = createLogger({ logLevel: 'silent' }),
  /**
   * `ready`: whether the graph is prepared (see prepareWhenReachable); ready also needs a healthy
   * store and the text index read. `prepared`: settles once the graph is (the seed imported).
   */
  lifecycle: { ready: () => boolean; prepared?: Promise<void> } = { ready: () => true },
): Promise<RunningServer> {
  const app = express();
  // GraphQL answers are POSTed and never revalidated: an ETag would hash every response body.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy ?? false);
  app.disable('x-powered-by');
  // Requests are routed once the GraphQL handler exists (below), before the server listens.
  const httpServer = http.createServer();
  const limits = queryLimits({ ...DEFAULT_LIMITS, ...config.limits });
  const admission = new Admission({ ...DEFAULT_ADMISSION, ...config.admission });
  const registered = loadTrustedDocuments();
  const metrics = createMetrics(registeredOperationNames(registered));
  const trusted = config.trustedDocumentsOnly ? trustedDocuments(registered) : undefined;
  const pubSub = createNetworkPubSub();
  const schema = await buildApiSchema(pubSub);
  const auth = config.auth ?? {};
  const services = createApiServices(
    store,
    {
      acceptsTokens: Boolean(auth.secret || auth.jwksUrl),
      statementTimeoutMs: config.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
      maxConcurrentScans: config.maxConcurrentScans ?? DEFAULT_MAX_CONCURRENT_SCANS,
    },
    pubSub,
  );
  const verifyToken = createTokenVerifier(auth);
  const contextFor = async (authorization: string | undefined, address: string | undefined) => {
    const viewer = await verifyToken(authorization);
    return createApiContext(services, { batch: config.loaderBatching }, viewer, callerOf(viewer, address));
  };
  const corsOrigins = config.corsOrigins ?? [];
  const introspection = config.introspection ?? true;
  const subscriptions = serveSubscriptions(httpServer, {
    schema,
    path: '/graphql',
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    checkCost: limits.checkCost,
    limits: { ...DEFAULT_SOCKET_LIMITS, ...config.sockets },
    origins: corsOrigins,
    trusted,
    // The address as express finds req.ip, behind the same trusted proxies.
    context: (params, request) => contextFor(typeof params?.authorization === 'string' ? params.authorization : undefined, proxyAddr(request, app.get('trust proxy fn'))),
  });
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection,
    // Without introspection, "Did you mean …?" would still reveal field names.
    hideSchemaDetailsFromClientErrors: !introspection,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    ...(trusted ? { persistedQueries: trusted.persistedQueries, documentStore: trusted.documentStore } : {}),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: () => subscriptions.dispose() }) },
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are given; the default cache-control plugin would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      requestGatePlugin({ checkCost: limits.checkCost, admission, trusted }),
      subscriptionsOverHttpPlugin,
      storeMeterPlugin,
      errorLogPlugin(logger),
      requestLogPlugin(logger),
      metrics.plugin,
    ],
  });
  await apollo.start();
  // The text index is read once the graph is prepared: before, it would hold a partial seed.
  // Ready waits for it; if the store fails it meanwhile, the first search reads it again.
  // A graph prepared before the server starts (tests, the bench) is indexed before it listens.
  // The figures' graph too with STATS_WARM (else the first ask reads it): reading it holds the
  // event loop (a minute at 1,000,000 practitioners), which is better over before ready; then
  // the network's and a hub city's figures (KeptFigures.warm) and a full collection (settleHeap).
  let indexed = false;
  const prepared = lifecycle.prepared ?? Promise.resolve();
  const indexing = prepared
    .then(() =>
      Promise.all([
        services.nameIndex.rebuild().catch((error: unknown) => logger.warn({ err: error }, 'text index not read at start; the first search reads it')),
        config.statsWarm
          ? services.figures
              .rebuild()
              .then(() => services.figures.warm())
              .catch((error: unknown) => logger.warn({ err: error }, 'network figures not read at start; the first ask reads them'))
          : undefined,
      ]),
    )
    .then(settleHeap)
    .finally(() => (indexed = true));
  if (!lifecycle.prepared) await indexing;

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const health = await store.health();
    const status = health.storageFull ? 'storage_full' : !health.ok ? 'unavailable' : lifecycle.ready() && indexed ? 'ok' : 'preparing';
    res.status(status === 'ok' ? 200 : 503).json({ status, engine: health.engine, ...(health.storageFull ? { detail: health.detail } : {}) });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/', (_req, res) => res.redirect('/explore'));
  // The SDL for tools (codegen, IDE plugins, Postman); private like introspection when that is off.
  const sdl = introspection ? await printApiSchema(schema) : undefined;
  app.get('/schema.graphql', (_req, res) => {
    if (!sdl) {
      res.status(404).type('text/plain').send('The schema is not published: this server runs with INTROSPECTION=off.\n');
      return;
    }
    res.type('text/plain; charset=utf-8').set('Cache-Control', 'no-cache').send(sdl);
  });
  mountWebRoutes(app, config.embedOrigins ?? []);
  const graphiql = graphiqlRoutes();
  // Mounted on its own path, so GraphQL requests do not pass through it.
  app.use('/graphiql', graphiql.assets);
  app.get('/graphql', graphiql.page);
  // Dashboards on other origins (CORS_ORIGINS) may call /graphql from the browser.
  const graphql = graphqlHttpHandler(apollo, {
    // The address as express finds req.ip, behind the same trusted proxies.
    context: (req) => contextFor(req.headers.authorization, proxyAddr(req, app.get('trust proxy fn'))),
    corsOrigins,
    logger,
  });
  // GET /graphql is the GraphiQL page for a browser, else a query for the handler; so are other
  // methods (a CORS preflight) and spellings of the path that reach express.
  app.use('/graphql', (req, res) => graphql(req, res));
  app.use(unexpectedErrorHandler(logger));

  // A POST to /graphql, nearly every GraphQL request, skips express (see graphql-http.ts).
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => (req.method === 'POST' && isGraphQLPath(req.url) ? graphql(req, res) : app(req, res)));
  await listen(httpServer, config.port, config.host);
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    port,
    url: `http://localhost:${port}/graphql`,
    close: () => apollo.stop(),
  };
}

/** Whether a request URL is /graphql, with or without a query string. */
function isGraphQLPath(url: string | undefined): boolean {
  return url !== undefined && url.startsWith('/graphql') && (url.length === 8 || url[8] === '?');
}

/** Listens, or rejects with the reason in words (a port in use) instead of an 'error' event nobody handles. */
function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const where = `port ${port} on ${host}`;
      if (error.code === 'EADDRINUSE') reject(new Error(`${where} is in use by another process; stop it or choose another PORT`, { cause: error }));
      else if (error.code === 'EACCES') reject(new Error(`${where} may not be opened by this user; choose a PORT above 1023`, { cause: error }));
      else reject(error);
    });
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * A full collection once the indexes are read, before ready, where Node exposes it (`--expose-gc`,
 * set for the npm scripts in .npmrc). Reading them leaves a few hundred megabytes of garbage
 * beside what is kept (2.4 GB at 1,000,000 practitioners); left alone, V8 marked the old
 * generation incrementally during the first asks, and they took up to 1.7 s instead of 0.1 s.
 */
function settleHeap(): void {
  // A smaller heap's marking is short (at 100,000 practitioners the server's is well under this):
  // no full collection at every start of a test server in a jest worker for it.
  if (process.memoryUsage().heapUsed > SETTLE_HEAP_ABOVE) (globalThis as { gc?: () => void }).gc?.();
}

const SETTLE_HEAP_ABOVE = 2 ** 30;
