import { sql, type RawBuilder } from 'kysely';
import type { EventType } from '../events/event-types.ts';
import { eventStatement, type NewEvent } from '../events/events.repository.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { OrderStatus } from '../infra/db/schema.ts';
import { abortUnless } from '../infra/db/statement-abort.ts';
import { creditWallet } from '../ledger/ledger.ts';
import type { MoveAndInsertParts } from '../ledger/ledger.repository.ts';
import { formatMinor } from '../money/minor-units.ts';
import type { NewOrder, OrderRecord } from './orders.repository.ts';
import { orderEventData } from './orders.views.ts';

/**
 * What recording an order's delivery writes, in one place, whichever way the order is delivered
 * (the one-statement order, the transaction that places an order, the delivery worker's steps
 * and failures, the operator's cancel and retry): the order row (status, delivered_quantity,
 * message, failure, refunded and recharged amounts, completed_at), the vouchers stored, the
 * order's event (and so its webhook deliveries), the e-mail notice, and the refund of the
 * undelivered share. A way of delivering says what happened (`DeliveryOutcome`); this module
 * decides what that writes and builds the SQL that writes it, the one-statement order's
 * included, whose CTEs are all named here.
 */

/** Half-up share of `total` for `part` of `whole` units, in minor units. */
export function proportionalShare(total: bigint, part: number, whole: number): bigint {
  if (part >= whole) return total;
  return (total * BigInt(part) * 2n + BigInt(whole)) / (BigInt(whole) * 2n);
}

/** The columns of an order that its delivery changes. */
export interface OrderProgress {
  status?: OrderStatus;
  delivered_quantity?: number;
  message?: string | null;
  failure_code?: string | null;
  failure_reason?: string | null;
  operator_remarks?: string | null;
  refunded_amount?: bigint;
  recharged_amount?: bigint;
  transaction_id?: number | null;
  /** true: `completed_at` becomes the statement's time; false: it is cleared (the order is delivered again). */
  completed?: boolean;
}

/** Encrypted vouchers of an order, numbered from `firstUnit` (0-based). */
export interface NewVouchers {
  firstUnit: number;
  payloads: string[];
}

/** What happened to an order's delivery. */
export type DeliveryOutcome =
  /** More units stored; the order is still being delivered (no status change). */
  | { kind: 'step'; delivered: number }
  /** Every unit delivered: DELIVERED, `order.delivered`, the notice. */
  | { kind: 'delivered' }
  /** A transient failure after some units: PARTIALLY_DELIVERED while the rest are retried. */
  | { kind: 'retrying' }
  /** No more attempts: the undelivered share refunded, FAILED or PARTIALLY_DELIVERED for good. */
  | { kind: 'given-up'; code: string; reason: string; actor: string }
  /** The operator cancelled an order with nothing delivered: refunded in full, CANCELLED. */
  | { kind: 'cancelled'; actor: string; remarks: string | null }
  /** The operator retries the undelivered units, charged again (`recharged`): PENDING or PARTIALLY_DELIVERED again. */
  | { kind: 'retried'; recharged: bigint };

const STATUS_EVENTS: Partial<Record<OrderStatus, EventType>> = {
  DELIVERED: 'order.delivered',
  PARTIALLY_DELIVERED: 'order.partially_delivered',
  FAILED: 'order.failed',
  CANCELLED: 'order.cancelled',
};

/** The change of the order's row an outcome writes, and whether its event is sent even when the status stays. */
type Change = OrderProgress & { final?: boolean };

