import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest, onRequestHookHandler } from 'fastify';
import { scopeOf } from '../auth/client-scope.ts';
import { errors } from '../shared/errors.ts';
import { setPageHeaders } from '../http/pagination.ts';
import { EVENT_ID_PATTERN } from './events.repository.ts';
import type { ClientEvents } from './events.service.ts';
import { schemas } from './events.schemas.ts';

export interface EventRoutesDeps {
  events: ClientEvents;
  readRateLimit: onRequestHookHandler;
}

/** Event ids are `evt_` and 24 hex digits (not integers): anything else is 400 Invalid event ID. */
export async function eventPathId(request: FastifyRequest): Promise<void> {
  const id = (request.params as { id?: unknown }).id;
  if (typeof id !== 'string' || !EVENT_ID_PATTERN.test(id)) throw errors.badRequest('Invalid event ID');
}

/** GET /api/v1/events[/:id] (api.md 7); POST /api/v1/events/:id/redeliver is the webhooks' (`redeliveryRoutes`). */
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
  };
}
