import { Type, type Static } from 'typebox';
import {
  cursorQueryProperties,
  OPTIONAL_PAGES,
  pageQueryProperties,
  parseOptionalPageRequest,
  parseListRequest,
  parsePageRequest,
  sortQueryProperties,
  type CursorScope,
} from '../http/pagination.ts';
import { IdParams } from '../http/path-id.ts';
import { QueryId, queryCurrency, queryEnum, queryId, queryText, queryTime } from '../http/query-params.ts';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import type { TransactionStatus, TransactionType } from '../infra/db/schema.ts';
import type { ListRequest, PageRequest, Sort } from '../shared/pages.ts';
import type { TransactionFilter, TransactionSortField, WalletFilter } from './ledger.repository.ts';
import { FX_RATE_SORT_FIELDS, FX_RATE_STATUSES, type FxRateSortField } from './fx.repository.ts';

const Money = (description: string) => Type.Number({ description });
const NullableMoney = (description: string) => Type.Union([Type.Number(), Type.Null()], { description });
const CurrencyCode = Type.String({ pattern: '^[A-Za-z]{3}$', description: 'ISO 4217 code, e.g. USD' });

export const Wallet = Type.Object(
  {
    id: Type.Integer(),
    currency_id: Type.Integer({ description: 'ISO 4217 numeric code as an integer (USD 840)' }),
    amount: Money('Current balance, rounded to the currency precision'),
    type: Type.Union([Type.Literal('PREPAID'), Type.Literal('POSTPAID')]),
    currency_code: Type.String({ description: 'ISO 4217 code (additive)' }),
    name: Type.String({ description: 'e.g. "USD Wallet" (additive)' }),
    credit_limit: NullableMoney('POSTPAID: how far below zero the balance may go; null for PREPAID (additive)'),
    created_at: Timestamp,
  },
  { title: 'Wallet' },
);

export const Transaction = Type.Object(
  {
    id: Type.Integer(),
    wallet_id: Type.Integer(),
    currency_id: Type.Integer(),
    amount: Money('Signed: CREDIT positive, DEBIT negative; wallet currency'),
    transaction_type: Type.Union([Type.Literal('CREDIT'), Type.Literal('DEBIT')]),
    status: Type.Union([Type.Literal('COMPLETED'), Type.Literal('PENDING'), Type.Literal('FAILED')]),
    remarks: Type.String({ description: 'e.g. "USD Wallet debited by amount 241.25 - Order #1234"' }),
    created_at: Timestamp,
    source_currency: Type.Union([Type.String(), Type.Null()], { description: 'FX only: the currency converted from' }),
    destination_currency: Type.Union([Type.String(), Type.Null()], { description: 'FX only: the wallet currency' }),
    forex_rate: NullableMoney('FX only: 1 source unit = forex_rate wallet units'),
    conversion_charges: NullableMoney('FX only: the fixed conversion fee included, wallet currency'),
    order_id: Type.Union([Type.Integer(), Type.Null()], { description: 'The order this movement belongs to (additive)' }),
    balance_after: NullableMoney('Wallet balance right after this transaction (additive)'),
  },
  { title: 'Transaction' },
);

// ---- client routes (/api/v1) --------------------------------------------------------------------

const security = [{ bearerAuth: [] }];
const listErrors = errorResponses(400, 401, 403, 429, 500);
const itemErrors = errorResponses(400, 401, 403, 404, 429, 500);
const QueryText = (description: string) => Type.Optional(Type.String({ maxLength: 200, description }));

export const WalletListQuery = Type.Object({
  ...pageQueryProperties,
  currency: Type.Optional(Type.Union([CurrencyCode, Type.Literal('')])),
  name: QueryText('Case-insensitive substring of the wallet name ("USD Wallet")'),
  sort: QueryText('Ignored: wallets are always listed id DESC'),
  sort_by: QueryText('Ignored'),
  sort_dir: QueryText('Ignored'),
});

const TRANSACTION_SORT_FIELDS: readonly TransactionSortField[] = ['id', 'amount', 'created_at'];
const DEFAULT_TRANSACTION_SORT: Sort<TransactionSortField> = { field: 'id', direction: 'DESC' };
const TRANSACTION_TYPES: readonly TransactionType[] = ['CREDIT', 'DEBIT'];
const TRANSACTION_STATUSES: readonly TransactionStatus[] = ['COMPLETED', 'PENDING', 'FAILED'];