function changeOf(order: OrderRecord, outcome: DeliveryOutcome, refund: bigint): Change | null {
  switch (outcome.kind) {
    case 'step':
      return { delivered_quantity: outcome.delivered };
    case 'delivered':
      return {
        status: 'DELIVERED',
        delivered_quantity: order.quantity,
        message: 'Order delivered',
        failure_code: null,
        failure_reason: null,
        completed: true,
      };
    case 'retrying':
      if (order.delivered_quantity === 0 || order.status !== 'PENDING') return null;
      return {
        status: 'PARTIALLY_DELIVERED',
        message: `${order.delivered_quantity} of ${order.quantity} vouchers delivered; the rest are being retried`,
      };
    case 'given-up': {
      const status: OrderStatus = order.delivered_quantity === 0 ? 'FAILED' : 'PARTIALLY_DELIVERED';
      return {
        status,
        message:
          status === 'FAILED'
            ? 'Order failed; the amount paid was refunded'
            : `${order.delivered_quantity} of ${order.quantity} vouchers delivered; the undelivered share was refunded`,
        failure_code: outcome.code,
        failure_reason: outcome.reason,
        refunded_amount: order.refunded_amount + refund,
        completed: true,
        // A PARTIALLY_DELIVERED order that stops retrying tells the client so, with the refund,
        // even though its status stays the same.
        final: true,
      };
    }
    case 'cancelled':
      return {
        status: 'CANCELLED',
        message: 'Order cancelled by the operator; the amount paid was refunded',
        failure_code: 'CANCELLED',
        // The remarks are the operator's: the client is told only who cancelled.
        failure_reason: 'Cancelled by the operator',
        operator_remarks: outcome.remarks,
        refunded_amount: order.refunded_amount + refund,
        completed: true,
      };
    case 'retried': {
      const undelivered = order.quantity - order.delivered_quantity;
      return {
        status: order.delivered_quantity === 0 ? 'PENDING' : 'PARTIALLY_DELIVERED',
        message: `${undelivered} undelivered ${undelivered === 1 ? 'voucher is' : 'vouchers are'} being delivered again`,
        failure_code: null,
        failure_reason: null,
        recharged_amount: order.recharged_amount + outcome.recharged,
        completed: false,
      };
    }
  }
}

/** The order with the columns of `change` (`completed` stands for `completed_at`, which the database sets). */
function applied(order: OrderRecord, change: OrderProgress): OrderRecord {
  const { completed: _completed, ...columns } = change;
  return { ...order, ...columns };
}

/** The event that tells the client about the order's new status (none for PENDING, none when it does not change). */
function statusEvent(order: OrderRecord, change: Change): NewEvent | undefined {
  if (change.status === undefined || (!change.final && change.status === order.status)) return undefined;
  const type = STATUS_EVENTS[change.status];
  return (
    type && { clientId: order.client_id, type, data: orderEventData(order, change.status, change.delivered_quantity ?? order.delivered_quantity) }
  );
}

export interface EmailNotice {
  order_id: number;
  recipient: string;
  subject: string;
  body: string;
}

/**
 * The e-mail notice of an order placed with `email` that completes: DELIVERED, or
 * PARTIALLY_DELIVERED for good. Never a voucher code.
 */
function noticeOf(order: OrderRecord, change: Change): EmailNotice | undefined {
  if (!order.email || !change.completed) return undefined;
  if (change.status !== 'DELIVERED' && change.status !== 'PARTIALLY_DELIVERED') return undefined;
  const delivered = change.delivered_quantity ?? order.delivered_quantity;
  const plural = delivered === 1 ? 'voucher' : 'vouchers';
  return {
    order_id: order.id,
    recipient: order.email,
    subject: `Order #${order.id}: ${delivered} ${order.product_name} ${plural} delivered`,
    body: [
      `Your order #${order.id}${order.client_reference ? ` (${order.client_reference})` : ''} has been delivered.`,
      '',
      `Product: ${order.product_name}`,
      `Face value: ${formatMinor(order.denomination, order.product_places)} ${order.product_currency}`,
      `Vouchers delivered: ${delivered} of ${order.quantity}`,
      '',
      `The vouchers are available through the API: GET /api/v1/orders/${order.id}`,
      'For your security this message does not contain the voucher codes.',
      '',
    ].join('\n'),
  };
}

/**
 * What is still to refund of the undelivered share: its part of `total_payable`, minus what was
 * refunded and not charged again since (an operator retry charges the refunds again).
 */
