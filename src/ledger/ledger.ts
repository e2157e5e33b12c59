import { DomainError, errors } from '../shared/errors.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { LedgerAccountKind, TransactionType } from '../infra/db/schema.ts';
import { parseDecimal } from '../money/decimal.ts';
import * as repo from './ledger.repository.ts';
import type { CurrencyRow, TransactionRecord, WalletRecord } from './ledger.repository.ts';
import { formatMinor, MAX_AMOUNT_MAJOR, minorToNumber, overMaximum } from '../money/minor-units.ts';
import type { NewEvent } from '../events/events.repository.ts';

export type { TransactionRecord, WalletRecord };

/**
 * Postings (api.md 5.3): every wallet movement is one immutable ledger transaction with
 * balanced double entries, written in the caller's database transaction together with the
 * conditional update of the wallet's cached balance. This is what the orders module calls:
 *
 *   await db.transaction().execute(async (trx) => {
 *     … insert the order …
 *     const debit = await debitWallet(trx, { walletId, amount: totalPayable, counterAccount: 'REVENUE',
 *       note: `Order #${orderId}`, orderId, reason: 'ORDER', actor: `client:${clientId}`, clientId });
 *   });
 *
 * A PREPAID wallet never goes below zero and a POSTPAID one never below −credit_limit, under any
 * concurrency: the check is the WHERE clause of the UPDATE that takes the row lock.
 */

/** The operator's side of every movement, one account per kind and currency. */
export type OperatorAccountKind = Exclude<LedgerAccountKind, 'CLIENT_WALLET'>;
export const OPERATOR_ACCOUNT_KINDS: readonly OperatorAccountKind[] = ['FUNDING', 'REVENUE', 'SUPPLIER_PAYABLE', 'FX'];

/** The cross-currency part of a movement: the value in the other currency and how it was converted. */
export interface FxLeg {
  /** The currency the value came from (e.g. the product's); not the wallet's. */
  sourceCurrencyId: number;
  /** Minor units of the source currency, > 0 (e.g. total_amount + gst_amount). */
  sourceAmount: bigint;
  /** The rate used, as exact decimal text ("1.17"). */
  forexRate: string;
  /** The fixed conversion fee included in the movement, minor units of the wallet currency, ≥ 0. */
  conversionCharges: bigint;
}

export interface WalletMovement {
  walletId: number;
  /** Minor units of the wallet currency, > 0; the sign comes from debit/credit. */
  amount: bigint;
  /** The operator account on the other side (in the source currency when `fx` is given). */
  counterAccount: OperatorAccountKind;
  /** Text after the standard remark: "USD Wallet debited by amount 241.25 - <note>". */
  note?: string | null;
  /** Machine-readable purpose, e.g. TOP_UP, ADJUSTMENT, ORDER, REFUND. */
  reason: string;
  /** Who caused it, e.g. `operator:admin-token`, `client:12`, `system`. */
  actor: string;
  /** When given, the wallet must belong to this client (else 404 Wallet not found). */
  clientId?: number;
  orderId?: number | null;
  fx?: FxLeg | null;
  /**
   * The wallet's currency, when the caller has just read the wallet (an order's quote): a
   * movement without FX is then written with one statement instead of two. Checked against the
   * wallet row; a mismatch is an error and the caller's transaction rolls back.
   */
  walletCurrency?: { id: number; code: string; minorUnits: number };
}

export const INSUFFICIENT_FUNDS_MESSAGE = 'Insufficient wallet balance';
export const CREDIT_LIMIT_MESSAGE = 'Credit limit exceeded';

/** 400 INSUFFICIENT_FUNDS (api.md 1.5); POSTPAID over its credit limit says so. */
export function insufficientFunds(message = INSUFFICIENT_FUNDS_MESSAGE): DomainError {
  return errors.badRequest(message, 'INSUFFICIENT_FUNDS');
}

export const walletName = (currencyCode: string) => `${currencyCode} Wallet`;

