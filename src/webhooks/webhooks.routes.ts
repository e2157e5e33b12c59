import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { onRequestHookHandler } from 'fastify';
import { scopeOf } from '../auth/client-scope.ts';
import { eventPathId } from '../events/events.routes.ts';
import { parsePageRequest, setPageHeaders } from '../http/pagination.ts';
import { decimalPathId } from '../http/path-id.ts';
import type { ClientWebhooks } from './webhooks.service.ts';
import { schemas } from './webhooks.schemas.ts';

export interface WebhookRoutesDeps {
  webhooks: ClientWebhooks;
  /** The "every GET" rate limit (api.md 1.9), keyed by client: runs after authentication. */
  readRateLimit: onRequestHookHandler;
  /** Requests that make the store send or change something (writes, test pings). */
  writeRateLimit: onRequestHookHandler;
}

/**
 * /api/v1/webhooks[/:id] (api.md 7): the client's own endpoints only; another client's id is
 * 404 Webhook not found, never 403.
 */
export function webhookRoutes(deps: WebhookRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const read = [app.authenticate, deps.readRateLimit];
    const write = [app.authenticate, deps.writeRateLimit];
    const item = { config: { paramsMessage: 'Invalid webhook ID' }, preValidation: decimalPathId };
    const service = deps.webhooks;

    app.post('/webhooks', { schema: schemas.create, onRequest: write }, async (request, reply) =>
      reply.code(201).send(await service.createWebhook(scopeOf(request), request.body)),
    );
    app.get('/webhooks', { schema: schemas.list, onRequest: read }, async (request, reply) => {
      const { items, meta } = await service.listClientWebhooks(scopeOf(request), parsePageRequest(request.query));
      setPageHeaders(reply, meta);
      return items;
    });
    app.get('/webhooks/:id', { schema: schemas.show, onRequest: read, ...item }, async (request) =>
      service.getClientWebhook(scopeOf(request), request.params.id),
    );
    app.patch('/webhooks/:id', { schema: schemas.update, onRequest: write, ...item }, async (request) =>
      service.updateWebhook(scopeOf(request), request.params.id, request.body),
    );
    app.delete('/webhooks/:id', { schema: schemas.remove, onRequest: write, ...item }, async (request, reply) => {
      await service.deleteWebhook(scopeOf(request), request.params.id);
      return reply.code(204).send(null);
    });
    app.post('/webhooks/:id/rotate-secret', { schema: schemas.rotateSecret, onRequest: write, ...item }, async (request) =>
      service.rotateSecret(scopeOf(request), request.params.id),
    );
    app.post('/webhooks/:id/test', { schema: schemas.test, onRequest: write, ...item }, async (request) =>
      service.testWebhook(scopeOf(request), request.params.id),
    );
    app.get('/webhooks/:id/attempts', { schema: schemas.attempts, onRequest: read, ...item }, async (request) =>
      service.listClientAttempts(scopeOf(request), request.params.id, { limit: parsePageRequest({ limit: request.query.limit }).limit }),
    );
  };
}

export interface RedeliveryRoutesDeps {
  webhooks: ClientWebhooks;
  /** Requests that make the store send or change something (writes, test pings, redeliveries). */
  writeRateLimit: onRequestHookHandler;
}

/** POST /api/v1/events/:id/redeliver (api.md 7): the client's event queued again for its webhooks. */
export function redeliveryRoutes(deps: RedeliveryRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/events/:id/redeliver',
      {
        schema: schemas.redeliver,
        onRequest: [app.authenticate, deps.writeRateLimit],
        preValidation: eventPathId,
      },
      async (request, reply) => reply.code(202).send(await deps.webhooks.redeliver(scopeOf(request), request.params.id, request.body)),
    );
  };
}