function refundDue(order: OrderRecord): bigint {
  const undelivered = order.quantity - order.delivered_quantity;
  return proportionalShare(order.total_payable, undelivered, order.quantity) - (order.refunded_amount - order.recharged_amount);
}

/** Gives back the undelivered share of an order to its wallet; returns the amount (minor units). */
async function refundUndelivered(trx: Executor, order: OrderRecord, actor: string): Promise<bigint> {
  const due = refundDue(order);
  if (due <= 0n) return 0n;
  await creditWallet(trx, {
    walletId: order.wallet_id,
    amount: due,
    counterAccount: 'REVENUE',
    note: `Refund for Order #${order.id}`,
    reason: 'REFUND',
    actor,
    orderId: order.id,
    clientId: order.client_id,
    walletCurrency: { id: order.wallet_currency_id, code: order.wallet_currency, minorUnits: order.wallet_places },
  });
  return due;
}

/**
 * Records `outcome` for `order` (locked by the caller, or created in the caller's transaction)
 * in the caller's transaction: the refund it implies, the order's row with its event and the
 * vouchers given, with one statement, and the notice. `also`: more columns of the same change
 * (the debit's transaction of an order delivered in the transaction that placed it). Returns
 * the order as it now is.
 */
export async function recordDelivery(
  trx: Executor,
  order: OrderRecord,
  outcome: DeliveryOutcome,
  extra: { vouchers?: NewVouchers; also?: OrderProgress } = {},
): Promise<OrderRecord> {
  const refund = outcome.kind === 'given-up' || outcome.kind === 'cancelled' ? await refundUndelivered(trx, order, outcome.actor) : 0n;
  const own = changeOf(order, outcome, refund);
  if (!own) return order;
  const { final: _final, ...progress } = own;
  const change = { ...extra.also, ...progress };
  const written = await updateOrder(trx, order.id, change, { event: statusEvent(order, own), vouchers: extra.vouchers });
  const notice = noticeOf(order, own);
  if (notice) await noticeInsert(notice).execute(trx);
  return { ...applied(order, change), completed_at: written?.completed_at ?? null };
}

// ---- SQL ------------------------------------------------------------------------------------------

