import { sql, type Kysely } from 'kysely';

/**
 * Several named API credentials per client (docs/reference/authentication.md): each a username and
 * the argon2id hash of a secret shown once, when it was last used and from where (set at login),
 * revocable. Each client's credential of 001_foundation becomes its first one ("Primary", with the
 * client's username and secret hash), and `clients.secret_hash` goes: a secret lives in one place.
 * `clients.username` stays, the username of that first credential (the operator's lists show it).
 * A token family knows the credential that logged in, so revoking a credential ends its tokens;
 * the families of before had only that first credential to come from.
 * `clients.top_up_instructions`: how this client tops up its wallets, over the store's text
 * (`settings` key `top_up_instructions`); null: the store's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('client_credentials')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('last_used_ip', 'text')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'text')
    .execute();
  await db.schema.createIndex('client_credentials_client_idx').on('client_credentials').columns(['client_id', 'id']).execute();
  await sql`insert into client_credentials (client_id, name, username, secret_hash, created_by, created_at)
    select id, 'Primary', username, secret_hash, 'migration', created_at from clients order by id`.execute(db);
  await db.schema.alterTable('clients').dropColumn('secret_hash').execute();
  await db.schema.alterTable('clients').addColumn('top_up_instructions', 'text').execute();

  await db.schema
    .alterTable('token_families')
    .addColumn('credential_id', 'integer', (c) => c.references('client_credentials.id').onDelete('cascade'))
    .execute();
  await sql`update token_families f set credential_id = c.id from client_credentials c where c.client_id = f.client_id`.execute(db);
  await db.schema
    .alterTable('token_families')
    .alterColumn('credential_id', (c) => c.setNotNull())
    .execute();
  await db.schema.createIndex('token_families_credential_idx').on('token_families').column('credential_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('token_families').dropColumn('credential_id').execute();
  await db.schema.alterTable('clients').dropColumn('top_up_instructions').execute();
  await db.schema.alterTable('clients').addColumn('secret_hash', 'text').execute();
  await sql`update clients set secret_hash = c.secret_hash from client_credentials c where c.username = clients.username`.execute(db);
  await sql`update clients set secret_hash = '' where secret_hash is null`.execute(db);
  await db.schema
    .alterTable('clients')
    .alterColumn('secret_hash', (c) => c.setNotNull())
    .execute();
  await db.schema.dropTable('client_credentials').ifExists().execute();
}
