import type { Operation } from './openapi-types.ts';

/**
 * The error codes each operation can answer, by status: what every route of that status can
 * raise (shared/errors.ts, http/errors.ts) plus what a few operations add. docs/reference/errors.md
 * tells when each happens.
 */
const STATUS_NAMES: Record<string, { description: string; codes: string[] }> = {
  '400': { description: 'Bad request: nothing was changed', codes: ['BAD_REQUEST'] },
  '401': { description: 'Missing, invalid, expired or revoked credentials', codes: ['UNAUTHORIZED'] },
  '403': { description: "The caller's address is not in the client's IP allowlist", codes: ['FORBIDDEN'] },
  '404': { description: 'Not found (also for an id of another client)', codes: ['NOT_FOUND'] },
  '408': { description: 'The request was not received in time', codes: ['REQUEST_TIMEOUT'] },
  '409': { description: 'Conflict with the current state', codes: [] },
  '413': { description: 'The body is larger than the store accepts', codes: ['PAYLOAD_TOO_LARGE'] },
  '415': { description: 'The body is not application/json', codes: ['UNSUPPORTED_MEDIA_TYPE'] },
  '422': { description: 'The same key was used before with another request', codes: [] },
  '429': { description: 'Rate limit exceeded: retry after Retry-After seconds', codes: ['TOO_MANY_REQUESTS'] },
  '431': { description: 'Request headers are too large', codes: ['HEADERS_TOO_LARGE'] },
  '500': { description: 'An unexpected error; quote X-Request-Id to the operator', codes: ['INTERNAL_SERVER_ERROR'] },
  '503': { description: 'The store is shutting down or a dependency is unavailable', codes: ['SERVICE_UNAVAILABLE'] },
};

/** The methods whose bodies the store reads (Fastify parses none for GET and HEAD). */
export const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/** Codes an operation (by `METHOD path`) adds to its statuses. */
const OPERATION_CODES: Record<string, Record<string, string[]>> = {
  'POST /admin/v1/auth/login': { '401': ['TOTP_REQUIRED'] },
  'POST /admin/v1/auth/session': { '401': ['TOTP_REQUIRED'] },
  'POST /api/v1/orders': {
    '400': ['OUT_OF_STOCK', 'INSUFFICIENT_FUNDS'],
    '409': ['IDEMPOTENCY_IN_PROGRESS'],
    '422': ['IDEMPOTENCY_MISMATCH'],
  },
  'POST /admin/v1/orders/{id}/retry': { '400': ['OUT_OF_STOCK', 'INSUFFICIENT_FUNDS'], '409': ['ORDER_NOT_RETRYABLE'] },
  'POST /admin/v1/wallets/{id}/debit': { '400': ['INSUFFICIENT_FUNDS'] },
  // The bounds of one list request (docs/reference/pagination.md, "What a list costs").
  'GET /api/v1/orders': { '400': ['PAGE_TOO_DEEP', 'LIST_TOO_EXPENSIVE'] },
  'GET /api/v1/transactions': { '400': ['PAGE_TOO_DEEP', 'LIST_TOO_EXPENSIVE'] },
  'GET /admin/v1/orders': { '400': ['PAGE_TOO_DEEP', 'LIST_TOO_EXPENSIVE'] },
  'POST /admin/v1/clients/{id}/users': { '409': ['EMAIL_TAKEN'] },
  // The client portal (docs/portal.md).
  'POST /portal/v1/session': { '401': ['TOTP_REQUIRED'] },
  'POST /portal/v1/invitations/accept': { '400': ['INVALID_TOKEN'] },
  'POST /portal/v1/password-reset/confirm': { '400': ['INVALID_TOKEN'] },
  'POST /portal/v1/users': { '409': ['EMAIL_TAKEN'] },
  'PATCH /portal/v1/users/{id}': { '409': ['LAST_OWNER'] },
  'POST /portal/v1/orders/{id}/reveal': { '403': ['INVALID_PASSWORD'] },
  'POST /portal/v1/password': { '403': ['INVALID_PASSWORD'] },
  'GET /portal/v1/orders': { '400': ['PAGE_TOO_DEEP', 'LIST_TOO_EXPENSIVE'] },
  'GET /portal/v1/transactions': { '400': ['PAGE_TOO_DEEP', 'LIST_TOO_EXPENSIVE'] },
};

/** Client routes that need the client's `vouchers` feature (400 INVALID_FEATURE without it). */
const VOUCHER_FEATURE_PATH = /^\/api\/v1\/(products|orders|categories|subcategories)(\/|$)/;

/**
 * An admin change opened with the console's session cookie answers 403 CSRF_FAILED without the
 * session's X-CSRF-Token (the admin routes have no other 403).
 */
const CONSOLE_CSRF = { description: 'A change sent with the console session cookie but without its X-CSRF-Token', codes: ['CSRF_FAILED'] };
/** A signed-in portal route: a change without the session's X-CSRF-Token, or a role without the route's permission. */
const PORTAL_FORBIDDEN = {
  description: "A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md)",
  codes: ['CSRF_FAILED', 'PERMISSION_DENIED'],
};
const isAdmin = (path: string) => path.startsWith('/admin/');
const isPortal = (path: string) => path.startsWith('/portal/');

/** The 403 of an area whose 403 is not the client API's (the IP allowlist). */
function forbiddenOf(path: string): { description: string; codes: string[] } | undefined {
  return isAdmin(path) ? CONSOLE_CSRF : isPortal(path) ? PORTAL_FORBIDDEN : undefined;
}

export function statusDescription(status: string, path: string): string {
  if (status === '403') return (forbiddenOf(path) ?? STATUS_NAMES['403']!).description;
  return STATUS_NAMES[status]?.description ?? 'Error';
}

/** The codes `METHOD path` can answer with `status`, sorted. */
export function errorCodesOf(method: string, path: string, operation: Operation, status: string): string[] {
  const codes = new Set((status === '403' ? forbiddenOf(path)?.codes : undefined) ?? STATUS_NAMES[status]?.codes ?? []);
  if (status === '400') {
    // A change's body is parsed whatever the route takes (SYNTAX_ERROR), and validated where it takes
    // one (VALIDATION_FAILURE); queries and paths answer BAD_REQUEST.
    if (BODY_METHODS.has(method)) codes.add('SYNTAX_ERROR');
    if (operation.requestBody) codes.add('VALIDATION_FAILURE');
    if (VOUCHER_FEATURE_PATH.test(path)) codes.add('INVALID_FEATURE');
  }
  for (const code of OPERATION_CODES[`${method.toUpperCase()} ${path}`]?.[status] ?? []) codes.add(code);
  return [...codes].sort();
}
