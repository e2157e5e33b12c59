import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Opaque tokens of the store's cookie sessions and one-time links (the operator console, the
 * client portal, invitations, password resets): 256 random bits as base64url. The store keeps
 * only their SHA-256, so its database never holds one that works.
 */
export const OPAQUE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a token: its SHA-256, hex. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The CSRF token of a session: an HMAC of the session's token under `purpose`, so only the
 * cookie's holder can know it and every process computes it (nothing to store).
 */
export function csrfTokenOf(sessionToken: string, purpose: string): string {
  return createHmac('sha256', sessionToken).update(purpose).digest('base64url');
}

/** Whether `presented` (a header) is `expected`, compared in constant time. */
export function sameSecret(expected: string, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
