import { SignJWT } from 'jose';
import type { Role } from '../../domain';

export interface TokenRequest {
  role: Role;
  subject: string;
  /** Lifetime as jose reads it: "30m", "1h", "7d". */
  ttl: string;
}

/** An HS256 token for development and tests, signed with AUTH_SECRET. */
export function mintToken(secret: string, request: TokenRequest): Promise<string> {
  return new SignJWT({ role: request.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(request.subject)
    .setIssuedAt()
    .setExpirationTime(request.ttl)
    .sign(new TextEncoder().encode(secret));
}
