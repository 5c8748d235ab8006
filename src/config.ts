import path from 'node:path';

/**
 * Every environment variable the service reads, parsed and validated in one place. Nothing else
 * reads process.env: the rest of the code receives a Config.
 */

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface Config {
  port: number;
  host: string;
  /** Directory of the embedded store, or ":memory:". Ignored when neo4j is set. */
  dataDir: string;
  neo4j?: Neo4jConfig;
  /** Dataset imported on first start into an empty graph; empty string to start empty. */
  seedDir: string;
  logLevel: LogLevel;
  /** DataLoader batching of store reads; off only to measure what it saves (LOADER_BATCHING=off). */
  loaderBatching: boolean;
  /** How callers prove who they are; no secret and no JWKS URL: anonymous reads only. */
  auth: AuthConfig;
  /** Read the graph the network figures are kept from at start (STATS_WARM=on); off for benchmarks that time other work. */
  statsWarm: boolean;
  nodeEnv: 'development' | 'production' | 'test';
  /** What one operation may ask for; over a limit it is refused before it reaches the store. */
  limits: QueryLimits;
  /** How long one store statement may run (STATEMENT_TIMEOUT_MS) before the request answers TIMEOUT. */
  statementTimeoutMs: number;
  /** Whether the schema answers introspection (INTROSPECTION=off for production). */
  introspection: boolean;
  /** Only the operations registered in schema/trusted-documents.json run (TRUSTED_DOCUMENTS_ONLY=true). */
  trustedDocumentsOnly: boolean;
  /** Pages that may show the embeds in an <iframe> (EMBED_ORIGINS, comma-separated; `*` for any); the server's own origin always may. */
  embedOrigins: OriginList;
  /** Browser origins that may call /graphql directly (CORS_ORIGINS, comma-separated; `*` for any); none when empty. */
  corsOrigins: OriginList;
  /** How much estimated cost callers may have in flight and spend (see src/api/limits/admission.ts). */
  admission: AdmissionConfig;
  /** Whole-label statements (listings, figures) that may run at once (MAX_CONCURRENT_SCANS); the rest wait their turn, caller by caller. */
  maxConcurrentScans: number;
  /** The subscription socket's limits. */
  sockets: SocketLimits;
  /** Proxies in front of the service whose X-Forwarded-For is believed (TRUST_PROXY: a hop count, or loopback, or an address list); none when absent. */
  trustProxy: string | number | false;
  /** Free space the data directory's disk needs for the service to be ready (MIN_FREE_DISK_MB). */
  minFreeDiskBytes: number;
}

export interface AdmissionConfig {
  /** MAX_CALLER_COST_IN_FLIGHT: estimated cost one caller (token subject, else address) may have running at once. */
  callerInFlight: number;
  /** MAX_COST_IN_FLIGHT: estimated cost all callers together may have running at once. */
  totalInFlight: number;
  /** RATE_LIMIT_COST_PER_MINUTE: estimated cost one caller may spend per minute. */
  perMinute: number;
}

export interface SocketLimits {
  /** MAX_SOCKET_MESSAGE_BYTES: the largest WebSocket frame; a larger one closes the socket (1009) before it is read. */
  maxMessageBytes: number;
  /** MAX_SUBSCRIPTIONS_PER_SOCKET. */
  subscriptionsPerConnection: number;
  /** MAX_SUBSCRIPTIONS: subscriptions of all sockets together. */
  subscriptionsTotal: number;
}

/** A list of web origins (`https://host[:port]`), or every origin. */
export type OriginList = readonly string[] | '*';

export interface QueryLimits {
  /** Nesting of fields (MAX_QUERY_DEPTH). */
  depth: number;
  /** Estimated cost: 1 per field, a list field's selection times its `first` or `limit` (MAX_QUERY_COST). */
  cost: number;
  /** Aliases (MAX_ALIASES). */
  aliases: number;
  /** Lexical tokens of the document (MAX_TOKENS). */
  tokens: number;
  /** Directives (MAX_DIRECTIVES). */
  directives: number;
}

export const DEFAULT_LIMITS: QueryLimits = { depth: 12, cost: 50_000, aliases: 30, tokens: 3_000, directives: 20 };
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;
/**
 * In MAX_QUERY_COSTs: one most expensive operation per caller at a time (more wait their turn),
 * four in all, forty a minute per caller.
 */
