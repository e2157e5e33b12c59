import type { Kysely } from 'kysely';
import type { SupplierRegistry } from '../suppliers/registry.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Database } from '../infra/db/schema.ts';
import { debitWallet } from '../ledger/ledger.ts';
import { formatMinor } from '../money/minor-units.ts';
import { errors } from '../shared/errors.ts';
import { recordDelivery } from './delivery.ts';
import type { FulfilmentService } from './fulfilment.service.ts';
import * as repo from './orders.repository.ts';
import type { OrderRecord } from './orders.repository.ts';

/**
 * Operator retry of an order's undelivered units (docs/orders.md, "Operator retry"): an order
 * that ended FAILED or PARTIALLY_DELIVERED for good gets its undelivered units delivered again.
 * One transaction that holds the order row: charges the wallet again what was refunded for those
 * units (at the order's own price, never a new quote), reserves them with the supplier, puts the
 * order back to PENDING (nothing delivered) or PARTIALLY_DELIVERED (being delivered), queues its
 * delivery job and writes the audit entry. A second retry, concurrent or not, waits for the row
 * and then finds an order that is being delivered: it is refused, so nothing is charged or
 * delivered twice. The delivery is then the worker's, as for any order (`FulfilmentService`).
 */

export const notRetryable = (why: string) => errors.conflict('ORDER_NOT_RETRYABLE', `Order cannot be retried: ${why}`);

/** Why this order cannot be retried, or null when it can. */
function refusal(order: OrderRecord): string | null {
  if (order.status === 'FAILED') return null;
  if (order.status === 'PARTIALLY_DELIVERED') return order.completed_at === null ? 'its undelivered vouchers are still being delivered' : null;
  return `it is ${order.status}`;
}

export interface RetryDeps {
  db: Kysely<Database>;
  suppliers: SupplierRegistry;
  fulfilment: FulfilmentService;
}

/**
 * Retries the order's undelivered units as `actor`. `deliverNowUpTo`: at most this many units are
 * delivered before returning (as a new order's are), more go to the background worker.
 */
export async function retryUndelivered(deps: RetryDeps, orderId: number, actor: string, deliverNowUpTo: number): Promise<void> {
  const { fulfilment } = deps;
  const { undelivered } = await deps.db.transaction().execute(async (trx) => {
    const order = await repo.lockOrder(trx, orderId);
    if (!order) throw errors.notFound('Order not found');
    const why = refusal(order);
    if (why) throw notRetryable(why);
    const supplier = deps.suppliers.get(order.supplier);
    if (!supplier) throw notRetryable(`supplier ${order.supplier} is not available`);
    if (!(await fulfilment.mayIssue(trx, order, supplier))) {
      throw notRetryable('in production mode sandbox and demo codes are issued to demo clients only');
    }
    const units = order.quantity - order.delivered_quantity;
    // What was refunded for these units and not charged again yet: the order's price for them.
    const refunded = order.refunded_amount - order.recharged_amount;
    const charge = refunded > 0n ? refunded : 0n;
    if (charge > 0n) {
      await debitWallet(trx, {
        walletId: order.wallet_id,
        clientId: order.client_id,
        amount: charge,
        counterAccount: 'REVENUE',
        note: `Retry of Order #${order.id}`,
        reason: 'ORDER',
        actor,
        orderId: order.id,
        walletCurrency: { id: order.wallet_currency_id, code: order.wallet_currency, minorUnits: order.wallet_places },
      });
    }
    const denomination = formatMinor(order.denomination, order.product_places);
    const reserved = await supplier.reserve(trx, { orderId: order.id, productId: order.product_id, denomination, quantity: units });
    if (reserved < units) throw errors.badRequest('Product is not available in the requested quantity', 'OUT_OF_STOCK');
    await recordDelivery(trx, order, { kind: 'retried', recharged: charge });
    const now = units <= deliverNowUpTo;
    await repo.insertJob(trx, order.id, now ? { workerId: fulfilment.workerId, ms: fulfilment.leaseMs } : null);
    await recordAudit(trx, {
      actor,
      action: 'order.retry',
      target: `order:${order.id}`,
      details: { units, charged: formatMinor(charge, order.wallet_places), currency: order.wallet_currency },
    });
    return { undelivered: units };
  });
  if (undelivered <= deliverNowUpTo) await fulfilment.deliver(orderId);
  else fulfilment.wake();
}
