import { sql } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { OrderStatus, VoucherType } from '../infra/db/schema.ts';

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
  /** What operator retries charged again of the refunds (`refunded_amount`). */
  recharged_amount: bigint;
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

/** An order as the operator's tools read it: with its client's name, read in the same statement. */
export interface OperatorOrderRecord extends OrderRecord {
  client_name: string;
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
      'o.recharged_amount',
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

/** The orders with their client's name (joined on the client's key): what the operator's tools read. */
function selectOperatorOrders(db: Executor) {
  return selectOrders(db).innerJoin('clients as c', 'c.id', 'o.client_id').select('c.name as client_name');
}

/** The order, whoever's it is, with its client's name (operator tools). */
export async function findOrderForOperator(db: Executor, id: number): Promise<OperatorOrderRecord | undefined> {
  return (await selectOperatorOrders(db).where('o.id', '=', id).executeTakeFirst()) as OperatorOrderRecord | undefined;
}

/** The order row locked for the rest of the transaction (delivery steps, cancel, retry, refunds). */
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

/** The orders of these ids (any order; a list page puts them in its own). */
export async function findOrdersByIds(db: Executor, ids: number[]): Promise<OrderRecord[]> {
  if (ids.length === 0) return [];
  return (await selectOrders(db).where('o.id', 'in', ids).execute()) as OrderRecord[];
}

/** The orders of these ids with their clients' names, in one statement (the operator's list page). */
export async function findOperatorOrdersByIds(db: Executor, ids: number[]): Promise<OperatorOrderRecord[]> {
  if (ids.length === 0) return [];
  return (await selectOperatorOrders(db).where('o.id', 'in', ids).execute()) as OperatorOrderRecord[];
}

// ---- vouchers -------------------------------------------------------------------------------------

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
