import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'popup-reward-store';
const AUDIENCE = 'popup-reward-store/api';
const ALGORITHM = 'HS256';

export interface AccessClaims {
  clientId: number;
  tokenVersion: number;
  familyId: string;
}

export interface SignedToken {
  token: string;
  expiresAt: Date;
}

/** Signs and verifies access JWTs. Only HS256 with our key is ever accepted (no `none`, no alg switching). */
export class AccessTokenSigner {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(claims: AccessClaims, now = new Date()): Promise<SignedToken> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + this.ttlSeconds;
    const token = await new SignJWT({ typ: 'access', tv: claims.tokenVersion, fam: claims.familyId })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(String(claims.clientId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setJti(randomUUID())
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The claims of a valid access token, or null with the reason (for the log only). */
  async verify(token: string): Promise<{ claims: AccessClaims } | { reason: string }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const clientId = Number(payload.sub);
      if (payload.typ !== 'access' || !Number.isInteger(clientId) || clientId < 1) return { reason: 'not an access token' };
      if (typeof payload.tv !== 'number' || typeof payload.fam !== 'string') return { reason: 'missing claims' };
      return { claims: { clientId, tokenVersion: payload.tv, familyId: payload.fam } };
    } catch (error) {
      return { reason: (error as { code?: string }).code ?? 'invalid token' };
    }
  }
}

/** Refresh tokens are opaque random strings; only their SHA-256 is stored. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
