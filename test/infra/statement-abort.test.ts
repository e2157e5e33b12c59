import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { abortUnless, isStatementAbort } from '../../src/infra/db/statement-abort.ts';
import { nextId } from '../../src/infra/db/sequences.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../helpers/store.ts';

/** `abortUnless` (migration 012) and `nextId`: what the one-statement order is built on. */
for (const engine of ENGINES) {
  describe(`statement abort and sequence ids [${engine}]`, () => {
    let database: TestDatabase;
    const db = () => database.database.db;
    before(async () => {
      database = await openTestDatabase(engine);
      await sql`create table abort_probe (id serial primary key, label text not null)`.execute(db());
    });
    after(() => database.drop());

    const insertChecked = (label: string, expected: number) =>
      sql<{ ok: unknown }>`
      with written as (insert into abort_probe (label) values (${label}) returning id)
      select ${abortUnless(sql<boolean>`(select count(*) from written) = ${expected}`, 'probe refused')} as ok from written`.execute(db());

    test('a statement whose condition holds commits on its own', async () => {
      const { rows } = await insertChecked('kept', 1);
      assert.deepEqual(rows, [{ ok: null }]);
      const kept = await sql<{ label: string }>`select label from abort_probe`.execute(db());
      assert.deepEqual(kept.rows, [{ label: 'kept' }]);
    });

    test('one whose condition fails raises PRS01 and leaves none of its writes', async () => {
      const error = await insertChecked('dropped', 2).then(
        () => null,
        (e: unknown) => e,
      );
      assert.ok(isStatementAbort(error), String(error));
      assert.match(String((error as Error).message), /probe refused/);
      const { rows } = await sql<{ label: string }>`select label from abort_probe order by id`.execute(db());
      assert.deepEqual(
        rows.map((r) => r.label),
        ['kept'],
        'the aborted insert is gone',
      );
      assert.equal(isStatementAbort(new Error('other')), false);
      assert.equal(isStatementAbort(null), false);
    });

    test('nextId draws from the table sequence: the row can then be inserted with it, and the serial moves past it', async () => {
      const first = await nextId(db(), 'abort_probe');
      const second = await nextId(db(), 'abort_probe');
      assert.ok(second > first, 'second > first');
      await sql`insert into abort_probe (id, label) values (${first}, 'drawn')`.execute(db());
      const { rows } = await sql<{ id: number }>`insert into abort_probe (label) values ('next') returning id`.execute(db());
      assert.ok(rows[0]!.id > second, 'the default does not hand out a drawn id again');
    });
  });
}
