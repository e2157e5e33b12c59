import type { FastifyInstance } from 'fastify';

/**
 * JSON bodies, parsed by Fastify's own parser (prototype-poisoning checks included), except
 * that an empty body is no body: many HTTP clients send `Content-Type: application/json` on
 * every POST, and a route that needs no body must not answer SYNTAX_ERROR for it. A route
 * that needs one still refuses the missing body through its schema (VALIDATION_FAILURE).
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body.length === 0) return done(null, undefined);
    parseJson(request, body as string, done);
  });
}
