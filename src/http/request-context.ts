import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.ts';

const PRINTABLE_ID = /^[\x21-\x7e]{1,128}$/;

/** X-Request-Id: the caller's when it is ≤ 128 printable characters, otherwise a new UUID. */
export function requestIdFrom(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  return typeof header === 'string' && PRINTABLE_ID.test(header) ? header : randomUUID();
}

/** A change: any method but GET and HEAD. Its answer is `Cache-Control: no-store` unless its route says otherwise. */
export function isChange(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/**
 * An HTTP/1.1 request must name its host (RFC 9112 3.2). Node refuses one that does not with an
 * empty 400 of its own before any hook runs, so the server lets it through (`requireHostHeader:
 * false`) and this answers it with the envelope, then closes the connection.
 */
function lacksHost(request: FastifyRequest): boolean {
  const { raw } = request;
  return raw.headers.host === undefined && raw.httpVersionMajor === 1 && raw.httpVersionMinor === 1;
}

/**
 * Echoes the request id on every response (with `X-Content-Type-Options: nosniff`) and refuses
 * new work while shutting down. Responses sent during shutdown close their keep-alive
 * connection, so the server can finish closing. The answer to any method but GET and HEAD is
 * `Cache-Control: no-store` unless its route says otherwise. Callback-style hooks: every request
 * runs both, and a promise per hook cost more than their work.
 */
export function registerRequestContext(app: FastifyInstance, isClosing: () => boolean): void {
  app.addHook('onRequest', (request, reply, done) => {
    // nosniff: a browser takes every answer as its Content-Type says (a JSON error is never run as a page or script).
    reply.header('x-request-id', request.id).header('x-content-type-options', 'nosniff');
    if (lacksHost(request)) {
      reply.header('connection', 'close');
      return done(errors.badRequest('Malformed HTTP request'));
    }
    done(isClosing() ? errors.unavailable('Server is shutting down') : undefined);
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    if (isClosing()) reply.header('connection', 'close');
    // What a change answers (new tokens, a secret or password shown once, an order's codes) is never stored by a cache.
    if (isChange(request.method) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
