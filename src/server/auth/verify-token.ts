import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { ANONYMOUS, parseRole, type Viewer } from '../../domain';
import type { AuthConfig } from '../../config';
import { ApiError } from '../../api/errors';

/** Turns a request's Authorization header into its viewer; UNAUTHENTICATED for a bad token. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

function unauthenticated(message: string): ApiError {
  // Apollo answers errors thrown while building the context with extensions.http.status.
  return new ApiError('UNAUTHENTICATED', message, { http: { status: 401 } });
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired; ask for a new one';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token is not signed by this service or its provider';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm this service does not accept';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not valid`;
  return 'the token is malformed';
}

/**
 * Bearer tokens: HS256 with AUTH_SECRET, or RS256/ES256 with the keys at AUTH_JWKS_URL. The role
 * is the `role` claim (VIEWER when absent); the subject is `sub`. No header: an anonymous viewer.
 */
export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
  const secret = auth.secret ? new TextEncoder().encode(auth.secret) : undefined;
  const jwks: JWTVerifyGetKey | undefined = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    if (!secret && !jwks) {
      throw unauthenticated('This server accepts no tokens: it has neither AUTH_SECRET nor AUTH_JWKS_URL. Send no Authorization header to read anonymously.');
    }
    let payload;
    try {
      payload = secret
        ? (await jwtVerify(match[1], secret, { algorithms: ['HS256'] })).payload
        : (await jwtVerify(match[1], jwks!, { algorithms: ['RS256', 'ES256'] })).payload;
    } catch (error) {
      throw unauthenticated(`Invalid token: ${reasonOf(error)}.`);
    }
    const role = payload.role === undefined ? 'VIEWER' : parseRole(payload.role);
    if (!role) throw unauthenticated(`Invalid token: its role "${String(payload.role)}" is none of VIEWER, ANALYST, EDITOR, ADMIN.`);
    return { role, subject: typeof payload.sub === 'string' ? payload.sub : null };
  };
}