export const TransactionListQuery = Type.Object({
  ...pageQueryProperties,
  ...cursorQueryProperties,
  ...sortQueryProperties(TRANSACTION_SORT_FIELDS, DEFAULT_TRANSACTION_SORT),
  wallet_id: QueryId.filter('Only this wallet'),
  currency: QueryText('ISO 4217 code of the wallet currency (case-insensitive)'),
  currency_id: QueryId.filter('ISO 4217 numeric id of the wallet currency'),
  transaction_type: QueryText('CREDIT or DEBIT (case-insensitive)'),
  status: QueryText('COMPLETED, PENDING or FAILED (case-insensitive)'),
  start_date: QueryText('RFC 3339 or a bare date (midnight UTC); inclusive'),
  end_date: QueryText('RFC 3339 or a bare date (midnight UTC); exclusive'),
});

/** The filter and page of GET /api/v1/wallets, read from its validated query (`sort` is ignored: always id DESC). */
export function readWalletList(query: Static<typeof WalletListQuery>): { filter: WalletFilter; page: PageRequest } {
  return { filter: { currencyCode: queryCurrency(query.currency), name: queryText(query.name) }, page: parsePageRequest(query) };
}

/** The sorts a transactions cursor may carry (the amount sort pages by `page` only). */
const TRANSACTION_CURSOR_FIELDS: readonly TransactionSortField[] = ['id', 'created_at'];

/** The filter and page of GET /api/v1/transactions, read from its validated query; `clientId`: whose list (cursors are the client's). */
export function readTransactionList(
  query: Static<typeof TransactionListQuery>,
  clientId: number,
): {
  filter: TransactionFilter;
  request: ListRequest<TransactionSortField>;
  cursor: CursorScope<TransactionSortField> & { sort: Sort<TransactionSortField> };
} {
  const filter: TransactionFilter = {
    walletId: queryId(query.wallet_id),
    currencyCode: queryCurrency(query.currency),
    currencyId: queryId(query.currency_id),
    transactionType: queryEnum(query.transaction_type, TRANSACTION_TYPES),
    status: queryEnum(query.status, TRANSACTION_STATUSES),
    start: queryTime(query.start_date),
    end: queryTime(query.end_date),
  };
  const scope = { list: 'transactions', owner: clientId, cursorFields: TRANSACTION_CURSOR_FIELDS };
  const request = parseListRequest(query, { sortFields: TRANSACTION_SORT_FIELDS, defaultSort: DEFAULT_TRANSACTION_SORT, cursor: scope });
  return { filter, request, cursor: { ...scope, sort: request.sort } };
}

export const schemas = {
  wallets: {
    list: {
      tags: ['wallets'],
      security,
      summary: "List the client's wallets",
      description: 'Paginated (X-Page… headers); always id DESC, `sort` is ignored.',
      querystring: WalletListQuery,
      response: { 200: Type.Array(Wallet), ...listErrors },
    },
    show: {
      tags: ['wallets'],
      security,
      summary: 'Show one wallet',
      description: "Another client's wallet is 404 Wallet not found.",
      params: IdParams,
      response: { 200: Wallet, ...itemErrors },
    },
  },
  transactions: {
    list: {
      tags: ['transactions'],
      security,
      summary: "List the client's wallet transactions",
      description: 'Paginated (X-Page… headers); newest first unless `sort` says otherwise.',
      querystring: TransactionListQuery,
      response: { 200: Type.Array(Transaction), ...listErrors },
    },
    show: {
      tags: ['transactions'],
      security,
      summary: 'Show one transaction',
      description: "Another client's transaction is 404 Transaction not found.",
      params: IdParams,
      response: { 200: Transaction, ...itemErrors },
    },
  },
};

// ---- admin routes (/admin/v1) -------------------------------------------------------------------

const adminSecurity = [{ operatorAuth: [] }];
const adminErrors = errorResponses(400, 401, 404, 413, 415);
const adjustErrors = errorResponses(400, 401, 404, 413, 415, 422);
const AmountInput = (description: string) => Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Number()], { description });
const CurrencyInput = (description: string) =>
  Type.Union([Type.String({ minLength: 1, maxLength: 8 }), Type.Integer({ minimum: 1, maximum: 999 })], { description });

