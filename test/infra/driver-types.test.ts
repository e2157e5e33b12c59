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
      assert.ok(row.at instanceof Date, 'row.at instanceof Date');
      assert.equal(row.exact, '241.25');
      assert.equal(row.plain, 7);
    });

    test('a parameterised statement is prepared once and gives the same typed results every time it runs', async () => {
      const text = 'prepared-statement probe';
      await database.database.db.transaction().execute(async (trx) => {
        for (const [i, value] of [5n, 9007199254740993n, null].entries()) {
          const { rows } = await sql<{ value: unknown; label: unknown; i: unknown }>`
            select ${value === null ? null : value.toString()}::bigint as value, ${text}::text as label, ${i}::int as i`.execute(trx);
          assert.deepEqual(rows, [{ value, label: text, i }]);
        }
        // Same connection (one transaction): the statement is in this session's prepared set.
        const { rows } = await sql<{ n: unknown }>`
          select count(*)::int as n from pg_prepared_statements where statement like ${'%as value, $2::text as label%'}`.execute(trx);
        assert.equal(rows[0]!.n, 1);
      });
    });
  });
}
