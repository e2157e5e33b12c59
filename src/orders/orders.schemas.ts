import { Type, type Static } from 'typebox';
import { cursorQueryProperties, pageQueryProperties, parseListRequest, sortQueryProperties, type CursorScope } from '../http/pagination.ts';
import { OPTIONAL_BODY } from '../http/optional-bodies.ts';
import { IdParams } from '../http/path-id.ts';
import { QueryId, queryEnum, queryId, queryText, queryTime } from '../http/query-params.ts';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import { ORDER_STATUSES } from '../infra/db/schema.ts';
import type { ListRequest, Sort } from '../shared/pages.ts';
import { CLIENT_REFERENCE_MAX_LENGTH, CLIENT_REFERENCE_PATTERN } from './client-reference.ts';
import type { OperatorOrderFilter, OrderFilter, OrderSortField } from './orders.repository.ts';
import { TIMELINE_KINDS } from './timeline.ts';
import { MAX_FACE_VALUE, MIN_FACE_VALUE } from '../catalog/face-values.ts';

const id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description });
const PrintableReference = (description: string) =>
  Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: CLIENT_REFERENCE_MAX_LENGTH, pattern: CLIENT_REFERENCE_PATTERN }), description));

/** api.md 6.1. Extra fields are ignored (api.md 1.10: clients may send more than we read). */
export const CreateOrderBody = Type.Object(
  {
    product_id: id,
    denomination: Type.Number({ minimum: MIN_FACE_VALUE, maximum: MAX_FACE_VALUE, description: 'Face value per voucher, product currency' }),
    quantity: Type.Integer({ minimum: 1, description: 'Vouchers; at most max_quantity of the quote (≤ 5,000)' }),
    wallet_id: Type.Optional(Nullable(id, "The client's wallet to pay from; default: the wallet in the product currency")),
    client_reference: PrintableReference('Printable ASCII, ≤ 255; unique per client'),
    ref: PrintableReference('Legacy alias of client_reference (used when that is absent)'),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }), 'Where the delivery notice goes')),
  },
  { title: 'CreateOrderRequest', additionalProperties: true },
);
/** The service's input: the body's own type. */
export type CreateOrderInput = Static<typeof CreateOrderBody>;

export const ORDER_VALIDATION_MESSAGE =
  'product_id must be a product ID, denomination a number from 0.01 to 1000000000, quantity an integer of at least 1; ' +
  'client_reference and ref printable ASCII of at most 255 characters; email a valid address of at most 254 characters';

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const Voucher = Type.Object(
  {
    card_number: NullableString,
    pin_code: NullableString,
    claim_url: NullableString,
    expires_at: NullableString,
    voucher_reference_number: NullableString,
  },
  { title: 'Voucher' },
);

const Status = Type.Union([
  Type.Literal('PENDING'),
  Type.Literal('DELIVERED'),
  Type.Literal('PARTIALLY_DELIVERED'),
  Type.Literal('FAILED'),
  Type.Literal('CANCELLED'),
]);

const orderProperties = {
  id: Type.Integer(),
  product_id: Type.Integer(),
  product_name: Type.String(),
  denomination: Type.Number({ description: 'Face value per voucher (product currency)' }),
  quantity: Type.Integer(),
  amount: Type.Number({ description: 'denomination × quantity (product currency)' }),
  discount: Type.Number({ description: 'Absolute discount (product currency)' }),
  total_payable: Type.Number({ description: 'Amount debited (wallet currency)' }),
  client_reference: NullableString,
  ref: NullableString,
  wallet_id: Type.Integer(),
  transaction_id: Type.Union([Type.Integer(), Type.Null()], { description: 'The DEBIT transaction (null only for a zero total)' }),
  status: Status,
  base_currency: Type.String({ description: 'Product currency' }),
  deduction_currency: Type.String({ description: 'Wallet currency' }),
  delivered_quantity: Type.Integer(),
  email: NullableString,
  message: NullableString,
  failure_code: NullableString,
  failure_reason: NullableString,
  created_at: Timestamp,
  completed_at: Type.Union([Timestamp, Type.Null()]),
};

export const Order = Type.Object({ ...orderProperties, vouchers: Type.Array(Voucher) }, { title: 'Order' });
export const OrderListItem = Type.Object(orderProperties, { title: 'OrderSummary' });