export const ADMISSION_FACTORS = { callerInFlight: 1, totalInFlight: 4, perMinute: 40 } as const;
export const DEFAULT_ADMISSION: AdmissionConfig = {
  callerInFlight: ADMISSION_FACTORS.callerInFlight * DEFAULT_LIMITS.cost,
  totalInFlight: ADMISSION_FACTORS.totalInFlight * DEFAULT_LIMITS.cost,
  perMinute: ADMISSION_FACTORS.perMinute * DEFAULT_LIMITS.cost,
};
export const DEFAULT_MAX_CONCURRENT_SCANS = 1;
export const DEFAULT_SOCKET_LIMITS: SocketLimits = { maxMessageBytes: 64 * 1024, subscriptionsPerConnection: 20, subscriptionsTotal: 1_000 };
export const DEFAULT_MIN_FREE_DISK_MB = 64;
/** The longest a token may be valid (exp − iat) unless AUTH_MAX_TOKEN_LIFETIME says otherwise: 24 hours. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;

export interface AuthConfig {
  /** Shared secret for HS256 tokens (AUTH_SECRET, at least 32 characters). */
  secret?: string;
  /** JWKS endpoint of a single-sign-on provider (AUTH_JWKS_URL), for RS256/ES256 tokens. */
  jwksUrl?: string;
  /** The `iss` every token must carry (AUTH_ISSUER; required with AUTH_JWKS_URL). */
  issuer?: string;
  /** The `aud` every token must name (AUTH_AUDIENCE; required with AUTH_JWKS_URL). */
  audience?: string;
  /** The longest a token may be valid, exp − iat in seconds (AUTH_MAX_TOKEN_LIFETIME, e.g. 1h, 24h). */
  maxLifetimeSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function readPort(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw new ConfigError(name, `"${raw}" is not a port number (0–65535)`);
  }
  return port;
}

function readPositiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new ConfigError(name, `"${raw}" is not a whole number of at least 1`);
  return Number(raw);
}

function readChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `"${raw}" is not one of ${choices.join(', ')}`);
  }
  return raw as T;
}

function readNeo4j(env: Env): Neo4jConfig | undefined {
  const uri = env.NEO4J_URI;
  if (uri === undefined || uri === '') return undefined;
  if (!/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^/\s]+/.test(uri)) {
    throw new ConfigError('NEO4J_URI', `"${uri}" is not a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI`);
  }
  const password = env.NEO4J_PASSWORD;
  if (password === undefined || password === '') {
    throw new ConfigError('NEO4J_PASSWORD', 'is required when NEO4J_URI is set');
  }
  const database = env.NEO4J_DATABASE || undefined;
  return { uri, user: env.NEO4J_USER || 'neo4j', password, database };
}

/** A duration such as 30m, 1h, 7d, or plain seconds. */
export function parseDuration(raw: string): number | undefined {
  const match = /^(\d+)([smhd]?)$/.exec(raw);
  if (!match) return undefined;
  return Number(match[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
}

function readDuration(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const seconds = parseDuration(raw);
  if (!seconds) throw new ConfigError(name, `"${raw}" is not a duration such as 30m, 1h or 7d`);
  return seconds;
}

function readAuth(env: Env): AuthConfig {
  const secret = env.AUTH_SECRET || undefined;
  if (secret !== undefined && secret.length < 32) {
    throw new ConfigError('AUTH_SECRET', 'must be at least 32 characters (an HS256 key of 256 bits); `openssl rand -hex 32` makes one');
  }
  const jwksUrl = env.AUTH_JWKS_URL || undefined;
  if (jwksUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(jwksUrl)) {
    throw new ConfigError('AUTH_JWKS_URL', `"${jwksUrl}" is not an http(s) URL`);
  }
  const issuer = env.AUTH_ISSUER || undefined;
  const audience = env.AUTH_AUDIENCE || undefined;
  // Tokens from a single-sign-on provider must be the ones it issued for this service.
  if (jwksUrl && !issuer) throw new ConfigError('AUTH_ISSUER', 'is required with AUTH_JWKS_URL: the issuer (iss) of the tokens this service accepts');
  if (jwksUrl && !audience) throw new ConfigError('AUTH_AUDIENCE', 'is required with AUTH_JWKS_URL: the audience (aud) the provider puts in tokens for this service');
  return { secret, jwksUrl, issuer, audience, maxLifetimeSeconds: readDuration(env, 'AUTH_MAX_TOKEN_LIFETIME', DEFAULT_MAX_TOKEN_LIFETIME_SECONDS) };
}

function readTrustProxy(env: Env): string | number | false {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^[0-9A-Za-z.:/,\s]+$/.test(raw)) return raw;
  throw new ConfigError('TRUST_PROXY', `"${raw}" is not a hop count, "loopback" or a list of addresses`);
}

function readOrigins(env: Env, name: string): OriginList {
  const raw = (env[name] ?? '').trim();
  if (raw === '*') return '*';
  const origins = raw.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(name, `"${origin}" is not an origin such as https://dashboard.example.org (scheme, host and port only)`);
    }
  }
  return origins.map((o) => o.replace(/\/$/, ''));
}

