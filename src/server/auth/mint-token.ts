import { SignJWT } from 'jose';
import type { Role } from '../../domain';

export interface TokenRequest {
  role: Role;
  subject: string;
  /** Lifetime as jose reads it: "30m", "1h", "7d". */
  ttl: string;
  /** The issuer and audience the server checks (AUTH_ISSUER, AUTH_AUDIENCE), when it does. */
  issuer?: string;
  audience?: string;
}

/** An HS256 token for development and tests, signed with AUTH_SECRET. */
export function mintToken(secret: string, request: TokenRequest): Promise<string> {
  let token = new SignJWT({ role: request.role }).setProtectedHeader({ alg: 'HS256' }).setSubject(request.subject).setIssuedAt().setExpirationTime(request.ttl);
  if (request.issuer) token = token.setIssuer(request.issuer);
  if (request.audience) token = token.setAudience(request.audience);
  return token.sign(new TextEncoder().encode(secret));
}
