import { sql, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';
import type {
  Database,
  LedgerAccountKind,
  TransactionStatus,
  TransactionType,
  WalletType,
} from '../infra/db/schema.ts';

// ---- records --------------------------------------------------------------------------------

export interface CurrencyRow {
  id: number;
  code: string;
  minor_units: number;
  active: boolean;
}

export interface WalletRecord {
  id: number;
  client_id: number;
  currency_id: number;
  currency_code: string;
  /** The currency's precision (minor units). */
  minor_units: number;
  type: WalletType;
  /** Minor units. */
  credit_limit: bigint;
  /** Minor units; the cache of the sum of the wallet's COMPLETED transactions. */
  balance: bigint;
  account_id: number;
  created_at: Date;
}

export interface TransactionRecord {
  id: number;
  wallet_id: number;
  client_id: number;
  currency_id: number;
  currency_code: string;
  minor_units: number;
  /** Signed minor units: CREDIT positive, DEBIT negative. */
  amount: bigint;
  transaction_type: TransactionType;
  status: TransactionStatus;
  reason: string;
  remarks: string;
  order_id: number | null;
  balance_after: bigint | null;
  source_currency: string | null;
  destination_currency: string | null;
  /** Minor units of the source currency (FX only). */
  source_amount: bigint | null;
  forex_rate: string | null;
  /** Minor units of the wallet currency (FX only). */
  conversion_charges: bigint | null;
  created_at: Date;
}

/**
 * BIGINT columns: node-postgres is configured to return bigint, but PGlite returns a JS number
 * while the value fits in 2^53 and a bigint beyond. Every money value read here goes through this.
 */
export const toBigInt = (value: bigint | number | string): bigint => (typeof value === 'bigint' ? value : BigInt(value));
const toBigIntOrNull = (value: bigint | number | string | null): bigint | null => (value === null ? null : toBigInt(value));

function toWallet<T extends { credit_limit: bigint; balance: bigint }>(row: T): T {
  return { ...row, credit_limit: toBigInt(row.credit_limit), balance: toBigInt(row.balance) };
}

function toTransaction(row: TransactionRecord): TransactionRecord {
  return {
    ...row,
    amount: toBigInt(row.amount),
    balance_after: toBigIntOrNull(row.balance_after),
    source_amount: toBigIntOrNull(row.source_amount),
    conversion_charges: toBigIntOrNull(row.conversion_charges),
  };
}

// ---- currencies -----------------------------------------------------------------------------

export function findCurrencyById(db: Executor, id: number): Promise<CurrencyRow | undefined> {
  return db.selectFrom('currencies').select(['id', 'code', 'minor_units', 'active']).where('id', '=', id).executeTakeFirst();
}

export function findCurrencyByCode(db: Executor, code: string): Promise<CurrencyRow | undefined> {
  return db
    .selectFrom('currencies')
    .select(['id', 'code', 'minor_units', 'active'])
    .where('code', '=', code.toUpperCase())
    .executeTakeFirst();
}

// ---- accounts -------------------------------------------------------------------------------

export const operatorAccountCode = (kind: LedgerAccountKind, currencyId: number) => `${kind}:${currencyId}`;
export const walletAccountCode = (clientId: number, currencyId: number) => `WALLET:${clientId}:${currencyId}`;

/**
 * The id of an account, created on first use. Safe under concurrency: a racing insert waits
 * for the other's unique key and then does nothing, and the re-read finds the committed row.
 */
export async function ensureAccount(
  db: Executor,
  account: { code: string; kind: LedgerAccountKind; currency_id: number },
): Promise<number> {
  const existing = await db.selectFrom('ledger_accounts').select('id').where('code', '=', account.code).executeTakeFirst();
  if (existing) return existing.id;
  const inserted = await db
    .insertInto('ledger_accounts')
    .values(account)
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  const row = await db.selectFrom('ledger_accounts').select('id').where('code', '=', account.code).executeTakeFirstOrThrow();
  return row.id;
}

// ---- wallets --------------------------------------------------------------------------------

function walletQuery(db: Executor) {
  return db
    .selectFrom('wallets as w')
    .innerJoin('currencies as c', 'c.id', 'w.currency_id')
    .select([
      'w.id',
      'w.client_id',
      'w.currency_id',
      'c.code as currency_code',
      'c.minor_units',
      'w.type',
      'w.credit_limit',
      'w.balance',
      'w.account_id',
      'w.created_at',
    ]);
}

export async function findWallet(db: Executor, id: number, clientId?: number): Promise<WalletRecord | undefined> {
  let query = walletQuery(db).where('w.id', '=', id);
  if (clientId !== undefined) query = query.where('w.client_id', '=', clientId);
  const row = await query.executeTakeFirst();
  return row && toWallet(row);
}

export async function findWalletByCurrency(db: Executor, clientId: number, currencyId: number): Promise<WalletRecord | undefined> {
  const row = await walletQuery(db).where('w.client_id', '=', clientId).where('w.currency_id', '=', currencyId).executeTakeFirst();
  return row && toWallet(row);
}

export interface WalletFilter {
  clientId?: number;
  currencyCode?: string;
  /** Case-insensitive substring of the wallet name ("USD Wallet"). */
  name?: string;
}

function filteredWallets(db: Executor, filter: WalletFilter) {
  let query = walletQuery(db);
  if (filter.clientId !== undefined) query = query.where('w.client_id', '=', filter.clientId);
  if (filter.currencyCode !== undefined) query = query.where('c.code', '=', filter.currencyCode);
  if (filter.name !== undefined && filter.name !== '') {
    query = query.where(sql<boolean>`strpos(lower(c.code || ' Wallet'), ${filter.name.toLowerCase()}) > 0`);
  }
  return query;
}

/** Wallets newest first (`id DESC`, api.md 5.1). */
export async function listWallets(
  db: Executor,
  filter: WalletFilter,
  page?: { limit: number; offset: number },
): Promise<WalletRecord[]> {
  let query = filteredWallets(db, filter).orderBy('w.id', 'desc');
  if (page) query = query.limit(page.limit).offset(page.offset);
  return (await query.execute()).map(toWallet);
}

export async function countWallets(db: Executor, filter: WalletFilter): Promise<number> {
  const row = await filteredWallets(db, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertWallet(
  db: Executor,
  values: { client_id: number; currency_id: number; type: WalletType; credit_limit: bigint; account_id: number; created_by: string },
): Promise<number> {
  const row = await db.insertInto('wallets').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Adds `delta` (minor units, signed) to the cached balance, in the caller's transaction, and
 * returns the new balance; `undefined` when a decrease would take a PREPAID wallet below zero
 * or a POSTPAID one below −credit_limit. The condition is part of the UPDATE, which holds the row
 * lock, so concurrent debits are checked one after another against the balance each leaves.
 */
export async function applyToBalance(db: Executor, walletId: number, delta: bigint): Promise<bigint | undefined> {
  const text = delta.toString();
  let query = db
    .updateTable('wallets')
    .set({ balance: sql<string>`balance + ${text}::bigint`, updated_at: sql<Date>`now()` })
    .where('id', '=', walletId);
  if (delta < 0n) {
    query = query.where(
      sql<boolean>`(balance + ${text}::bigint >= 0 or (type = 'POSTPAID' and balance + ${text}::bigint >= -credit_limit))`,
    );
  }
  const row = await query.returning('balance').executeTakeFirst();
  return row && toBigInt(row.balance);
}

// ---- transactions and entries ---------------------------------------------------------------

export interface NewTransaction {
  wallet_id: number;
  client_id: number;
  currency_id: number;
  amount: bigint;
  transaction_type: TransactionType;
  status: TransactionStatus;
  reason: string;
  remarks: string;
  order_id: number | null;
  balance_after: bigint | null;
  counter_account_id: number;
  source_currency_id: number | null;
  destination_currency_id: number | null;
  source_amount: bigint | null;
  forex_rate: string | null;
  conversion_charges: bigint | null;
  actor: string;
}

export async function insertTransaction(db: Executor, values: NewTransaction): Promise<{ id: number; created_at: Date }> {
  return db
    .insertInto('ledger_transactions')
    .values({
      ...values,
      amount: values.amount.toString(),
      balance_after: values.balance_after?.toString() ?? null,
      source_amount: values.source_amount?.toString() ?? null,
      conversion_charges: values.conversion_charges?.toString() ?? null,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function insertEntries(
  db: Executor,
  transactionId: number,
  entries: { account_id: number; currency_id: number; amount: bigint }[],
): Promise<void> {
  await db
    .insertInto('ledger_entries')
    .values(entries.map((entry) => ({ ...entry, transaction_id: transactionId, amount: entry.amount.toString() })))
    .execute();
}

function transactionQuery(db: Executor) {
  return db
    .selectFrom('ledger_transactions as t')
    .innerJoin('currencies as c', 'c.id', 't.currency_id')
    .leftJoin('currencies as sc', 'sc.id', 't.source_currency_id')
    .leftJoin('currencies as dc', 'dc.id', 't.destination_currency_id')
    .select([
      't.id',
      't.wallet_id',
      't.client_id',
      't.currency_id',
      'c.code as currency_code',
      'c.minor_units',
      't.amount',
      't.transaction_type',
      't.status',
      't.reason',
      't.remarks',
      't.order_id',
      't.balance_after',
      'sc.code as source_currency',
      'dc.code as destination_currency',
      't.source_amount',
      't.forex_rate',
      't.conversion_charges',
      't.created_at',
    ]);
}

type TransactionQuery = ReturnType<typeof transactionQuery>;

export async function findTransaction(db: Executor, id: number, clientId?: number): Promise<TransactionRecord | undefined> {
  let query = transactionQuery(db).where('t.id', '=', id);
  if (clientId !== undefined) query = query.where('t.client_id', '=', clientId);
  const row = (await query.executeTakeFirst()) as TransactionRecord | undefined;
  return row && toTransaction(row);
}

export interface TransactionFilter {
  clientId?: number;
  walletId?: number;
  currencyCode?: string;
  currencyId?: number;
  transactionType?: TransactionType;
  status?: TransactionStatus;
  orderId?: number;
  /** Inclusive. */
  start?: Date;
  /** Exclusive. */
  end?: Date;
}

export type TransactionSortField = 'id' | 'amount' | 'created_at';

function filteredTransactions(db: Executor, filter: TransactionFilter): TransactionQuery {
  let query = transactionQuery(db);
  if (filter.clientId !== undefined) query = query.where('t.client_id', '=', filter.clientId);
  if (filter.walletId !== undefined) query = query.where('t.wallet_id', '=', filter.walletId);
  if (filter.currencyCode !== undefined) query = query.where('c.code', '=', filter.currencyCode);
  if (filter.currencyId !== undefined) query = query.where('t.currency_id', '=', filter.currencyId);
  if (filter.transactionType !== undefined) query = query.where('t.transaction_type', '=', filter.transactionType);
  if (filter.status !== undefined) query = query.where('t.status', '=', filter.status);
  if (filter.orderId !== undefined) query = query.where('t.order_id', '=', filter.orderId);
  if (filter.start !== undefined) query = query.where('t.created_at', '>=', filter.start);
  if (filter.end !== undefined) query = query.where('t.created_at', '<', filter.end);
  return query;
}

export async function listTransactions(
  db: Executor,
  filter: TransactionFilter,
  options: { sort: { field: TransactionSortField; direction: 'ASC' | 'DESC' }; limit: number; offset: number },
): Promise<TransactionRecord[]> {
  const direction = options.sort.direction === 'ASC' ? 'asc' : 'desc';
  // Amounts are compared in major units, so 1000 JPY sorts above 241.25 USD.
  const key =
    options.sort.field === 'amount' ? sql`t.amount::numeric / power(10::numeric, c.minor_units)` : sql.ref(`t.${options.sort.field}`);
  let query = filteredTransactions(db, filter).orderBy(key, direction);
  // Ties (same amount or timestamp) keep a stable order: by id in the same direction.
  if (options.sort.field !== 'id') query = query.orderBy('t.id', direction);
  const rows = (await query.limit(options.limit).offset(options.offset).execute()) as TransactionRecord[];
  return rows.map(toTransaction);
}

export async function countTransactions(db: Executor, filter: TransactionFilter): Promise<number> {
  const row = await (filteredTransactions(db, filter) as unknown as SelectQueryBuilder<Database, 'ledger_transactions', object>)
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
