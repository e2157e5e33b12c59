import { MAX_ORDER_QUANTITY, type CapacityQuery, type Supplier } from './supplier.ts';

/**
 * The sandbox supplier (operator.md 3): fake, clearly-marked test codes, generated on demand,
 * so it can always deliver, up to the per-order maximum.
 */
export class SandboxSupplier implements Supplier {
  readonly name = 'sandbox';

  constructor(private readonly maxPerOrder = MAX_ORDER_QUANTITY) {}

  async capacity(query: CapacityQuery): Promise<boolean> {
    return Number.isSafeInteger(query.quantity) && query.quantity >= 1 && query.quantity <= this.maxPerOrder;
  }
}
