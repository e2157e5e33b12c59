import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';

/**
 * A route schema key saying the route's body may be left out and is then read as `{}`.
 * @fastify/swagger copies `x-` keys onto the operation, where the OpenAPI documents read it to
 * mark the body optional (src/http/openapi/documents.ts): one declaration for both.
 */
export const OPTIONAL_BODY = 'x-optional-body';

async function emptyBodyAsObject(request: FastifyRequest): Promise<void> {
  request.body ??= {};
}

/** Registered before the routes: a route whose schema says OPTIONAL_BODY takes no body as `{}`. */
export function registerOptionalBodies(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!(route.schema as Record<string, unknown> | undefined)?.[OPTIONAL_BODY]) return;
    const own = route.preValidation === undefined ? [] : [route.preValidation].flat();
    route.preValidation = [emptyBodyAsObject, ...own];
  });
}
