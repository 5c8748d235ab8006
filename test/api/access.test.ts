import http from 'node:http';
import pino from 'pino';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { ROLES, type Role } from '../../src/domain';
import { prepareGraph } from '../../src/server/bootstrap';
import { startServer, type RunningServer } from '../../src/server/app';
import { mintToken } from '../../src/server/auth/mint-token';
import type { GraphStore } from '../../src/graph/store';
import { memoryStore } from '../helpers/graph';
import { runCli } from '../helpers/cli';
import { seedOracle } from '../helpers/seed-oracle';
import { SEED_DIR } from '../helpers/tmp';

/** Who may read what: tokens, roles and the personal data of practitioners, over HTTP. */
const SECRET = 'test-secret-of-at-least-thirty-two-characters';
const seed = seedOracle(SEED_DIR);
const withContact = seed.ids('Practitioner').find((id) => seed.nodes.get('Practitioner')!.get(id)!.email)!;
const CONTACT_QUERY = `query($id: ID!) { practitioner(id: $id) { key name email phone city { key } } }`;

async function post(url: string, body: unknown, token?: string, authorization = token && `Bearer ${token}`) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('access over HTTP', () => {
  let store: GraphStore;
  let secured: RunningServer;
  let open: RunningServer;
  beforeAll(async () => {
    store = await memoryStore();
    await prepareGraph(store, { seedDir: SEED_DIR });
    const base = { port: 0, host: '127.0.0.1', nodeEnv: 'production', loaderBatching: true } as const;
    secured = await startServer({ ...base, auth: { secret: SECRET } }, store);
    open = await startServer(base, store);
  });
  afterAll(async () => {
    await secured.close();
    await open.close();
    await store.close();
  });

  const expected = () => {
    const p = seed.nodes.get('Practitioner')!.get(withContact)!;
    return { key: withContact, name: p.name, email: p.email, phone: p.phone ?? null, city: { key: seed.out('BASED_IN', withContact)[0] } };
  };

  it.each(ROLES.map((r) => [r]))('contact fields for %s', async (role: Role) => {
    const token = await mintToken(SECRET, { role, subject: 'tester', ttl: '5m' });
    const { status, body } = await post(secured.url, { query: CONTACT_QUERY, variables: { id: withContact } }, token);
    expect(status).toBe(200);
    if (role === 'VIEWER') {
      // Nulls with one FORBIDDEN error per field; the rest of the answer stays intact.
      expect(body.data.practitioner).toEqual({ ...expected(), email: null, phone: null });
      expect(body.errors.map((e: { path: string[]; extensions: { code: string } }) => [e.path.join('.'), e.extensions.code]).sort()).toEqual([
        ['practitioner.email', 'FORBIDDEN'],
        ['practitioner.phone', 'FORBIDDEN'],
      ]);
      expect(body.errors[0].message).toBe('Contact details are personal data: they need the ANALYST role or above; you are VIEWER.');
    } else {
      expect(body).toEqual({ data: { practitioner: expected() }, extensions: expect.any(Object) });
    }
  });

  it('reads anonymously without a token, contact fields left out', async () => {
    for (const server of [secured, open]) {
      const { status, body } = await post(server.url, { query: CONTACT_QUERY, variables: { id: withContact } });
      expect(status).toBe(200);
      expect(body.data.practitioner).toEqual({ ...expected(), email: null, phone: null });
      expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    }
  });

  it('refuses expired, forged, malformed and role-less tokens as UNAUTHENTICATED, 401', async () => {
    const key = new TextEncoder().encode(SECRET);
    const expired = await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key);
    const forged = await mintToken('another-secret-of-at-least-thirty-two-chars', { role: 'ADMIN', subject: 'mallory', ttl: '5m' });
    const badRole = await new SignJWT({ role: 'GOD' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(key);
    const cases: [string, RegExp][] = [
      [`Bearer ${expired}`, /the token has expired/],
      [`Bearer ${forged}`, /not signed by this service/],
      ['Bearer not.a.token', /malformed/],
      ['Basic dXNlcjpwYXNz', /must be "Bearer <token>"/],
      [`Bearer ${badRole}`, /role "GOD" is none of VIEWER, ANALYST, EDITOR, ADMIN/],
    ];
    for (const [authorization, message] of cases) {
      const { status, body } = await post(secured.url, { query: '{ graphStats { nodes { label } } }' }, undefined, authorization);
      expect({ authorization: authorization.slice(0, 12), status }).toEqual({ authorization: authorization.slice(0, 12), status: 401 });
      expect(body.errors).toEqual([{ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } }]);
    }
  });

  it('refuses any token when the server has no AUTH_SECRET, naming it', async () => {
    const token = await mintToken(SECRET, { role: 'ADMIN', subject: 'x', ttl: '5m' });
    const { status, body } = await post(open.url, { query: '{ graphStats { nodes { label } } }' }, token);
    expect(status).toBe(401);
    expect(body.errors[0]).toMatchObject({ message: expect.stringContaining('AUTH_SECRET'), extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('accepts tokens of a single-sign-on provider through its JWKS URL: its issuer, this audience, a bounded lifetime', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const provider = http.createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(provider.address() as { port: number }).port}/jwks.json`;
    const auth = { jwksUrl, issuer: 'https://sso.example.org/', audience: 'connective-graph', maxLifetimeSeconds: 3600 };
    const sso = await startServer({ port: 0, host: '127.0.0.1', nodeEnv: 'production', loaderBatching: true, auth }, store);
    interface Claims {
      role?: string;
      aud?: string;
      iss?: string;
      kid?: string;
      ttl?: string | null;
    }
    const sign = (key: Parameters<SignJWT['sign']>[0], claims: Claims = {}) => {
      let jwt = new SignJWT({ role: claims.role ?? 'analyst' })
        .setProtectedHeader({ alg: 'RS256', kid: claims.kid ?? 'k1' })
        .setSubject('sso-user')
        .setIssuedAt()
        .setIssuer(claims.iss ?? auth.issuer)
        .setAudience(claims.aud ?? auth.audience);
      if (claims.ttl !== null) jwt = jwt.setExpirationTime(claims.ttl ?? '5m');
      return jwt.sign(key);
    };
    const ask = async (token: string) => post(sso.url, { query: CONTACT_QUERY, variables: { id: withContact } }, token);
    const refusal = async (token: string) => {
      const { status, body } = await ask(token);
      expect({ status, code: body.errors[0].extensions.code, data: body.data }).toEqual({ status: 401, code: 'UNAUTHENTICATED', data: undefined });
      return body.errors[0].message as string;
    };
    try {
      expect((await ask(await sign(privateKey))).body).toEqual({ data: { practitioner: expected() }, extensions: expect.any(Object) });
      const stranger = (await generateKeyPair('RS256')).privateKey;
      expect(await refusal(await sign(stranger, { role: 'admin' }))).toBe('Invalid token: the token is not signed by this service or its provider.');
      // The same provider, a token it issued for another application: refused, however high its role.
      expect(await refusal(await sign(privateKey, { aud: 'payroll-app', role: 'ADMIN' }))).toBe("Invalid token: the token's aud claim is not valid for this service.");
      expect(await refusal(await sign(privateKey, { iss: 'https://other-sso.example.org/' }))).toBe("Invalid token: the token's iss claim is not valid for this service.");
      expect(await refusal(await sign(privateKey, { ttl: null }))).toBe('Invalid token: the token has no exp claim.');
      expect(await refusal(await sign(privateKey, { ttl: '30d' }))).toBe(
        'Invalid token: it is valid for longer than 3600 s, the most this service accepts (AUTH_MAX_TOKEN_LIFETIME).',
      );
      expect(await refusal(await sign(privateKey, { kid: 'rotated-away' }))).toBe("Invalid token: no key of the identity provider matches the token's key id (kid).");
      await expect(startServer({ port: 0, host: '127.0.0.1', nodeEnv: 'production', loaderBatching: true, auth: { jwksUrl } }, store)).rejects.toThrow('AUTH_ISSUER and AUTH_AUDIENCE');
    } finally {
      await sso.close();
      provider.close();
    }
  });

  it('matches roles exactly, in ASCII case only: "admın" (dotless ı) is no role', async () => {
    for (const role of ['admın', 'ADMİN', 'ſtranger', 'editor ']) {
      const token = await new SignJWT({ role })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('mallory')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(SECRET));
      const { status, body } = await post(secured.url, { query: '{ auditLog { id } }' }, token);
      expect({ role, status, code: body.errors[0].extensions.code }).toEqual({ role, status: 401, code: 'UNAUTHENTICATED' });
    }
    const lower = await mintToken(SECRET, { role: 'admin' as Role, subject: 'ada', ttl: '5m' });
    expect((await post(secured.url, { query: '{ auditLog { id } }' }, lower)).body.errors).toBeUndefined();
  });

  it('refuses a token that never expires, and one valid for longer than AUTH_MAX_TOKEN_LIFETIME, with HS256 too', async () => {
    const key = new TextEncoder().encode(SECRET);
    const forever = await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('eve').setIssuedAt().sign(key);
    const decade = await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('eve').setIssuedAt().setExpirationTime('3650d').sign(key);
    expect((await post(secured.url, { query: '{ auditLog { id } }' }, forever)).body.errors[0].message).toBe('Invalid token: the token has no exp claim.');
    expect((await post(secured.url, { query: '{ auditLog { id } }' }, decade)).body.errors[0].message).toBe(
      'Invalid token: it is valid for longer than 86400 s, the most this service accepts (AUTH_MAX_TOKEN_LIFETIME).',
    );
  });

  it('npm run token mints a token the server accepts, printed as the last line', async () => {
    const minted = await runCli('server/cli/token', ['--role', 'analyst', '--sub', 'alice', '--ttl', '1h'], { AUTH_SECRET: SECRET });
    expect(minted.code).toBe(0);
    const token = minted.stdout.trim().split('\n').at(-1)!;
    const { body } = await post(secured.url, { query: CONTACT_QUERY, variables: { id: withContact } }, token);
    expect(body.data.practitioner.email).toBe(expected().email);
    const noSecret = await runCli('server/cli/token', ['--role', 'editor', '--sub', 'bob'], { AUTH_SECRET: '' });
    expect(noSecret).toMatchObject({ code: 1, stderr: expect.stringContaining('AUTH_SECRET') });
    const badRole = await runCli('server/cli/token', ['--role', 'boss', '--sub', 'bob'], { AUTH_SECRET: SECRET });
    expect(badRole).toMatchObject({ code: 2, stderr: expect.stringContaining('--role must be one of viewer, analyst, editor, admin') });
    const tooLong = await runCli('server/cli/token', ['--role', 'editor', '--sub', 'bob', '--ttl', '2d'], { AUTH_SECRET: SECRET });
    expect(tooLong).toMatchObject({ code: 2, stderr: expect.stringContaining('--ttl 2d is longer than the server accepts (AUTH_MAX_TOKEN_LIFETIME, 86400 s)') });
  });
});

describe('personal data and the logs', () => {
  it('never writes contact data to the log, whatever the requests do with it', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
    const store = await memoryStore();
    await prepareGraph(store, { seedDir: SEED_DIR }, logger);
    const server = await startServer({ port: 0, host: '127.0.0.1', nodeEnv: 'production', loaderBatching: true, auth: { secret: SECRET } }, store, logger);
    try {
      const [admin, analyst] = await Promise.all([
        mintToken(SECRET, { role: 'ADMIN', subject: 'admin-a', ttl: '5m' }),
        mintToken(SECRET, { role: 'ANALYST', subject: 'analyst-a', ttl: '5m' }),
      ]);
      const email = 'private.person@example.org';
      const phone = '+49 228 4460 0000';
      const input = { id: 'private-01', name: 'Private Person', email, phone };
      const requests: [string, Record<string, unknown>, string | undefined][] = [
        ['mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id email phone } }', { input }, admin],
        ['mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }', { input }, admin], // duplicate id: CONFLICT
        ['mutation($p: PractitionerPatch!) { updatePractitioner(id: "private-01", version: 1, patch: $p) { email } }', { p: { email: `new.${email}` } }, admin],
        ['mutation($p: PractitionerPatch!) { updatePractitioner(id: "private-01", version: 1, patch: $p) { email } }', { p: { phone } }, admin], // stale version
        ['mutation($n: [NodeRecordInput!]) { importRecords(nodes: $n) { nodesCreated } }', { n: [{ kind: 'PRACTITIONER', properties: { ...input, id: 'private-02', email: `bad ${email}` } }] }, admin],
        ['{ practitioner(id: "private-01") { email phone } }', {}, analyst],
        ['{ practitioner(id: "private-01") { email phone } }', {}, undefined],
        ['mutation { deletePractitioner(id: "private-01", version: 2) { id } }', {}, admin],
        ['{ auditLog { snapshot } }', {}, admin],
      ];
      for (const [query, variables, token] of requests) await post(server.url, { query, variables }, token);
      const log = lines.join('\n');
      expect(log.length).toBeGreaterThan(0);
      // Numbers pino writes itself (times, durations) may hold any four digits by chance.
      const written = log.replace(/"(time|durationMs)":[\d.]+/g, '');
      for (const secret of [email, phone, 'private.person', '4460']) expect(written).not.toContain(secret);
    } finally {
      await server.close();
      await store.close();
    }
  });
});
