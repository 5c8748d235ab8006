import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ANONYMOUS, parseRole, ROLES, type Viewer } from '../../domain';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, type AuthConfig } from '../../config';
import { ApiError } from '../../api/errors';

/** Turns a request's Authorization header into its viewer; UNAUTHENTICATED for a bad token. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

function unauthenticated(message: string): ApiError {
  // Apollo answers errors thrown while building the context with extensions.http.status.
  return new ApiError('UNAUTHENTICATED', message, { http: { status: 401 } });
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired; ask for a new one';
  if (error instanceof errors.JWKSNoMatchingKey) return "no key of the identity provider matches the token's key id (kid)";
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token is not signed by this service or its provider';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm this service does not accept';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return error.reason === 'missing' ? `the token has no ${error.claim} claim` : `the token's ${error.claim} claim is not valid for this service`;
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return "the identity provider's keys could not be fetched";
  return 'the token is malformed';
}

/** A problem with the token's lifetime: every token must expire, and within the allowed lifetime. */
function lifetimeProblem(payload: JWTPayload, maxSeconds: number): string | undefined {
  const issued = typeof payload.iat === 'number' ? payload.iat : Math.floor(Date.now() / 1000);
  if (typeof payload.exp === 'number' && payload.exp - issued > maxSeconds) {
    return `it is valid for longer than ${maxSeconds} s, the most this service accepts (AUTH_MAX_TOKEN_LIFETIME)`;
  }
  return undefined;
}

/**
 * Bearer tokens: HS256 with AUTH_SECRET, or RS256/ES256 with the keys at AUTH_JWKS_URL. Every
 * token must carry `exp`, valid for at most AUTH_MAX_TOKEN_LIFETIME, and the configured issuer
 * and audience (required with a JWKS: a provider signs tokens for many applications). The role
 * is the `role` claim (VIEWER when absent); the subject is `sub`. No header: an anonymous viewer.
 */
export function createTokenVerifier(auth: Partial<AuthConfig>): TokenVerifier {
  // A provider signs tokens for many applications: without both checks any of them would do.
  if (auth.jwksUrl && (!auth.issuer || !auth.audience)) throw new Error('tokens from AUTH_JWKS_URL need AUTH_ISSUER and AUTH_AUDIENCE to be checked');
  const secret = auth.secret ? new TextEncoder().encode(auth.secret) : undefined;
  const jwks: JWTVerifyGetKey | undefined = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
  const maxSeconds = auth.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const options = {
    algorithms: secret ? ['HS256'] : ['RS256', 'ES256'],
    requiredClaims: ['exp'],
    ...(auth.issuer ? { issuer: auth.issuer } : {}),
    ...(auth.audience ? { audience: auth.audience } : {}),
  };
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    if (!secret && !jwks) {
      throw unauthenticated('This server accepts no tokens: it has neither AUTH_SECRET nor AUTH_JWKS_URL. Send no Authorization header to read anonymously.');
    }
    let payload: JWTPayload;
    try {
      payload = secret ? (await jwtVerify(match[1], secret, options)).payload : (await jwtVerify(match[1], jwks!, options)).payload;
    } catch (error) {
      throw unauthenticated(`Invalid token: ${reasonOf(error)}.`);
    }
    const tooLong = lifetimeProblem(payload, maxSeconds);
    if (tooLong) throw unauthenticated(`Invalid token: ${tooLong}.`);
    const role = payload.role === undefined ? 'VIEWER' : parseRole(payload.role);
    if (!role) throw unauthenticated(`Invalid token: its role "${String(payload.role)}" is none of ${ROLES.join(', ')}.`);
    return { role, subject: typeof payload.sub === 'string' ? payload.sub : null };
  };
}
