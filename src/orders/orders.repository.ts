import { sql, type RawBuilder } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import { eventStatement, type NewEvent } from '../events/events.repository.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { OrderStatus, VoucherType } from '../infra/db/schema.ts';
import type { Sort } from '../shared/pages.ts';
import type { MoveAndInsertParts } from '../ledger/ledger.repository.ts';
import { abortUnless } from '../infra/db/statement-abort.ts';

/** An order with the codes and precisions of its two currencies. */
export interface OrderRecord {
  id: number;
  client_id: number;
  product_id: number;
  product_name: string;
  supplier: string;
  voucher_type: VoucherType;
  denomination: bigint;
  quantity: number;
  amount: bigint;
  discount_rate: string;
  discount_amount: bigint;
  wallet_id: number;
  total_payable: bigint;
  refunded_amount: bigint;
  transaction_id: number | null;
  client_reference: string | null;
  ref: string | null;
  email: string | null;
  status: OrderStatus;
  delivered_quantity: number;
  message: string | null;
  failure_code: string | null;
  failure_reason: string | null;
  /** Why an operator cancelled it (admin view only). */
  operator_remarks: string | null;
  created_at: Date;
  completed_at: Date | null;
  product_currency_id: number;
  product_currency: string;
  product_places: number;
  wallet_currency_id: number;
  wallet_currency: string;
  wallet_places: number;
}

export interface NewOrder {
  client_id: number;
  product_id: number;
  product_name: string;
  supplier: string;
  voucher_type: VoucherType;
  product_currency_id: number;
  denomination: bigint;
  quantity: number;
  amount: bigint;
  discount_rate: string;
  discount_amount: bigint;
  wallet_id: number;
  wallet_currency_id: number;
  total_payable: bigint;
  client_reference: string | null;
  ref: string | null;
  idempotency_key: string | null;
  email: string | null;
  message: string;
}

export interface OrderFilter {
  status?: OrderStatus;
  productId?: number;
  clientReference?: string;
  start?: Date;
  end?: Date;
}

/** The operator's search: optionally one client's orders. */
export interface OperatorOrderFilter extends OrderFilter {
  clientId?: number;
}

export type OrderSortField = 'id' | 'created_at';

function selectOrders(db: Executor) {
  return db
    .selectFrom('orders as o')
    .innerJoin('currencies as pc', 'pc.id', 'o.product_currency_id')
    .innerJoin('currencies as wc', 'wc.id', 'o.wallet_currency_id')
    .select([
      'o.id',
      'o.client_id',
      'o.product_id',
      'o.product_name',
      'o.supplier',
      'o.voucher_type',
      'o.denomination',
      'o.quantity',
      'o.amount',
      'o.discount_rate',
      'o.discount_amount',
      'o.wallet_id',
      'o.total_payable',
      'o.refunded_amount',
      'o.transaction_id',
      'o.client_reference',
      'o.ref',
      'o.email',
      'o.status',
      'o.delivered_quantity',
      'o.message',
      'o.failure_code',
      'o.failure_reason',
      'o.operator_remarks',
      'o.created_at',
      'o.completed_at',
      'o.product_currency_id',
      'pc.code as product_currency',
      'pc.minor_units as product_places',
      'o.wallet_currency_id',
      'wc.code as wallet_currency',
      'wc.minor_units as wallet_places',
    ]);
}

