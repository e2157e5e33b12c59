import type { FastifyInstance } from 'fastify';

/**
 * JSON bodies, parsed by Fastify's own parser (prototype-poisoning checks included), except
 * that an empty body is no body where a route needs none: many HTTP clients send
 * `Content-Type: application/json` on every POST. A route without a body schema gets no body,
 * one whose body has only optional fields gets `{}`, and one with required fields still
 * answers SYNTAX_ERROR (`Invalid request body`), as for any body that is not JSON.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body.length === 0) {
      const schema = request.routeOptions.schema?.body as { required?: string[] } | undefined;
      if (!schema) return done(null, undefined);
      if (!schema.required?.length) return done(null, {});
    }
    parseJson(request, body as string, done);
  });
}
