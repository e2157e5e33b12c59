import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { hashSecret, verifySecret } from '../../src/auth/credentials.ts';
import { openPGlite, openPostgres, type DatabaseHandle } from '../../src/infra/db/database.ts';
import { migrateTo, migrateToLatest, MIGRATIONS } from '../../src/infra/db/migrate.ts';
import { dropSchema, ENGINES } from '../helpers/store.ts';

/**
 * 021_api_credentials on a store with clients and tokens from before: each client's credential
 * becomes its first ("Primary": same username, same secret hash), its token families that
 * credential's, and `clients.secret_hash` is gone.
 */
for (const engine of ENGINES) {
  describe(`migration 021_api_credentials on existing data [${engine}]`, () => {
    test("each client's credential and tokens of before become its first credential's", async () => {
      const url = process.env.DATABASE_URL!;
      const schema = engine === 'postgres' ? `t_${process.pid}_${randomBytes(4).toString('hex')}` : null;
      const database: DatabaseHandle = schema ? await openPostgres({ url, schema, poolSize: 2 }) : await openPGlite(null);
      try {
        // Through the store's migrator, which tries again when another schema of a shared
        // database is dropped while Kysely lists every table.
        assert.equal((await migrateTo(database, '020_client_portal')).at(-1), '020_client_portal');
        const hash = await hashSecret('the secret of before');
        for (const name of ['One', 'Two']) {
          await sql`insert into clients (name, username, secret_hash) values (${name}, ${`prs_${name.toLowerCase()}`}, ${hash})`.execute(database.db);
        }
        await sql`insert into token_families (id, client_id) select 'family-' || id, id from clients`.execute(database.db);

        assert.deepEqual(
          await migrateToLatest(database),
          Object.keys(MIGRATIONS).filter((name) => name >= '021'),
        );
        const credentials = await database.db
          .selectFrom('client_credentials')
          .select(['id', 'client_id', 'name', 'username', 'secret_hash', 'created_by', 'revoked_at', 'last_used_at'])
          .orderBy('id')
          .execute();
        assert.deepEqual(
          credentials.map((credential) => [
            credential.name,
            credential.username,
            credential.created_by,
            credential.revoked_at,
            credential.last_used_at,
          ]),
          [
            ['Primary', 'prs_one', 'migration', null, null],
            ['Primary', 'prs_two', 'migration', null, null],
          ],
        );
        assert.ok(await verifySecret(credentials[0]!.secret_hash, 'the secret of before'), 'the same secret logs in');
        const families = await database.db.selectFrom('token_families').select(['id', 'client_id', 'credential_id']).orderBy('client_id').execute();
        assert.deepEqual(
          families.map((family) => family.credential_id),
          credentials.map((credential) => credential.id),
        );
        const columns = await sql<{ column_name: string }>`select column_name from information_schema.columns
          where table_schema = ${database.schema} and table_name = 'clients'`.execute(database.db);
        assert.ok(!columns.rows.some((column) => column.column_name === 'secret_hash'), 'clients.secret_hash is gone');
        assert.ok(
          columns.rows.some((column) => column.column_name === 'top_up_instructions'),
          "columns.rows.some((column) => column.column_name === 'top_up_instructions')",
        );
      } finally {
        await database.close();
        if (schema) await dropSchema(url, schema);
      }
    });
  });
}