function assignments(progress: OrderProgress) {
  const { completed, refunded_amount, recharged_amount, ...columns } = progress;
  const set = Object.entries(columns)
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  if (refunded_amount !== undefined) set.push(sql`refunded_amount = ${refunded_amount.toString()}::bigint`);
  if (recharged_amount !== undefined) set.push(sql`recharged_amount = ${recharged_amount.toString()}::bigint`);
  set.push(sql`updated_at = now()`);
  if (completed === true) set.push(sql`completed_at = now()`);
  if (completed === false) set.push(sql`completed_at = null`);
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

/** The event times of the two statements that record an order's event; built once (SQL fragments are immutable). */
const CHANGED_EVENT_TIMES = orderEventTimes('changed');
const NEW_ORDER_EVENT_TIMES = orderEventTimes('new_order');

/** The insert of an order's vouchers: `select` gives (order_id, unit, payload) rows. */
const storeVouchers = (select: RawBuilder<unknown>) => sql`insert into order_vouchers (order_id, unit, payload) ${select}`;

/**
 * Writes the order's progress and, when given, the event that describes it (`eventStatement`)
 * and the vouchers it delivered, with one statement: neither exists unless the order row was
 * changed. Returns the order's `completed_at` after the change, or undefined when there is no
 * such order.
 */
async function updateOrder(
  db: Executor,
  id: number,
  progress: OrderProgress,
  with_: { event?: NewEvent; vouchers?: NewVouchers } = {},
): Promise<{ completed_at: Date | null } | undefined> {
  const recorded = with_.event && eventStatement(with_.event, { from: sql`changed`, merge: CHANGED_EVENT_TIMES });
  const stored =
    with_.vouchers &&
    sql`, stored as (${storeVouchers(sql`
      select changed.id, ${with_.vouchers.firstUnit}::int + v.ordinal::int - 1, v.payload
      from changed, unnest(${with_.vouchers.payloads}::text[]) with ordinality as v (payload, ordinal)`)})`;
  const { rows } = await sql<{ completed_at: Date | null }>`
    with changed as (update orders set ${assignments(progress)} where id = ${id} returning id, status, created_at, completed_at, updated_at)
    ${recorded ? sql`, ${recorded.ctes}` : sql``} ${stored ?? sql``}
    select changed.completed_at ${recorded ? sql`, ${recorded.notify} as notified` : sql``} from changed`.execute(db);
  return rows[0];
}

function noticeInsert(email: EmailNotice) {
  return sql`insert into email_outbox (order_id, recipient, subject, body)
    values (${email.order_id}::int, ${email.recipient}::text, ${email.subject}::text, ${email.body}::text)`;
}

/**
 * A new small order, its debit and its delivery with one statement that runs on its own (no
 * transaction around it), so it commits whole or not at all: the wallet movement (`debit`, the
 * ledger's parts), the order row inserted as delivered (`recordDelivery`'s DELIVERED change, its
 * event and notice) and naming the movement's transaction, the codes (`take`, the supplier's
 * data-modifying statement, run once the balance moved), the vouchers stored as taken. Unless
 * the movement was recorded and every unit taken, the statement aborts (`isStatementAbort`) and
 * nothing of it remains. Locks: the wallet row, then the order's unique keys (a duplicate
 * client_reference or Idempotency-Key waits for the other order and fails), as in a transaction
 * that places an order (`lockWallet` first); the transaction id is taken under the wallet's lock,
 * so a wallet's transactions are numbered in the order of its balance. `order` is the order as it
 * is before (PENDING, with its id from `nextId`), `columns` its row. Returns the order as
 * delivered and its vouchers' sealed payloads, in unit order.
 */
export async function insertDeliveredOrder(
  db: Executor,
  order: OrderRecord,
  columns: NewOrder,
  parts: { debit: MoveAndInsertParts; take: RawBuilder<unknown> },
): Promise<{ order: OrderRecord; payloads: string[] }> {
  const { debit } = parts;
  const own = changeOf(order, { kind: 'delivered' }, 0n)!;
  const insert = db
    .insertInto('orders')
    .values({
      ...columns,
      id: order.id,
      status: own.status!,
      delivered_quantity: own.delivered_quantity!,
      message: own.message!,
      transaction_id: sql<number>`${debit.transactionId}`,
      completed_at: own.completed ? sql<Date>`now()` : null,
    })
    .returning(['id', 'transaction_id', 'status', 'created_at', 'completed_at', 'updated_at']);
  const recorded = eventStatement(statusEvent(order, own)!, { from: sql`new_order`, merge: NEW_ORDER_EVENT_TIMES, name: 'order_event' });
  const notice = noticeOf(order, own);
  const complete = abortUnless(sql<boolean>`${debit.recorded} and (select count(*) from taken) = ${order.quantity}`, 'order not completed');
  const { rows } = await sql<{ transaction_id: number; created_at: Date; completed_at: Date; payloads: string[] }>`
    with ${debit.ctes}, new_order as (${insert}), taken as (${parts.take}), stored as (${storeVouchers(sql`
      select ${order.id}::int, (row_number() over (order by taken.id))::int - 1, taken.payload from taken`)}
    ), ${recorded.ctes} ${notice ? sql`, notice as (${noticeInsert(notice)})` : sql``}
    select new_order.transaction_id, new_order.created_at, new_order.completed_at,
      (select coalesce(json_agg(taken.payload order by taken.id), '[]'::json) from taken) as payloads,
      ${debit.notify} as debit_notified, ${recorded.notify} as order_notified, ${complete} as complete
    from new_order`.execute(db);
  const { transaction_id, created_at, completed_at, payloads } = rows[0]!;
  return { order: { ...applied(order, own), transaction_id, created_at, completed_at }, payloads };
}