export const AdminOrder = Type.Object(
  {
    ...orderProperties,
    client_id: Type.Integer(),
    client_name: Type.String({ description: "The client's name as it is now (read with the order, not a copy kept with it)" }),
    supplier: Type.String(),
    discount_rate: Type.Number({ description: 'The discount percentage applied' }),
    refunded_amount: Type.Number({ description: 'Refunded so far, every refund counted (wallet currency)' }),
    recharged_amount: Type.Number({
      description:
        'Charged again by operator retries (wallet currency): the order has cost its client total_payable + recharged_amount - refunded_amount',
    }),
    operator_remarks: Type.Union([Type.String(), Type.Null()], {
      description: 'The remarks of an operator cancel (also in the audit log); the client sees failure_reason "Cancelled by the operator"',
    }),
  },
  { title: 'AdminOrder' },
);

const QueryText = (description: string) => Type.Optional(Type.String({ maxLength: 300, description }));

const ORDER_SORT_FIELDS: readonly OrderSortField[] = ['id', 'created_at'];
const DEFAULT_ORDER_SORT: Sort<OrderSortField> = { field: 'id', direction: 'DESC' };

const listFilters = {
  ...pageQueryProperties,
  ...cursorQueryProperties,
  ...sortQueryProperties(ORDER_SORT_FIELDS, DEFAULT_ORDER_SORT),
  status: QueryText('PENDING, DELIVERED, PARTIALLY_DELIVERED, FAILED or CANCELLED (case-insensitive)'),
  product_id: QueryId.filter('Only this product'),
  client_reference: QueryText('Exact client_reference (at most one result)'),
  start_date: QueryText('RFC 3339 or a bare date (midnight UTC); inclusive'),
  end_date: QueryText('RFC 3339 or a bare date (midnight UTC); exclusive'),
};

export const OrderListQuery = Type.Object(listFilters);
export const AdminOrderListQuery = Type.Object({ ...listFilters, client_id: QueryId.filter('Only this client') });

/** What a list page's X-Next-Cursor is made of: the list, its owner and the sort read. */
type OrderCursor = CursorScope<OrderSortField> & { sort: Sort<OrderSortField> };

function readList(
  query: Static<typeof OrderListQuery>,
  scope: CursorScope<OrderSortField>,
): { filter: OrderFilter; request: ListRequest<OrderSortField>; cursor: OrderCursor } {
  const request = parseListRequest(query, { sortFields: ORDER_SORT_FIELDS, defaultSort: DEFAULT_ORDER_SORT, cursor: scope });
  const filter = {
    status: queryEnum(query.status, ORDER_STATUSES),
    productId: queryId(query.product_id),
    clientReference: queryText(query.client_reference),
    start: queryTime(query.start_date),
    end: queryTime(query.end_date),
  };
  return { filter, request, cursor: { ...scope, sort: request.sort } };
}

/** The filter and page of GET /api/v1/orders, read from its validated query; `clientId`: whose list (cursors are the client's). */
export function readOrderList(query: Static<typeof OrderListQuery>, clientId: number) {
  return readList(query, { list: 'orders', owner: clientId, cursorFields: ORDER_SORT_FIELDS });
}

/** The filter and page of GET /admin/v1/orders: the client's, and optionally one client. */
export function readAdminOrderList(query: Static<typeof AdminOrderListQuery>): {
  filter: OperatorOrderFilter;
  request: ListRequest<OrderSortField>;
  cursor: OrderCursor;
} {
  const { filter, request, cursor } = readList(query, { list: 'admin-orders', owner: null, cursorFields: ORDER_SORT_FIELDS });
  return { filter: { ...filter, clientId: queryId(query.client_id) }, request, cursor };
}

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ description: 'Optional, ≤ 255 printable ASCII: repeats replay the first outcome' })),
});

const security = [{ bearerAuth: [] }];

export const schemas = {
  create: {
    tags: ['orders'],
    security,
    summary: 'Place a voucher order',
    description:
      'Prices exactly as POST /products/:id/charges, debits the wallet and reserves the vouchers in one transaction. ' +
      'quantity ≤ 5 is delivered before the answer; larger orders answer PENDING and are delivered in the background. ' +
      'Optional Idempotency-Key header (docs/orders.md).',
    headers: IdempotencyHeaders,
    body: CreateOrderBody,
    response: { 201: Order, ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422, 429, 500) },
  },
  list: {
    tags: ['orders'],
    security,
    summary: "List the client's orders (without vouchers)",
    querystring: OrderListQuery,
    response: { 200: Type.Array(OrderListItem), ...errorResponses(400, 401, 403, 429, 500) },
  },
  show: {
    tags: ['orders'],
    security,
    summary: 'Show one order with its vouchers',
    description: "Another client's order is 404 Order not found.",
    params: IdParams,
    response: { 200: Order, ...errorResponses(400, 401, 403, 404, 429, 500) },
  },
};

