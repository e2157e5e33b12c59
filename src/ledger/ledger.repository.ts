import { sql, type RawBuilder } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import { eventStatement, type NewEvent } from '../events/events.repository.ts';
import type { Executor } from '../infra/db/executor.ts';
import { microsOf } from '../infra/db/list-reads.ts';
import type { LedgerAccountKind, TransactionStatus, TransactionType, WalletType } from '../infra/db/schema.ts';

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
  return db.selectFrom('currencies').select(['id', 'code', 'minor_units', 'active']).where('code', '=', code.toUpperCase()).executeTakeFirst();
}

// ---- accounts -------------------------------------------------------------------------------

export const operatorAccountCode = (kind: LedgerAccountKind, currencyId: number) => `${kind}:${currencyId}`;
export const walletAccountCode = (clientId: number, currencyId: number) => `WALLET:${clientId}:${currencyId}`;

/**
 * The id of an account, created on first use. Safe under concurrency: a racing insert waits
 * for the other's unique key and then does nothing, and the re-read finds the committed row.
 */
export async function ensureAccount(db: Executor, account: { code: string; kind: LedgerAccountKind; currency_id: number }): Promise<number> {
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

/** The wallet if it is the scope's client's. */
export async function findClientWallet(db: Executor, scope: ClientScope, id: number): Promise<WalletRecord | undefined> {
  const row = await walletQuery(db).where('w.id', '=', id).where('w.client_id', '=', scope.clientId).executeTakeFirst();
  return row && toWallet(row);
}

/** The wallet, whoever's it is (operator tools). */
export async function findWalletForOperator(db: Executor, id: number): Promise<WalletRecord | undefined> {
  const row = await walletQuery(db).where('w.id', '=', id).executeTakeFirst();
  return row && toWallet(row);
}

export async function findWalletByCurrency(db: Executor, clientId: number, currencyId: number): Promise<WalletRecord | undefined> {
  const row = await walletQuery(db).where('w.client_id', '=', clientId).where('w.currency_id', '=', currencyId).executeTakeFirst();
  return row && toWallet(row);
}

export interface WalletFilter {
  currencyCode?: string;
  /** Case-insensitive substring of the wallet name ("USD Wallet"). */
  name?: string;
}

/** `clientId` undefined: every client's (operator tools only). */
function filteredWallets(db: Executor, clientId: number | undefined, filter: WalletFilter) {
  let query = walletQuery(db);
  if (clientId !== undefined) query = query.where('w.client_id', '=', clientId);
  if (filter.currencyCode !== undefined) query = query.where('c.code', '=', filter.currencyCode);
  if (filter.name !== undefined && filter.name !== '') {
    query = query.where(sql<boolean>`strpos(lower(c.code || ' Wallet'), ${filter.name.toLowerCase()}) > 0`);
  }
  return query;
}

async function listWallets(
  db: Executor,
  clientId: number | undefined,
  filter: WalletFilter,
  page?: { limit: number; offset: number },
): Promise<WalletRecord[]> {
  let query = filteredWallets(db, clientId, filter).orderBy('w.id', 'desc');
  if (page) query = query.limit(page.limit).offset(page.offset);
  return (await query.execute()).map(toWallet);
}

/** The scope's client's wallets newest first (`id DESC`, api.md 5.1). */
export function listClientWallets(
  db: Executor,
  scope: ClientScope,
  filter: WalletFilter,
  page?: { limit: number; offset: number },
): Promise<WalletRecord[]> {
  return listWallets(db, scope.clientId, filter, page);
}

/** Every client's wallets, or one client's, newest first (operator tools). */
export function listWalletsForOperator(db: Executor, filter: { clientId?: number }): Promise<WalletRecord[]> {
  return listWallets(db, filter.clientId, {});
}

export async function countClientWallets(db: Executor, scope: ClientScope, filter: WalletFilter): Promise<number> {
  const row = await filteredWallets(db, scope.clientId, filter)
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

/** A wallet as a movement sees it, and its balance after the movement. */
export interface MovedWallet {
  wallet: Omit<WalletRecord, 'balance'>;
  /** The new balance; null when the decrease was refused (nothing changed). */
  balanceAfter: bigint | null;
}

/**
 * The CTEs `target` (the wallet with its currency; none when there is no such wallet of that
 * client) and `moved` (its new balance; none when a decrease would take a PREPAID wallet below
 * zero or a POSTPAID one below −credit_limit). The condition is part of the UPDATE, which holds
 * the row lock and re-checks it against the latest committed balance, so concurrent debits are
 * checked one after another against the balance each leaves.
 */
function balanceCtes(walletId: number, clientId: number | undefined, delta: bigint, gate?: MovementGate) {
  const text = delta.toString();
  const ofClient = clientId === undefined ? sql`` : sql`and w.client_id = ${clientId}`;
  const guard =
    delta < 0n ? sql`and (w.balance + ${text}::bigint >= 0 or (w.type = 'POSTPAID' and w.balance + ${text}::bigint >= -w.credit_limit))` : sql``;
  const gated = gate ? sql`and target.currency_id = ${gate.currencyId}::int` : sql``;
  return sql`target as (
      select w.id, w.client_id, w.currency_id, c.code as currency_code, c.minor_units, w.type, w.credit_limit, w.account_id, w.created_at
      from wallets w join currencies c on c.id = w.currency_id
      where w.id = ${walletId} ${ofClient}
    ), moved as (
      update wallets w set balance = w.balance + ${text}::bigint, updated_at = now()
      from target where w.id = target.id ${guard} ${gated}
      returning w.balance
    )`;
}

/** For a movement in a statement that commits on its own: the balance moves only when the wallet is in `currencyId`. */
export interface MovementGate {
  currencyId: number;
}

type MovedRow = Omit<WalletRecord, 'balance'> & { balance_after: bigint | number | null };

function toMovedWallet(row: MovedRow): MovedWallet {
  const { balance_after, ...wallet } = row;
  return { wallet: { ...wallet, credit_limit: toBigInt(wallet.credit_limit) }, balanceAfter: toBigIntOrNull(balance_after) };
}

/** Locks the wallet row for the rest of the caller's transaction (see `lockWallet` in ledger.ts). */
export async function lockWalletRow(db: Executor, walletId: number): Promise<void> {
  await db.selectFrom('wallets').select('id').where('id', '=', walletId).forUpdate().execute();
}

/** Adds `delta` (minor units, signed) to the wallet's cached balance, reading the wallet: see `balanceCtes`. */
export async function moveBalance(db: Executor, walletId: number, clientId: number | undefined, delta: bigint): Promise<MovedWallet | undefined> {
  const { rows } = await sql<MovedRow>`
    with ${balanceCtes(walletId, clientId, delta)}
    select target.*, moved.balance as balance_after from target left join moved on true`.execute(db);
  return rows[0] && toMovedWallet(rows[0]);
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
  /** The operator account on the other side, by code (`operatorAccountCode`). */
  counter_account_code: string;
  source_currency_id: number | null;
  destination_currency_id: number | null;
  source_amount: bigint | null;
  forex_rate: string | null;
  conversion_charges: bigint | null;
  actor: string;
}

/** One leg of a movement: the wallet's own account, or an operator account by code. */
export interface NewEntry {
  account: 'wallet' | { code: string };
  currency_id: number;
  amount: bigint;
}

const bigintText = (value: bigint | null) => (value === null ? null : value.toString());

/** What the movement statement takes from the wallet: literal values, or columns of `target`/`moved`. */
interface WalletColumns {
  clientId: RawBuilder<unknown>;
  currencyId: RawBuilder<unknown>;
  accountId: RawBuilder<unknown>;
  balanceAfter: RawBuilder<unknown>;
  /** Extra keys of the event's data computed by the statement (besides transaction_id). */
  eventData: RawBuilder<unknown>;
  /** FROM items those columns come from (none for literals). */
  from: RawBuilder<unknown> | null;
}

/** The CTE of a movement's event (`eventStatement` names it and its deliveries' CTE after it). */
const MOVEMENT_EVENT = 'movement_event';

/**
 * The CTEs `accounts`, `tx`, `entries` and the event's that write a movement's transaction,
 * its entries and its event (with the transaction id merged into its data). When an operator
 * account named by code does not exist yet, `tx` is empty and nothing is written.
 */
function movementCtes(values: Omit<NewTransaction, 'balance_after'>, entries: NewEntry[], event: NewEvent, wallet: WalletColumns) {
  const codes = [...new Set([values.counter_account_code, ...entries.flatMap((entry) => (entry.account === 'wallet' ? [] : [entry.account.code]))])];
  const legs = sql.join(
    entries.map(
      (entry, ordinal) =>
        sql`(${ordinal}::int, ${entry.account === 'wallet' ? null : entry.account.code}::text, ${entry.currency_id}::int, ${entry.amount.toString()}::bigint)`,
    ),
  );
  const from = wallet.from ? sql`, ${wallet.from}` : sql``;
  const recorded = eventStatement(event, {
    from: sql`tx${from}`,
    merge: sql`jsonb_build_object('transaction_id', tx.id) || ${wallet.eventData}`,
    name: MOVEMENT_EVENT,
  });
  const ctes = sql`accounts as (
      select id, code from ledger_accounts where code = any(${codes}::text[])
    ), tx as (
      insert into ledger_transactions (wallet_id, client_id, currency_id, amount, transaction_type, status, reason, remarks, order_id,
        balance_after, counter_account_id, source_currency_id, destination_currency_id, source_amount, forex_rate, conversion_charges, actor)
      select ${values.wallet_id}::int, ${wallet.clientId}, ${wallet.currencyId}, ${values.amount.toString()}::bigint,
        ${values.transaction_type}::text, ${values.status}::text, ${values.reason}::text, ${values.remarks}::text, ${values.order_id}::int,
        ${wallet.balanceAfter}, (select id from accounts where code = ${values.counter_account_code}::text),
        ${values.source_currency_id}::int, ${values.destination_currency_id}::int, ${bigintText(values.source_amount)}::bigint,
        ${values.forex_rate}::numeric, ${bigintText(values.conversion_charges)}::bigint, ${values.actor}::text
      ${wallet.from ? sql`from ${wallet.from}` : sql``}
      where (select count(*) from accounts) = ${codes.length}
      returning id, created_at
    ), entries as (
      insert into ledger_entries (account_id, currency_id, amount, transaction_id)
      select coalesce(accounts.id, ${wallet.accountId}), leg.currency_id, leg.amount, tx.id
      from tx cross join (values ${legs}) as leg (ordinal, code, currency_id, amount)
      left join accounts on accounts.code = leg.code ${from}
      order by leg.ordinal
    ), ${recorded.ctes}`;
  return { ctes, notify: recorded.notify };
}

/**
 * The movement's transaction, its entries and its event, written by one statement in the
 * caller's transaction after `moveBalance`. Undefined when an operator account does not exist
 * yet (nothing written): create it (`ensureAccount`) and call again.
 */
export async function insertMovement(
  db: Executor,
  values: NewTransaction,
  walletAccountId: number,
  entries: NewEntry[],
  event: NewEvent,
): Promise<{ id: number; created_at: Date } | undefined> {
  const movement = movementCtes(values, entries, event, {
    clientId: sql`${values.client_id}::int`,
    currencyId: sql`${values.currency_id}::int`,
    accountId: sql`${walletAccountId}::int`,
    balanceAfter: sql`${bigintText(values.balance_after)}::bigint`,
    eventData: sql`'{}'::jsonb`,
    from: null,
  });
  const { rows } = await sql<{ id: number; created_at: Date }>`
    with ${movement.ctes}
    select tx.id, tx.created_at, ${movement.notify} as notified from tx, ${sql.table(MOVEMENT_EVENT)}`.execute(db);
  return rows[0] && { id: rows[0].id, created_at: rows[0].created_at };
}

/** Runs `moveAndInsertParts` as a statement of its own. */
export async function executeParts(db: Executor, parts: MoveAndInsertParts): Promise<MovedAndInserted | undefined> {
  const { rows } = await sql<MoveAndInsertRow>`with ${parts.ctes} select ${parts.columns} from ${parts.from}`.execute(db);
  return rows[0] && parts.read(rows[0]);
}

export type MoveAndInsertParts = ReturnType<typeof moveAndInsertParts>;
export type MovedAndInserted = MovedWallet & { inserted: { id: number; created_at: Date } | undefined };
type MoveAndInsertRow = MovedRow & { tx_id: number | null; tx_created_at: Date | null; notified?: unknown };

/**
 * `moveBalance` and `insertMovement` as parts of one statement, for a caller that already knows
 * the wallet's client and currency (`values`; checked against the row by the caller): the CTEs
 * (`target`, `moved`, `tx`, `entries`, `movement_event`, …: names the caller's CTEs must not take; the
 * ledger transaction's id is the expression `transactionId`), the select-list columns and FROM
 * items that give one row, and how to read that row. The event's `balance` is computed by the statement. `inserted` is undefined
 * when the balance did not move or an operator account is missing (then the balance moved but
 * nothing else was written: create the account and finish with `insertMovement`). A caller may
 * add CTEs and columns of its own (`executeParts` runs the parts alone).
 */
export function moveAndInsertParts(
  clientId: number | undefined,
  values: Omit<NewTransaction, 'balance_after'>,
  entries: NewEntry[],
  event: NewEvent,
  gate?: MovementGate,
) {
  const movement = movementCtes(values, entries, event, {
    clientId: sql`target.client_id`,
    currencyId: sql`target.currency_id`,
    accountId: sql`target.account_id`,
    balanceAfter: sql`moved.balance`,
    eventData: sql`jsonb_build_object('balance', trim_scale(moved.balance::numeric / 10::numeric ^ target.minor_units))`,
    from: sql`target, moved`,
  });
  return {
    ctes: sql`${balanceCtes(values.wallet_id, clientId, values.amount, gate)}, ${movement.ctes}`,
    columns: sql`target.*, moved.balance as balance_after, tx.id as tx_id, tx.created_at as tx_created_at, ${movement.notify} as notified`,
    from: sql`target left join moved on true left join tx on true left join ${sql.table(MOVEMENT_EVENT)} on true`,
    /** The ledger transaction's id in the statement (null when nothing was written), for the caller's own CTEs. */
    transactionId: sql<number>`(select id from tx)`,
    /** True in the statement once the balance moved. */
    balanceMoved: sql<boolean>`exists (select 1 from moved)`,
    /** True in the statement once the balance moved and the transaction, its entries and its event were written. */
    recorded: sql<boolean>`exists (select 1 from tx)`,
    /** Sends the NOTIFY of the event's webhook deliveries, if any (select it once). */
    notify: movement.notify,
    read(row: MoveAndInsertRow): MovedAndInserted {
      const { tx_id, tx_created_at, notified: _notified, ...moved } = row;
      return { ...toMovedWallet(moved), inserted: tx_id === null ? undefined : { id: tx_id, created_at: tx_created_at! } };
    },
  };
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

/** The transaction if it is the scope's client's. */
export async function findClientTransaction(db: Executor, scope: ClientScope, id: number): Promise<TransactionRecord | undefined> {
  const query = transactionQuery(db).where('t.id', '=', id).where('t.client_id', '=', scope.clientId);
  const row = (await query.executeTakeFirst()) as TransactionRecord | undefined;
  return row && toTransaction(row);
}

/** One of the client's transactions' `created_at` as the lists' sort key (`microsOf`), or undefined when the client has no such transaction. */
export async function findClientTransactionKey(db: Executor, scope: ClientScope, id: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('ledger_transactions')
    .select(microsOf('created_at').as('micros'))
    .where('id', '=', id)
    .where('client_id', '=', scope.clientId)
    .executeTakeFirst();
  return row?.micros;
}

export interface TransactionFilter {
  walletId?: number;
  currencyCode?: string;
  currencyId?: number;
  transactionType?: TransactionType;
  status?: TransactionStatus;
  /** Inclusive. */
  start?: Date;
  /** Exclusive. */
  end?: Date;
}

export type TransactionSortField = 'id' | 'amount' | 'created_at';

/** The transactions of these ids (any order; a list page puts them in its own). */
export async function findTransactionsByIds(db: Executor, ids: number[]): Promise<TransactionRecord[]> {
  if (ids.length === 0) return [];
  const rows = (await transactionQuery(db).where('t.id', 'in', ids).execute()) as TransactionRecord[];
  return rows.map(toTransaction);
}

/** A wallet's latest transactions, newest first (operator tools). */
export async function listWalletTransactions(db: Executor, walletId: number, limit: number, offset = 0): Promise<TransactionRecord[]> {
  const rows = (await transactionQuery(db)
    .where('t.wallet_id', '=', walletId)
    .orderBy('t.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute()) as TransactionRecord[];
  return rows.map(toTransaction);
}

export async function countWalletTransactions(db: Executor, walletId: number): Promise<number> {
  const row = await db
    .selectFrom('ledger_transactions')
    .where('wallet_id', '=', walletId)
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * What the scope's client spent on orders since `since`, per wallet currency: its orders' debits
 * less their refunds (minor units, positive when spent), and how many orders moved money.
 */
export async function sumClientOrderSpend(db: Executor, scope: ClientScope, since: Date) {
  const rows = await db
    .selectFrom('ledger_transactions as t')
    .innerJoin('currencies as c', 'c.id', 't.currency_id')
    .where('t.client_id', '=', scope.clientId)
    .where('t.order_id', 'is not', null)
    .where('t.status', '=', 'COMPLETED')
    .where('t.created_at', '>=', since)
    .groupBy(['c.code', 'c.minor_units'])
    .select([
      'c.code as currency_code',
      'c.minor_units',
      sql<string>`-sum(t.amount)`.as('spent'),
      sql<string>`count(distinct t.order_id)`.as('orders'),
    ])
    .orderBy('c.code')
    .execute();
  return rows.map((row) => ({
    currency_code: row.currency_code,
    minor_units: row.minor_units,
    spent: toBigInt(row.spent),
    orders: Number(row.orders),
  }));
}
