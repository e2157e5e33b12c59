import { toRfc3339 } from '../shared/dates.ts';
import type { TransactionRecord, WalletRecord } from './ledger.repository.ts';
import { walletName } from './ledger.ts';
import { minorToNumber, numericToNumber } from '../money/minor-units.ts';

/** What clients see (api.md 5.1): `{id, currency_id, amount, type}` plus the additive fields. */
export interface WalletView {
  id: number;
  currency_id: number;
  /** The current balance. */
  amount: number;
  type: 'PREPAID' | 'POSTPAID';
  currency_code: string;
  name: string;
  /** POSTPAID only; null for PREPAID. */
  credit_limit: number | null;
  created_at: string;
}

export interface AdminWalletView extends WalletView {
  client_id: number;
}

/** What clients see (api.md 5.2), plus the additive `order_id` and `balance_after`. */
export interface TransactionView {
  id: number;
  wallet_id: number;
  currency_id: number;
  /** Signed: CREDIT positive, DEBIT negative. */
  amount: number;
  transaction_type: 'CREDIT' | 'DEBIT';
  status: 'COMPLETED' | 'PENDING' | 'FAILED';
  remarks: string;
  created_at: string;
  source_currency: string | null;
  destination_currency: string | null;
  forex_rate: number | null;
  conversion_charges: number | null;
  order_id: number | null;
  balance_after: number | null;
}

export interface AdminTransactionView extends TransactionView {
  client_id: number;
  currency_code: string;
  reason: string;
}

export function walletView(wallet: WalletRecord): WalletView {
  return {
    id: wallet.id,
    currency_id: wallet.currency_id,
    amount: minorToNumber(wallet.balance, wallet.minor_units),
    type: wallet.type,
    currency_code: wallet.currency_code,
    name: walletName(wallet.currency_code),
    credit_limit: wallet.type === 'POSTPAID' ? minorToNumber(wallet.credit_limit, wallet.minor_units) : null,
    created_at: toRfc3339(wallet.created_at),
  };
}

export function adminWalletView(wallet: WalletRecord): AdminWalletView {
  const { id, ...rest } = walletView(wallet);
  return { id, client_id: wallet.client_id, ...rest };
}

export function transactionView(t: TransactionRecord): TransactionView {
  const fx = t.source_currency !== null;
  return {
    id: t.id,
    wallet_id: t.wallet_id,
    currency_id: t.currency_id,
    amount: minorToNumber(t.amount, t.minor_units),
    transaction_type: t.transaction_type,
    status: t.status,
    remarks: t.remarks,
    created_at: toRfc3339(t.created_at),
    source_currency: fx ? t.source_currency : null,
    destination_currency: fx ? t.destination_currency : null,
    forex_rate: fx && t.forex_rate !== null ? numericToNumber(t.forex_rate) : null,
    conversion_charges: fx && t.conversion_charges !== null ? minorToNumber(t.conversion_charges, t.minor_units) : null,
    order_id: t.order_id,
    balance_after: t.balance_after === null ? null : minorToNumber(t.balance_after, t.minor_units),
  };
}

export function adminTransactionView(t: TransactionRecord): AdminTransactionView {
  const { id, ...rest } = transactionView(t);
  return { id, client_id: t.client_id, ...rest, currency_code: t.currency_code, reason: t.reason };
}
