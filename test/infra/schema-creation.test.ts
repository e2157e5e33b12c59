import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openPostgres, type DatabaseHandle } from '../../src/infra/db/database.ts';
import { dropSchema } from '../helpers/store.ts';

const url = process.env.DATABASE_URL;

describe('stores started at once on a new PostgreSQL schema', { skip: url ? false : 'needs DATABASE_URL' }, () => {
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const handles: DatabaseHandle[] = [];
  after(async () => {
    await Promise.all(handles.map((handle) => handle.close()));
    await dropSchema(url!, schema);
  });

  test('each opens it: the one that creates the schema does not make the others fail', async () => {
    // Eight at once: CREATE SCHEMA IF NOT EXISTS alone lets all but one fail on the schema's name.
    const opened = await Promise.allSettled(Array.from({ length: 8 }, () => openPostgres({ url: url!, schema, poolSize: 1 })));
    for (const result of opened) if (result.status === 'fulfilled') handles.push(result.value);
    assert.deepEqual(
      opened.filter((result) => result.status === 'rejected').map((result) => String((result as PromiseRejectedResult).reason)),
      [],
    );
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(handles[0]!.db);
    assert.equal(rows[0]!.schema, schema);
  });
});
