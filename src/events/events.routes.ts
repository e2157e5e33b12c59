import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest, onRequestHookHandler } from 'fastify';
import { scopeOf } from '../auth/client-scope.ts';
import { errors } from '../http/errors.ts';
import { setPageHeaders } from '../http/pagination.ts';
import { EVENT_ID_PATTERN } from './events.repository.ts';
import type { ClientEvents } from './events.service.ts';
import { schemas } from './events.schemas.ts';

export interface EventRoutesDeps {
  events: ClientEvents;
  readRateLimit: onRequestHookHandler;
  writeRateLimit: onRequestHookHandler;
}

/** Event ids are `evt_` and 24 hex digits (not integers): anything else is 400 Invalid event ID. */
async function eventPathId(request: FastifyRequest): Promise<void> {
  const id = (request.params as { id?: unknown }).id;
  if (typeof id !== 'string' || !EVENT_ID_PATTERN.test(id)) throw errors.badRequest('Invalid event ID');
}

/** GET /api/v1/events[/:id], POST /api/v1/events/:id/redeliver (api.md 7). */
export function eventRoutes(deps: EventRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const read = [app.authenticate, deps.readRateLimit];

    app.get('/events', { schema: schemas.list, onRequest: read }, async (request, reply) => {
      const { items, meta, nextCursor } = await deps.events.listClientEvents(scopeOf(request), request.query);
      setPageHeaders(reply, meta);
      if (nextCursor) reply.header('x-next-cursor', nextCursor);
      return items;
    });
    app.get('/events/:id', { schema: schemas.show, onRequest: read, preValidation: eventPathId }, async (request) =>
      deps.events.getClientEvent(scopeOf(request), request.params.id),
    );
    app.post(
      '/events/:id/redeliver',
      {
        schema: schemas.redeliver,
        onRequest: [app.authenticate, deps.writeRateLimit],
        // The body is optional: none means every subscribed webhook.
        preValidation: [eventPathId, async (request) => void (request.body ??= {})],
      },
      async (request, reply) =>
        reply.code(202).send(await deps.events.redeliver(scopeOf(request), request.params.id, { webhookId: request.body.webhook_id })),
    );
  };
}
