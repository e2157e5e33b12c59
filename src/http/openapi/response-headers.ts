import { isChange } from '../request-context.ts';
import type { Header, Operation, Response } from './openapi-types.ts';

/** Every response header the API sends, once, as `components.headers`. */
export const HEADERS: Record<string, Header> = {
  'X-Request-Id': {
    description: 'The request id: the one the caller sent (1 … 128 visible ASCII characters), else a new UUID. Quote it to the operator.',
    schema: { type: 'string', maxLength: 128 },
  },
  'RateLimit-Limit': { description: 'Requests allowed in the current window of this rate-limit class', schema: { type: 'integer', minimum: 0 } },
  'RateLimit-Remaining': { description: 'Requests left in the current window', schema: { type: 'integer', minimum: 0 } },
  'RateLimit-Reset': { description: 'Seconds until the window resets', schema: { type: 'integer', minimum: 0 } },
  'Retry-After': {
    description: 'Seconds to wait before trying again: with every 429, and with a 503 when the database or Redis is unavailable',
    schema: { type: 'integer', minimum: 1 },
  },
  'X-Page': { description: 'The page answered (from 1)', schema: { type: 'integer', minimum: 1 } },
  'X-Per-Page': { description: 'The limit in force', schema: { type: 'integer', minimum: 1 } },
  'X-Total-Count': { description: 'Items matching the filters, all pages', schema: { type: 'integer', minimum: 0 } },
  'X-Total-Pages': { description: 'Pages of X-Per-Page items (0 when nothing matches)', schema: { type: 'integer', minimum: 0 } },
  'X-Page-Size': { description: 'Items in this page', schema: { type: 'integer', minimum: 0 } },
  'X-Has-More': { description: 'Whether a later page has items', schema: { type: 'string', enum: ['true', 'false'] } },
  'X-Next-Cursor': {
    description: 'The place of the last item of this answer (absent when it is empty): pass it as `after` to read on from there',
    schema: { type: 'string' },
  },
  'X-Total-Count-Capped': {
    description: 'true when the store stopped counting (a date window or what follows a cursor, past 10,000): X-Total-Count is then a lower bound',
    schema: { type: 'string', enum: ['true'] },
  },
  'Idempotent-Replayed': {
    description: 'true when this answer is the stored outcome of an earlier request with the same Idempotency-Key',
    schema: { type: 'string', enum: ['true'] },
  },
  'X-Content-Type-Options': {
    description: '`nosniff`: the answer is to be taken as its Content-Type says, never sniffed',
    schema: { type: 'string', enum: ['nosniff'] },
  },
  'Cache-Control': {
    description: 'How long the answer may be reused; `no-store` on every answer to a change (POST, PUT, PATCH, DELETE) and on answers with codes',
    schema: { type: 'string' },
  },
  ETag: { description: 'The version of the data: send it back in If-None-Match to get 304 when unchanged', schema: { type: 'string' } },
  'Set-Cookie': {
    description:
      'The session cookie — over HTTPS `__Host-prs_console=<token>; HttpOnly; SameSite=Strict; Path=/; Secure` (the console) or `__Host-prs_portal=<token>; …` (the client portal), over plain HTTP `prs_console=<token>; HttpOnly; SameSite=Strict; Path=/` or `prs_portal=<token>; HttpOnly; SameSite=Strict; Path=/portal` — at sign-in; emptied with `Max-Age=0` at sign-out',
    schema: { type: 'string' },
  },
};

