import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';

/** Money summed per currency, in minor units, with the currency's code and places. */
export interface CurrencySum {
  currency: string;
  minor_units: number;
  amount: bigint;
  count: number;
}

/** Client wallet balances per currency: the wallets' cached balances, which reconcile checks. */
export async function walletBalances(db: Executor): Promise<CurrencySum[]> {
  const rows = await db
    .selectFrom('wallets as w')
    .innerJoin('currencies as c', 'c.id', 'w.currency_id')
    .select(['c.code as currency', 'c.minor_units', sql<string>`sum(w.balance)`.as('amount'), sql<string>`count(*)`.as('count')])
    .groupBy(['c.code', 'c.minor_units'])
    .orderBy('c.code')
    .execute();
  return rows.map((row) => ({ ...row, amount: BigInt(row.amount), count: Number(row.count) }));
}

/** The operator accounts' balances (funding, revenue, supplier payable, FX), from their ledger entries. */
export async function operatorAccountBalances(db: Executor): Promise<(CurrencySum & { kind: string })[]> {
  const rows = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .innerJoin('currencies as c', 'c.id', 'a.currency_id')
    .where('a.kind', '<>', 'CLIENT_WALLET')
    .select(['a.kind', 'c.code as currency', 'c.minor_units', sql<string>`sum(e.amount)`.as('amount'), sql<string>`count(*)`.as('count')])
    .groupBy(['a.kind', 'c.code', 'c.minor_units'])
    .orderBy('a.kind')
    .orderBy('c.code')
    .execute();
  return rows.map((row) => ({ ...row, amount: BigInt(row.amount), count: Number(row.count) }));
}

/** Orders placed since `since` and what they charged, per wallet currency (cancelled and failed orders charge nothing in the end). */
export async function ordersSince(db: Executor, since: Date): Promise<CurrencySum[]> {
  const rows = await db
    .selectFrom('orders as o')
    .innerJoin('currencies as c', 'c.id', 'o.wallet_currency_id')
    .where('o.created_at', '>=', since)
    .select([
      'c.code as currency',
      'c.minor_units',
      sql<string>`coalesce(sum(o.total_payable) filter (where o.status in ('DELIVERED', 'PARTIALLY_DELIVERED', 'PENDING')), 0)`.as('amount'),
      sql<string>`count(*)`.as('count'),
    ])
    .groupBy(['c.code', 'c.minor_units'])
    .orderBy('c.code')
    .execute();
  return rows.map((row) => ({ ...row, amount: BigInt(row.amount), count: Number(row.count) }));
}

export async function pendingSince(db: Executor, before: Date): Promise<number> {
  const row = await db
    .selectFrom('orders')
    .where('status', '=', 'PENDING')
    .where('created_at', '<', before)
    .select(sql<string>`count(*)`.as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Active endpoints that are failing now, and endpoints the store or an operator disabled. */
export async function webhookTrouble(db: Executor): Promise<{ failing: number; disabled: number }> {
  const row = await db
    .selectFrom('webhook_endpoints')
    .select([
      sql<string>`count(*) filter (where disabled_at is null and failing_since is not null)`.as('failing'),
      sql<string>`count(*) filter (where disabled_at is not null)`.as('disabled'),
    ])
    .executeTakeFirstOrThrow();
  return { failing: Number(row.failing), disabled: Number(row.disabled) };
}

const HOUR = sql<string>`to_char(date_trunc('hour', created_at at time zone 'UTC'), 'YYYY-MM-DD"T"HH24:00:00"Z"')`;
const DAY = sql<string>`to_char(o.created_at at time zone 'UTC', 'YYYY-MM-DD')`;

/** Orders per UTC hour since `since`, as RFC 3339 hours (hours without orders are absent). */
export async function ordersPerHour(db: Executor, since: Date): Promise<{ hour: string; count: number }[]> {
  const rows = await db
    .selectFrom('orders')
    .where('created_at', '>=', since)
    .select([HOUR.as('hour'), sql<string>`count(*)`.as('count')])
    .groupBy(HOUR)
    .orderBy(HOUR)
    .execute();
  return rows.map((row) => ({ hour: row.hour, count: Number(row.count) }));
}

/** What orders charged per UTC day (YYYY-MM-DD) since `since`, per wallet currency. */
export async function revenuePerDay(db: Executor, since: Date): Promise<(CurrencySum & { day: string })[]> {
  const rows = await db
    .selectFrom('orders as o')
    .innerJoin('currencies as c', 'c.id', 'o.wallet_currency_id')
    .where('o.created_at', '>=', since)
    .where('o.status', 'in', ['DELIVERED', 'PARTIALLY_DELIVERED', 'PENDING'])
    .select([DAY.as('day'), 'c.code as currency', 'c.minor_units', sql<string>`sum(o.total_payable)`.as('amount'), sql<string>`count(*)`.as('count')])
    .groupBy([DAY, 'c.code', 'c.minor_units'])
    .orderBy(DAY)
    .orderBy('c.code')
    .execute();
  return rows.map((row) => ({ ...row, amount: BigInt(row.amount), count: Number(row.count) }));
}
