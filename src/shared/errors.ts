export interface ErrorDetail {
  field: string;
  message: string;
}

/**
 * What went wrong, in the domain's words. The HTTP layer maps each kind to a status and an error
 * name once (`src/http/errors.ts`); services and data access never name a status.
 */
export type ErrorKind =
  | 'syntax'
  | 'validation'
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'mismatch'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

/** An error the caller can act on: its kind, a stable code and a message safe to show. */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    /** For `rate_limited` and `unavailable`: when the caller may try again (Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const errors = {
  syntax: () => new DomainError('syntax', 'SYNTAX_ERROR', 'Invalid request body'),
  validation: (message: string, details?: ErrorDetail[]) => new DomainError('validation', 'VALIDATION_FAILURE', message, details),
  badRequest: (message: string, code = 'BAD_REQUEST') => new DomainError('bad_request', code, message),
  invalidFeature: () => new DomainError('bad_request', 'INVALID_FEATURE', 'The requested feature is not enabled for this client'),
  unauthorized: (message = 'Authentication required') => new DomainError('unauthorized', 'UNAUTHORIZED', message),
  forbidden: (message = 'IP address not authorized', code = 'FORBIDDEN') => new DomainError('forbidden', code, message),
  /** An operator with TOTP signed in with the right password but no one-time code. */
  totpRequired: () => new DomainError('unauthorized', 'TOTP_REQUIRED', 'A one-time code is required'),
  /** A change made with a console session cookie but without its X-CSRF-Token. */
  csrfFailed: () => new DomainError('forbidden', 'CSRF_FAILED', 'Missing or invalid CSRF token'),
  notFound: (message: string) => new DomainError('not_found', 'NOT_FOUND', message),
  conflict: (code: string, message: string) => new DomainError('conflict', code, message),
  /** The same key or name was used before for something else (e.g. an Idempotency-Key with another body). */
  mismatch: (code: string, message: string) => new DomainError('mismatch', code, message),
  tooManyRequests: (retryAfterSeconds: number) =>
    new DomainError(
      'rate_limited',
      'TOO_MANY_REQUESTS',
      `Rate limit exceeded. Retry after ${retryAfterSeconds} seconds.`,
      undefined,
      retryAfterSeconds,
    ),
  internal: (message = 'An unexpected error occurred') => new DomainError('internal', 'INTERNAL_SERVER_ERROR', message),
  unavailable: (message = 'Service unavailable', retryAfterSeconds?: number) =>
    new DomainError('unavailable', 'SERVICE_UNAVAILABLE', message, undefined, retryAfterSeconds),
};

/** An error the caller caused and would meet again with the same request (not a failure of ours). */
export function isCallersMistake(error: DomainError): boolean {
  return error.kind !== 'internal' && error.kind !== 'unavailable';
}