/** Parses the environment; throws ConfigError naming the variable on the first bad value. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const dataDirRaw = env.DATA_DIR || './data/graph';
  const seedRaw = env.SEED_DIR ?? './seeds/connective-cities';
  return {
    port: readPort(env, 'PORT', 4000),
    host: env.HOST || '0.0.0.0',
    dataDir: dataDirRaw === ':memory:' ? ':memory:' : path.resolve(cwd, dataDirRaw),
    neo4j: readNeo4j(env),
    seedDir: seedRaw === '' ? '' : path.resolve(cwd, seedRaw),
    logLevel: readChoice(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    loaderBatching: readChoice(env, 'LOADER_BATCHING', ['on', 'off'] as const, 'on') === 'on',
    statsWarm: readChoice(env, 'STATS_WARM', ['on', 'off'] as const, 'on') === 'on',
    auth: readAuth(env),
    nodeEnv: readChoice(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development'),
    limits: {
      depth: readPositiveInt(env, 'MAX_QUERY_DEPTH', DEFAULT_LIMITS.depth),
      cost: readPositiveInt(env, 'MAX_QUERY_COST', DEFAULT_LIMITS.cost),
      aliases: readPositiveInt(env, 'MAX_ALIASES', DEFAULT_LIMITS.aliases),
      tokens: readPositiveInt(env, 'MAX_TOKENS', DEFAULT_LIMITS.tokens),
      directives: readPositiveInt(env, 'MAX_DIRECTIVES', DEFAULT_LIMITS.directives),
    },
    statementTimeoutMs: readPositiveInt(env, 'STATEMENT_TIMEOUT_MS', DEFAULT_STATEMENT_TIMEOUT_MS),
    introspection: readChoice(env, 'INTROSPECTION', ['on', 'off'] as const, 'on') === 'on',
    trustedDocumentsOnly: readChoice(env, 'TRUSTED_DOCUMENTS_ONLY', ['true', 'false'] as const, 'false') === 'true',
    embedOrigins: readOrigins(env, 'EMBED_ORIGINS'),
    corsOrigins: readOrigins(env, 'CORS_ORIGINS'),
    admission: readAdmission(env),
    maxConcurrentScans: readPositiveInt(env, 'MAX_CONCURRENT_SCANS', DEFAULT_MAX_CONCURRENT_SCANS),
    sockets: {
      maxMessageBytes: readPositiveInt(env, 'MAX_SOCKET_MESSAGE_BYTES', DEFAULT_SOCKET_LIMITS.maxMessageBytes),
      subscriptionsPerConnection: readPositiveInt(env, 'MAX_SUBSCRIPTIONS_PER_SOCKET', DEFAULT_SOCKET_LIMITS.subscriptionsPerConnection),
      subscriptionsTotal: readPositiveInt(env, 'MAX_SUBSCRIPTIONS', DEFAULT_SOCKET_LIMITS.subscriptionsTotal),
    },
    trustProxy: readTrustProxy(env),
    minFreeDiskBytes: readPositiveIntOrZero(env, 'MIN_FREE_DISK_MB', DEFAULT_MIN_FREE_DISK_MB) * 1024 * 1024,
  };
}

function readPositiveIntOrZero(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `"${raw}" is not a whole number`);
  return Number(raw);
}

/** The admission limits, each defaulting to a multiple of MAX_QUERY_COST; one most expensive operation must always fit. */
function readAdmission(env: Env): AdmissionConfig {
  const cost = readPositiveInt(env, 'MAX_QUERY_COST', DEFAULT_LIMITS.cost);
  const read = (name: string, fallback: number) => {
    const value = readPositiveInt(env, name, fallback);
    if (value < cost) throw new ConfigError(name, `${value} is below MAX_QUERY_COST (${cost}): the most expensive operation allowed could never run`);
    return value;
  };
  return {
    callerInFlight: read('MAX_CALLER_COST_IN_FLIGHT', ADMISSION_FACTORS.callerInFlight * cost),
    totalInFlight: read('MAX_COST_IN_FLIGHT', ADMISSION_FACTORS.totalInFlight * cost),
    perMinute: read('RATE_LIMIT_COST_PER_MINUTE', ADMISSION_FACTORS.perMinute * cost),
  };
}