export const AdminWallet = Type.Object(
  {
    id: Type.Integer(),
    client_id: Type.Integer(),
    ...(({ id: _id, ...rest }) => rest)(Wallet.properties),
  },
  { title: 'AdminWallet' },
);

export const AdminTransaction = Type.Object(
  {
    id: Type.Integer(),
    client_id: Type.Integer(),
    ...(({ id: _id, ...rest }) => rest)(Transaction.properties),
    currency_code: Type.String(),
    reason: Type.String({ description: 'TOP_UP, ADJUSTMENT, ORDER, REFUND, …' }),
  },
  { title: 'AdminTransaction' },
);

export const CreateWalletBody = Type.Object({
  client_id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
  currency: CurrencyInput('ISO 4217 code (USD) or numeric id (840)'),
  type: Type.Optional(Type.String({ maxLength: 16, description: 'PREPAID (default) or POSTPAID' })),
  credit_limit: Type.Optional(AmountInput('POSTPAID only; decimal text or number in the currency precision')),
});

export const AdjustmentHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ description: 'Optional, 1 to 255 printable ASCII characters: a repeat after a lost answer posts nothing a second time' }),
  ),
});

export const AdjustmentBody = Type.Object({
  amount: AmountInput('> 0, decimal text or number, at most the currency precision (10.005 USD is refused)'),
  remarks: Type.Optional(
    Type.String({
      maxLength: 1000,
      description:
        'Appended to the standard remark: at most 500 characters once each run of white space is one space (the schema allows 1000 as sent)',
    }),
  ),
});

/** The service inputs: the bodies' own types. */
export type CreateWalletInput = Static<typeof CreateWalletBody>;
export type WalletAdjustment = Static<typeof AdjustmentBody>;

export const AdminWalletListQuery = Type.Object({
  client_id: QueryId.required('Only this client'),
});

export const AdminTransactionListQuery = Type.Object({
  limit: Type.Optional(
    Type.String({ pattern: '^[0-9]{1,5}$', description: 'Transactions, newest first: 1 – 10000 (0 counts as 1, more as 10000); default 50' }),
  ),
  page: Type.Optional(
    Type.String({
      pattern: '^[0-9]*[1-9][0-9]*$',
      maxLength: 9,
      description: 'That page of `limit` transactions, with the X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size and X-Has-More headers',
    }),
  ),
});

export const FxRate = Type.Object(
  {
    id: Type.Integer(),
    source_currency: Type.String(),
    destination_currency: Type.String(),
    source_currency_id: Type.Integer(),
    destination_currency_id: Type.Integer(),
    rate: Type.Number({ description: '1 source unit = rate destination units' }),
    conversion_fee: Type.Number({ description: 'Fixed fee in the destination currency' }),
    valid_from: Timestamp,
    valid_to: Type.Union([Timestamp, Type.Null()]),
    status: Type.Union([Type.Literal('CURRENT'), Type.Literal('SUPERSEDED'), Type.Literal('SCHEDULED'), Type.Literal('EXPIRED')]),
    created_by: Type.String(),
    created_at: Timestamp,
  },
  { title: 'FxRate' },
);

export const SetFxRateBody = Type.Object({
  source_currency: CurrencyInput('Currency converted from (e.g. the product currency)'),
  destination_currency: CurrencyInput('Currency converted into (the wallet currency)'),
  rate: AmountInput('> 0, at most 12 decimal places'),
  conversion_fee: Type.Optional(AmountInput('Fixed fee in the destination currency; default 0')),
  valid_from: Type.Optional(Type.String({ maxLength: 64, description: 'RFC 3339; default now' })),
  valid_to: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()], { description: 'RFC 3339; default open-ended' })),
});
export type SetFxRateInput = Static<typeof SetFxRateBody>;

const DEFAULT_FX_RATE_SORT: Sort<FxRateSortField> = { field: 'pair', direction: 'ASC' };

