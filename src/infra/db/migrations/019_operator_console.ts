import { sql, type Kysely } from 'kysely';

/**
 * Operator sign-in for the web console (README, "Console sign-in"): cookie sessions and optional
 * TOTP. A session row holds the SHA-256 of its opaque token, never the token; the CSRF token is an
 * HMAC of the session token, so it needs no column. A TOTP secret is stored sealed with the
 * store's at-rest key (AES-256-GCM, as voucher codes are), recovery codes as SHA-256 hashes, each
 * used once. `totp_last_step` is the last time step a code was accepted at, so a code is never
 * accepted twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('operator_sessions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('operator_id', 'integer', (c) => c.notNull().references('operators.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('operator_sessions_operator_idx').on('operator_sessions').columns(['operator_id', 'id']).execute();

  await db.schema
    .alterTable('operators')
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('totp_last_step', 'integer')
    .execute();
  await db.schema
    .createTable('operator_recovery_codes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('operator_id', 'integer', (c) => c.notNull().references('operators.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('operator_recovery_codes_code_key', ['operator_id', 'code_hash'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('operator_recovery_codes').ifExists().execute();
  await db.schema.dropTable('operator_sessions').ifExists().execute();
  await db.schema.alterTable('operators').dropColumn('totp_secret').dropColumn('totp_enabled').dropColumn('totp_last_step').execute();
}