const adminSecurity = [{ operatorAuth: [] }];
const adminTags = ['admin: orders'];

const TimelineEntries = Type.Array(
  Type.Object({
    at: Timestamp,
    kind: Type.Enum([...TIMELINE_KINDS], {
      description:
        'placed, payment, refund, charge (a retry charging again), delivery, event (sent to the client), operator (an action), delivery_pending, completed',
    }),
    summary: Type.String(),
    actor: Type.Union([Type.String(), Type.Null()], { description: 'client:N, client_user:N, operator:NAME, the supplier, or null' }),
    transaction: Type.Optional(
      Type.Object(
        {
          id: Type.Integer(),
          wallet_id: Type.Integer(),
          transaction_type: Type.Union([Type.Literal('CREDIT'), Type.Literal('DEBIT')]),
          amount: Type.Number({ description: 'Unsigned, wallet currency' }),
          currency_code: Type.String(),
        },
        { description: 'payment, refund and charge: the ledger transaction (a statement line of the client)' },
      ),
    ),
    event: Type.Optional(Type.Object({ id: Type.String(), type: Type.String() }, { description: 'event: the event sent' })),
    action: Type.Optional(
      Type.String({
        description: 'operator: the action, as the audit log records it (order.cancel, order.retry, portal.order.create, portal.codes.reveal)',
      }),
    ),
    remarks: Type.Optional(Type.String({ description: "operator: the remarks given with the action; in the operator's timeline only" })),
  }),
  { description: 'In the order it happened, each entry at its own time (docs/orders.md, "An order\'s timeline"); never a voucher code' },
);

export const OrderTimeline = Type.Object({ order: AdminOrder, entries: TimelineEntries }, { title: 'OrderTimeline' });

/** An order's timeline as its client reads it (the portal): no supplier, no operator's remarks, no delivery error. */
export const ClientOrderTimeline = Type.Object({ order_id: Type.Integer(), entries: TimelineEntries }, { title: 'ClientOrderTimeline' });

export const CancelOrderBody = Type.Object({
  remarks: Type.Optional(
    Type.String({
      maxLength: 500,
      description: 'Why: kept with the order for operators (operator_remarks) and in the audit log, never shown to the client',
    }),
  ),
});

export const adminSchemas = {
  list: {
    tags: adminTags,
    security: adminSecurity,
    summary: "List and search all clients' orders",
    querystring: AdminOrderListQuery,
    response: { 200: Type.Array(AdminOrder), ...errorResponses(400, 401, 500) },
  },
  show: {
    tags: adminTags,
    security: adminSecurity,
    summary: 'Show one order (never its voucher codes)',
    params: IdParams,
    response: { 200: AdminOrder, ...errorResponses(400, 401, 404, 500) },
  },
  timeline: {
    tags: adminTags,
    security: adminSecurity,
    summary: 'What happened to an order: placed, paid, delivered, refunded, events sent, operator actions (never its codes)',
    params: IdParams,
    response: { 200: OrderTimeline, ...errorResponses(400, 401, 404, 500) },
  },
  cancel: {
    tags: adminTags,
    security: adminSecurity,
    summary: 'Cancel a pending order with nothing delivered, refunding it in full',
    params: IdParams,
    body: CancelOrderBody,
    [OPTIONAL_BODY]: true,
    response: { 200: AdminOrder, ...errorResponses(400, 401, 404, 413, 415, 500) },
  },
  retry: {
    tags: adminTags,
    security: adminSecurity,
    summary: 'Deliver again the undelivered vouchers of a FAILED or PARTIALLY_DELIVERED order, charging again what was refunded for them',
    description:
      'Only an order that ended FAILED or PARTIALLY_DELIVERED (its undelivered share refunded). The wallet is debited again ' +
      "exactly what was refunded for those vouchers (the order's own price, no new quote), they are reserved with the " +
      "supplier and delivered as a new order's are: up to 5 before the answer, more in the background. " +
      '409 ORDER_NOT_RETRYABLE for any other order (DELIVERED, PENDING, CANCELLED, one still being delivered, ' +
      'or one a concurrent retry took first); 400 INSUFFICIENT_FUNDS or OUT_OF_STOCK, and nothing is charged. ' +
      'Audited as order.retry (docs/orders.md).',
    params: IdParams,
    response: { 200: AdminOrder, ...errorResponses(400, 401, 404, 409, 500) },
  },
};
