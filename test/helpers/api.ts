import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { prepareGraph } from '../../src/server/bootstrap';
import { startServer, type RunningServer } from '../../src/server/app';
import type { GraphStore } from '../../src/graph/store';
import { writeDataset } from '../../src/seed/csv/writer';
import { generateSynthetic } from '../../src/seed/synthetic';
import { loadDir, memoryStore } from './graph';
import { SEED_DIR, tmpDir } from './tmp';

export interface GraphExtensions {
  graph: { roundTrips: number; storeMs: number };
}

export type Response<T> = ExecutionResult<T, GraphExtensions> & { status: number };

/** A started server on the seeded in-memory graph, and a typed client for it. */
export interface SeededApi {
  store: GraphStore;
  server: RunningServer;
  run<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<Response<T>>;
  post(body: unknown): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

export async function postJson(url: string, body: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A GraphQL request over HTTP as a client sends it, with a bearer token when given. */
export async function graphqlOver(url: string, query: string, variables: Record<string, unknown> = {}, bearer?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export type ServerOptions = Partial<Omit<Parameters<typeof startServer>[0], 'port' | 'host'>>;

/**
 * A test sends more in a minute than any person: the per-minute budget is off unless a test sets
 * it (test/api/abuse.test.ts does); everything else is as in production.
 */
const UNMETERED = { perMinute: Number.MAX_SAFE_INTEGER };

export async function startSeededApi(options: ServerOptions = {}, store?: GraphStore): Promise<SeededApi> {
  const graph = store ?? (await memoryStore());
  if (!store) await prepareGraph(graph, { seedDir: SEED_DIR });
  const server = await startServer({ port: 0, host: '127.0.0.1', nodeEnv: 'production', loaderBatching: true, ...options, admission: { ...UNMETERED, ...options.admission } }, graph);
  const post = (body: unknown) => postJson(server.url, body);
  return {
    store: graph,
    server,
    post,
    async run(document, variables) {
      const { status, body } = await post({ query: print(document), variables });
      return { ...body, status };
    },
    async close() {
      await server.close();
      if (!store) await graph.close();
    },
  };
}

/**
 * A generated synthetic network (skewed degrees, hubs), written as CSV to `dir` (for the oracles
 * to read independently), imported into a store of its own and served; close() closes both.
 */
export async function startGeneratedApi(size: { practitioners: number; seed: number }): Promise<SeededApi & { dir: string }> {
  const dir = tmpDir('cg-generated-');
  writeDataset(dir, generateSynthetic(size));
  const store = await memoryStore();
  await loadDir(store, dir);
  const api = await startSeededApi({}, store);
  return {
    ...api,
    dir,
    async close() {
      await api.close();
      await store.close();
    },
  };
}
