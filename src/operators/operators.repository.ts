import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';

export interface OperatorRecord {
  id: number;
  username: string;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

const RECORD_COLUMNS = ['id', 'username', 'active', 'created_at', 'updated_at'] as const;

export async function insertOperator(db: Executor, values: { username: string; password_hash: string }): Promise<number> {
  const row = await db.insertInto('operators').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export function findOperatorRecord(db: Executor, operatorId: number): Promise<OperatorRecord | undefined> {
  return db.selectFrom('operators').select(RECORD_COLUMNS).where('id', '=', operatorId).executeTakeFirst();
}

export function listOperatorRecords(db: Executor): Promise<OperatorRecord[]> {
  return db.selectFrom('operators').select(RECORD_COLUMNS).orderBy('id').execute();
}

export function findOperatorByUsername(db: Executor, username: string) {
  return db
    .selectFrom('operators')
    .select(['id', 'username', 'active', 'password_hash', 'token_version', 'totp_enabled', 'totp_secret'])
    .where('username', '=', username)
    .executeTakeFirst();
}

/** What the operator hook needs to accept a token (cached per process). */
export function loadOperatorAuthRow(db: Executor, operatorId: number) {
  return db.selectFrom('operators').select(['id', 'username', 'active', 'token_version']).where('id', '=', operatorId).executeTakeFirst();
}

/**
 * Changes an operator; `revokeTokens` bumps the token version, so every token issued before
 * stops working. False when there is no such operator.
 */
export async function updateOperator(
  db: Executor,
  operatorId: number,
  changes: { active?: boolean; password_hash?: string; revokeTokens?: boolean },
): Promise<boolean> {
  const { revokeTokens, ...columns } = changes;
  const result = await db
    .updateTable('operators')
    .set((eb) => ({
      ...columns,
      ...(revokeTokens ? { token_version: eb('token_version', '+', 1) } : {}),
      updated_at: sql`now()` as unknown as Date,
    }))
    .where('id', '=', operatorId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
