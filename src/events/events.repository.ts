import { randomBytes } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { WebhookDeliveryKind } from '../infra/db/schema.ts';
import { EVENT_TYPES, type EventType } from './event-types.ts';

/** Not an event of the account: what `POST /webhooks/:id/test` sends; never listed by GET /events. */
export const PING_EVENT = 'ping';

export interface NewEvent {
  clientId: number;
  type: EventType;
  /** The event's `data` (api.md 7): never a voucher code, PIN or claim URL. */
  data: Record<string, unknown>;
}

export interface RecordedEvent {
  /** `evt_…`, what the client sees. */
  id: string;
  seq: bigint;
}

/** `evt_` and 24 lower-case hex digits. */
export const EVENT_ID_PATTERN = /^evt_[0-9a-f]{24}$/;
/**
 * 12 hex digits of the time in milliseconds, then 12 random ones: ids made later sort later, so
 * the unique index on `public_id` grows at its right edge instead of taking every insert on a
 * random page (which, on a table kept for 30 days, means a page read and a full-page WAL image
 * per event). Still unguessable enough (48 random bits per millisecond) and only ever looked up
 * within the client's own events.
 */
export const newEventId = () => `evt_${Date.now().toString(16).padStart(12, '0')}${randomBytes(6).toString('hex')}`;

/** NOTIFY channel telling delivery workers that deliveries were queued; the payload is the schema. */
export const WEBHOOK_CHANNEL = 'popup_store_webhooks';

/**
 * Keys that belong to a voucher (api.md 6.2) and must never travel in an event: checked at any
 * depth of `data`, so a caller cannot leak a code by passing an order object by mistake.
 */
const VOUCHER_KEYS = new Set([
  'vouchers',
  'voucher',
  'card_number',
  'pin_code',
  'pin',
  'claim_url',
  'code',
  'codes',
  'voucher_code',
  'voucher_reference_number',
]);

function voucherKeyIn(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = voucherKeyIn(item);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    if (VOUCHER_KEYS.has(key.toLowerCase())) return key;
    const found = voucherKeyIn(inner);
    if (found) return found;
  }
  return null;
}

/**
 * Records an event in the caller's transaction `db` and, in the same statement, queues one
 * delivery for each of the client's enabled webhook endpoints subscribed to its type: the event
 * and its deliveries exist if and only if the change they describe commits (api.md 7, issue 5).
 * When deliveries were queued, a NOTIFY (sent by the database only on commit) wakes the
 * delivery workers. Callers pass the transaction of the change itself.
 */
export async function recordEvent(db: Executor, event: NewEvent): Promise<RecordedEvent> {
  if (!db.isTransaction) throw new TypeError('recordEvent: pass the transaction of the change');
  return executeAlone(db, eventStatement(event));
}

async function executeAlone(db: Executor, statement: EventStatement): Promise<RecordedEvent> {
  const { rows } = await sql<{ id: bigint }>`with ${statement.ctes} select event.id, ${statement.notify} as notified from event`.execute(db);
  return { id: statement.publicId, seq: rows[0]!.id };
}

/** Where an event recorded by a larger statement comes from: see `eventStatement`. */
export interface EventSource {
  from: RawBuilder<unknown>;
  merge?: RawBuilder<unknown>;
  name?: string;
}

/** The parts of one SQL statement that records an event: see `eventStatement`. */
export interface EventStatement {
  publicId: string;
  /** The CTEs `event` (returning `id`) and `event_queued` (`name` and `name_queued` when named), for a WITH list. */
  ctes: RawBuilder<unknown>;
  /** A select-list expression that sends the NOTIFY when deliveries were queued (select it once). */
  notify: RawBuilder<unknown>;
}

/**
 * An event recorded by the same statement as the change it describes, one round trip for both:
 *
 *   const event = eventStatement(newEvent, { from: sql`tx`, merge: sql`jsonb_build_object('transaction_id', tx.id)` });
 *   sql`with tx as (insert … returning id), ${event.ctes} select tx.id, ${event.notify} from tx, event`
 *
 * `from` names a CTE of the statement the event row is selected from (no row there: no event),
 * `merge` adds keys computed by the statement to `data`, `name` names the CTEs when one statement
 * records two events. The caller must run the statement in the transaction of the change.
 */
export function eventStatement(event: NewEvent, source?: EventSource): EventStatement {
  if (!(EVENT_TYPES as readonly string[]).includes(event.type)) throw new TypeError(`recordEvent: unknown event type ${event.type}`);
  const leaked = voucherKeyIn(event.data);
  if (leaked) throw new TypeError(`recordEvent: event data must not carry voucher fields (found "${leaked}")`);
  return eventParts(event.clientId, event.type, event.data, { kind: 'event' }, source);
}

