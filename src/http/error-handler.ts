import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, errors, type ErrorDetail } from '../shared/errors.ts';
import { isDependencyUnavailable } from '../infra/unavailable.ts';
import { VoucherDecryptError } from '../infra/crypto/voucher-cipher.ts';
import { ApiError, apiErrorOf, httpErrors } from './errors.ts';

/** Seconds a client is asked to wait after a 503 for a dependency (database, Redis) it could not use. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 1;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Message for a body that fails its schema (default `Request validation failed`). */
    validationMessage?: string;
    /** Message for a path parameter that fails its schema, e.g. `Invalid country ID`. */
    paramsMessage?: string;
  }
}

type ValidationError = NonNullable<FastifyError['validation']>[number];

/** A field the request named but the route does not take is quoted at most this long (it is the caller's text). */
const UNKNOWN_FIELD_SHOWN = 40;

function fieldOf(issue: ValidationError): string {
  const params = issue.params as { missingProperty?: string; additionalProperty?: string } | undefined;
  const unknown = params?.additionalProperty;
  const named = params?.missingProperty ?? (unknown && unknown.length > UNKNOWN_FIELD_SHOWN ? `${unknown.slice(0, UNKNOWN_FIELD_SHOWN)}…` : unknown);
  const pathField = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  return named ? (pathField ? `${pathField}.${named}` : named) : pathField || '(root)';
}

/** An enum names what it allows (e.g. the known client features), not just that the value is not one of them. */
function messageOf(issue: ValidationError): string {
  if (issue.keyword === 'additionalProperties') return 'is not a field of this request';
  const allowed = issue.keyword === 'enum' ? (issue.params as { allowedValues?: unknown[] } | undefined)?.allowedValues : undefined;
  if (allowed) return `must be one of: ${allowed.map(String).join(', ')}`;
  return issue.message ?? 'is invalid';
}

function fromValidation(error: FastifyError, request: FastifyRequest): DomainError {
  const config = request.routeOptions.config;
  if (error.validationContext === 'querystring') return errors.badRequest('Invalid query parameters');
  if (error.validationContext === 'params') return errors.badRequest(config.paramsMessage ?? 'Invalid path parameter');
  if (error.validationContext === 'headers') return errors.badRequest('Invalid request headers');
  const details: ErrorDetail[] = (error.validation ?? []).map((issue) => ({
    field: fieldOf(issue),
    message: messageOf(issue),
  }));
  return errors.validation(config.validationMessage ?? 'Request validation failed', details);
}

/** Maps anything thrown to the documented envelope (api.md 1.4–1.5). */
export function toApiError(error: FastifyError, request: FastifyRequest): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DomainError) return apiErrorOf(error);
  if (error.validation) return apiErrorOf(fromValidation(error, request));
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return httpErrors.unsupportedMediaType();
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return httpErrors.payloadTooLarge();
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return apiErrorOf(errors.syntax());
  }
  if (error instanceof SyntaxError && error.statusCode === 400) return apiErrorOf(errors.syntax());
  const status = error.statusCode ?? 500;
  if (status === 413) return httpErrors.payloadTooLarge();
  if (status === 415) return httpErrors.unsupportedMediaType();
  if (status >= 400 && status < 500) return apiErrorOf(errors.badRequest('Bad request'));
  if (status === 503) return apiErrorOf(errors.unavailable());
  if (isDependencyUnavailable(error)) return apiErrorOf(errors.unavailable('Service unavailable', UNAVAILABLE_RETRY_AFTER_SECONDS));
  // Codes sealed with a key this process was not given (docs/inventory.md, "Key management"):
  // the operator's restart with the right key brings them back.
  if (error instanceof VoucherDecryptError) {
    return apiErrorOf(errors.unavailable('Voucher codes cannot be read now', UNAVAILABLE_RETRY_AFTER_SECONDS));
  }
  return apiErrorOf(errors.internal());
}

export function sendApiError(reply: FastifyReply, error: ApiError): FastifyReply {
  if (error.headers) reply.headers(error.headers);
  return reply.code(error.statusCode).send(error.toBody());
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const apiError = toApiError(error, request);
    if (apiError.statusCode >= 500) {
      request.log.error({ err: error }, 'request failed');
    } else if (!(error instanceof ApiError) && !(error instanceof DomainError)) {
      request.log.info({ code: error.code, reason: error.message }, 'request rejected');
    }
    return sendApiError(reply, apiError);
  });
  app.setNotFoundHandler((_request, reply) => sendApiError(reply, apiErrorOf(errors.notFound('Route not found'))));
}
