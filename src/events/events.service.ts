import type { Kysely } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import { errors } from '../shared/errors.ts';
import { toRfc3339 } from '../http/format.ts';
import { pageMeta, parsePageRequest, type PageMeta } from '../http/pagination.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import { countEvents, EVENT_ID_PATTERN, EVENT_TYPES, findClientEvent, listEvents, type EventFilter, type EventRecord } from './events.repository.ts';

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

export interface EventListQuery {
  after?: string;
  type?: string;
  limit?: string;
}

const invalidQuery = () => errors.badRequest('Invalid query parameters');

/** `type=order.delivered` or a comma-separated list of them; empty means every type. */
function parseTypes(text: string | undefined): string[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const types = [...new Set(text.split(',').map((part) => part.trim()))];
  if (!types.every((type) => (EVENT_TYPES as readonly string[]).includes(type))) throw invalidQuery();
  return types;
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

  async listClientEvents(scope: ClientScope, query: EventListQuery): Promise<{ items: EventView[]; meta: PageMeta; nextCursor: string | null }> {
    const { limit } = parsePageRequest({ limit: query.limit });
    const filter: EventFilter = { types: parseTypes(query.type) };
    if (query.after !== undefined && query.after !== '') {
      if (!EVENT_ID_PATTERN.test(query.after)) throw invalidQuery();
      const cursor = await findClientEvent(this.deps.db, scope, query.after);
      // Unknown, another client's, or deleted after the retention period.
      if (!cursor) throw invalidQuery();
      filter.afterSeq = cursor.seq;
    }
    const [rows, total] = await Promise.all([listEvents(this.deps.db, scope, filter, limit), countEvents(this.deps.db, scope, filter)]);
    const items = rows.map(eventView);
    return { items, meta: pageMeta({ page: 1, limit, offset: 0 }, total, items.length), nextCursor: items.at(-1)?.id ?? null };
  }

  async getClientEvent(scope: ClientScope, id: string): Promise<EventView> {
    return eventView(await clientEventOrThrow(this.deps.db, scope, id));
  }
}
