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

/** Verified tokens remembered (bounded); most requests present a token seen before. */
const VERIFIED_CACHE_SIZE = 10_000;

interface VerifiedEntry {
  claims: AccessClaims;
  expiresAt: number;
}

/**
 * Signs and verifies access JWTs. Only HS256 with our key is ever accepted (no `none`, no alg
 * switching). A token whose signature was verified is remembered until it expires, so the hot
 * path skips the HMAC (measured in bench/auth.ts: the HMAC and key import cost ~3x the rest of
 * a request). Revocation is not affected: it is checked per request against the client cache.
 */
export class AccessTokenSigner {
  private readonly key: Promise<CryptoKey>;
  private readonly verified = new Map<string, VerifiedEntry>();

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
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
      .sign(await this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The claims of a valid access token, or null with the reason (for the log only). */
  async verify(token: string): Promise<{ claims: AccessClaims } | { reason: string }> {
    const remembered = this.verified.get(token);
    if (remembered) {
      if (Date.now() < remembered.expiresAt) return { claims: remembered.claims };
      this.verified.delete(token);
    }
    const result = await this.verifySignature(token);
    if ('claims' in result) {
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, result);
    }
    return 'claims' in result ? { claims: result.claims } : result;
  }

  private async verifySignature(token: string): Promise<VerifiedEntry | { reason: string }> {
    try {
      const { payload } = await jwtVerify(token, await this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const clientId = Number(payload.sub);
      if (payload.typ !== 'access' || !Number.isInteger(clientId) || clientId < 1) return { reason: 'not an access token' };
      if (typeof payload.tv !== 'number' || typeof payload.fam !== 'string') return { reason: 'missing claims' };
      return { claims: { clientId, tokenVersion: payload.tv, familyId: payload.fam }, expiresAt: payload.exp! * 1000 };
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
