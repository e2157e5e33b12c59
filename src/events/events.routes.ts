import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest, onRequestHookHandler } from 'fastify';
import { scopeOf } from '../auth/client-scope.ts';
import { errors } from '../shared/errors.ts';
import { parsePageRequest, setPageHeaders } from '../http/pagination.ts';
import { invalidQuery, present, queryTime } from '../http/query-params.ts';
import { EVENT_TYPES } from './event-types.ts';
import { EVENT_ID_PATTERN } from './events.repository.ts';
import type { ClientEvents, EventListRequest } from './events.service.ts';
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

/**
 * The query of GET /api/v1/events: `limit` as every list's; `type` one type or a comma-separated
 * list (spaces around a name ignored, empty meaning every type); `after` an event id, empty none.
 * The portal's events explorer adds `since` and `until` (RFC 3339 times or dates).
 */
export function readEventList(query: { after?: string; type?: string; limit?: string; since?: string; until?: string }): EventListRequest {
  const { limit } = parsePageRequest({ limit: query.limit });
  let types: string[] | undefined;
  if (query.type !== undefined && query.type.trim() !== '') {
    types = [...new Set(query.type.split(',').map((part) => part.trim()))];
    if (!types.every((type) => (EVENT_TYPES as readonly string[]).includes(type))) throw invalidQuery();
  }
  if (present(query.after) && !EVENT_ID_PATTERN.test(query.after)) throw invalidQuery();
  const since = queryTime(query.since);
  const until = queryTime(query.until);
  return { limit, types, after: present(query.after) ? query.after : undefined, since, until };
}

/** GET /api/v1/events[/:id] (api.md 7); POST /api/v1/events/:id/redeliver is the webhooks' (`redeliveryRoutes`). */
export function eventRoutes(deps: EventRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const read = [app.authenticate, deps.readRateLimit];

    app.get('/events', { schema: schemas.list, onRequest: read }, async (request, reply) => {
      const { items, meta, nextCursor } = await deps.events.listClientEvents(scopeOf(request), readEventList(request.query));
      setPageHeaders(reply, meta);
      if (nextCursor) reply.header('x-next-cursor', nextCursor);
      return items;
    });
    app.get('/events/:id', { schema: schemas.show, onRequest: read, preValidation: eventPathId }, async (request) =>
      deps.events.getClientEvent(scopeOf(request), request.params.id),
    );
  };
}
