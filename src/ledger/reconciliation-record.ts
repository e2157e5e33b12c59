import type { Executor } from '../infra/db/executor.ts';
import { describeCheck, type ReconciliationReport } from './reconcile.ts';

const KEY = 'ledger.last_reconciliation';

/** The outcome of the last reconciliation, kept so that the console's overview can show it without running one. */
export interface ReconciliationOutcome {
  ok: boolean;
  checked_at: string;
  breaks: number;
  failed_checks: string[];
  /** What each failed check verifies, in the order of `failed_checks`. */
  failed_check_descriptions: string[];
}

export async function recordReconciliation(db: Executor, report: ReconciliationReport): Promise<void> {
  const outcome: Omit<ReconciliationOutcome, 'failed_check_descriptions'> = {
    ok: report.ok,
    checked_at: report.checked_at,
    breaks: report.checks.reduce((sum, check) => sum + check.breaks, 0),
    failed_checks: report.checks.filter((check) => !check.ok).map((check) => check.name),
  };
  const value = JSON.stringify(outcome);
  await db
    .insertInto('settings')
    .values({ key: KEY, value })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
    .execute();
}

export async function lastReconciliation(db: Executor): Promise<ReconciliationOutcome | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return null;
  const stored = JSON.parse(row.value) as Omit<ReconciliationOutcome, 'failed_check_descriptions'>;
  return { ...stored, failed_check_descriptions: stored.failed_checks.map(describeCheck) };
}
