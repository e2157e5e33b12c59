import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT, type JWTPayload } from 'jose';

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

interface VerifiedEntry<C> {
  claims: C;
  expiresAt: number;
}

/**
 * One kind of JWT: its audience, its `typ` claim and how its claims map to the payload.
 * Kinds never accept each other's tokens (the audience and `typ` are both checked).
 */
export interface TokenKind<C> {
  audience: string;
  typ: string;
  /** `sub` and any further claims of the payload. */
  encode(claims: C): { subject: string; payload: Record<string, unknown> };
  /** The claims of a signature-checked payload, or why it is not one of ours (for the log only). */
  decode(payload: JWTPayload): C | { reason: string };
}

/**
 * Signs and verifies HS256 JWTs of one kind. Only HS256 with our key is ever accepted (no
 * `none`, no alg switching). A token whose signature was verified is remembered until it
 * expires, so the hot path skips the HMAC (measured in bench/auth.ts: the HMAC and key import
 * cost ~3x the rest of a request). Revocation is not affected: it is checked per request
 * against a cache of the subject's state.
 */
export class JwtSigner<C> {
  private readonly key: Promise<CryptoKey>;
  private readonly verified = new Map<string, VerifiedEntry<C>>();

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
    private readonly kind: TokenKind<C>,
  ) {
    this.key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  }

  async sign(claims: C, now = new Date()): Promise<SignedToken> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + this.ttlSeconds;
    const { subject, payload } = this.kind.encode(claims);
    const token = await new SignJWT({ typ: this.kind.typ, ...payload })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(ISSUER)
      .setAudience(this.kind.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setJti(randomUUID())
      .sign(await this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The claims of a token verified before that has not expired yet, without waiting; else undefined. */
  remembered(token: string): C | undefined {
    const remembered = this.verified.get(token);
    if (!remembered) return undefined;
    if (Date.now() < remembered.expiresAt) return remembered.claims;
    this.verified.delete(token);
    return undefined;
  }

  /** The claims of a valid token, or null with the reason (for the log only). */
  async verify(token: string): Promise<{ claims: C } | { reason: string }> {
    const remembered = this.remembered(token);
    if (remembered) return { claims: remembered };
    const result = await this.verifySignature(token);
    if ('claims' in result) {
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, result);
    }
    return 'claims' in result ? { claims: result.claims } : result;
  }

  private async verifySignature(token: string): Promise<VerifiedEntry<C> | { reason: string }> {
    try {
      const { payload } = await jwtVerify(token, await this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: this.kind.audience,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (payload.typ !== this.kind.typ) return { reason: `not an ${this.kind.typ} token` };
      const claims = this.kind.decode(payload);
      if (typeof claims === 'object' && claims !== null && 'reason' in claims) return claims;
      return { claims: claims as C, expiresAt: payload.exp! * 1000 };
    } catch (error) {
      return { reason: (error as { code?: string }).code ?? 'invalid token' };
    }
  }
}

/** A positive integer `sub`, or null. */
export function subjectId(payload: JWTPayload): number | null {
  const id = Number(payload.sub);
  return Number.isInteger(id) && id >= 1 ? id : null;
}

const ACCESS_TOKENS: TokenKind<AccessClaims> = {
  audience: AUDIENCE,
  typ: 'access',
  encode: (claims) => ({ subject: String(claims.clientId), payload: { tv: claims.tokenVersion, fam: claims.familyId } }),
  decode(payload) {
    const clientId = subjectId(payload);
    if (clientId === null) return { reason: 'not an access token' };
    if (typeof payload.tv !== 'number' || typeof payload.fam !== 'string') return { reason: 'missing claims' };
    return { clientId, tokenVersion: payload.tv, familyId: payload.fam };
  },
};

/** Client access tokens (api.md 2): `sub` client id, `tv` token version, `fam` token family. */
export class AccessTokenSigner extends JwtSigner<AccessClaims> {
  constructor(secret: string, ttlSeconds: number) {
    super(secret, ttlSeconds, ACCESS_TOKENS);
  }
}

/**
 * A key of its own for one purpose, derived from the signing secret: tokens of one purpose
 * fail the signature check of another, on top of the audience and `typ` checks.
 */
export function deriveSecret(secret: string, purpose: string): string {
  return createHmac('sha256', secret).update(`popup-reward-store/${purpose}`).digest('base64url');
}

/** Refresh tokens are opaque random strings; only their SHA-256 is stored. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
