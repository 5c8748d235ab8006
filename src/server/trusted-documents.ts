import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PersistedQueryOptions } from '@apollo/server';
import type { RequestHandler } from 'express';

/** Written by `npm run codegen` from schema/operations/ (see codegen.yml). */
export const TRUSTED_DOCUMENTS_FILE = path.resolve(__dirname, '../../schema/trusted-documents.json');

/** The registered operations, text by SHA-256 of the text. */
export function loadTrustedDocuments(file = TRUSTED_DOCUMENTS_FILE): ReadonlyMap<string, string> {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(parsed));
}

const REFUSAL = {
  errors: [
    {
      message: 'This server runs only registered operations (TRUSTED_DOCUMENTS_ONLY); add the operation to schema/operations/ and run npm run codegen.',
      extensions: { code: 'FORBIDDEN' },
    },
  ],
};

/** The document text of a GraphQL request, from a POST body or a GET query string. */
function documentText(req: Parameters<RequestHandler>[0]): unknown {
  return req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
}

/**
 * TRUSTED_DOCUMENTS_ONLY: a request runs only when its document is registered, whether it sends
 * the text (refused here, before Apollo parses it, when unknown) or only the hash
 * (`extensions.persistedQuery.sha256Hash`, which Apollo looks up in this read-only cache, so
 * nothing new can be registered at run time).
 */
export function trustedDocuments(documents: ReadonlyMap<string, string>): {
  gate: RequestHandler;
  persistedQueries: PersistedQueryOptions;
} {
  const cache: NonNullable<PersistedQueryOptions['cache']> = {
    // Apollo prefixes its keys ("apq:<hash>").
    get: async (key) => documents.get(key.slice(key.indexOf(':') + 1)),
    set: async () => undefined,
    delete: async () => false,
  };
  const gate: RequestHandler = (req, res, next) => {
    const text = documentText(req);
    if (typeof text === 'string' && !documents.has(crypto.createHash('sha256').update(text).digest('hex'))) {
      res.status(403).json(REFUSAL);
      return;
    }
    next();
  };
  return { persistedQueries: { cache }, gate };
}
