/**
 * Where vouchers come from (operator.md 3). A product names its supplier (`products.supplier`);
 * the registry finds the implementation. This issue needs only the capacity question asked by
 * `…/availability`; issuing vouchers (reserve/issue N vouchers of value V, transient vs
 * permanent failures) is added to this same interface with orders, together with the
 * `inventory` supplier.
 */

/** The most vouchers one order may ask for (api.md 4.4 `max_quantity`, 6.1). */
export const MAX_ORDER_QUANTITY = 5000;

export interface CapacityQuery {
  productId: number;
  /** Face value per voucher, exact decimal text at the product currency's precision ("25.00"). */
  denomination: string;
  quantity: number;
}

export interface Supplier {
  /** The value stored in `products.supplier`, e.g. `sandbox`. */
  readonly name: string;
  /**
   * True when this supplier can deliver `quantity` vouchers of that value right now. The
   * caller has already checked that the value lies in one of the product's ranges. A supplier
   * that cannot tell (unreachable) throws; the caller answers 500, never a guess.
   */
  capacity(query: CapacityQuery): Promise<boolean>;
}
