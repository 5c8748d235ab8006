import fs from 'node:fs';
import { parse, getOperationAST } from 'graphql';
import { Pool } from 'undici';
import { buildApiSchema } from '../../src/api/schema';
import { queryCost } from '../../src/api/limits/query-cost';
import { DEFAULT_LIMITS } from '../../src/config';
import { PHASES, REGIONS } from '../../src/domain';
import { mintToken } from '../../src/server/auth/mint-token';
import { Random } from '../../src/seed/random';
import type { Samples } from './operations';
import { latency, type Latency } from './summary';

/**
 * The abuse mode: four clients send the most expensive requests the limits allow, each as its
 * own caller (a token subject), honouring 429's Retry-After as a client within every limit does,
 * while a fifth looks nodes up one at a time. Three read; the fourth is an editor who writes
 * between asking for the analytics and cold figures, so that every ask finds them stale. What it
 * measures: the lookups' latency beside the same lookups on the quiet server, what the abusers
 * got through, and the server's RSS.
 */

export const ABUSE_SECRET = 'abuse-benchmark-secret-of-32-characters!';

interface Abuse {
  name: string;
  query: string;
  draw(random: Random, samples: Samples): Record<string, unknown>;
}

/** Five figure scopes per request. */
const SCOPES = [0, 1, 2, 3, 4];

const aliases = (n: number, field: (i: number) => string) => Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ');

/** The most expensive requests within the default limits: 30 aliases, the cost limit, the widest traversals. */
export const ABUSES: Abuse[] = [
  {
    name: 'search flood (30 aliases × first: 100)',
    query: `query SearchFlood { ${aliases(30, () => 'search(text: "a", first: 100) { edges { score node { id } } }')} }`,
    draw: () => ({}),
  },
  {
    name: 'four nested levels at the cost limit',
    query: `query DeepListing {
      practitioners(first: 90) { nodes { events(first: 10) { nodes { participants(first: 10) { nodes { name events(first: 2) { nodes { title } } } } } } } }
    }`,
    draw: () => ({}),
  },
  {
    name: 'cold figures (5 phase × region scopes)',
    query: `query ColdFigures(${SCOPES.map((i) => `$p${i}: Int, $r${i}: Region`).join(', ')}) { ${SCOPES.map(
      (i) => `a${i}: networkStats(phase: $p${i}, region: $r${i}) { practitioners events outcomes byCluster { cluster practitioners } byRegion { region practitioners } byYear { year events participants } }`,
    ).join(' ')} }`,
    draw: (random) => Object.fromEntries(SCOPES.flatMap((i) => [[`p${i}`, random.pick(PHASES)], [`r${i}`, random.pick(REGIONS)]])),
  },
  {
    name: 'three widest neighbourhoods (depth 3, limit 1000)',
    query: `query Widest($a: ID!, $b: ID!, $c: ID!) { ${['a', 'b', 'c']
      .map((v) => `${v}: neighbourhood(id: $${v}, depth: 3, limit: 1000) { truncated nodes { id kind label } edges { source target type } }`)
      .join(' ')} }`,
    draw: (random, samples) => ({ a: `City:${random.pick(samples.cities)}`, b: `City:${random.pick(samples.cities)}`, c: `Practitioner:${random.pick(samples.practitioners).id}` }),
  },
  {
    name: 'thirty far paths (maxHops: 6)',
    query: `query FarPaths(${Array.from({ length: 30 }, (_, i) => `$f${i}: ID!, $t${i}: ID!`).join(', ')}) { ${aliases(30, (i) => `connectionPath(from: $f${i}, to: $t${i}, maxHops: 6) { length }`)} }`,
    draw: (random, samples) =>
      Object.fromEntries(
        Array.from({ length: 30 }, (_, i) => [
          [`f${i}`, `Practitioner:${random.pick(samples.practitioners).id}`],
          [`t${i}`, `Practitioner:${random.pick(samples.practitioners).id}`],
        ]).flat(),
      ),
  },
  {
    name: 'network analytics (brokers, communities)',
    query: `query Analytics { networkAnalytics { brokers(first: 100) { betweenness practitioner { id name } } communities(first: 100) { id size members(first: 100) { id } } } }`,
    draw: () => ({}),
  },
];