/** "USD Wallet debited by amount 241.25 - Order #1234" (api.md 5.2); no " - …" without a note. */
export function movementRemarks(
  wallet: { currency_code: string; minor_units: number },
  type: TransactionType,
  amount: bigint,
  note?: string | null,
): string {
  const verb = type === 'DEBIT' ? 'debited' : 'credited';
  const base = `${walletName(wallet.currency_code)} ${verb} by amount ${formatMinor(amount, wallet.minor_units)}`;
  const text = note?.trim();
  return text ? `${base} - ${text}` : base;
}

/**
 * Takes the wallet's row lock now, in the caller's transaction, before its other writes: a
 * caller whose later writes can wait for another transaction's (an order's unique keys) takes
 * the locks in the order that a statement moving the balance first does, so neither waits for
 * the other in a cycle.
 */
export function lockWallet(trx: Executor, walletId: number): Promise<void> {
  return repo.lockWalletRow(trx, walletId);
}

/** Takes `amount` from the wallet; 400 INSUFFICIENT_FUNDS when the wallet cannot cover it. */
export function debitWallet(db: Executor, movement: WalletMovement): Promise<TransactionRecord> {
  return post(db, movement, 'DEBIT');
}

/** Adds `amount` to the wallet (top-up, refund). */
export function creditWallet(db: Executor, movement: WalletMovement): Promise<TransactionRecord> {
  return post(db, movement, 'CREDIT');
}

