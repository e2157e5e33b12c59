import { sql } from 'kysely';
import type { ClientRateLimits } from '../auth/client-rate-limits.ts';
import { allowlistOf } from '../auth/tokens.repository.ts';
import type { Executor } from '../infra/db/executor.ts';
import { orderedPage, searchMatches } from '../infra/db/ordered-page.ts';
import type { OptionalPageRequest } from '../shared/pages.ts';

export interface ClientRecord {
  id: number;
  name: string;
  username: string;
  active: boolean;
  features: string[];
  ip_allowlist: string[];
  /** The demo client of `popup-store demo`. */
  demo: boolean;
  created_at: Date;
}

const allowlistColumn = allowlistOf('clients.id').as('ip_allowlist');

export async function insertClient(db: Executor, values: { name: string; username: string; features: string[]; demo: boolean }): Promise<number> {
  const row = await db.insertInto('clients').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findClientRecord(db: Executor, clientId: number): Promise<ClientRecord | undefined> {
  return db
    .selectFrom('clients')
    .select(['id', 'name', 'username', 'active', 'features', 'demo', 'created_at'])
    .select(allowlistColumn)
    .where('id', '=', clientId)
    .executeTakeFirst();
}

/** What the operator's client list can be narrowed to; the fields combine with AND. */
export interface ClientFilter {
  /** The name or username contains it (any case), or it is the id. */
  search?: string;
  active?: boolean;
}

/** The sorts of the operator's client list, each then by id. */
export const CLIENT_SORT_FIELDS = ['id', 'name', 'username', 'created_at'] as const;
export type ClientSortField = (typeof CLIENT_SORT_FIELDS)[number];

function filteredClients(db: Executor, filter: ClientFilter) {
  let query = db.selectFrom('clients');
  if (filter.search !== undefined) query = query.where(searchMatches(filter.search, [sql.ref('name'), sql.ref('username')], sql.ref('id')));
  if (filter.active !== undefined) query = query.where('active', '=', filter.active);
  return query;
}

export async function countClientRecords(db: Executor, filter: ClientFilter): Promise<number> {
  const row = await filteredClients(db, filter)
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The clients the filter selects, in the request's sort (names without case), a page of them or all. */
export function listClientRecords(
  db: Executor,
  filter: ClientFilter = {},
  request: OptionalPageRequest<ClientSortField> = { sort: { field: 'id', direction: 'ASC' }, page: null },
): Promise<ClientRecord[]> {
  const keys = {
    id: [],
    name: [sql`lower(name)`],
    username: [sql.ref('username')],
    created_at: [sql.ref('created_at')],
  }[request.sort.field];
  const query = filteredClients(db, filter).select(['id', 'name', 'username', 'active', 'features', 'demo', 'created_at']).select(allowlistColumn);
  return orderedPage(query, [...keys, sql.ref('id')], request.sort.direction, request.page).execute();
}

/** Ends every open portal session of the client's users (its deactivation). */
export async function endPortalSessions(db: Executor, clientId: number): Promise<void> {
  await db
    .updateTable('client_user_sessions')
    .set({ revoked_at: sql`now()` as unknown as Date })
    .where('revoked_at', 'is', null)
    .where('user_id', 'in', (eb) => eb.selectFrom('client_users').select('id').where('client_id', '=', clientId))
    .execute();
}

export async function updateClient(
  db: Executor,
  clientId: number,
  changes: { active?: boolean; features?: string[]; demo?: boolean; username?: string },
): Promise<boolean> {
  const result = await db
    .updateTable('clients')
    .set({ ...changes, updated_at: sql`now()` as unknown as Date })
    .where('id', '=', clientId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function addAllowlistEntry(db: Executor, clientId: number, cidr: string): Promise<boolean> {
  const result = await db
    .insertInto('client_ip_allowlist')
    .values({ client_id: clientId, cidr })
    .onConflict((oc) => oc.columns(['client_id', 'cidr']).doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

export async function removeAllowlistEntry(db: Executor, clientId: number, cidr: string): Promise<boolean> {
  const result = await db.deleteFrom('client_ip_allowlist').where('client_id', '=', clientId).where('cidr', '=', cidr).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The client's own rate limits (null: the configured default); undefined when there is no such client. */
export async function findRateLimits(db: Executor, clientId: number): Promise<ClientRateLimits | undefined> {
  const row = await db
    .selectFrom('clients')
    .select(['rate_limit_read', 'rate_limit_orders', 'rate_limit_quotes'])
    .where('id', '=', clientId)
    .executeTakeFirst();
  return row && { read: row.rate_limit_read, orders: row.rate_limit_orders, quotes: row.rate_limit_quotes };
}

export async function updateRateLimits(db: Executor, clientId: number, limits: ClientRateLimits): Promise<void> {
  await db
    .updateTable('clients')
    .set({
      rate_limit_read: limits.read,
      rate_limit_orders: limits.orders,
      rate_limit_quotes: limits.quotes,
      updated_at: sql`now()` as unknown as Date,
    })
    .where('id', '=', clientId)
    .execute();
}

/** The client's allowlist, by itself: what a scoped edit reads and replaces. */
export async function listAllowlist(db: Executor, clientId: number): Promise<string[]> {
  const rows = await db.selectFrom('client_ip_allowlist').select('cidr').where('client_id', '=', clientId).orderBy('cidr').execute();
  return rows.map((row) => row.cidr);
}

/** Replaces the client's allowlist with `cidrs` (normalized, distinct). */
export async function replaceAllowlist(db: Executor, clientId: number, cidrs: readonly string[]): Promise<void> {
  await db.deleteFrom('client_ip_allowlist').where('client_id', '=', clientId).execute();
  if (cidrs.length)
    await db
      .insertInto('client_ip_allowlist')
      .values(cidrs.map((cidr) => ({ client_id: clientId, cidr })))
      .execute();
}

/** The store's text on topping up (settings `top_up_instructions`), or null. */
export async function findStoreTopUpText(db: Executor): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', TOP_UP_KEY).executeTakeFirst();
  return row?.value ?? null;
}

export async function setStoreTopUpText(db: Executor, text: string | null): Promise<void> {
  if (text === null) {
    await db.deleteFrom('settings').where('key', '=', TOP_UP_KEY).execute();
    return;
  }
  await db
    .insertInto('settings')
    .values({ key: TOP_UP_KEY, value: text })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: text }))
    .execute();
}

/** The client's own text on topping up (null: the store's); undefined when there is no such client. */
export async function findClientTopUpText(db: Executor, clientId: number): Promise<{ text: string | null } | undefined> {
  const row = await db.selectFrom('clients').select('top_up_instructions').where('id', '=', clientId).executeTakeFirst();
  return row && { text: row.top_up_instructions };
}

export async function setClientTopUpText(db: Executor, clientId: number, text: string | null): Promise<boolean> {
  const result = await db.updateTable('clients').set({ top_up_instructions: text }).where('id', '=', clientId).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

const TOP_UP_KEY = 'top_up_instructions';
