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
  /** Compute the network figures at start (STATS_WARM=on); off for benchmarks that time other work. */
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

export interface AuthConfig {
  /** Shared secret for HS256 tokens (AUTH_SECRET, at least 32 characters). */
  secret?: string;
  /** JWKS endpoint of a single-sign-on provider (AUTH_JWKS_URL), for RS256/ES256 tokens. */
  jwksUrl?: string;
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

function readAuth(env: Env): AuthConfig {
  const secret = env.AUTH_SECRET || undefined;
  if (secret !== undefined && secret.length < 32) {
    throw new ConfigError('AUTH_SECRET', 'must be at least 32 characters (an HS256 key of 256 bits); `openssl rand -hex 32` makes one');
  }
  const jwksUrl = env.AUTH_JWKS_URL || undefined;
  if (jwksUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(jwksUrl)) {
    throw new ConfigError('AUTH_JWKS_URL', `"${jwksUrl}" is not an http(s) URL`);
  }
  return { secret, jwksUrl };
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
  };
}