/** The editor's turn: a write (every cache of whole-graph answers is stale after it), then an expensive read. */
const EDITOR_TURNS = ['write', 'network analytics (brokers, communities)', 'write', 'cold figures (5 phase × region scopes)'] as const;
const WRITE: Abuse = {
  name: 'write (createTopic), by the editor',
  query: 'mutation Write($id: String!) { createTopic(input: { id: $id, name: "Abuse topic" }) { key } }',
  draw: (random) => ({ id: `abuse-${Math.floor(random.next() * 1e12)}` }),
};

const VICTIM_QUERY = 'query Node($id: ID!) { node(id: $id) { id ... on Practitioner { key name position } } }';

export interface AbuseReport {
  seconds: number;
  abusers: number;
  /** Per abusive request: answered, refused with 429, failed otherwise, and the answered ones' latency. */
  abuses: { name: string; cost: number; answered: number; limited: number; failed: number; errorCodes: string[]; latency: Latency | null }[];
  quiet: Latency;
  underAbuse: Latency & { max: number; count: number };
  /** The server's resident set, sampled every 250 ms during the abuse, and its peak over the whole run. */
  rss: { maxDuringAbuseBytes: number; peakBytes: number | null };
  targets: { target: string; value: string; met: boolean }[];
}

/** Resident set size of a process, from /proc. */
function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

async function post(pool: Pool, path: string, token: string, body: unknown): Promise<{ status: number; retryAfter: number; codes: string[]; ms: number }> {
  const started = performance.now();
  const response = await pool.request({ path, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  const reply = (await response.body.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.statusCode,
    retryAfter: Number(response.headers['retry-after'] ?? 0),
    codes: (reply.errors ?? []).map((e) => e.extensions?.code ?? 'UNKNOWN'),
    ms: performance.now() - started,
  };
}

/** Looks nodes up one at a time until `until`; every latency. */
async function lookups(url: URL, token: string, samples: Samples, until: number, random: Random): Promise<number[]> {
  const pool = new Pool(url.origin, { connections: 1, pipelining: 1 });
  const out: number[] = [];
  try {
    while (performance.now() < until) {
      const answer = await post(pool, url.pathname, token, { query: VICTIM_QUERY, variables: { id: `Practitioner:${random.pick(samples.practitioners).id}` } });
      if (answer.status !== 200 || answer.codes.length) throw new Error(`a lookup answered ${answer.status} ${answer.codes.join(', ')}`);
      out.push(answer.ms);
    }
  } finally {
    await pool.close();
  }
  return out;
}

export async function runAbuse(options: { url: string; pid: number; samples: Samples; seconds: number; peakRss: () => number | null }): Promise<AbuseReport> {
  const url = new URL(options.url);
  const schema = await buildApiSchema();
  const all = [...ABUSES, WRITE];
  const costs = all.map((abuse) => {
    const document = parse(abuse.query);
    const estimate = queryCost(schema, document, getOperationAST(document), abuse.draw(new Random(1), options.samples));
    if (!estimate.ok || estimate.cost > DEFAULT_LIMITS.cost) throw new Error(`${abuse.name}: not within the cost limit (${JSON.stringify(estimate)})`);
    return estimate.cost;
  });
  const token = (subject: string) => mintToken(ABUSE_SECRET, { role: 'VIEWER', subject, ttl: '1h' });
  const victim = await token('victim');

  process.stderr.write('abuse: the lookups alone, 15 s…\n');
  const quiet = await lookups(url, victim, options.samples, performance.now() + 15_000, new Random(3));

  process.stderr.write(`abuse: four abusers and the lookups, ${options.seconds} s…\n`);
  const until = performance.now() + options.seconds * 1000;
  const tally = all.map(() => ({ answered: 0, limited: 0, failed: 0, codes: new Set<string>(), ms: [] as number[] }));
  let maxRss = 0;
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, rssOf(options.pid))), 250);
  const editorTurns = EDITOR_TURNS.map((name) => (name === 'write' ? all.length - 1 : ABUSES.findIndex((a) => a.name === name)));
  const abuser = async (n: number, editor: boolean) => {
    const pool = new Pool(url.origin, { connections: 1, pipelining: 1 });
    const random = new Random(100 + n);
    const me = editor ? await mintToken(ABUSE_SECRET, { role: 'EDITOR', subject: `abuser-${n}`, ttl: '1h' }) : await token(`abuser-${n}`);
    try {
      for (let i = n; performance.now() < until; i++) {
        const k = editor ? editorTurns[i % editorTurns.length] : i % ABUSES.length;
        const answer = await post(pool, url.pathname, me, { query: all[k].query, variables: all[k].draw(random, options.samples) });
        if (answer.status === 429) {
          tally[k].limited++;
          await new Promise((resolve) => setTimeout(resolve, Math.max(1, answer.retryAfter) * 1000));
        } else if (answer.status === 200 && answer.codes.length === 0) {
          tally[k].answered++;
          tally[k].ms.push(answer.ms);
        } else {
          tally[k].failed++;
          for (const code of answer.codes) tally[k].codes.add(code);
        }
      }
    } finally {
      await pool.close();
    }
  };
  const [underAbuse] = await Promise.all([lookups(url, victim, options.samples, until, new Random(4)), abuser(0, false), abuser(1, false), abuser(2, false), abuser(3, true)]);
  clearInterval(sampler);

  const under = { ...latency(underAbuse, options.seconds), max: Math.round(Math.max(...underAbuse) * 100) / 100, count: underAbuse.length };
  return {
    seconds: options.seconds,
    abusers: 4,
    abuses: all.map((abuse, k) => ({
      name: abuse.name,
      cost: costs[k],
      answered: tally[k].answered,
      limited: tally[k].limited,
      failed: tally[k].failed,
      errorCodes: [...tally[k].codes],
      latency: tally[k].ms.length ? latency(tally[k].ms, options.seconds) : null,
    })),
    quiet: latency(quiet, 15),
    underAbuse: under,
    rss: { maxDuringAbuseBytes: maxRss, peakBytes: options.peakRss() },
    targets: [
      { target: 'lookup p99 under abuse ≤ 100 ms', value: `${under.p99} ms`, met: under.p99 <= 100 },
      { target: 'server RSS during abuse < 1.5 GB', value: `${Math.round(maxRss / 2 ** 20)} MiB`, met: maxRss < 1.5e9 },
    ],
  };
}

