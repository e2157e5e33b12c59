import { sql, type RawBuilder } from 'kysely';

/** SQLSTATE raised by `abort_statement` (migration 012). */
export const STATEMENT_ABORTED = 'PRS01';

/**
 * A select-list expression that aborts the whole statement, and so everything it wrote, unless
 * `condition` holds once its CTEs have run. For a statement that runs on its own (autocommit).
 */
export function abortUnless(condition: RawBuilder<boolean>, reason: string): RawBuilder<boolean | null> {
  return sql<boolean | null>`case when not coalesce(${condition}, false) then abort_statement(${reason}::text) end`;
}

export function isStatementAbort(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === STATEMENT_ABORTED;
}
