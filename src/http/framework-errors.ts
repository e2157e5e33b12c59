import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.ts';
import { apiErrorOf, httpErrors, type ApiError } from './errors.ts';
import { sendApiError } from './error-handler.ts';

/**
 * Answers that Fastify and Node's HTTP parser would otherwise write in their own shape: a URL
 * the router cannot decode, a path parameter over the router's length limit, and requests
 * that are not valid HTTP at all. Each gets the error envelope, `charset=utf-8`, a request id and
 * `nosniff` like every other answer.
 */

/** Fastify's `frameworkErrors`: the request exists but never reached a route. */
export function onFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  request.log.info({ code: error.code }, 'request rejected');
  reply.header('x-request-id', request.id).header('x-content-type-options', 'nosniff');
  sendApiError(reply, apiErrorOf(errors.badRequest(error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'Invalid path parameter' : 'Invalid URL')));
}

function clientErrorOf(code: string | undefined): ApiError {
  switch (code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return httpErrors.requestTimeout();
    case 'HPE_HEADER_OVERFLOW':
      return httpErrors.headersTooLarge();
    default:
      return apiErrorOf(errors.badRequest('Malformed HTTP request'));
  }
}

/** Node's `clientError`: bytes that do not parse as HTTP. Answered once, then the socket is closed. */
export function onClientError(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  this.log.debug({ code: error.code }, 'malformed request');
  if (socket.writable) {
    const apiError = clientErrorOf(error.code);
    const body = JSON.stringify(apiError.toBody());
    socket.write(
      `HTTP/1.1 ${apiError.statusCode} ${STATUS_CODES[apiError.statusCode]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${randomUUID()}\r\n` +
        'X-Content-Type-Options: nosniff\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy();
}
