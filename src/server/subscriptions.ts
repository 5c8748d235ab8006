import type http from 'node:http';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { OriginList, SocketLimits } from '../config';
import { ApiError } from '../api/errors';
import type { CostCheck } from '../api/limits/query-limits';
import type { TrustedDocuments } from './trusted-documents';

export interface SubscriptionOptions {
  schema: GraphQLSchema;
  path: string;
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  /** Browser origins besides the server's own that may connect (CORS_ORIGINS). */
  origins: OriginList;
  /** With TRUSTED_DOCUMENTS_ONLY: the registered operations. */
  trusted?: TrustedDocuments;
  /** The cost limit, as over HTTP. */
  checkCost: CostCheck;
  limits: SocketLimits;
  /** The context of one subscription: from the socket's connection params and its upgrade request. */
  context(connectionParams: Readonly<Record<string, unknown>> | undefined, request: http.IncomingMessage): Promise<unknown>;
}

const refusal = (message: string, code: string) => [new GraphQLError(message, { extensions: { code } })];

/** Same host, a listed origin, or no browser at all (no Origin header): cross-site pages may not listen in. */
export function originAllowed(origin: string | undefined, host: string | undefined, origins: OriginList): boolean {
  if (!origin || origins === '*' || origins.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * `graphql-ws` on the GraphQL path of the HTTP server, for subscriptions only: queries and
 * mutations go over HTTP, where the request log and the metrics apply. The same checks as over
 * HTTP hold here (trusted documents, parse and validation limits, cost), and the socket's own:
 * a frame over `maxMessageBytes` closes the socket before it is buffered or parsed (ws's
 * maxPayload), and subscriptions are bounded per connection and in all.
 */
export function serveSubscriptions(httpServer: http.Server, options: SubscriptionOptions): { dispose(): Promise<void> } {
  // Upgrades are handed over here, rather than ws listening on the server itself: the HTTP
  // server's own errors (a port in use) stay the HTTP server's to report.
  const wsServer = new WebSocketServer({
    noServer: true,
    maxPayload: options.limits.maxMessageBytes,
    verifyClient: ({ origin, req }: { origin?: string; req: http.IncomingMessage }) => originAllowed(origin, req.headers.host, options.origins),
  });
  httpServer.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== options.path) {
      socket.destroy();
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (ws) => wsServer.emit('connection', ws, request));
  });
  // Every acknowledged connection's graphql-ws context, to count subscriptions in all.
  const connections = new Set<{ subscriptions: Record<string, unknown> }>();
  const active = (ctx: { subscriptions: Record<string, unknown> }) => Object.keys(ctx.subscriptions).length;
  const rules = [...specifiedRules, ...options.validationRules];
  const cleanup = useServer(
    {
      schema: options.schema,
      onConnect: (ctx) => {
        connections.add(ctx);
      },
      onClose: (ctx) => {
        connections.delete(ctx);
      },
      onSubscribe: async (ctx, _id, payload) => {
        // The subscription asked for is already in ctx.subscriptions.
        if (active(ctx) > options.limits.subscriptionsPerConnection) {
          return refusal(`At most ${options.limits.subscriptionsPerConnection} subscriptions may run on one connection (MAX_SUBSCRIPTIONS_PER_SOCKET).`, 'RATE_LIMITED');
        }
        let all = 0;
        for (const connection of connections) all += active(connection);
        if (all > options.limits.subscriptionsTotal) {
          return refusal(`The service runs its maximum of ${options.limits.subscriptionsTotal} subscriptions (MAX_SUBSCRIPTIONS); try again later.`, 'RATE_LIMITED');
        }
        if (options.trusted && !options.trusted.has(payload.query)) {
          return refusal('This server runs only registered operations (TRUSTED_DOCUMENTS_ONLY).', 'FORBIDDEN');
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, options.parseOptions);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The document does not parse.')];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refusal('Name the operation to run (operationName).', 'BAD_REQUEST');
        if (operation.operation !== 'subscription') {
          return refusal('Over WebSocket only subscriptions run; send queries and mutations as HTTP POST to /graphql.', 'BAD_REQUEST');
        }
        const errors = validate(options.schema, document, rules);
        if (errors.length) return errors;
        try {
          options.checkCost(options.schema, document, operation, payload.variables ?? undefined);
        } catch (error) {
          if (error instanceof ApiError) return [error];
          throw error;
        }
        let contextValue: unknown;
        try {
          contextValue = await options.context(ctx.connectionParams, ctx.extra.request);
        } catch (error) {
          // A token that does not verify: the same answer as over HTTP, not a dropped socket.
          if (error instanceof ApiError) return [error];
          throw error;
        }
        return { schema: options.schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
    },
    wsServer,
  );
  return {
    async dispose() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
