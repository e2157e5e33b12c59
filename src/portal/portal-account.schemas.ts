import { Type } from 'typebox';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import { IdParams } from '../http/path-id.ts';
import { QueryId } from '../http/query-params.ts';
import { pageQueryProperties } from '../http/pagination.ts';
import { AuditEntryView } from '../audit/audit.schemas.ts';
import { ClientOrderTimeline, OrderListItem, OrderListQuery, Voucher } from '../orders/orders.schemas.ts';
import { Transaction, TransactionListQuery, Wallet, WalletListQuery } from '../ledger/wallets.schemas.ts';
import { security } from './portal-session.schemas.ts';

export const RevealBody = Type.Object({
  password: Type.String({ minLength: 1, maxLength: 1024, description: "the signed-in user's password, asked again" }),
});

export const RevealedVouchers = Type.Object(
  { order_id: Type.Integer(), vouchers: Type.Array(Voucher, { description: 'the codes delivered so far, in delivery order' }) },
  { title: 'RevealedVouchers' },
);

export const PortalAuditQuery = Type.Object(pageQueryProperties);

export const PortalTransactionListQuery = Type.Object({
  ...TransactionListQuery.properties,
  line: QueryId.filter(
    "One of the client's transactions: the answer is the page (of `limit`, in the filters and sort) that holds it, or would; not with page, after or the amount sort. 404 when the client has no such transaction",
  ),
});

export const MonthSpend = Type.Object(
  {
    since: Timestamp,
    currencies: Type.Array(
      Type.Object({
        currency_code: Type.String({ description: "the wallet's currency" }),
        amount: Type.Number({ description: "spent on orders, less their refunds, in the currency's units" }),
        orders: Type.Integer({ description: 'orders that moved money in this currency' }),
      }),
      { description: 'one per currency the client spent in this month; none: nothing spent' },
    ),
  },
  { title: 'MonthSpend' },
);

const listErrors = errorResponses(400, 401, 403);
const itemErrors = errorResponses(400, 401, 403, 404);

export const schemas = {
  wallets: {
    tags: ['portal: balances'],
    security,
    summary: "The client's wallets (wallets.read), as GET /api/v1/wallets",
    querystring: WalletListQuery,
    response: { 200: Type.Array(Wallet), ...listErrors },
  },
  spend: {
    tags: ['portal: balances'],
    security,
    summary: 'What the client spent on orders this calendar month (UTC, from the 1st at 00:00), per currency, refunds deducted (transactions.read)',
    response: { 200: MonthSpend, ...errorResponses(401, 403) },
  },
  transactions: {
    tags: ['portal: balances'],
    security,
    summary: "The client's wallet transactions (transactions.read), as GET /api/v1/transactions; `line`: the page that holds one",
    querystring: PortalTransactionListQuery,
    response: { 200: Type.Array(Transaction), ...itemErrors },
  },
  orders: {
    tags: ['portal: order history'],
    security,
    summary: "The client's orders (orders.read), as GET /api/v1/orders",
    querystring: OrderListQuery,
    response: { 200: Type.Array(OrderListItem), ...listErrors },
  },
  order: {
    tags: ['portal: order history'],
    security,
    summary: 'One order (orders.read), without its voucher codes: POST …/reveal shows them',
    params: IdParams,
    response: { 200: OrderListItem, ...itemErrors },
  },
  timeline: {
    tags: ['portal: order history'],
    security,
    summary:
      "What happened to an order (orders.read): placed, paid, delivered, refunded, events, actions on it — never a code, nor the store's side (supplier, remarks, delivery errors)",
    params: IdParams,
    response: { 200: ClientOrderTimeline, ...itemErrors },
  },
  reveal: {
    tags: ['portal: order history'],
    security,
    summary: "An order's voucher codes (codes.reveal), after the user's password again; audited",
    description: 'A wrong password is 403 INVALID_PASSWORD (nothing shown, nothing audited); RATE_LIMIT_LOGIN tries a minute per user (429 after).',
    params: IdParams,
    body: RevealBody,
    response: { 200: RevealedVouchers, ...errorResponses(400, 401, 403, 404, 413, 415, 429) },
  },
  audit: {
    tags: ['portal: activity'],
    security,
    summary: "What the client's users did in the portal (audit.read), newest first: sign-ins, sign-outs, team changes, code reveals",
    querystring: PortalAuditQuery,
    response: { 200: Type.Array(AuditEntryView), ...listErrors },
  },
};
