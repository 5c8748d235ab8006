import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';
import type { ApolloServerOptions, PersistedQueryOptions } from '@apollo/server';
import { ApiError } from '../api/errors';

/** Written by `npm run codegen` from schema/operations/ (see codegen.yml). */
export const TRUSTED_DOCUMENTS_FILE = path.resolve(__dirname, '../../schema/trusted-documents.json');

/** The registered operations, text by SHA-256 of the text. */
export function loadTrustedDocuments(file = TRUSTED_DOCUMENTS_FILE): ReadonlyMap<string, string> {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(parsed));
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** The names of the registered operations: the only ones metrics count by name. */
export function registeredOperationNames(documents: ReadonlyMap<string, string>): ReadonlySet<string> {
  const names = new Set<string>();
  for (const text of documents.values()) {
    for (const definition of parse(text).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
    }
  }
  return names;
}

export interface TrustedDocuments {
  /** Whether the text is registered. */
  has(text: string): boolean;
  /** FORBIDDEN (403) unless the text is registered. */
  check(text: string): void;
  /** Apollo's persisted queries, read-only: a hash resolves only to a registered text. */
  persistedQueries: PersistedQueryOptions;
  /**
   * Apollo's store of parsed, validated documents, keyed by the SHA-256 of the source Apollo
   * resolved: registered ones are parsed and validated once and kept; any other source gets a
   * stand-in at once, so it is neither parsed nor validated (no error can tell what the schema
   * holds) before `check` refuses it.
   */
  documentStore: NonNullable<ApolloServerOptions<never>['documentStore']>;
}

/** What Apollo is handed for a source that is not registered: never executed, refused by `check`. */
const UNREGISTERED: DocumentNode = parse('query Unregistered { __typename }');

/**
 * TRUSTED_DOCUMENTS_ONLY: a request runs only when its document is registered, whether it sends
 * the text or only the hash (`extensions.persistedQuery.sha256Hash`, which Apollo looks up in
 * this read-only cache, so nothing new can be registered at run time). The check runs on the
 * source Apollo resolved (see requestGatePlugin), never on a reading of the request of our own:
 * a GET with a thousand other parameters is read the way Apollo reads it.
 */
export function trustedDocuments(documents: ReadonlyMap<string, string>): TrustedDocuments {
  const cache: NonNullable<PersistedQueryOptions['cache']> = {
    // Apollo prefixes its keys ("apq:<hash>").
    get: async (key) => documents.get(key.slice(key.indexOf(':') + 1)),
    set: async () => undefined,
    delete: async () => false,
  };
  const has = (text: string) => documents.has(sha256(text));
  // Apollo's keys are "<schema hash>:<SHA-256 of the source>".
  const hashOf = (key: string) => key.slice(key.lastIndexOf(':') + 1);
  const parsed = new Map<string, DocumentNode>();
  const documentStore: TrustedDocuments['documentStore'] = {
    get: async (key) => (documents.has(hashOf(key)) ? parsed.get(key) : UNREGISTERED),
    set: async (key, document) => {
      if (documents.has(hashOf(key))) parsed.set(key, document);
    },
    delete: async (key) => parsed.delete(key),
  };
  return {
    documentStore,
    has,
    check(text) {
      if (!has(text)) {
        throw new ApiError('FORBIDDEN', 'This server runs only registered operations (TRUSTED_DOCUMENTS_ONLY); add the operation to schema/operations/ and run npm run codegen.', {
          http: { status: 403 },
        });
      }
    },
    persistedQueries: { cache },
  };
}
