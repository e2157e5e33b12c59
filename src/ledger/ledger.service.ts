import type { Kysely } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import { creditWallet, debitWallet, type WalletMovement } from './ledger.ts';
import type { TransactionRecord } from './ledger.repository.ts';
import { reconcileLedger, type LedgerAdministration, type ReconciliationReport } from './reconcile.ts';
import { lastReconciliation, recordReconciliation, type ReconciliationOutcome } from './reconciliation-record.ts';

/**
 * The ledger as the rest of the server uses it (container.ledger): postings inside the caller's
 * database transaction (or a new one when given the database), and reconciliation.
 */
export class LedgerService implements LedgerAdministration {
  constructor(private readonly deps: { db: Kysely<Database> }) {}

  /** Takes `movement.amount` from the wallet: 400 INSUFFICIENT_FUNDS when it cannot cover it. */
  debitWallet(db: Executor, movement: WalletMovement): Promise<TransactionRecord> {
    return debitWallet(db, movement);
  }

  /** Adds `movement.amount` to the wallet (top-up, refund). */
  creditWallet(db: Executor, movement: WalletMovement): Promise<TransactionRecord> {
    return creditWallet(db, movement);
  }

  /** Checks every invariant and keeps the outcome (lastReconciliation). */
  async reconcile(): Promise<ReconciliationReport> {
    const report = await reconcileLedger(this.deps.db);
    await recordReconciliation(this.deps.db, report);
    return report;
  }

  lastReconciliation(): Promise<ReconciliationOutcome | null> {
    return lastReconciliation(this.deps.db);
  }
}
