import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/database.ts';
import { databaseSecret } from '../secrets.ts';

/** The `settings` row holding the random id this store was given by its first process. */
export const STORE_ID_SETTING = 'store_id';

/**
 * The invalidation channel (PostgreSQL NOTIFY and Redis pub/sub alike) of the store in this
 * database and schema, derived from the database itself, never from how its URL is spelled:
 * `localhost` and `127.0.0.1`, another user, password or parameter, a proxy in between all
 * reach the same channel; another schema (or database) gets another one.
 *
 * The identity is the store's own id — a random UUID the first process writes into the
 * `settings` table, which any role that can run the store can read — with the database and
 * schema names. `pg_control_system()`'s system identifier was not used: it can be revoked from
 * a role and is missing on some hosted PostgreSQL services, and a fallback chosen per process
 * would split the bus between processes whose roles or hosts differ; `inet_server_addr()`
 * differs with the route (IPv4/IPv6 loopback, proxies, NAT).
 */
export async function invalidationChannel(database: DatabaseHandle): Promise<string> {
  const storeId = await databaseSecret(database, STORE_ID_SETTING, () => randomUUID());
  const { rows } = await sql<{ database: string; schema: string | null }>`
    select current_database() as database, current_schema() as schema`.execute(database.db);
  const where = rows[0]!;
  return channelOf(`postgres|${storeId}|${where.database}|${where.schema ?? database.schema}`);
}

/** NOTIFY channels are identifiers (at most 63 bytes): a short hash. */
function channelOf(identity: string): string {
  return `popup_store_${createHash('sha256').update(identity).digest('hex').slice(0, 16)}`;
}
