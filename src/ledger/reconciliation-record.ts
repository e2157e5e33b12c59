import type { Executor } from '../infra/db/executor.ts';
import type { ReconciliationReport } from './reconcile.ts';

const KEY = 'ledger.last_reconciliation';

/** The outcome of the last reconciliation, kept so that the console's overview can show it without running one. */
export interface ReconciliationOutcome {
  ok: boolean;
  checked_at: string;
  breaks: number;
  failed_checks: string[];
}

export async function recordReconciliation(db: Executor, report: ReconciliationReport): Promise<void> {
  const outcome: ReconciliationOutcome = {
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
  return row ? (JSON.parse(row.value) as ReconciliationOutcome) : null;
}