/**
 * The event row and its deliveries. `endpointId` limits the deliveries to that endpoint
 * (whatever its subscriptions: a ping); otherwise every enabled endpoint of the client
 * subscribed to the type gets one.
 */
function eventParts(
  clientId: number,
  type: string,
  data: Record<string, unknown>,
  target: { kind: WebhookDeliveryKind; endpointId?: number },
  source?: EventSource,
): EventStatement {
  const publicId = newEventId();
  const name = sql.id(source?.name ?? 'event');
  const queued = sql.id(`${source?.name ?? 'event'}_queued`);
  const endpoints =
    target.endpointId === undefined
      ? sql`w.client_id = ${clientId} and w.active and w.disabled_at is null
            and (w.events @> array[${type}]::text[] or w.events @> array['*']::text[])`
      : sql`w.id = ${target.endpointId} and w.client_id = ${clientId}`;
  const json = sql`${JSON.stringify(data)}::jsonb`;
  const ctes = sql`${name} as (
      insert into events (public_id, client_id, type, data)
      select ${publicId}::text, ${clientId}::int, ${type}::text, ${source?.merge ? sql`${json} || ${source.merge}` : json}
      ${source ? sql`from ${source.from}` : sql``}
      returning id
    ), ${queued} as (
      insert into webhook_deliveries (event_id, endpoint_id, kind)
      select e.id, w.id, ${target.kind}::text from ${name} e, webhook_endpoints w where ${endpoints}
      returning 1
    )`;
  const notify = sql`case when exists (select 1 from ${queued}) then pg_notify(${WEBHOOK_CHANNEL}, current_schema()) end`;
  return { publicId, ctes, notify };
}

/** The `ping` event of `POST /webhooks/:id/test`, with its one delivery, in the caller's transaction. */
export function recordPing(db: Executor, scope: ClientScope, endpointId: number): Promise<RecordedEvent> {
  return executeAlone(db, eventParts(scope.clientId, PING_EVENT, { webhook_id: endpointId }, { kind: 'test', endpointId }));
}

export interface EventRecord {
  seq: bigint;
  public_id: string;
  client_id: number;
  type: string;
  data: Record<string, unknown>;
  created_at: Date;
}

const eventColumns = ['id as seq', 'public_id', 'client_id', 'type', 'data', 'created_at'] as const;

export interface EventFilter {
  /** Only events after this one (cursor order). */
  afterSeq?: bigint;
  types?: readonly string[];
  /** Only events created at or after this time. */
  since?: Date;
  /** Only events created before this time. */
  until?: Date;
}

function filtered(db: Executor, scope: ClientScope, filter: EventFilter) {
  let query = db.selectFrom('events').where('client_id', '=', scope.clientId).where('type', '!=', PING_EVENT);
  if (filter.afterSeq !== undefined) query = query.where('id', '>', filter.afterSeq);
  if (filter.types?.length) query = query.where('type', 'in', [...filter.types]);
  if (filter.since) query = query.where('created_at', '>=', filter.since);
  if (filter.until) query = query.where('created_at', '<', filter.until);
  return query;
}

/** The scope's client's events, oldest first (the cursor order). */
export function listEvents(db: Executor, scope: ClientScope, filter: EventFilter, limit: number): Promise<EventRecord[]> {
  return filtered(db, scope, filter).select(eventColumns).orderBy('id', 'asc').limit(limit).execute() as Promise<EventRecord[]>;
}

export async function countEvents(db: Executor, scope: ClientScope, filter: EventFilter): Promise<number> {
  const row = await filtered(db, scope, filter)
    .select((eb) => eb.fn.countAll<bigint>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The client's event by its public id; `ping` events are not events of the account. */
export function findClientEvent(db: Executor, scope: ClientScope, publicId: string): Promise<EventRecord | undefined> {
  return db
    .selectFrom('events')
    .select(eventColumns)
    .where('public_id', '=', publicId)
    .where('client_id', '=', scope.clientId)
    .where('type', '!=', PING_EVENT)
    .executeTakeFirst() as Promise<EventRecord | undefined>;
}

/**
 * Deletes events created before `cutoff` (their deliveries and attempts go with them), at most
 * `batch` at a time so no statement holds locks for long; returns how many went.
 */
export async function deleteEventsBefore(db: Executor, cutoff: Date, batch = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await db
      .deleteFrom('events')
      .where('id', 'in', (eb) => eb.selectFrom('events').select('id').where('created_at', '<', cutoff).orderBy('id').limit(batch))
      .executeTakeFirst();
    const deleted = Number(result.numDeletedRows);
    total += deleted;
    if (deleted < batch) return total;
  }
}
