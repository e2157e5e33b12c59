import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import pg from 'pg';
import { isOtherSchemaGone } from '../../src/infra/db/migrate.ts';
import { openTestDatabase } from '../helpers/store.ts';

describe('migrations on a shared PostgreSQL database', () => {
  test('a listing that failed because another schema was dropped meanwhile is tried again; our own schema missing is not', () => {
    const gone = (schema: string) => Object.assign(new Error(`schema "${schema}" does not exist`), { code: '3F000' });
    assert.equal(isOtherSchemaGone(gone('t_other_1'), 'store_a'), true);
    assert.equal(isOtherSchemaGone(gone('store_a'), 'store_a'), false);
    const relationGone = (name: string) => Object.assign(new Error(`relation "${name}" does not exist`), { code: '42P01' });
    assert.equal(isOtherSchemaGone(relationGone('t_other_1.ledger_transactions'), 'store_a'), true, 'seen in CI: a table of a schema being dropped');
    assert.equal(isOtherSchemaGone(relationGone('store_a.ledger_transactions'), 'store_a'), false);
    assert.equal(isOtherSchemaGone(relationGone('x'), 'store_a'), false, 'unqualified: could be ours');
    assert.equal(isOtherSchemaGone(new Error('schema "t_other_1" does not exist'), 'store_a'), false);
    const columnGone = (message: string) => Object.assign(new Error(message), { code: '42703' });
    assert.equal(
      isOtherSchemaGone(columnGone('column "timestamp" of relation "kysely_migration" does not exist'), 'store_a'),
      true,
      'seen in CI: pg_get_serial_sequence on a table of a schema being dropped',
    );
    assert.equal(isOtherSchemaGone(columnGone('column "timestamp" does not exist'), 'store_a'), false, 'a query of ours naming a missing column');
    assert.equal(isOtherSchemaGone(undefined, 'store_a'), false);
  });
});

describe('migrations while other schemas come and go [postgres]', { skip: process.env.DATABASE_URL ? false : 'DATABASE_URL not set' }, () => {
  test('a new schema migrates while another process keeps creating and dropping schemas of its own', async () => {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    let churning = true;
    const churn = (async () => {
      for (let i = 0; churning; i++) {
        const schema = `t_churn_${process.pid}_${i}`;
        await admin.query(`create schema ${schema}; create table ${schema}.t (id serial primary key, a int, b text)`);
        await admin.query(`drop schema ${schema} cascade`);
      }
    })();
    try {
      for (let round = 0; round < 6; round++) {
        const database = await openTestDatabase('postgres');
        await database.drop();
      }
    } finally {
      churning = false;
      await churn;
      await admin.end();
    }
  });
});
