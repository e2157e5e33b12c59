import { sql, type Kysely } from 'kysely';

/**
 * Per-client rate limits: requests per minute of one client for each class the
 * configuration has per client (`RATE_LIMIT_READ`, `RATE_LIMIT_ORDERS`, `RATE_LIMIT_QUOTES`).
 * Null is the configured default.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['rate_limit_read', 'rate_limit_orders', 'rate_limit_quotes']) {
    await sql`alter table clients add column if not exists ${sql.ref(column)} integer check (${sql.ref(column)} between 1 and 1000000)`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['rate_limit_read', 'rate_limit_orders', 'rate_limit_quotes']) {
    await sql`alter table clients drop column if exists ${sql.ref(column)}`.execute(db);
  }
}
