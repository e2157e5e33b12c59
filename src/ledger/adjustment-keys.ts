import { createHash } from 'node:crypto';
import type { Executor } from '../infra/db/executor.ts';
import type { TransactionType } from '../infra/db/schema.ts';

/**
 * The `Idempotency-Key` of an operator's credit or debit (docs/ledger.md): kept with the ledger
 * transaction it made, in that transaction, under a primary key.
 */
export interface AdjustmentKey {
  request_hash: string;
  transaction_id: number;
}

/** What a repeat must ask again to be the same request: the wallet, the direction, the amount's value and the remarks. */
export function adjustmentHash(walletId: number, type: TransactionType, amount: bigint, note: string | null): string {
  return createHash('sha256')
    .update(JSON.stringify([walletId, type, amount.toString(), note]))
    .digest('hex');
}

export function findAdjustmentKey(db: Executor, key: string): Promise<AdjustmentKey | undefined> {
  return db.selectFrom('wallet_adjustment_keys').select(['request_hash', 'transaction_id']).where('key', '=', key).executeTakeFirst();
}

export async function insertAdjustmentKey(db: Executor, key: string, requestHash: string, transactionId: number): Promise<void> {
  await db.insertInto('wallet_adjustment_keys').values({ key, request_hash: requestHash, transaction_id: transactionId }).execute();
}
