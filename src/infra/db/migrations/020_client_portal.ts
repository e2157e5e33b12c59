import { sql, type Kysely } from 'kysely';

/**
 * The client portal (docs/portal.md): people of a client who sign in with an e-mail address and a
 * password. A user is created by an invitation and has no password until it is accepted; e-mail
 * addresses are unique in the store (stored lower-case), so a sign-in names one user. Sessions,
 * invitations and password resets keep only the SHA-256 of their opaque tokens; the TOTP secret is
 * sealed with the store's at-rest key and recovery codes are SHA-256 hashes, as for operators
 * (019_operator_console). `email_outbox.body_sealed`: the body of a message that carries a link
 * with a token (an invitation, a password reset) is stored sealed with the same key and opened by
 * the mailer as it sends it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('client_users')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('owner', 'admin', 'developer', 'finance', 'viewer')`))
    .addColumn('password_hash', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('totp_last_step', 'integer')
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('client_users_client_idx').on('client_users').columns(['client_id', 'id']).execute();

  await db.schema
    .createTable('client_user_invitations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('client_users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('client_user_invitations_user_idx').on('client_user_invitations').column('user_id').execute();

  await db.schema
    .createTable('client_user_sessions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('client_users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('client_user_sessions_user_idx').on('client_user_sessions').columns(['user_id', 'id']).execute();

  await db.schema
    .createTable('client_user_password_resets')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('client_users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('client_user_password_resets_user_idx').on('client_user_password_resets').column('user_id').execute();

  await db.schema
    .createTable('client_user_recovery_codes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('client_users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('client_user_recovery_codes_code_key', ['user_id', 'code_hash'])
    .execute();

  await db.schema
    .alterTable('email_outbox')
    .addColumn('body_sealed', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('email_outbox').dropColumn('body_sealed').execute();
  for (const table of [
    'client_user_recovery_codes',
    'client_user_password_resets',
    'client_user_sessions',
    'client_user_invitations',
    'client_users',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
