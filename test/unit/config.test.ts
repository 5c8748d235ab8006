import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(loadConfig({}, '/srv/app')).toEqual({
      port: 4000,
      host: '0.0.0.0',
      dataDir: path.resolve('/srv/app', 'data/graph'),
      neo4j: undefined,
      seedDir: path.resolve('/srv/app', 'seeds/connective-cities'),
      logLevel: 'info',
      loaderBatching: true,
      statsWarm: true,
      auth: { secret: undefined, jwksUrl: undefined, issuer: undefined, audience: undefined, maxLifetimeSeconds: 86_400 },
      nodeEnv: 'development',
      limits: { depth: 12, cost: 50_000, aliases: 30, tokens: 3_000, directives: 20 },
      statementTimeoutMs: 10_000,
      introspection: true,
      trustedDocumentsOnly: false,
      embedOrigins: [],
      corsOrigins: [],
      admission: { callerInFlight: 50_000, totalInFlight: 200_000, perMinute: 2_000_000 },
      maxConcurrentScans: 1,
      sockets: { maxMessageBytes: 65_536, subscriptionsPerConnection: 20, subscriptionsTotal: 1_000 },
      trustProxy: false,
      minFreeDiskBytes: 64 * 1024 * 1024,
    });
  });

  it('reads the admission, scan, socket and disk limits; admission follows MAX_QUERY_COST unless set', () => {
    expect(loadConfig({ MAX_QUERY_COST: '1000' }).admission).toEqual({ callerInFlight: 1000, totalInFlight: 4000, perMinute: 40_000 });
    const config = loadConfig({
      MAX_CALLER_COST_IN_FLIGHT: '60000',
      MAX_COST_IN_FLIGHT: '300000',
      RATE_LIMIT_COST_PER_MINUTE: '900000',
      MAX_CONCURRENT_SCANS: '2',
      MAX_SOCKET_MESSAGE_BYTES: '4096',
      MAX_SUBSCRIPTIONS_PER_SOCKET: '5',
      MAX_SUBSCRIPTIONS: '50',
      TRUST_PROXY: 'loopback',
      MIN_FREE_DISK_MB: '0',
    });
    expect(config).toMatchObject({
      admission: { callerInFlight: 60_000, totalInFlight: 300_000, perMinute: 900_000 },
      maxConcurrentScans: 2,
      sockets: { maxMessageBytes: 4096, subscriptionsPerConnection: 5, subscriptionsTotal: 50 },
      trustProxy: 'loopback',
      minFreeDiskBytes: 0,
    });
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
  });

  it('reads the embed and CORS origins: a list, or * for any', () => {
    const config = loadConfig({ EMBED_ORIGINS: 'https://dash.example.org, http://localhost:8080/', CORS_ORIGINS: '*' });
    expect({ embed: config.embedOrigins, cors: config.corsOrigins }).toEqual({
      embed: ['https://dash.example.org', 'http://localhost:8080'],
      cors: '*',
    });
  });

  it('reads the query limits, the statement timeout, introspection and trusted documents', () => {
    const config = loadConfig({
      MAX_QUERY_DEPTH: '8',
      MAX_QUERY_COST: '900',
      MAX_ALIASES: '4',
      MAX_TOKENS: '500',
      MAX_DIRECTIVES: '3',
      STATEMENT_TIMEOUT_MS: '2500',
      INTROSPECTION: 'off',
      TRUSTED_DOCUMENTS_ONLY: 'true',
    });
    expect(config).toMatchObject({
      limits: { depth: 8, cost: 900, aliases: 4, tokens: 500, directives: 3 },
      statementTimeoutMs: 2500,
      introspection: false,
      trustedDocumentsOnly: true,
    });
  });

  it('reads the token settings', () => {
    const secret = 'x'.repeat(32);
    const sso = { AUTH_JWKS_URL: 'https://sso.example.org/.well-known/jwks.json', AUTH_ISSUER: 'https://sso.example.org/', AUTH_AUDIENCE: 'connective-graph' };
    expect(loadConfig({ AUTH_SECRET: secret, ...sso, AUTH_MAX_TOKEN_LIFETIME: '1h' }).auth).toEqual({
      secret,
      jwksUrl: 'https://sso.example.org/.well-known/jwks.json',
      issuer: 'https://sso.example.org/',
      audience: 'connective-graph',
      maxLifetimeSeconds: 3600,
    });
  });

  it('switches DataLoader batching off only when asked', () => {
    expect(loadConfig({ LOADER_BATCHING: 'off' }).loaderBatching).toBe(false);
    expect(loadConfig({ LOADER_BATCHING: 'on' }).loaderBatching).toBe(true);
    expect(loadConfig({ STATS_WARM: 'off' }).statsWarm).toBe(false);
  });

  it('keeps :memory: and resolves relative directories against the working directory', () => {
    expect(loadConfig({ DATA_DIR: ':memory:' }, '/x').dataDir).toBe(':memory:');
    expect(loadConfig({ DATA_DIR: 'var/g', SEED_DIR: '' }, '/x')).toMatchObject({ dataDir: '/x/var/g', seedDir: '' });
  });

  it('reads the Neo4j settings when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j://db.internal:7687', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'cities' });
    expect(config.neo4j).toEqual({ uri: 'neo4j://db.internal:7687', user: 'neo4j', password: 's3cret', database: 'cities' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOADER_BATCHING: 'maybe' }, 'LOADER_BATCHING'],
    [{ STATS_WARM: 'yes' }, 'STATS_WARM'],
    [{ MAX_QUERY_DEPTH: '0' }, 'MAX_QUERY_DEPTH'],
    [{ MAX_QUERY_COST: 'lots' }, 'MAX_QUERY_COST'],
    [{ STATEMENT_TIMEOUT_MS: '1.5' }, 'STATEMENT_TIMEOUT_MS'],
    [{ INTROSPECTION: 'no' }, 'INTROSPECTION'],
    [{ TRUSTED_DOCUMENTS_ONLY: 'yes' }, 'TRUSTED_DOCUMENTS_ONLY'],
    [{ EMBED_ORIGINS: 'dash.example.org' }, 'EMBED_ORIGINS'],
    [{ EMBED_ORIGINS: 'https://dash.example.org/page' }, 'EMBED_ORIGINS'],
    [{ CORS_ORIGINS: 'ftp://files.example.org' }, 'CORS_ORIGINS'],
    [{ AUTH_SECRET: 'too-short' }, 'AUTH_SECRET'],
    [{ AUTH_JWKS_URL: 'ftp://sso/jwks' }, 'AUTH_JWKS_URL'],
    [{ AUTH_JWKS_URL: 'https://sso/jwks', AUTH_AUDIENCE: 'cg' }, 'AUTH_ISSUER'],
    [{ AUTH_JWKS_URL: 'https://sso/jwks', AUTH_ISSUER: 'https://sso/' }, 'AUTH_AUDIENCE'],
    [{ AUTH_MAX_TOKEN_LIFETIME: 'forever' }, 'AUTH_MAX_TOKEN_LIFETIME'],
    [{ MAX_CALLER_COST_IN_FLIGHT: '10' }, 'MAX_CALLER_COST_IN_FLIGHT'],
    [{ RATE_LIMIT_COST_PER_MINUTE: '0' }, 'RATE_LIMIT_COST_PER_MINUTE'],
    [{ MAX_SOCKET_MESSAGE_BYTES: 'big' }, 'MAX_SOCKET_MESSAGE_BYTES'],
    [{ TRUST_PROXY: 'everyone!' }, 'TRUST_PROXY'],
    [{ MIN_FREE_DISK_MB: '-5' }, 'MIN_FREE_DISK_MB'],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, 'NEO4J_PASSWORD'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as Error).message.startsWith(`${variable}:`)).toBe(true);
    }
  });
});
