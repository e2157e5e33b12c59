import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';

/** NOTIFY channel of the wallets trigger (022_low_balance_alerts): a wallet went below its threshold. */
export const LOW_BALANCE_CHANNEL = 'popup_store_low_balance';

/** How often a wallet may be alerted at most. */
export const ALERT_INTERVAL_MS = 24 * 3600 * 1000;

export interface ThresholdRow {
  id: number;
  client_id: number;
  currency_code: string;
  minor_units: number;
  balance: bigint;
  low_balance_threshold: bigint | null;
  low_balance_alerted: boolean;
  low_balance_alerted_at: Date | null;
}

function walletsWithCurrency(db: Executor) {
  return db
    .selectFrom('wallets as w')
    .innerJoin('currencies as c', 'c.id', 'w.currency_id')
    .select([
      'w.id',
      'w.client_id',
      'c.code as currency_code',
      'c.minor_units',
      'w.balance',
      'w.low_balance_threshold',
      'w.low_balance_alerted',
      'w.low_balance_alerted_at',
    ]);
}

/** The client's wallets with their thresholds, by id. */
export function listClientThresholds(db: Executor, clientId: number): Promise<ThresholdRow[]> {
  return walletsWithCurrency(db).where('w.client_id', '=', clientId).orderBy('w.id').execute() as Promise<ThresholdRow[]>;
}

/** The wallet (of `clientId` when given), locked in the caller's transaction. */
export function findWalletForUpdate(db: Executor, walletId: number, clientId?: number): Promise<ThresholdRow | undefined> {
  let query = walletsWithCurrency(db).where('w.id', '=', walletId);
  if (clientId !== undefined) query = query.where('w.client_id', '=', clientId);
  return query.forUpdate().executeTakeFirst() as Promise<ThresholdRow | undefined>;
}

/** A new threshold (null: none) arms the alert again; the 24 hours since the last one still hold. */
export async function setThreshold(db: Executor, walletId: number, threshold: bigint | null): Promise<void> {
  await db
    .updateTable('wallets')
    .set({ low_balance_threshold: threshold, low_balance_alerted: false, updated_at: sql<Date>`now()` })
    .where('id', '=', walletId)
    .execute();
}

/** Below the threshold, armed, and not alerted in the last 24 hours (as of `now`). */
const due = (now: Date) =>
  sql<boolean>`w.low_balance_threshold is not null and w.balance < w.low_balance_threshold and not w.low_balance_alerted
    and (w.low_balance_alerted_at is null or w.low_balance_alerted_at <= ${new Date(now.getTime() - ALERT_INTERVAL_MS)})`;

/** Wallets whose alert is due, oldest first (the partial index holds only wallets with a threshold). */
export async function dueWalletIds(db: Executor, now: Date, limit: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`select w.id from wallets w where ${due(now)} order by w.id limit ${limit}`.execute(db);
  return rows.map((row) => row.id);
}

/**
 * Marks the wallet alerted if its alert is still due: the conditional UPDATE that only one
 * transaction wins (a second one waits for the row lock, then finds the alert no longer due).
 */
export async function claimAlert(db: Executor, walletId: number, now: Date): Promise<ThresholdRow | undefined> {
  const { rows } = await sql<ThresholdRow>`
    update wallets w set low_balance_alerted = true, low_balance_alerted_at = ${now}
    from currencies c
    where w.id = ${walletId} and c.id = w.currency_id and ${due(now)}
    returning w.id, w.client_id, c.code as currency_code, c.minor_units, w.balance, w.low_balance_threshold,
      w.low_balance_alerted, w.low_balance_alerted_at`.execute(db);
  return rows[0];
}

/** Who is told: the client's active owners and finance users who accepted their invitation. */
export async function alertRecipients(db: Executor, clientId: number): Promise<{ email: string; client_name: string }[]> {
  return db
    .selectFrom('client_users as u')
    .innerJoin('clients as c', 'c.id', 'u.client_id')
    .select(['u.email', 'c.name as client_name'])
    .where('u.client_id', '=', clientId)
    .where('u.active', '=', true)
    .where('u.password_hash', 'is not', null)
    .where('u.role', 'in', ['owner', 'finance'])
    .orderBy('u.id')
    .execute();
}
