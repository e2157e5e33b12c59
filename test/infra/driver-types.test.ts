import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { ENGINES, openTestDatabase, type TestDatabase } from '../helpers/store.ts';

for (const engine of ENGINES) {
  describe(`driver types [${engine}]`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.drop());

    test('BIGINT is a bigint (small and large), timestamptz a Date, numeric a string, int a number', async () => {
      const { rows } = await sql<{ small: unknown; large: unknown; at: unknown; exact: unknown; plain: unknown }>`
        select 5::bigint as small, 9007199254740993::bigint as large, now() as at,
               241.25::numeric as exact, 7::int as plain`.execute(database.database.db);
      const row = rows[0]!;
      assert.equal(row.small, 5n);
      assert.equal(row.large, 9007199254740993n);
      assert.ok(row.at instanceof Date);
      assert.equal(row.exact, '241.25');
      assert.equal(row.plain, 7);
    });
  });
}
