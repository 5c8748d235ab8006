import crypto from 'node:crypto';
import type http from 'node:http';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { OriginList } from '../config';
import { ApiError } from '../api/errors';

export interface SubscriptionOptions {
  schema: GraphQLSchema;
  path: string;
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  /** Browser origins besides the server's own that may connect (CORS_ORIGINS). */
  origins: OriginList;
  /** With TRUSTED_DOCUMENTS_ONLY: the registered operations by SHA-256 of their text. */
  trusted?: ReadonlyMap<string, string>;
  context(connectionParams: Readonly<Record<string, unknown>> | undefined): Promise<unknown>;
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
 * mutations go over HTTP, where the cost limit, the request log and the metrics apply. The same
 * parse and validation limits as over HTTP hold here.
 */
export function serveSubscriptions(httpServer: http.Server, options: SubscriptionOptions): { dispose(): Promise<void> } {
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: options.path,
    verifyClient: ({ origin, req }: { origin?: string; req: http.IncomingMessage }) => originAllowed(origin, req.headers.host, options.origins),
  });
  const rules = [...specifiedRules, ...options.validationRules];
  const cleanup = useServer(
    {
      schema: options.schema,
      onSubscribe: async (ctx, _id, payload) => {
        if (options.trusted && !options.trusted.has(crypto.createHash('sha256').update(payload.query).digest('hex'))) {
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
        let contextValue: unknown;
        try {
          contextValue = await options.context(ctx.connectionParams);
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
