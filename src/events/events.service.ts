import type { Kysely } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import { errors } from '../shared/errors.ts';
import { toRfc3339 } from '../shared/dates.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import { pageMeta, pageRequest, type PageMeta } from '../shared/pages.ts';
import { countEvents, EVENT_ID_PATTERN, findClientEvent, listEvents, type EventFilter, type EventRecord } from './events.repository.ts';

export const EVENT_NOT_FOUND = 'Event not found';

/** An event as the events API lists it and as a webhook delivers it (api.md 7). */
export interface EventView {
  id: string;
  type: string;
  created_at: string;
  data: Record<string, unknown>;
}

export function eventView(event: EventRecord): EventView {
  return { id: event.public_id, type: event.type, created_at: toRfc3339(event.created_at), data: event.data };
}

/** What GET /api/v1/events asks: events of these types (all when absent), after this one, at most `limit`. */
export interface EventListRequest {
  types?: string[];
  /** An event id (`evt_…`): only later events. */
  after?: string;
  /** Only events created at or after / before these times (the portal's events explorer). */
  since?: Date;
  until?: Date;
  limit: number;
}

/** What a client route may ask: the request's client's events (`ClientScope`). */
export type ClientEvents = Pick<EventsService, 'listClientEvents' | 'getClientEvent'>;

/** The client's event `id`, or 404 Event not found (unknown, another client's, or past its retention). */
export async function clientEventOrThrow(db: Executor, scope: ClientScope, id: string): Promise<EventRecord> {
  const event = EVENT_ID_PATTERN.test(id) ? await findClientEvent(db, scope, id) : undefined;
  if (!event) throw errors.notFound(EVENT_NOT_FOUND);
  return event;
}

/**
 * GET /api/v1/events[/:id] (api.md 7): a client's events, oldest first after a cursor, kept for
 * the retention period (≥ 30 days). Redelivery (POST /api/v1/events/:id/redeliver) is the
 * webhooks' (`WebhooksService.redeliver`).
 */
export class EventsService {
  constructor(private readonly deps: { db: Kysely<Database> }) {}

  async listClientEvents(scope: ClientScope, request: EventListRequest): Promise<{ items: EventView[]; meta: PageMeta; nextCursor: string | null }> {
    const filter: EventFilter = { types: request.types, since: request.since, until: request.until };
    if (request.after !== undefined) {
      const cursor = await findClientEvent(this.deps.db, scope, request.after);
      // Unknown, another client's, or deleted after the retention period: a query that names no event.
      if (!cursor) throw errors.badRequest('Invalid query parameters');
      filter.afterSeq = cursor.seq;
    }
    const [rows, total] = await Promise.all([listEvents(this.deps.db, scope, filter, request.limit), countEvents(this.deps.db, scope, filter)]);
    const items = rows.map(eventView);
    return { items, meta: pageMeta(pageRequest(1, request.limit), total, items.length), nextCursor: items.at(-1)?.id ?? null };
  }

  async getClientEvent(scope: ClientScope, id: string): Promise<EventView> {
    return eventView(await clientEventOrThrow(this.deps.db, scope, id));
  }
}
