import type { FastifyInstance } from 'fastify';
import { errors } from '../shared/errors.ts';
import { httpErrors } from './errors.ts';

/**
 * How deep arrays and objects may nest in a JSON body. The store's deepest body (a catalog import:
 * products, their denominations) nests four levels; every walk over a body (the storable-text
 * check, validation, the hash of an `Idempotency-Key`'s request) recurses once per level, and
 * thousands of levels would exhaust the stack.
 */
export const MAX_JSON_DEPTH = 64;

const [OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY, QUOTE, BACKSLASH] = ['{', '}', '[', ']', '"', '\\'].map((c) => c.charCodeAt(0));

/** True when `text` nests arrays and objects more than `limit` deep (brackets inside strings do not count). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  if (text.length <= limit * 2) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
  }
  return false;
}

/**
 * JSON bodies, parsed by Fastify's own parser (prototype-poisoning checks included), except
 * that an empty body is no body where a route needs none: many HTTP clients send
 * `Content-Type: application/json` on every POST. A route without a body schema gets no body,
 * one whose body has only optional fields gets `{}`, and one with required fields still
 * answers SYNTAX_ERROR (`Invalid request body`), as for any body that is not JSON or that nests
 * deeper than MAX_JSON_DEPTH. A body sent compressed (`Content-Encoding` other than `identity`)
 * is 415: the store reads bodies as sent.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const encoding = request.headers['content-encoding'];
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') return done(httpErrors.unsupportedEncoding(), undefined);
    if (body.length === 0) {
      const schema = request.routeOptions.schema?.body as { required?: string[] } | undefined;
      if (!schema) return done(null, undefined);
      if (!schema.required?.length) return done(null, {});
    }
    if (nestsDeeperThan(body as string, MAX_JSON_DEPTH)) return done(errors.syntax(), undefined);
    parseJson(request, body as string, done);
  });
}