export async function insertOrder(db: Executor, order: NewOrder): Promise<{ id: number; created_at: Date }> {
  return db
    .insertInto('orders')
    .values({ ...order, status: 'PENDING' })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function setDebitTransaction(db: Executor, orderId: number, transactionId: number): Promise<void> {
  await db.updateTable('orders').set({ transaction_id: transactionId }).where('id', '=', orderId).execute();
}

/** The order if it is the scope's client's. */
export async function findClientOrder(db: Executor, scope: ClientScope, id: number): Promise<OrderRecord | undefined> {
  const query = selectOrders(db).where('o.id', '=', id).where('o.client_id', '=', scope.clientId);
  return (await query.executeTakeFirst()) as OrderRecord | undefined;
}

/** The order, whoever's it is (operator tools). */
export async function findOrderForOperator(db: Executor, id: number): Promise<OrderRecord | undefined> {
  return (await selectOrders(db).where('o.id', '=', id).executeTakeFirst()) as OrderRecord | undefined;
}

/** The order row locked for the rest of the transaction (delivery steps, cancel, refunds). */
export async function lockOrder(db: Executor, id: number): Promise<OrderRecord | undefined> {
  return (await selectOrders(db).where('o.id', '=', id).forUpdate('o').executeTakeFirst()) as OrderRecord | undefined;
}

/** An expired Idempotency-Key may be used again: the old orders let go of it. */
export async function releaseIdempotencyKey(db: Executor, scope: ClientScope, key: string): Promise<void> {
  await db.updateTable('orders').set({ idempotency_key: null }).where('client_id', '=', scope.clientId).where('idempotency_key', '=', key).execute();
}

export async function findOrderIdByIdempotencyKey(db: Executor, scope: ClientScope, key: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('orders')
    .select('id')
    .where('client_id', '=', scope.clientId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row?.id;
}

function applyFilter<Q extends ReturnType<typeof selectOrders>>(query: Q, filter: OperatorOrderFilter): Q {
  let q = query as ReturnType<typeof selectOrders>;
  if (filter.clientId !== undefined) q = q.where('o.client_id', '=', filter.clientId);
  if (filter.status !== undefined) q = q.where('o.status', '=', filter.status);
  if (filter.productId !== undefined) q = q.where('o.product_id', '=', filter.productId);
  if (filter.clientReference !== undefined) q = q.where('o.client_reference', '=', filter.clientReference);
  if (filter.start !== undefined) q = q.where('o.created_at', '>=', filter.start);
  if (filter.end !== undefined) q = q.where('o.created_at', '<', filter.end);
  return q as Q;
}

async function countOrders(db: Executor, filter: OperatorOrderFilter): Promise<number> {
  const base = applyFilter(selectOrders(db), filter)
    .clearSelect()
    .select(sql<string>`count(*)`.as('n'));
  const row = await base.executeTakeFirstOrThrow();
  return Number(row.n);
}

export type OrderPage = { sort: Sort<OrderSortField>; limit: number; offset: number };

/** The scope's client's orders matching the filter. */
export function countClientOrders(db: Executor, scope: ClientScope, filter: OrderFilter): Promise<number> {
  return countOrders(db, { ...filter, clientId: scope.clientId });
}

export function listClientOrders(db: Executor, scope: ClientScope, filter: OrderFilter, page: OrderPage): Promise<OrderRecord[]> {
  return listOrders(db, { ...filter, clientId: scope.clientId }, page);
}

/** Every client's orders (or one client's when the filter names it) matching the filter: operator tools. */
export function countOrdersForOperator(db: Executor, filter: OperatorOrderFilter): Promise<number> {
  return countOrders(db, filter);
}

export function listOrdersForOperator(db: Executor, filter: OperatorOrderFilter, page: OrderPage): Promise<OrderRecord[]> {
  return listOrders(db, filter, page);
}

async function listOrders(db: Executor, filter: OperatorOrderFilter, page: OrderPage): Promise<OrderRecord[]> {
  const direction = page.sort.direction === 'ASC' ? 'asc' : 'desc';
  let query = applyFilter(selectOrders(db), filter).orderBy(`o.${page.sort.field}`, direction);
  if (page.sort.field !== 'id') query = query.orderBy('o.id', direction);
  return (await query.limit(page.limit).offset(page.offset).execute()) as OrderRecord[];
}

export interface OrderProgress {
  status?: OrderStatus;
  delivered_quantity?: number;
  message?: string | null;
  failure_code?: string | null;
  failure_reason?: string | null;
  operator_remarks?: string | null;
  refunded_amount?: bigint;
  transaction_id?: number | null;
  completed?: boolean;
}

function assignments(progress: OrderProgress) {
  const { completed, refunded_amount, ...columns } = progress;
  const set = Object.entries(columns)
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  if (refunded_amount !== undefined) set.push(sql`refunded_amount = ${refunded_amount.toString()}::bigint`);
  set.push(sql`updated_at = now()`);
  if (completed) set.push(sql`completed_at = now()`);
  return sql.join(set);
}

/** An RFC 3339 UTC text with `Z` and second precision, as `toRfc3339` writes it. */
const rfc3339 = (column: RawBuilder<unknown>) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/**
 * The times of an order event's `data` (api.md 7), read from the order row as the statement that
 * records the event wrote it (`row`: a CTE returning the row's status, created_at, completed_at
 * and updated_at), never from a clock: `created_at`, and `delivered_on` for a DELIVERED or
 * PARTIALLY_DELIVERED order — when it was completed, or, while its undelivered units are still
 * being retried, the time of this change.
 */
function orderEventTimes(row: string) {
  const r = (column: string) => sql.ref(`${row}.${column}`);
  return sql`jsonb_build_object(
    'created_at', ${rfc3339(r('created_at'))},
    'delivered_on', case when ${r('status')} in ('DELIVERED', 'PARTIALLY_DELIVERED') then ${rfc3339(sql`coalesce(${r('completed_at')}, ${r('updated_at')})`)} end)`;
}

/**
 * Writes the order's progress and, when given, the event that describes it (`eventStatement`)
 * and the vouchers it delivered, with one statement: neither exists unless the order row was
 * changed. Returns the order's
 * `completed_at` after the change, or undefined when there is no such order.
 */
export async function updateOrder(
  db: Executor,
  id: number,
  progress: OrderProgress,
  with_: { event?: NewEvent; vouchers?: NewVouchers } = {},
): Promise<{ completed_at: Date | null } | undefined> {
  const recorded = with_.event && eventStatement(with_.event, { from: sql`changed`, merge: orderEventTimes('changed') });
  const stored =
    with_.vouchers &&
    sql`, stored as (
      insert into order_vouchers (order_id, unit, payload)
      select changed.id, ${with_.vouchers.firstUnit}::int + v.ordinal::int - 1, v.payload
      from changed, unnest(${with_.vouchers.payloads}::text[]) with ordinality as v (payload, ordinal)
    )`;
  const { rows } = await sql<{ completed_at: Date | null }>`
    with changed as (update orders set ${assignments(progress)} where id = ${id} returning id, status, created_at, completed_at, updated_at)
    ${recorded ? sql`, ${recorded.ctes}` : sql``} ${stored ?? sql``}
    select changed.completed_at ${recorded ? sql`, ${recorded.notify} as notified` : sql``} from changed`.execute(db);
  return rows[0];
}

/** The order as `insertDeliveredOrder` inserts it: with its id (`nextId`) and its final state. */
export type DeliveredOrder = NewOrder & { id: number; status: 'DELIVERED'; delivered_quantity: number; message: string };

/**
 * A new small order, its debit and its delivery with one statement that runs on its own (no
 * transaction around it), so it commits whole or not at all: the wallet movement (`debit`, the
 * ledger's parts), the order row inserted as delivered and naming the movement's transaction,
 * the codes (`taken`, the supplier's CTE, run once the balance moved), the vouchers stored as
 * taken, the order's `event` and, when given, the e-mail `notice`. Unless the movement was
 * recorded and every unit taken, the statement aborts (`isStatementAbort`) and nothing of it
 * remains. Locks: the wallet row, then the order's unique keys (a duplicate client_reference or
 * Idempotency-Key waits for the other order and fails), as in a transaction that places an order
 * (`lockWallet` first); the transaction id is taken under the wallet's lock, so a wallet's
 * transactions are numbered in the order of its balance.
 */
export async function insertDeliveredOrder(
  db: Executor,
  order: DeliveredOrder,
  parts: { debit: MoveAndInsertParts; taken: RawBuilder<unknown>; event: NewEvent; notice?: EmailNotice },
): Promise<{ transaction_id: number; created_at: Date; completed_at: Date; payloads: string[] }> {
  const { debit } = parts;
  const insert = db
    .insertInto('orders')
    .values({ ...order, transaction_id: sql<number>`(select id from tx)`, completed_at: sql<Date>`now()` })
    .returning(['id', 'transaction_id', 'status', 'created_at', 'completed_at', 'updated_at']);
  const recorded = eventStatement(parts.event, { from: sql`new_order`, merge: orderEventTimes('new_order'), name: 'order_event' });
  const complete = abortUnless(sql<boolean>`${debit.recorded} and (select count(*) from taken) = ${order.quantity}`, 'order not completed');
  const { rows } = await sql<{ transaction_id: number; created_at: Date; completed_at: Date; payloads: string[] }>`
    with ${debit.ctes}, new_order as (${insert}), ${parts.taken}, stored as (
      insert into order_vouchers (order_id, unit, payload)
      select ${order.id}::int, (row_number() over (order by taken.id))::int - 1, taken.payload from taken
    ), ${recorded.ctes} ${parts.notice ? sql`, notice as (${noticeInsert(parts.notice)})` : sql``}
    select new_order.transaction_id, new_order.created_at, new_order.completed_at,
      (select coalesce(json_agg(taken.payload order by taken.id), '[]'::json) from taken) as payloads,
      ${debit.notify} as debit_notified, ${recorded.notify} as order_notified, ${complete} as complete
    from new_order`.execute(db);
  const { transaction_id, created_at, completed_at, payloads } = rows[0]!;
  return { transaction_id, created_at, completed_at, payloads };
}

// ---- vouchers -------------------------------------------------------------------------------------

/** Encrypted vouchers of an order, numbered from `firstUnit` (0-based). */
export interface NewVouchers {
  firstUnit: number;
  payloads: string[];
}

export async function listVoucherPayloads(db: Executor, orderId: number): Promise<string[]> {
  const rows = await db.selectFrom('order_vouchers').select('payload').where('order_id', '=', orderId).orderBy('unit').execute();
  return rows.map((row) => row.payload);
}

export async function countVouchers(db: Executor, orderId: number): Promise<number> {
  const row = await db
    .selectFrom('order_vouchers')
    .select(sql<string>`count(*)`.as('n'))
    .where('order_id', '=', orderId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---- fulfilment jobs --------------------------------------------------------------------------------

export interface JobRecord {
  order_id: number;
  attempts: number;
  locked_by: string | null;
}

/** A job for a new order; `lease` when the creating request delivers it itself (sync orders). */
export async function insertJob(db: Executor, orderId: number, lease: { workerId: string; ms: number } | null): Promise<void> {
  await db
    .insertInto('fulfilment_jobs')
    .values({
      order_id: orderId,
      locked_by: lease?.workerId ?? null,
      locked_until: lease ? sql<Date>`now() + ${`${lease.ms} milliseconds`}::interval` : null,
    })
    .execute();
}

/** Leases up to `limit` due jobs that no live worker holds; several workers never get the same one. */
export async function claimDueJobs(db: Executor, workerId: string, limit: number, leaseMs: number): Promise<number[]> {
  const result = await sql<{ order_id: number }>`
    update fulfilment_jobs set locked_by = ${workerId}, locked_until = now() + ${`${leaseMs} milliseconds`}::interval
    where order_id in (
      select order_id from fulfilment_jobs
      where run_at <= now() and (locked_until is null or locked_until < now())
      order by run_at, order_id
      limit ${limit}
      for update skip locked
    )
    returning order_id`.execute(db);
  return result.rows.map((row) => row.order_id);
}

/**
 * The job, locked for this transaction, if this worker still holds its lease: a worker whose
 * lease expired and was taken over gets nothing and stops (fencing).
 */
export async function lockOwnJob(db: Executor, orderId: number, workerId: string): Promise<JobRecord | undefined> {
  return db
    .selectFrom('fulfilment_jobs')
    .select(['order_id', 'attempts', 'locked_by'])
    .where('order_id', '=', orderId)
    .where('locked_by', '=', workerId)
    .forUpdate()
    .executeTakeFirst();
}

export async function extendLease(db: Executor, orderId: number, leaseMs: number): Promise<void> {
  await db
    .updateTable('fulfilment_jobs')
    .set({ locked_until: sql<Date>`now() + ${`${leaseMs} milliseconds`}::interval` })
    .where('order_id', '=', orderId)
    .execute();
}

export async function rescheduleJob(db: Executor, orderId: number, attempts: number, delayMs: number, lastError: string): Promise<void> {
  await db
    .updateTable('fulfilment_jobs')
    .set({
      attempts,
      last_error: lastError,
      run_at: sql<Date>`now() + ${`${delayMs} milliseconds`}::interval`,
      locked_by: null,
      locked_until: null,
    })
    .where('order_id', '=', orderId)
    .execute();
}

/** Gives a job back without counting an attempt (shutdown, lost race): due again at once. */
export async function releaseJob(db: Executor, orderId: number, workerId: string): Promise<void> {
  await db
    .updateTable('fulfilment_jobs')
    .set({ locked_by: null, locked_until: null })
    .where('order_id', '=', orderId)
    .where('locked_by', '=', workerId)
    .execute();
}

export async function deleteJob(db: Executor, orderId: number): Promise<void> {
  await db.deleteFrom('fulfilment_jobs').where('order_id', '=', orderId).execute();
}

// ---- email outbox -----------------------------------------------------------------------------------

export interface EmailNotice {
  order_id: number;
  recipient: string;
  subject: string;
  body: string;
}

function noticeInsert(email: EmailNotice) {
  return sql`insert into email_outbox (order_id, recipient, subject, body)
    values (${email.order_id}::int, ${email.recipient}::text, ${email.subject}::text, ${email.body}::text)`;
}

export async function enqueueEmail(db: Executor, email: EmailNotice): Promise<void> {
  await noticeInsert(email).execute(db);
}

/** The demo marks of an order's client and product, as they are now (`SupplierRegistry.mayIssue`). */
export async function demoMarks(db: Executor, clientId: number, productId: number): Promise<{ demoClient: boolean; demoProduct: boolean }> {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('clients').select('demo').where('id', '=', clientId).as('client_demo'),
      eb.selectFrom('products').select('demo').where('id', '=', productId).as('product_demo'),
    ])
    .executeTakeFirstOrThrow();
  return { demoClient: row.client_demo === true, demoProduct: row.product_demo === true };
}
