import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The value of one cookie of the request (`Cookie: a=1; prs_console=…`), or null. Values are
 * taken as sent (no decoding): the store's own cookies are URL-safe text.
 */
export function cookieOf(request: FastifyRequest, name: string): string | null {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return null;
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=');
    if (equals !== -1 && pair.slice(0, equals).trim() === name) return pair.slice(equals + 1).trim();
  }
  return null;
}

/** Methods that change nothing: a request of any other method made with a session cookie needs the session's X-CSRF-Token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function needsCsrfToken(method: string): boolean {
  return !SAFE_METHODS.has(method);
}

interface CookieOptions {
  /** Sent only over HTTPS: set when the request came over HTTPS (`request.protocol`, which honours TRUST_PROXY). */
  secure: boolean;
  /** 0 deletes the cookie; absent, it lasts until the browser closes. */
  maxAgeSeconds?: number;
  /** Where the browser sends it back; default `/`. */
  path?: string;
}

/** A `Set-Cookie` value that scripts cannot read and other sites never send: HttpOnly, SameSite=Strict, Path=/ (or `path`). */
function strictCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${value}`, 'HttpOnly', 'SameSite=Strict', `Path=${options.path ?? '/'}`];
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/**
 * A session cookie's name for the request. Over HTTPS (`request.protocol`, which honours
 * TRUST_PROXY) it is `__Host-<name>`: a browser keeps a cookie of that prefix only when it is
 * Secure, has Path=/ and no Domain, so a page of a sibling subdomain can neither plant one (a
 * session fixed in advance) nor shadow the store's. Over plain HTTP (a store on a laptop or a
 * private network) no prefix is possible and the name is as it is.
 */
export function sessionCookieName(request: FastifyRequest, name: string): string {
  return request.protocol === 'https' ? `__Host-${name}` : name;
}

/** The request's session cookie `name` under its name for the request's protocol (sessionCookieName), or null. */
export function sessionCookieOf(request: FastifyRequest, name: string): string | null {
  return cookieOf(request, sessionCookieName(request, name));
}

/**
 * Sets (or, with null, clears) the session cookie `name`: strict, Secure with the `__Host-` prefix
 * and Path=/ over HTTPS; over plain HTTP the plain name with `path` (default `/`).
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, name: string, token: string | null, path = '/'): void {
  const secure = request.protocol === 'https';
  const options = { secure, path: secure ? '/' : path, ...(token === null ? { maxAgeSeconds: 0 } : {}) };
  reply.header('set-cookie', strictCookie(sessionCookieName(request, name), token ?? '', options));
}