/** Runs `work` in the caller's transaction, or in a new one when given the database itself. */
export function inTransaction<T>(db: Executor, work: (trx: Executor) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

function checkMovement(movement: WalletMovement): void {
  const { amount, fx } = movement;
  if (typeof amount !== 'bigint' || amount <= 0n) throw new TypeError('ledger: amount must be a positive bigint (minor units)');
  if (!OPERATOR_ACCOUNT_KINDS.includes(movement.counterAccount)) throw new TypeError(`ledger: unknown account ${movement.counterAccount}`);
  if (fx) {
    if (typeof fx.sourceAmount !== 'bigint' || fx.sourceAmount <= 0n) throw new TypeError('ledger: fx.sourceAmount must be > 0');
    if (typeof fx.conversionCharges !== 'bigint' || fx.conversionCharges < 0n) throw new TypeError('ledger: fx.conversionCharges must be ≥ 0');
    const rate = parseDecimal(fx.forexRate);
    if (!rate || rate.units <= 0n || rate.scale > 12) {
      throw new TypeError('ledger: fx.forexRate must be a positive decimal with at most 12 decimal places');
    }
  }
}

type Wallet = Omit<repo.WalletRecord, 'balance'>;

/** The movement's change to the wallet balance: negative for a debit. */
const signedAmount = (movement: WalletMovement, type: TransactionType) => (type === 'DEBIT' ? -movement.amount : movement.amount);

/** The wallet, or the refusal: 404, an amount beyond the maximum, or not enough funds. */
function checkedMove(moved: repo.MovedWallet | undefined, movement: WalletMovement): { wallet: Wallet; balanceAfter: bigint } {
  if (!moved) throw errors.notFound('Wallet not found');
  const { wallet, balanceAfter } = moved;
  // Refusals come after the UPDATE: they throw, and the caller's transaction rolls it back.
  checkMaximum(movement.amount, wallet.minor_units);
  if (balanceAfter === null) {
    throw insufficientFunds(wallet.type === 'POSTPAID' ? CREDIT_LIMIT_MESSAGE : INSUFFICIENT_FUNDS_MESSAGE);
  }
  return { wallet, balanceAfter };
}

function checkMaximum(amount: bigint, minorUnits: number): void {
  if (overMaximum(amount, minorUnits)) throw errors.validation(`Invalid amount: must be at most ${MAX_AMOUNT_MAJOR}`);
}

interface WalletSide {
  id: number;
  client_id: number;
  currency_id: number;
  currency_code: string;
  minor_units: number;
}

/** The transaction row, its legs, its event (without `balance`) and the operator accounts they name. */
function planMovement(movement: WalletMovement, type: TransactionType, wallet: WalletSide, source: CurrencyRow | undefined) {
  const fx = movement.fx ?? null;
  const delta = signedAmount(movement, type);
  // The other side: the counter account in the value's own currency; with FX, the FX account
  // holds the position in both currencies.
  const valueCurrencyId = source?.id ?? wallet.currency_id;
  const accounts = {
    counter: {
      code: repo.operatorAccountCode(movement.counterAccount, valueCurrencyId),
      kind: movement.counterAccount,
      currency_id: valueCurrencyId,
    },
    fxWallet: { code: repo.operatorAccountCode('FX', wallet.currency_id), kind: 'FX' as const, currency_id: wallet.currency_id },
    fxSource: { code: repo.operatorAccountCode('FX', valueCurrencyId), kind: 'FX' as const, currency_id: valueCurrencyId },
  };
  const sign = delta < 0n ? -1n : 1n;
  const walletLeg: repo.NewEntry = { account: 'wallet', currency_id: wallet.currency_id, amount: delta };
  const entries: repo.NewEntry[] =
    fx && source
      ? [
          walletLeg,
          { account: { code: accounts.fxWallet.code }, currency_id: wallet.currency_id, amount: -delta },
          { account: { code: accounts.fxSource.code }, currency_id: source.id, amount: sign * fx.sourceAmount },
          { account: { code: accounts.counter.code }, currency_id: source.id, amount: -sign * fx.sourceAmount },
        ]
      : [walletLeg, { account: { code: accounts.counter.code }, currency_id: wallet.currency_id, amount: -delta }];
  const values: Omit<repo.NewTransaction, 'balance_after'> = {
    wallet_id: wallet.id,
    client_id: wallet.client_id,
    currency_id: wallet.currency_id,
    amount: delta,
    transaction_type: type,
    status: 'COMPLETED',
    reason: movement.reason,
    remarks: movementRemarks(wallet, type, movement.amount, movement.note),
    order_id: movement.orderId ?? null,
    counter_account_code: accounts.counter.code,
    source_currency_id: source?.id ?? null,
    destination_currency_id: fx ? wallet.currency_id : null,
    source_amount: fx?.sourceAmount ?? null,
    forex_rate: fx ? normalizeRate(fx.forexRate) : null,
    conversion_charges: fx?.conversionCharges ?? null,
    actor: movement.actor,
  };
  // api.md 7: the wallet event commits with the movement, or neither does.
  const event: NewEvent = {
    clientId: wallet.client_id,
    type: type === 'DEBIT' ? 'wallet.debited' : 'wallet.credited',
    data: {
      wallet_id: wallet.id,
      currency: wallet.currency_code,
      amount: minorToNumber(delta, wallet.minor_units),
      order_id: movement.orderId ?? null,
    },
  };
  return { values, entries, event, accounts: fx ? Object.values(accounts) : [accounts.counter] };
}

type MovementPlan = ReturnType<typeof planMovement>;

/** Writes the planned transaction after the balance moved; creates missing operator accounts on first use. */
async function recordMovement(trx: Executor, plan: MovementPlan, wallet: Wallet, balanceAfter: bigint) {
  const values = { ...plan.values, balance_after: balanceAfter };
  const event = { ...plan.event, data: { ...plan.event.data, balance: minorToNumber(balanceAfter, wallet.minor_units) } };
  let inserted = await repo.insertMovement(trx, values, wallet.account_id, plan.entries, event);
  if (!inserted) {
    // First movement in this currency (pair): its operator accounts do not exist yet.
    for (const account of plan.accounts) await repo.ensureAccount(trx, account);
    inserted = await repo.insertMovement(trx, values, wallet.account_id, plan.entries, event);
    if (!inserted) throw new Error('ledger: operator accounts missing after creating them');
  }
  return inserted;
}

/** A movement whose wallet's client and currency the caller knows (an order's debit), without FX. */
export type KnownWalletMovement = WalletMovement & { clientId: number; walletCurrency: NonNullable<WalletMovement['walletCurrency']>; fx?: null };

export const isKnownWalletMovement = (movement: WalletMovement): movement is KnownWalletMovement =>
  !movement.fx && movement.walletCurrency !== undefined && movement.clientId !== undefined;

/**
 * A movement of a known wallet as parts of the caller's larger statement (`parts`: CTEs, the
 * select-list columns and FROM items of its one row; the ledger transaction's id is the
 * expression `parts.transactionId`, null when the balance did not move), and `finish`, which reads that row
 * in the same transaction, refuses as `debitWallet` does (throws: the caller rolls back) and
 * returns the transaction. `standalone`: the parts are of a statement that commits on its own
 * (no transaction around it), so the refusals come first: the amount is checked before, the
 * balance moves only when the wallet is in the known currency, and the statement must abort
 * unless `parts.recorded` (`finish` is not used).
 */
export function knownWalletMovement(movement: KnownWalletMovement, type: TransactionType, options: { standalone?: boolean } = {}) {
  checkMovement(movement);
  const known = movement.walletCurrency;
  // Nothing can refuse after a statement that commits on its own.
  if (options.standalone) checkMaximum(movement.amount, known.minorUnits);
  const assumed = {
    id: movement.walletId,
    client_id: movement.clientId,
    currency_id: known.id,
    currency_code: known.code,
    minor_units: known.minorUnits,
  };
  const plan = planMovement(movement, type, assumed, undefined);
  const parts = repo.moveAndInsertParts(
    movement.clientId,
    plan.values,
    plan.entries,
    plan.event,
    options.standalone ? { currencyId: known.id } : undefined,
  );
  return {
    parts,
    async finish(trx: Executor, result: repo.MovedAndInserted | undefined): Promise<TransactionRecord> {
      const { wallet, balanceAfter } = checkedMove(result, movement);
      if (wallet.currency_id !== known.id || wallet.minor_units !== known.minorUnits) {
        throw new Error(`ledger: wallet ${wallet.id} is in ${wallet.currency_code}, not ${known.code}`);
      }
      const inserted = result!.inserted ?? (await recordMovement(trx, plan, wallet, balanceAfter));
      return transactionRecord(plan, type, wallet, balanceAfter, inserted, undefined);
    },
  };
}

/**
 * One statement when the caller knows the wallet's currency and there is no FX (an order's
 * debit); otherwise two: the balance change (which reads the wallet), then the transaction, its
 * entries and its event together.
 */
async function post(db: Executor, movement: WalletMovement, type: TransactionType): Promise<TransactionRecord> {
  if (isKnownWalletMovement(movement)) {
    const { parts, finish } = knownWalletMovement(movement, type);
    return inTransaction(db, async (trx) => finish(trx, await repo.executeParts(trx, parts)));
  }
  checkMovement(movement);
  return inTransaction(db, async (trx) => {
    const moved = await repo.moveBalance(trx, movement.walletId, movement.clientId, signedAmount(movement, type));
    const { wallet, balanceAfter } = checkedMove(moved, movement);
    const fx = movement.fx ?? null;
    const source = fx ? await repo.findCurrencyById(trx, fx.sourceCurrencyId) : undefined;
    if (fx && (!source || source.id === wallet.currency_id)) {
      throw new TypeError('ledger: fx.sourceCurrencyId must be another existing currency');
    }
    const plan = planMovement(movement, type, wallet, source);
    const inserted = await recordMovement(trx, plan, wallet, balanceAfter);
    return transactionRecord(plan, type, wallet, balanceAfter, inserted, source);
  });
}

function transactionRecord(
  plan: MovementPlan,
  type: TransactionType,
  wallet: Wallet,
  balanceAfter: bigint,
  inserted: { id: number; created_at: Date },
  source: CurrencyRow | undefined,
): TransactionRecord {
  const { values } = plan;
  return {
    id: inserted.id,
    wallet_id: wallet.id,
    client_id: wallet.client_id,
    currency_id: wallet.currency_id,
    currency_code: wallet.currency_code,
    minor_units: wallet.minor_units,
    amount: values.amount,
    transaction_type: type,
    status: 'COMPLETED',
    reason: values.reason,
    remarks: values.remarks,
    order_id: values.order_id,
    balance_after: balanceAfter,
    source_currency: source?.code ?? null,
    destination_currency: values.destination_currency_id === null ? null : wallet.currency_code,
    source_amount: values.source_amount,
    forex_rate: values.forex_rate,
    conversion_charges: values.conversion_charges,
    created_at: inserted.created_at,
  };
}

function normalizeRate(text: string): string {
  const rate = parseDecimal(text)!;
  const digits = rate.units.toString().padStart(rate.scale + 1, '0');
  return rate.scale === 0 ? digits : `${digits.slice(0, -rate.scale)}.${digits.slice(-rate.scale)}`;
}
