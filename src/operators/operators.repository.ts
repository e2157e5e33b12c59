import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';
import { orderedPage, searchMatches } from '../infra/db/ordered-page.ts';
import type { OptionalPageRequest } from '../shared/pages.ts';

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

/** What the operator list can be narrowed to; the fields combine with AND. */
export interface OperatorFilter {
  /** The username contains it (any case), or it is the id. */
  search?: string;
  active?: boolean;
}

/** The sorts of the operator list, each then by id. */
export const OPERATOR_SORT_FIELDS = ['id', 'username', 'created_at'] as const;
export type OperatorSortField = (typeof OPERATOR_SORT_FIELDS)[number];

function filteredOperators(db: Executor, filter: OperatorFilter) {
  let query = db.selectFrom('operators');
  if (filter.search !== undefined) query = query.where(searchMatches(filter.search, [sql.ref('username')], sql.ref('id')));
  if (filter.active !== undefined) query = query.where('active', '=', filter.active);
  return query;
}

export async function countOperatorRecords(db: Executor, filter: OperatorFilter): Promise<number> {
  const row = await filteredOperators(db, filter)
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The operators the filter selects, in the request's sort; a page of them or all. */
export function listOperatorRecords(
  db: Executor,
  filter: OperatorFilter,
  request: OptionalPageRequest<OperatorSortField>,
): Promise<OperatorRecord[]> {
  const keys = request.sort.field === 'id' ? [] : [sql.ref(request.sort.field)];
  return orderedPage(filteredOperators(db, filter).select(RECORD_COLUMNS), [...keys, sql.ref('id')], request.sort.direction, request.page).execute();
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
