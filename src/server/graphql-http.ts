import type http from 'node:http';
import cors from 'cors';
import bodyParser from 'body-parser';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { OriginList } from '../config';
import type { Logger } from './logger';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: (error?: unknown) => void) => void;

export interface GraphQLHttpOptions<C extends BaseContext> {
  /** The request's context, from its Authorization header and the client's address. */
  context: (req: http.IncomingMessage) => Promise<C>;
  /** Origins whose pages may call /graphql (CORS_ORIGINS); none: no CORS headers. */
  corsOrigins: OriginList;
  logger: Logger;
}

/** A JSON error answer in the shape of a GraphQL response, with its code. */
function sendError(res: http.ServerResponse, status: number, message: string, code: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * /graphql over plain node:http, as Apollo's own standalone server does it (CORS, a JSON body,
 * `executeHTTPGraphQLRequest`), without express: its router, request and response wrappers were
 * about a seventh of the server's CPU for a node lookup. Every /graphql request but the GraphiQL
 * page comes here, so there is one way a GraphQL request is read and answered.
 *
 * Body failures (malformed JSON, a body over 1 MB) answer as GraphQL errors with the parser's
 * status; anything unexpected as a 500 without a stack, logged.
 */
export function graphqlHttpHandler<C extends BaseContext>(apollo: ApolloServer<C>, options: GraphQLHttpOptions<C>): Handler {
  const json: Middleware = bodyParser.json({ limit: '1mb' });
  const origins = options.corsOrigins;
  const allowOrigins: Middleware | undefined =
    origins === '*' || origins.length
      ? cors({ origin: origins === '*' ? '*' : [...origins], methods: ['GET', 'POST'], exposedHeaders: ['x-request-id', 'retry-after'], maxAge: 600 })
      : undefined;

  const failed = (req: http.IncomingMessage, res: http.ServerResponse, error: unknown) => {
    if (res.headersSent) {
      // Too late for an error answer: the client sees the connection end.
      options.logger.error({ err: error, path: req.url }, 'response failed after its headers were sent');
      res.destroy();
      return;
    }
    const status = (error as { status?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const tooLarge = (error as { type?: unknown }).type === 'entity.too.large';
      sendError(res, status, tooLarge ? 'The request body is larger than 1 MB.' : 'The request body is not valid JSON.', 'BAD_REQUEST');
      return;
    }
    options.logger.error({ err: error, path: req.url }, 'request failed');
    sendError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
  };

  const execute = async (req: http.IncomingMessage & { body?: unknown }, res: http.ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body: req.body },
      context: () => options.context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    // Incremental delivery: each part as it is ready.
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const parsed = (req: http.IncomingMessage, res: http.ServerResponse) =>
    json(req, res, (error) => {
      if (error) failed(req, res, error);
      else execute(req, res).catch((e: unknown) => failed(req, res, e));
    });

  return allowOrigins
    ? (req, res) => allowOrigins(req, res, (error) => (error ? failed(req, res, error) : parsed(req, res)))
    : parsed;
}
