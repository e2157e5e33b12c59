/** One field the store refused, on `VALIDATION_FAILURE`: a dotted path into the body and why. */
export interface ErrorDetail {
  field: string;
  message: string;
}

export interface PopupStoreErrorInit {
  status: number;
  name: string;
  code: string;
  message: string;
  requestId?: string | null;
  details?: ErrorDetail[];
  retryAfterSeconds?: number;
  cause?: unknown;
}

/**
 * Every failure the SDK reports. For an answer of the store: its HTTP `status` and the envelope's
 * `name`, `code`, `message`, `details`, with the `X-Request-Id` of the answer (quote it to the
 * operator). For a failure with no answer, or one the SDK finds itself, `status` is 0 and `code`
 * one of the SDK's: `NETWORK_ERROR`, `TIMEOUT`, `ABORTED`, `UNEXPECTED_RESPONSE`,
 * `WEBHOOK_SIGNATURE_MISSING`, `WEBHOOK_SIGNATURE_INVALID`, `WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE`,
 * `WEBHOOK_PAYLOAD_INVALID`; a refused refresh token is status 401, code `SESSION_REVOKED`.
 */
export class PopupStoreError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  readonly details: ErrorDetail[] | undefined;
  /** The seconds the answer asked to wait (`Retry-After`): the store sends it with 429, and with 503 when its database is unavailable. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: PopupStoreErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = init.name;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId ?? null;
    this.details = init.details;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** A failure that did not come from the store's answer (status 0). */
export function sdkError(name: string, code: string, message: string, cause?: unknown): PopupStoreError {
  return new PopupStoreError({ status: 0, name, code, message, cause });
}

interface Envelope {
  error: { name: string; code: string; message: string; details?: ErrorDetail[] };
}

function isEnvelope(value: unknown): value is Envelope {
  const error = (value as Envelope | null)?.error;
  return (
    typeof error === 'object' && error !== null && ['name', 'code', 'message'].every((key) => typeof error[key as keyof typeof error] === 'string')
  );
}

/** `Retry-After`: whole seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The error of a store answer that is not a success: its envelope, or what can be said without one. */
export function errorFromAnswer(status: number, headers: Headers, body: string): PopupStoreError {
  const requestId = headers.get('x-request-id');
  const retryAfter = retryAfterSeconds(headers);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = null;
  }
  if (isEnvelope(parsed)) {
    const { name, code, message, details } = parsed.error;
    return new PopupStoreError({ status, name, code, message, requestId, details, retryAfterSeconds: retryAfter });
  }
  return new PopupStoreError({
    status,
    name: 'HttpError',
    code: 'UNEXPECTED_RESPONSE',
    message: `HTTP ${status} without the store's error envelope`,
    requestId,
    retryAfterSeconds: retryAfter,
  });
}