const ref = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });
const PAGE_HEADERS = ['X-Page', 'X-Per-Page', 'X-Total-Count', 'X-Total-Pages', 'X-Page-Size', 'X-Has-More'] as const;
/** Operations that say how long an answer may be reused (no-store for prices and orders): on success, or on every answer. */
const CACHE_CONTROLLED: Record<string, 'success' | 'always'> = {
  'GET /api/v1/products': 'success',
  'GET /api/v1/products/{id}': 'success',
  'GET /api/v1/orders/{id}': 'always',
  'POST /api/v1/orders': 'always',
  'POST /api/v1/products/{id}/charges': 'success',
  'POST /api/v1/products/{id}/availability': 'success',
  'GET /api/v1/products/{id}/availability': 'success',
  // Answers with a CSRF token, a TOTP secret or recovery codes: no-store.
  'POST /admin/v1/auth/session': 'success',
  'GET /admin/v1/auth/session': 'success',
  'POST /admin/v1/auth/totp': 'success',
  'POST /admin/v1/auth/totp/confirm': 'success',
  'POST /portal/v1/session': 'success',
  'GET /portal/v1/session': 'success',
  'POST /portal/v1/invitations/accept': 'success',
  'POST /portal/v1/totp': 'success',
  'POST /portal/v1/totp/confirm': 'success',
  // Voucher codes.
  'POST /portal/v1/orders/{id}/reveal': 'success',
  // Prices: the portal's catalog reads, as the client API's.
  'GET /portal/v1/products': 'success',
  'GET /portal/v1/products/{id}': 'success',
};
/** Operations that take an Idempotency-Key and say when they replay. */
const IDEMPOTENT = new Set([
  'POST /api/v1/orders',
  'POST /portal/v1/orders',
  'POST /admin/v1/wallets/{id}/credit',
  'POST /admin/v1/wallets/{id}/debit',
]);
/**
 * The portal's guessable steps, limited per user by a count of attempts (`limitPer`,
 * portal-route-kit.ts): their 429 says Retry-After, and no answer carries RateLimit-*.
 */
const ATTEMPT_LIMITED = new Set([
  'POST /portal/v1/password',
  'POST /portal/v1/totp/confirm',
  'DELETE /portal/v1/totp',
  'POST /portal/v1/orders/{id}/reveal',
]);

/** Operations that set or clear a session cookie (the console's, the portal's) when they succeed. */
const SETS_COOKIE = new Set([
  'POST /admin/v1/auth/session',
  'DELETE /admin/v1/auth/session',
  'DELETE /admin/v1/auth/sessions/{id}',
  'POST /portal/v1/session',
  'POST /portal/v1/invitations/accept',
  'DELETE /portal/v1/session',
  'DELETE /portal/v1/sessions/{id}',
]);
const RATE_LIMIT_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'] as const;

/** The headers of one response of an operation, from what the operation is (paginated, rate limited, …). */
export function headersOf(method: string, path: string, operation: Operation, status: string): Response['headers'] {
  const names: (keyof typeof HEADERS)[] = ['X-Request-Id', 'X-Content-Type-Options'];
  const success = status.startsWith('2') || status === '304';
  const query = new Set((operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
  const upper = method.toUpperCase();
  const key = `${upper} ${path}`;
  if ('429' in operation.responses && !ATTEMPT_LIMITED.has(key)) names.push(...RATE_LIMIT_HEADERS);
  // GET /status answers its own 503 ("degraded"), which names no time to come back.
  if (status === '429' || (status === '503' && key !== 'GET /status')) names.push('Retry-After');
  if (success && (query.has('page') || query.has('after'))) names.push(...PAGE_HEADERS);
  if (success && query.has('after')) names.push('X-Next-Cursor');
  if (success && query.has('after') && query.has('page')) names.push('X-Total-Count-Capped');
  if (IDEMPOTENT.has(key)) names.push('Idempotent-Replayed');
  if (isChange(upper) || CACHE_CONTROLLED[key] === 'always' || (success && CACHE_CONTROLLED[key] === 'success')) names.push('Cache-Control');
  if (success && '304' in operation.responses) names.push('Cache-Control', 'ETag');
  if (success && SETS_COOKIE.has(key)) names.push('Set-Cookie');
  return Object.fromEntries([...new Set(names)].map((name) => [name, ref(name)]));
}
