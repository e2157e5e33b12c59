import { DomainError, type ErrorDetail, type ErrorKind } from '../shared/errors.ts';

/** Every error the API answers with: `{"error":{"name","code","message","details"?}}`. */
export class ApiError extends Error {
  constructor(
    public readonly statusCode: number,
    public readonly errorName: string,
    public readonly code: string,
    message: string,
    public readonly details?: ErrorDetail[],
    public readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody() {
    return {
      error: {
        name: this.errorName,
        code: this.code,
        message: this.message,
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

/** The one place a domain error kind becomes an HTTP status and error name (api.md 1.4–1.5). */
const HTTP_OF_KIND: Record<ErrorKind, { status: number; name: string }> = {
  syntax: { status: 400, name: 'SyntaxError' },
  validation: { status: 400, name: 'ValidationException' },
  bad_request: { status: 400, name: 'BadRequestError' },
  unauthorized: { status: 401, name: 'UnauthorizedError' },
  forbidden: { status: 403, name: 'ForbiddenError' },
  not_found: { status: 404, name: 'NotFoundError' },
  conflict: { status: 409, name: 'ConflictError' },
  mismatch: { status: 422, name: 'UnprocessableEntityError' },
  rate_limited: { status: 429, name: 'TooManyRequestsError' },
  internal: { status: 500, name: 'InternalServerError' },
  unavailable: { status: 503, name: 'ServiceUnavailableError' },
};

export function apiErrorOf(error: DomainError): ApiError {
  const { status, name } = HTTP_OF_KIND[error.kind];
  const headers = error.retryAfterSeconds === undefined ? undefined : { 'retry-after': String(error.retryAfterSeconds) };
  return new ApiError(status, name, error.code, error.message, error.details, headers);
}

/** The domain error an HTTP error answer stood for (a stored answer replayed under an Idempotency-Key). */
export function domainErrorOf(status: number, body: string): DomainError {
  const { error } = JSON.parse(body) as { error: { code: string; message: string; details?: ErrorDetail[] } };
  const kind = (Object.keys(HTTP_OF_KIND) as ErrorKind[]).find(
    (candidate) => HTTP_OF_KIND[candidate].status === status && (status !== 400 || kindOf400(error.code) === candidate),
  );
  return new DomainError(kind ?? 'bad_request', error.code, error.message, error.details);
}

function kindOf400(code: string): ErrorKind {
  if (code === 'SYNTAX_ERROR') return 'syntax';
  if (code === 'VALIDATION_FAILURE') return 'validation';
  return 'bad_request';
}

/** Errors only the HTTP layer raises: the transport, not the domain. */
export const httpErrors = {
  payloadTooLarge: () => new ApiError(413, 'PayloadTooLargeError', 'PAYLOAD_TOO_LARGE', 'Request body is too large'),
  unsupportedMediaType: () => new ApiError(415, 'UnsupportedMediaTypeError', 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json'),
  /** A compressed request body (RFC 9110 15.5.16: say which codings would do). */
  unsupportedEncoding: () =>
    new ApiError(
      415,
      'UnsupportedMediaTypeError',
      'UNSUPPORTED_MEDIA_TYPE',
      'Content-Encoding must be identity: send the body uncompressed',
      undefined,
      {
        'accept-encoding': 'identity',
      },
    ),
  requestTimeout: () => new ApiError(408, 'RequestTimeoutError', 'REQUEST_TIMEOUT', 'The request was not received in time'),
  headersTooLarge: () => new ApiError(431, 'RequestHeaderFieldsTooLargeError', 'HEADERS_TOO_LARGE', 'Request headers are too large'),
};

/** Errors kept under an Idempotency-Key are kept as the answers they were. */
export const storedErrorCodec = {
  encode(error: DomainError): { status: number; body: string } {
    const answer = apiErrorOf(error);
    return { status: answer.statusCode, body: JSON.stringify(answer.toBody()) };
  },
  decode: domainErrorOf,
};
