import { toRfc3339 } from '../shared/dates.ts';
import type { IssuedVoucher } from '../shared/voucher.ts';
import type { OrderStatus } from '../infra/db/schema.ts';
import { minorToNumber, numericToNumber } from '../money/minor-units.ts';
import type { OperatorOrderRecord, OrderRecord } from './orders.repository.ts';

/** The order object of api.md 6.2 (`vouchers` only on create and GET /orders/:id). */
export interface OrderView {
  id: number;
  product_id: number;
  product_name: string;
  denomination: number;
  quantity: number;
  amount: number;
  discount: number;
  total_payable: number;
  client_reference: string | null;
  ref: string | null;
  wallet_id: number;
  transaction_id: number | null;
  status: OrderStatus;
  base_currency: string;
  deduction_currency: string;
  delivered_quantity: number;
  email: string | null;
  message: string | null;
  failure_code: string | null;
  failure_reason: string | null;
  created_at: string;
  completed_at: string | null;
  vouchers?: IssuedVoucher[];
}

/** Operator view: who ordered, the discount rate, what was refunded and why an operator cancelled it; never the codes. */
export interface AdminOrderView extends Omit<OrderView, 'vouchers'> {
  client_id: number;
  /** The client's name now (not a copy kept with the order). */
  client_name: string;
  supplier: string;
  discount_rate: number;
  refunded_amount: number;
  /** What operator retries charged again: the order has cost its client `total_payable + recharged_amount - refunded_amount`. */
  recharged_amount: number;
  /** The remarks of an operator cancel; never in the client's view of the order. */
  operator_remarks: string | null;
}

export function orderView(order: OrderRecord, vouchers?: IssuedVoucher[]): OrderView {
  const product = (minor: bigint) => minorToNumber(minor, order.product_places);
  return {
    id: order.id,
    product_id: order.product_id,
    product_name: order.product_name,
    denomination: product(order.denomination),
    quantity: order.quantity,
    amount: product(order.amount),
    discount: product(order.discount_amount),
    total_payable: minorToNumber(order.total_payable, order.wallet_places),
    client_reference: order.client_reference,
    ref: order.ref,
    wallet_id: order.wallet_id,
    transaction_id: order.transaction_id,
    status: order.status,
    base_currency: order.product_currency,
    deduction_currency: order.wallet_currency,
    delivered_quantity: order.delivered_quantity,
    email: order.email,
    message: order.message,
    failure_code: order.failure_code,
    failure_reason: order.failure_reason,
    created_at: toRfc3339(order.created_at),
    completed_at: order.completed_at ? toRfc3339(order.completed_at) : null,
    ...(vouchers ? { vouchers } : {}),
  };
}

export function adminOrderView(order: OperatorOrderRecord): AdminOrderView {
  return {
    ...orderView(order),
    client_id: order.client_id,
    client_name: order.client_name,
    supplier: order.supplier,
    discount_rate: numericToNumber(order.discount_rate),
    refunded_amount: minorToNumber(order.refunded_amount, order.wallet_places),
    recharged_amount: minorToNumber(order.recharged_amount, order.wallet_places),
    operator_remarks: order.operator_remarks,
  };
}

/**
 * The `data` of order events (api.md 7): never a code, PIN or claim URL. Its times are the
 * order's own: the statement that records the event sets `created_at` and `delivered_on` from the
 * order row it writes (orders.repository.ts, `orderEventTimes`).
 */
export function orderEventData(order: OrderRecord, status: OrderStatus, deliveredQuantity: number) {
  return {
    id: order.id,
    reference_code: order.client_reference,
    status,
    product_name: order.product_name,
    denomination: minorToNumber(order.denomination, order.product_places),
    quantity: order.quantity,
    amount: minorToNumber(order.amount, order.product_places),
    delivered_quantity: deliveredQuantity,
    delivered_on: null,
    created_at: toRfc3339(order.created_at),
  };
}
