import type { RawBuilder } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';
import type { VoucherType } from '../infra/db/schema.ts';
import type { IssuedVoucher } from '../shared/voucher.ts';

/**
 * Where vouchers come from. A product names its supplier (`products.supplier`);
 * the registry finds the implementation. One small interface: how many can you deliver now
 * (availability), put N aside for an order (in the order's database transaction), and issue
 * the next units of an order (in the fulfilment step's database transaction, so the issued
 * vouchers and the order's progress commit together and nothing is issued twice).
 */

/** The most vouchers one order may ask for (api.md 4.4 `max_quantity`, 6.1). */
export const MAX_ORDER_QUANTITY = 5000;

export interface CapacityQuery {
  productId: number;
  /** Face value per voucher, exact decimal text at the product currency's precision ("25.00"). */
  denomination: string;
  quantity: number;
}

export interface ReserveRequest extends CapacityQuery {
  orderId: number;
}

export interface IssueRequest {
  orderId: number;
  productId: number;
  denomination: string;
  voucherType: VoucherType;
  /** How many units to issue in this step (≥ 1). */
  quantity: number;
  /** Units of this order already delivered (0-based index of the first unit asked for now). */
  delivered: number;
}

/**
 * A supplier that could not issue. TRANSIENT: try again later (backoff); PERMANENT: these units
 * will never be delivered (the order's undelivered share is refunded). The message is for the
 * operator's log and the order's `failure_reason`: never a voucher code.
 */
export class SupplierError extends Error {
  constructor(
    readonly kind: 'TRANSIENT' | 'PERMANENT',
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SupplierError';
  }
}

export interface Supplier {
  /** The value stored in `products.supplier`, e.g. `sandbox`. */
  readonly name: string;
  /**
   * Its codes are not real (the sandbox's TEST- codes): in production mode they are issued to
   * demo clients only (`SupplierRegistry.mayIssue`).
   */
  readonly fakeCodes?: boolean;
  /**
   * Present on suppliers whose issuing is work in this database only (inventory, sandbox): it
   * cannot fail transiently, so a small order is delivered inside the transaction that creates
   * it, reserving and issuing at once. Returns the vouchers, fewer than asked when stock falls
   * short (the caller refuses the order and rolls back). Remote suppliers leave it out: their
   * orders are reserved, committed, then delivered with retries.
   */
  takeNow?(db: Executor, request: ReserveRequest & IssueRequest): Promise<IssuedVoucher[]>;
  /**
   * Present on suppliers whose stock is rows of this database (inventory): `takeNow` as a
   * data-modifying statement returning `(id, payload)`, for the caller to put in its own statement
   * as a CTE it names; it runs only when `when` holds — so an order's debit and its codes are one
   * statement. `payload` is the voucher sealed as orders store it. It may take fewer than asked (stock taken meanwhile): the caller's statement then
   * aborts and the order is placed with `takeNow` in a transaction.
   */
  takeInStatement?(db: Executor, request: ReserveRequest & IssueRequest, when: RawBuilder<unknown>): RawBuilder<unknown>;
  /**
   * True when this supplier can deliver `quantity` vouchers of that value right now. The
   * caller has already checked that the value lies in one of the product's ranges. A supplier
   * that cannot tell (unreachable) throws; the caller answers 500, never a guess.
   */
  capacity(query: CapacityQuery): Promise<boolean>;
  /**
   * Puts `quantity` units aside for the order, in the order's transaction `db`. Returns how many
   * it could put aside; fewer than asked means the order is refused (400 OUT_OF_STOCK) and the
   * caller rolls the whole transaction back. Suppliers that make vouchers on demand return
   * `quantity` without writing anything.
   */
  reserve(db: Executor, request: ReserveRequest): Promise<number>;
  /**
   * Issues the next `quantity` units of the order in the caller's transaction `db`: returns
   * exactly `quantity` vouchers, or throws SupplierError (nothing issued). Units reserved for
   * the order are the ones issued; a rolled-back transaction issues nothing.
   */
  issue(db: Executor, request: IssueRequest): Promise<IssuedVoucher[]>;
  /**
   * The order will not take the units it reserved and has not been issued (cancel, permanent
   * failure): they go back to stock, in the caller's transaction.
   */
  release(db: Executor, orderId: number): Promise<void>;
}
