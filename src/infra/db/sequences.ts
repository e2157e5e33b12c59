import { sql } from 'kysely';
import type { Executor } from './executor.ts';

/**
 * A fresh id from the table's `serial` sequence, for a statement that needs a row's id before
 * it inserts the row. An id taken and never used leaves a gap, as a rolled-back insert does.
 */
export async function nextId(db: Executor, table: string): Promise<number> {
  const { rows } = await sql<{ id: number }>`select nextval(${`${table}_id_seq`}::regclass)::int as id`.execute(db);
  return rows[0]!.id;
}
