export interface ErrorDetail {
  field: string;
  message: string;
}

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

export const errors = {
  syntax: () => new ApiError(400, 'SyntaxError', 'SYNTAX_ERROR', 'Invalid request body'),
  validation: (message: string, details?: ErrorDetail[]) => new ApiError(400, 'ValidationException', 'VALIDATION_FAILURE', message, details),
  badRequest: (message: string) => new ApiError(400, 'BadRequestError', 'BAD_REQUEST', message),
  invalidFeature: () => new ApiError(400, 'BadRequestError', 'INVALID_FEATURE', 'The requested feature is not enabled for this client'),
  unauthorized: (message = 'Authentication required') => new ApiError(401, 'UnauthorizedError', 'UNAUTHORIZED', message),
  forbidden: (message = 'IP address not authorized') => new ApiError(403, 'ForbiddenError', 'FORBIDDEN', message),
  notFound: (message: string) => new ApiError(404, 'NotFoundError', 'NOT_FOUND', message),
  conflict: (code: string, message: string) => new ApiError(409, 'ConflictError', code, message),
  payloadTooLarge: () => new ApiError(413, 'PayloadTooLargeError', 'PAYLOAD_TOO_LARGE', 'Request body is too large'),
  unsupportedMediaType: () => new ApiError(415, 'UnsupportedMediaTypeError', 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json'),
  tooManyRequests: (retryAfterSeconds: number) =>
    new ApiError(429, 'TooManyRequestsError', 'TOO_MANY_REQUESTS', `Rate limit exceeded. Retry after ${retryAfterSeconds} seconds.`, undefined, {
      'retry-after': String(retryAfterSeconds),
    }),
  internal: (message = 'An unexpected error occurred') => new ApiError(500, 'InternalServerError', 'INTERNAL_SERVER_ERROR', message),
  unavailable: (message = 'Service unavailable') => new ApiError(503, 'ServiceUnavailableError', 'SERVICE_UNAVAILABLE', message),
};