export const FxRateListQuery = Type.Object({
  ...pageQueryProperties,
  ...sortQueryProperties(FX_RATE_SORT_FIELDS, DEFAULT_FX_RATE_SORT),
  source_currency: Type.Optional(
    Type.String({ maxLength: 8, description: 'Only rates from this currency: ISO 4217 code or numeric id (unknown: 404)' }),
  ),
  destination_currency: Type.Optional(
    Type.String({ maxLength: 8, description: 'Only rates into this currency: ISO 4217 code or numeric id (unknown: 404)' }),
  ),
  currency: Type.Optional(
    Type.String({ maxLength: 3, description: 'Only rates from or into this currency: ISO 4217 code, any case; empty: no filter' }),
  ),
  status: Type.Optional(
    Type.String({ maxLength: 16, description: `Only rates of this status now: ${FX_RATE_STATUSES.join(', ')} (any case); empty: no filter` }),
  ),
});

/** The filter, sort and page of GET /admin/v1/fx-rates, read from its validated query. */
export function readFxRateList(query: Static<typeof FxRateListQuery>) {
  return {
    filter: {
      source: query.source_currency,
      destination: query.destination_currency,
      currency: queryCurrency(query.currency),
      status: queryEnum(query.status, FX_RATE_STATUSES),
    },
    request: parseOptionalPageRequest(query, { sortFields: FX_RATE_SORT_FIELDS, defaultSort: DEFAULT_FX_RATE_SORT }),
  };
}

export const ReconciliationReport = Type.Object(
  {
    ok: Type.Boolean(),
    checked_at: Timestamp,
    summary: Type.Object({
      wallets: Type.Integer(),
      transactions: Type.Integer(),
      entries: Type.Integer(),
      accounts: Type.Integer(),
      currencies: Type.Integer(),
    }),
    checks: Type.Array(Type.Object({ name: Type.String(), description: Type.String(), ok: Type.Boolean(), breaks: Type.Integer() })),
    breaks: Type.Array(Type.Object({ check: Type.String(), message: Type.String() })),
  },
  { title: 'ReconciliationReport' },
);

const walletTags = ['admin: wallets'];
const fxTags = ['admin: fx'];

export const adminSchemas = {
  createWallet: {
    tags: walletTags,
    security: adminSecurity,
    summary: 'Create a wallet for a client and currency',
    body: CreateWalletBody,
    response: { 201: AdminWallet, ...adminErrors },
  },
  listWallets: {
    tags: walletTags,
    security: adminSecurity,
    summary: 'List wallets (optionally of one client)',
    querystring: AdminWalletListQuery,
    response: { 200: Type.Array(AdminWallet), ...adminErrors },
  },
  showWallet: {
    tags: walletTags,
    security: adminSecurity,
    summary: 'Show a wallet',
    params: IdParams,
    response: { 200: AdminWallet, ...adminErrors },
  },
  adjust: {
    tags: walletTags,
    security: adminSecurity,
    summary: 'Credit (top up) or debit a wallet; a ledger transaction against the FUNDING account',
    description:
      'With an Idempotency-Key header the first request posts the transaction and a repeat of it (same wallet, direction, amount and remarks) ' +
      'answers that transaction again with Idempotent-Replayed: true, posting nothing; the key with another request is 422 IDEMPOTENCY_MISMATCH.',
    params: IdParams,
    headers: AdjustmentHeaders,
    body: AdjustmentBody,
    response: { 201: AdminTransaction, ...adjustErrors },
  },
  walletTransactions: {
    tags: walletTags,
    security: adminSecurity,
    summary: "A wallet's transactions, newest first",
    params: IdParams,
    querystring: AdminTransactionListQuery,
    response: { 200: Type.Array(AdminTransaction), ...adminErrors },
  },
  setFxRate: {
    tags: fxTags,
    security: adminSecurity,
    summary: 'Set the FX rate of a currency pair from valid_from on (the old rate stays in the history)',
    body: SetFxRateBody,
    response: { 201: FxRate, ...adminErrors },
  },
  listFxRates: {
    tags: fxTags,
    security: adminSecurity,
    summary: 'FX rate history, newest first per pair',
    description:
      'By pair unless sorted (pair: source, then destination, each pair newest first). Each rate with its status now. ' +
      `Filters combine with AND. ${OPTIONAL_PAGES}`,
    querystring: FxRateListQuery,
    response: { 200: Type.Array(FxRate), ...adminErrors },
  },
  reconcile: {
    tags: ['admin: ledger'],
    security: adminSecurity,
    summary: 'Check every ledger invariant; read-only',
    response: { 200: ReconciliationReport, ...adminErrors },
  },
};
