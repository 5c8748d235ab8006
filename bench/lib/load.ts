import { Pool } from 'undici';

/** One timed request: its latency and the store round trips the server reported. */
export interface Sample {
  ms: number;
  roundTrips: number;
}

export interface LoadResult {
  samples: Sample[];
  seconds: number;
}

interface GraphQLReply {
  errors?: { message: string }[];
  extensions?: { graph?: { roundTrips: number } };
}

/**
 * Sends `count` GraphQL requests from `concurrency` workers over keep-alive connections (undici,
 * one request in flight per connection) and times each. Any error answer stops the run: a
 * benchmark of failing requests measures nothing.
 */
export async function runLoad(
  url: string,
  options: {
    count: number;
    concurrency: number;
    /** Stop taking new requests after this long, so one slow operation cannot hold up the run. */
    maxSeconds: number;
    body: (i: number) => { query: string; variables: Record<string, unknown> };
  },
): Promise<LoadResult> {
  const { origin, pathname } = new URL(url);
  const pool = new Pool(origin, { connections: options.concurrency, pipelining: 1 });
  const samples: Sample[] = [];
  const deadline = performance.now() + options.maxSeconds * 1000;
  let next = 0;
  const worker = async () => {
    while (next < options.count && performance.now() < deadline) {
      const i = next++;
      const payload = JSON.stringify(options.body(i));
      const start = performance.now();
      const response = await pool.request({ path: pathname, method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
      const reply = (await response.body.json()) as GraphQLReply;
      const ms = performance.now() - start;
      if (response.statusCode !== 200 || reply.errors) {
        throw new Error(`request ${i} answered ${response.statusCode}: ${JSON.stringify(reply.errors ?? reply)}`);
      }
      samples.push({ ms, roundTrips: reply.extensions?.graph?.roundTrips ?? 0 });
    }
  };
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  } finally {
    await pool.close();
  }
  return { samples, seconds: (performance.now() - started) / 1000 };
}