/** The abuse report as Markdown for bench/README.md. */
export function abuseMarkdown(report: AbuseReport): string {
  const mib = (bytes: number | null) => (bytes == null ? '—' : `${Math.round(bytes / 2 ** 20)} MiB`);
  const lines = [
    `Four abusers for ${report.seconds} s, each its own caller, honouring Retry-After (three readers, and an editor who writes before each expensive read); a fifth caller looks practitioners up one at a time.`,
    '',
    '| abusive request | estimated cost | answered | 429 | other errors | p50 / p99 ms |',
    '|---|---|---|---|---|---|',
    ...report.abuses.map(
      (a) =>
        `| ${a.name} | ${a.cost} | ${a.answered} | ${a.limited} | ${a.failed}${a.errorCodes.length ? ` (${a.errorCodes.join(', ')})` : ''} | ${a.latency ? `${a.latency.p50} / ${a.latency.p99}` : '—'} |`,
    ),
    '',
    '| lookup `node(id:)` | p50 | p95 | p99 | max | requests |',
    '|---|---|---|---|---|---|',
    `| quiet server | ${report.quiet.p50} | ${report.quiet.p95} | ${report.quiet.p99} | — | ${Math.round(report.quiet.rps * 15)} |`,
    `| under abuse | ${report.underAbuse.p50} | ${report.underAbuse.p95} | ${report.underAbuse.p99} | ${report.underAbuse.max} | ${report.underAbuse.count} |`,
    '',
    `Server RSS: at most ${mib(report.rss.maxDuringAbuseBytes)} during the abuse (sampled every 250 ms); peak over the whole run ${mib(report.rss.peakBytes)}.`,
    '',
    '| target | value | met |',
    '|---|---|---|',
    ...report.targets.map((t) => `| ${t.target} | ${t.value} | ${t.met ? 'yes' : 'no'} |`),
  ];
  return lines.join('\n');
}

