import { sql, type Selectable, type SelectQueryBuilder } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import type { Executor } from '../infra/db/executor.ts';
import { orderedPage } from '../infra/db/ordered-page.ts';
import type { OptionalPageRequest } from '../shared/pages.ts';
import type { Database, WebhookDeliveryKind, WebhookDeliveryStatus, WebhookEndpointsTable } from '../infra/db/schema.ts';
import { PING_EVENT, WEBHOOK_CHANNEL } from '../events/events.repository.ts';

export type EndpointRow = Selectable<WebhookEndpointsTable>;

// ---- endpoints ----------------------------------------------------------------------------------

export interface NewEndpoint {
  client_id: number;
  url: string;
  description: string | null;
  events: string[];
  active: boolean;
  secret: string;
}

export function insertEndpoint(db: Executor, endpoint: NewEndpoint): Promise<EndpointRow> {
  return db.insertInto('webhook_endpoints').values(endpoint).returningAll().executeTakeFirstOrThrow();
}

/** The endpoint if it is the scope's client's. `forUpdate` locks the row. */
export function findClientEndpoint(
  db: Executor,
  scope: ClientScope,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<EndpointRow | undefined> {
  let query = db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).where('client_id', '=', scope.clientId);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** An endpoint as the operator's tools read it: with its client's name, read in the same statement. */
export type OperatorEndpointRow = EndpointRow & { client_name: string };

type EndpointsQuery = SelectQueryBuilder<Database & { e: WebhookEndpointsTable }, 'e', object>;

/** The endpoints of a query (`webhook_endpoints as e`) with their client's name (joined on the client's key). */
function withClientName(query: EndpointsQuery) {
  return query.innerJoin('clients as c', 'c.id', 'e.client_id').selectAll('e').select('c.name as client_name');
}

function selectOperatorEndpoints(db: Executor) {
  return withClientName(db.selectFrom('webhook_endpoints as e'));
}

/** The endpoint, whoever's it is, with its client's name (operator tools). `forUpdate` locks the endpoint's row (not the client's). */
export function findEndpointForOperator(db: Executor, id: number, options: { forUpdate?: boolean } = {}): Promise<OperatorEndpointRow | undefined> {
  let query = selectOperatorEndpoints(db).where('e.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('e');
  return query.executeTakeFirst();
}

/** The scope's client's enabled endpoints that receive events of `type`. */
export async function subscribedEndpointIds(db: Executor, scope: ClientScope, type: string): Promise<number[]> {
  const rows = await db
    .selectFrom('webhook_endpoints')
    .select('id')
    .where('client_id', '=', scope.clientId)
    .where('active', '=', true)
    .where('disabled_at', 'is', null)
    .where((eb) => eb.or([sql<boolean>`events @> array[${type}]::text[]`, sql<boolean>`events @> array['*']::text[]`]))
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

export function countClientEndpoints(db: Executor, scope: ClientScope): Promise<number> {
  const query = db
    .selectFrom('webhook_endpoints')
    .select((eb) => eb.fn.countAll<bigint>().as('count'))
    .where('client_id', '=', scope.clientId);
  return query.executeTakeFirstOrThrow().then((row) => Number(row.count));
}

/** The scope's client's endpoints, newest first. */
export function listClientEndpoints(db: Executor, scope: ClientScope, page: { limit: number; offset: number }): Promise<EndpointRow[]> {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .orderBy('id', 'desc')
    .where('client_id', '=', scope.clientId)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/**
 * An endpoint's state as the operator sees it (the overview counts the same): DISABLED by the
 * store or the operator; else FAILING while every attempt since `failing_since` failed; else
 * HEALTHY. The client's own switch (`active`) is not a state.
 */
export const WEBHOOK_STATES = ['HEALTHY', 'FAILING', 'DISABLED'] as const;
export type WebhookState = (typeof WEBHOOK_STATES)[number];

/** What the operator's webhook list can be narrowed to; the fields combine with AND. */
export interface OperatorWebhookFilter {
  clientId?: number;
  state?: WebhookState;
}

/** The sorts of the operator's webhook list, each then by id (`failing_since`: the failing ones first, then none). */
export const WEBHOOK_SORT_FIELDS = ['id', 'client_id', 'created_at', 'failing_since'] as const;
export type WebhookSortField = (typeof WEBHOOK_SORT_FIELDS)[number];

function endpointsForOperator(db: Executor, filter: OperatorWebhookFilter) {
  let query = db.selectFrom('webhook_endpoints as e');
  if (filter.clientId !== undefined) query = query.where('e.client_id', '=', filter.clientId);
  if (filter.state === 'DISABLED') query = query.where('e.disabled_at', 'is not', null);
  if (filter.state === 'FAILING') query = query.where('e.disabled_at', 'is', null).where('e.failing_since', 'is not', null);
  if (filter.state === 'HEALTHY') query = query.where('e.disabled_at', 'is', null).where('e.failing_since', 'is', null);
  return query;
}

export async function countEndpointsForOperator(db: Executor, filter: OperatorWebhookFilter): Promise<number> {
  const row = await endpointsForOperator(db, filter)
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Every client's endpoints, or those the filter selects, in the request's sort (operator tools); a
 * page of them or all; each with its client's name, in the same statement.
 */
export function listEndpointsForOperator(
  db: Executor,
  filter: OperatorWebhookFilter,
  request: OptionalPageRequest<WebhookSortField>,
): Promise<OperatorEndpointRow[]> {
  const field = request.sort.field;
  const keys = field === 'id' ? [] : [sql.ref(`e.${field}`)];
  return orderedPage(withClientName(endpointsForOperator(db, filter)), [...keys, sql.ref('e.id')], request.sort.direction, request.page).execute();
}

export type EndpointChanges = Partial<
  Pick<
    EndpointRow,
    | 'url'
    | 'description'
    | 'events'
    | 'active'
    | 'secret'
    | 'previous_secret'
    | 'previous_secret_expires_at'
    | 'disabled_at'
    | 'disabled_reason'
    | 'disabled_by'
    | 'failing_since'
  >
>;

export function updateEndpoint(db: Executor, id: number, changes: EndpointChanges): Promise<EndpointRow> {
  return db
    .updateTable('webhook_endpoints')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** KEY SHARE locks on endpoints, in id order: they cannot be deleted until the transaction ends (other readers and updates go on). */
export async function lockEndpointsAgainstDeletion(db: Executor, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`select id from webhook_endpoints where id = any(${[...ids].sort((a, b) => a - b)}::int[]) order by id for key share`.execute(db);
}

export async function deleteEndpoint(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
}

/** Gives up the endpoint's pending deliveries no worker holds (disabled, deactivated). */
export async function cancelPendingDeliveries(db: Executor, endpointId: number, reason: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('webhook_deliveries')
    .set({ status: 'failed', last_error: reason, completed_at: now, locked_until: null, lock_token: null })
    .where('endpoint_id', '=', endpointId)
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// ---- deliveries ---------------------------------------------------------------------------------

/**
 * Queues a new delivery of an existing event to each endpoint given (a redelivery) and wakes the
 * workers on commit; returns the delivery ids by endpoint.
 */
export async function queueDeliveries(
  db: Executor,
  eventSeq: bigint,
  endpointIds: number[],
  kind: WebhookDeliveryKind,
): Promise<{ id: bigint; endpoint_id: number }[]> {
  if (endpointIds.length === 0) return [];
  const rows = await db
    .insertInto('webhook_deliveries')
    .values(endpointIds.map((endpointId) => ({ event_id: eventSeq, endpoint_id: endpointId, kind })))
    .returning(['id', 'endpoint_id'])
    .execute();
  await sql`select pg_notify(${WEBHOOK_CHANNEL}, current_schema())`.execute(db);
  return rows;
}

/**
 * One `redeliver` delivery to the endpoint for each of the client's events created at or after
 * `since` whose type it is subscribed to (not pings), oldest first, in one statement; wakes the
 * workers. Returns how many were queued.
 */
export async function queueRecovery(db: Executor, endpoint: EndpointRow, since: Date): Promise<number> {
  const subscribed = endpoint.events.includes('*') ? sql`true` : sql`e.type = any(${endpoint.events}::text[])`;
  const { rows } = await sql<{ queued: string | number | bigint }>`
    with queued as (
      insert into webhook_deliveries (event_id, endpoint_id, kind)
      select e.id, ${endpoint.id}::int, 'redeliver' from events e
      where e.client_id = ${endpoint.client_id} and e.type <> ${PING_EVENT} and e.created_at >= ${since} and ${subscribed}
      order by e.id
      returning 1
    )
    select count(*) as queued from queued`.execute(db);
  const queued = Number(rows[0]!.queued);
  if (queued > 0) await sql`select pg_notify(${WEBHOOK_CHANNEL}, current_schema())`.execute(db);
  return queued;
}

/** A claimed delivery with what sending it needs. */
export interface ClaimedDelivery {
  id: bigint;
  kind: WebhookDeliveryKind;
  /** Attempts made before this one. */
  attempts: number;
  first_attempt_at: Date | null;
  lock_token: string;
  endpoint_id: number;
  client_id: number;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  /** The endpoint may receive deliveries (active, not disabled). */
  enabled: boolean;
  event_public_id: string;
  event_type: string;
  event_data: Record<string, unknown>;
  event_created_at: Date;
}

/**
 * Claims up to `limit` due deliveries for one worker: a lease until `leaseUntil` under a fresh
 * `token`. SKIP LOCKED lets concurrent workers pass over each other's rows, and a row leased to
 * another worker is taken only after its lease ran out (the worker died).
 */
export async function claimDueDeliveries(
  db: Executor,
  options: {
    now: Date;
    leaseUntil: Date;
    token: string;
    limit: number;
    eventSeq?: bigint;
    /** Endpoints and clients whose deliveries are passed over this time (they have their share in flight). */
    exceptEndpoints?: number[];
    exceptClients?: number[];
  },
): Promise<ClaimedDelivery[]> {
  // A given event's delivery is taken whenever it is (the caller just created it); otherwise what is due.
  const which = options.eventSeq === undefined ? sql`d.next_attempt_at <= ${options.now}` : sql`d.event_id = ${options.eventSeq}`;
  const exceptEndpoints = options.exceptEndpoints ?? [];
  const exceptClients = options.exceptClients ?? [];
  const { rows } = await sql<ClaimedDelivery>`
    with due as (
      select d.id from webhook_deliveries d
      where d.status = 'pending' and ${which}
        and (d.locked_until is null or d.locked_until <= ${options.now})
        ${exceptEndpoints.length ? sql`and d.endpoint_id <> all(${exceptEndpoints}::int[])` : sql``}
        ${
          exceptClients.length
            ? sql`and d.endpoint_id not in (select id from webhook_endpoints where client_id = any(${exceptClients}::int[]))`
            : sql``
        }
      order by d.next_attempt_at, d.id
      limit ${options.limit}
      for update skip locked
    )
    update webhook_deliveries d set locked_until = ${options.leaseUntil}, lock_token = ${options.token}
    from due, events e, webhook_endpoints w
    where d.id = due.id and e.id = d.event_id and w.id = d.endpoint_id
    returning d.id, d.kind, d.attempts, d.first_attempt_at, d.lock_token, d.endpoint_id, w.client_id, w.url, w.secret, w.previous_secret,
      w.previous_secret_expires_at, (w.active and w.disabled_at is null) as enabled,
      e.public_id as event_public_id, e.type as event_type, e.data as event_data, e.created_at as event_created_at`.execute(db);
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Gives claimed deliveries back without counting an attempt (not started: over their endpoint's or
 * client's share, or the worker is shutting down): due again at once for any worker.
 */
export async function releaseClaims(db: Executor, ids: bigint[], token: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('webhook_deliveries')
    .set({ locked_until: null, lock_token: null })
    .where('id', 'in', ids)
    .where('lock_token', '=', token)
    .execute();
}

export interface DeliveryResult {
  id: bigint;
  /** The lease the result is recorded under. */
  token: string;
  status: WebhookDeliveryStatus;
  nextAttemptAt: Date | null;
  firstAttemptAt: Date;
  statusCode: number | null;
  error: string | null;
  completedAt: Date | null;
}

/**
 * Records the end of attempts, one statement for many deliveries — each only while the caller
 * still holds its lease (`token`): a worker whose lease ran out and was taken over records
 * nothing for that delivery. Returns each recorded delivery's attempt number by id.
 */
export async function finishAttempts(db: Executor, results: DeliveryResult[]): Promise<Map<bigint, number>> {
  if (results.length === 0) return new Map();
  const rows = sql.join(
    results.map(
      (r) =>
        sql`(${r.id}::bigint, ${r.token}::text, ${r.status}::text, ${r.nextAttemptAt}::timestamptz, ${r.firstAttemptAt}::timestamptz,
             ${r.statusCode}::integer, ${r.error}::text, ${r.completedAt}::timestamptz)`,
    ),
  );
  const { rows: updated } = await sql<{ id: bigint; attempts: number }>`
    update webhook_deliveries d set
      attempts = d.attempts + 1,
      status = v.status,
      next_attempt_at = coalesce(v.next_attempt_at, d.next_attempt_at),
      first_attempt_at = coalesce(d.first_attempt_at, v.first_attempt_at),
      locked_until = null,
      lock_token = null,
      last_status_code = v.status_code,
      last_error = v.error,
      completed_at = v.completed_at
    from (values ${rows}) as v(id, token, status, next_attempt_at, first_attempt_at, status_code, error, completed_at)
    where d.id = v.id and d.lock_token = v.token
    returning d.id, d.attempts`.execute(db);
  return new Map(updated.map((row) => [BigInt(row.id), row.attempts]));
}

/** Gives a claimed delivery up without sending it (its endpoint was disabled or deactivated meanwhile). */
export async function finishWithoutAttempt(db: Executor, id: bigint, token: string, reason: string, now: Date): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'failed', last_error: reason, completed_at: now, locked_until: null, lock_token: null })
    .where('id', '=', id)
    .where('lock_token', '=', token)
    .execute();
}

export interface NewAttempt {
  delivery_id: bigint;
  endpoint_id: number;
  attempt: number;
  started_at: Date;
  duration_ms: number;
  status_code: number | null;
  success: boolean;
  error: string | null;
}

export async function insertAttempts(db: Executor, attempts: NewAttempt[]): Promise<void> {
  if (attempts.length > 0) await db.insertInto('webhook_attempts').values(attempts).execute();
}

/** After a success: the endpoint is healthy. Skips the write when nothing would change much (a hot row otherwise). */
export async function markEndpointHealthy(db: Executor, endpointId: number, now: Date): Promise<void> {
  await db
    .updateTable('webhook_endpoints')
    .set({ failing_since: null, last_success_at: now })
    .where('id', '=', endpointId)
    .where((eb) =>
      eb.or([eb('failing_since', 'is not', null), eb('last_success_at', 'is', null), eb('last_success_at', '<', new Date(now.getTime() - 60_000))]),
    )
    .execute();
}

/** After a failure: returns since when the endpoint has been failing, and whether it is already disabled. */
export function markEndpointFailing(
  db: Executor,
  endpointId: number,
  since: Date,
  now: Date,
): Promise<{ failing_since: Date | null; disabled_at: Date | null } | undefined> {
  return db
    .updateTable('webhook_endpoints')
    .set((eb) => ({ failing_since: eb.fn.coalesce('failing_since', sql<Date>`${since}::timestamptz`), last_failure_at: now }))
    .where('id', '=', endpointId)
    .returning(['failing_since', 'disabled_at'])
    .executeTakeFirst();
}

// ---- attempts (what operators and clients see) ---------------------------------------------------

export interface AttemptRecord {
  id: bigint;
  delivery_id: bigint;
  endpoint_id: number;
  attempt: number;
  started_at: Date;
  duration_ms: number;
  status_code: number | null;
  success: boolean;
  error: string | null;
  kind: WebhookDeliveryKind;
  delivery_status: WebhookDeliveryStatus;
  next_attempt_at: Date;
  event_id: string;
  event_type: string;
}

export async function countAttempts(db: Executor, endpointId: number): Promise<number> {
  const row = await db
    .selectFrom('webhook_attempts')
    .where('endpoint_id', '=', endpointId)
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The endpoint's attempts, newest first (from the `offset`th). */
export function listAttempts(db: Executor, endpointId: number, limit: number, offset = 0): Promise<AttemptRecord[]> {
  return db
    .selectFrom('webhook_attempts as a')
    .innerJoin('webhook_deliveries as d', 'd.id', 'a.delivery_id')
    .innerJoin('events as e', 'e.id', 'd.event_id')
    .select([
      'a.id',
      'a.delivery_id',
      'a.endpoint_id',
      'a.attempt',
      'a.started_at',
      'a.duration_ms',
      'a.status_code',
      'a.success',
      'a.error',
      'd.kind',
      'd.status as delivery_status',
      'd.next_attempt_at',
      'e.public_id as event_id',
      'e.type as event_type',
    ])
    .where('a.endpoint_id', '=', endpointId)
    .orderBy('a.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}
