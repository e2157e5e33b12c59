import type { FastifyInstance, RouteOptions } from 'fastify';

/** The APIs whose bodies refuse a field they do not name: the operator's and the client portal's. */
const STRICT_PREFIXES = ['/admin/', '/portal/'];

/**
 * A field of an admin or portal body that the route does not take is a validation failure
 * (`400 VALIDATION_FAILURE`, the field named), never ignored: a typo in an operator's call
 * (`remark` for `remarks`) must not pass as if the field had been left out. Routes whose body
 * schema says otherwise keep it; the client API's bodies stay as open as its contract.
 * Registered before the routes and before @fastify/swagger, so the documents say the same.
 */
export function registerStrictBodies(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const body = route.schema?.body as { type?: unknown; additionalProperties?: unknown } | undefined;
    if (!body || body.type !== 'object' || body.additionalProperties !== undefined) return;
    if (!STRICT_PREFIXES.some((prefix) => route.url.startsWith(prefix))) return;
    route.schema = { ...route.schema, body: { ...body, additionalProperties: false } };
  });
}
