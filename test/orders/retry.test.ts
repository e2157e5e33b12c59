import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TestSupplier } from '../../src/suppliers/test-supplier.ts';
import type { AdminOrderView } from '../../src/orders/orders.views.ts';
import { errorOf, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { admin, ADMIN_TOKEN, BAD_IDS, INSUFFICIENT_FUNDS, notFound } from '../helpers/wallets.ts';
import {
  drainDeliveries,
  getOrder,
  orderingClient,
  orderOf,
  placeFailing,
  placeOrder,
  testSupplierStore,
  walletBalance,
  type OrderActor,
} from './setup.ts';

/** Operator retry of an order's undelivered units: POST /admin/v1/orders/:id/retry (docs/orders.md, "Operator retry"). */

const FAST = { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 3, batchSize: 4, leaseMs: 10_000 };
const notRetryable = (why: string) => ({ name: 'ConflictError', code: 'ORDER_NOT_RETRYABLE', message: `Order cannot be retried: ${why}` });
const OUT_OF_STOCK = { name: 'BadRequestError', code: 'OUT_OF_STOCK', message: 'Product is not available in the requested quantity' };

for (const engine of ENGINES) {
  describe(`operator retry of undelivered units [${engine}]`, () => {
    let store: TestStore;
    let supplier: TestSupplier;
    let product: number;

    testSupplierStore(engine, 'Retry Card', FAST, (made) => ({ store, supplier, product } = made));

    const db = () => store.container.database.db;
    const retry = (id: number | string, token = ADMIN_TOKEN) => admin(store, 'POST', `/orders/${id}/retry`, undefined, token);
    const drain = () => drainDeliveries(store);
    /** The order's ledger transactions: [reason, amount in minor units (signed)]. */
    const movements = async (orderId: number) =>
      (await db().selectFrom('ledger_transactions').select(['reason', 'amount']).where('order_id', '=', orderId).orderBy('id').execute()).map(
        (t) => [t.reason, t.amount] as const,
      );
    const orderEvents = async (clientId: number, orderId: number) =>
      (await db().selectFrom('events').select(['type', 'data']).where('client_id', '=', clientId).orderBy('id').execute())
        .filter((e) => e.type.startsWith('order.') && (e.data as { id?: number }).id === orderId)
        .map((e) => e.type);
    async function reconciles(): Promise<void> {
      const report = await store.container.ledger.reconcile();
      assert.equal(report.ok, true, JSON.stringify(report.breaks));
    }
    /** A sync order of `quantity` × 25.00 (2 %) that failed for good: FAILED and refunded in full. */
    function failedOrder(client: OrderActor, quantity = 2) {
      return placeFailing(supplier, async () => orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 25, quantity })));
    }

    test('a FAILED order: charged again, delivered before the answer, order.delivered, audited with the operator', async () => {
      const client = await orderingClient(store, '100.00');
      const order = await failedOrder(client);
      assert.equal(await walletBalance(store, client.walletId), 100);
      const response = await retry(order.id);
      assert.equal(response.statusCode, 200, response.body);
      const retried = response.json() as AdminOrderView;
      assert.equal(retried.status, 'DELIVERED');
      assert.equal(retried.delivered_quantity, 2);
      assert.equal(retried.failure_code, null);
      assert.equal(retried.failure_reason, null);
      assert.ok(retried.completed_at, 'retried.completed_at');
      assert.equal(retried.refunded_amount, 49);
      assert.equal(retried.recharged_amount, 49);
      assert.equal(retried.transaction_id, order.transaction_id, 'the order still names its first debit');
      assert.equal(await walletBalance(store, client.walletId), 51);
      const seen = orderOf(await getOrder(store, client.token, order.id));
      assert.equal(seen.status, 'DELIVERED');
      assert.equal(seen.vouchers.length, 2);
      assert.deepEqual(await movements(order.id), [
        ['ORDER', -4900n],
        ['REFUND', 4900n],
        ['ORDER', -4900n],
      ]);
      const again = await db()
        .selectFrom('ledger_transactions')
        .select(['remarks', 'actor'])
        .where('order_id', '=', order.id)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      assert.equal(again.remarks, `USD Wallet debited by amount 49.00 - Retry of Order #${order.id}`);
      assert.equal(again.actor, 'operator:admin-token');
      assert.deepEqual(await orderEvents(client.clientId, order.id), ['order.failed', 'order.delivered']);
      const audit = await db().selectFrom('audit_log').select(['actor', 'action', 'details']).where('target', '=', `order:${order.id}`).execute();
      assert.deepEqual(
        audit.map((entry) => [entry.actor, entry.action, entry.details]),
        [['operator:admin-token', 'order.retry', { units: 2, charged: '49.00', currency: 'USD' }]],
      );
      assert.equal((await db().selectFrom('fulfilment_jobs').select('order_id').where('order_id', '=', order.id).execute()).length, 0);
      await reconciles();
    });

    test('a PARTIALLY_DELIVERED order: only the undelivered units, by the worker; the e-mail notice again when it completes', async () => {
      const client = await orderingClient(store, '200.00');
      supplier.failAfterUnits(4, { kind: 'PERMANENT' });
      // 10 × 20.00 at 2 % = 196.00; batches of 4: 4 delivered, then a permanent failure, 117.60 refunded.
      const order = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 20, quantity: 10, email: 'ops@example.com' }));
      await drain();
      const partial = orderOf(await getOrder(store, client.token, order.id));
      assert.equal(partial.status, 'PARTIALLY_DELIVERED');
      assert.equal(partial.delivered_quantity, 4);
      assert.equal(await walletBalance(store, client.walletId), 121.6);
      supplier.reset();

      const response = await retry(order.id);
      assert.equal(response.statusCode, 200, response.body);
      const retried = response.json() as AdminOrderView;
      // 6 units: more than a request delivers, so the worker does.
      assert.equal(retried.status, 'PARTIALLY_DELIVERED');
      assert.equal(retried.delivered_quantity, 4);
      assert.equal(retried.completed_at, null);
      assert.equal(retried.failure_code, null);
      assert.equal(await walletBalance(store, client.walletId), 4);
      assert.equal((await retry(order.id)).statusCode, 409, 'a second retry while it is delivered');
      await drain();
      const done = orderOf(await getOrder(store, client.token, order.id));
      assert.equal(done.status, 'DELIVERED');
      assert.equal(done.delivered_quantity, 10);
      assert.equal(new Set(done.vouchers.map((v) => v.card_number)).size, 10);
      const units = await db().selectFrom('order_vouchers').select('unit').where('order_id', '=', order.id).orderBy('unit').execute();
      assert.deepEqual(
        units.map((u) => u.unit),
        [...Array(10).keys()],
      );
      assert.equal(await walletBalance(store, client.walletId), 4);
      assert.deepEqual(await orderEvents(client.clientId, order.id), ['order.partially_delivered', 'order.delivered']);
      const mails = await db().selectFrom('email_outbox').select('subject').where('order_id', '=', order.id).orderBy('id').execute();
      assert.deepEqual(
        mails.map((m) => m.subject),
        [`Order #${order.id}: 4 Retry Card vouchers delivered`, `Order #${order.id}: 10 Retry Card vouchers delivered`],
      );
      await reconciles();
    });

    test('a retry that fails again is refunded again, and can be retried again: the money always nets to the delivered units', async () => {
      const client = await orderingClient(store, '100.00');
      const order = await failedOrder(client);
      supplier.failPermanently();
      const failedAgain = await retry(order.id);
      assert.equal(failedAgain.statusCode, 200, failedAgain.body);
      assert.equal(failedAgain.json().status, 'FAILED');
      assert.equal(failedAgain.json().refunded_amount, 98);
      assert.equal(failedAgain.json().recharged_amount, 49, 'what the retry charged again, beside the refunds');
      assert.equal(await walletBalance(store, client.walletId), 100);
      supplier.reset();
      const delivered = await retry(order.id);
      assert.equal(delivered.json().status, 'DELIVERED');
      // The order has cost its client total_payable + recharged_amount - refunded_amount: its price.
      const { total_payable, recharged_amount, refunded_amount } = delivered.json() as AdminOrderView;
      assert.deepEqual([total_payable, recharged_amount, refunded_amount], [49, 98, 98]);
      assert.equal(await walletBalance(store, client.walletId), 51);
      assert.deepEqual(await movements(order.id), [
        ['ORDER', -4900n],
        ['REFUND', 4900n],
        ['ORDER', -4900n],
        ['REFUND', 4900n],
        ['ORDER', -4900n],
      ]);
      assert.deepEqual(await orderEvents(client.clientId, order.id), ['order.failed', 'order.failed', 'order.delivered']);
      await reconciles();
    });

    test('refusals: 409 for DELIVERED, PENDING, CANCELLED and one still being delivered; 400 without funds or stock, nothing charged; 404, 400, 401', async () => {
      const client = await orderingClient(store, '1000.00');
      const delivered = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 1 }));
      assert.deepEqual(errorOf(await retry(delivered.id)), notRetryable('it is DELIVERED'));
      // More than 5 vouchers: PENDING until a worker runs.
      const pending = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 6 }));
      const refusedPending = await retry(pending.id);
      assert.equal(refusedPending.statusCode, 409);
      assert.deepEqual(errorOf(refusedPending), notRetryable('it is PENDING'));
      assert.equal((await admin(store, 'POST', `/orders/${pending.id}/cancel`, {})).statusCode, 200);
      assert.deepEqual(errorOf(await retry(pending.id)), notRetryable('it is CANCELLED'));
      // Some units delivered, the rest failing transiently: PARTIALLY_DELIVERED and still retried by the worker.
      supplier.failAfterUnits(4);
      const inProgress = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 8 }));
      await store.container.fulfilment.runDue(50);
      assert.equal(orderOf(await getOrder(store, client.token, inProgress.id)).status, 'PARTIALLY_DELIVERED');
      assert.deepEqual(errorOf(await retry(inProgress.id)), notRetryable('its undelivered vouchers are still being delivered'));
      supplier.reset();
      await drain();

      const poor = await orderingClient(store, '100.00');
      const failed = await failedOrder(poor);
      await admin(store, 'POST', `/wallets/${poor.walletId}/debit`, { amount: 60, remarks: 'Test' });
      const noFunds = await retry(failed.id);
      assert.equal(noFunds.statusCode, 400);
      assert.deepEqual(errorOf(noFunds), INSUFFICIENT_FUNDS);
      supplier.setStock(0);
      await admin(store, 'POST', `/wallets/${poor.walletId}/credit`, { amount: 60, remarks: 'Test' });
      const noStock = await retry(failed.id);
      assert.equal(noStock.statusCode, 400);
      assert.deepEqual(errorOf(noStock), OUT_OF_STOCK);
      const unchanged = (await admin(store, 'GET', `/orders/${failed.id}`)).json() as AdminOrderView;
      assert.equal(unchanged.status, 'FAILED');
      assert.equal(unchanged.refunded_amount, 49);
      assert.equal(await walletBalance(store, poor.walletId), 100);
      assert.equal((await movements(failed.id)).length, 2, 'the debit and its refund only');
      assert.equal((await db().selectFrom('audit_log').select('id').where('target', '=', `order:${failed.id}`).execute()).length, 0);

      const unknown = await retry(2147483647);
      assert.equal(unknown.statusCode, 404);
      assert.deepEqual(errorOf(unknown), notFound('Order not found'));
      for (const id of BAD_IDS) {
        const bad = await retry(id);
        assert.equal(bad.statusCode, 400, id);
        assert.equal(errorOf(bad).message, 'Invalid order ID');
      }
      const asClient = await retry(failed.id, client.token);
      assert.equal(asClient.statusCode, 401);
      assert.equal(errorOf(asClient).code, UNAUTHORIZED.code);
      await reconciles();
    });

    test('concurrent retries of one order: exactly one succeeds, one debit, every unit delivered once', async () => {
      const client = await orderingClient(store, '100.00');
      const order = await failedOrder(client, 3);
      const answers = await Promise.all(Array.from({ length: 8 }, () => retry(order.id)));
      const statuses = answers.map((a) => a.statusCode).sort();
      assert.deepEqual(statuses, [200, 409, 409, 409, 409, 409, 409, 409], answers.map((a) => a.body).join('\n'));
      for (const refused of answers.filter((a) => a.statusCode === 409)) {
        assert.equal(errorOf(refused).code, 'ORDER_NOT_RETRYABLE');
      }
      const done = orderOf(await getOrder(store, client.token, order.id));
      assert.equal(done.status, 'DELIVERED');
      assert.equal(done.vouchers.length, 3);
      // 3 × 25.00 at 2 % = 73.50, paid once again after its refund.
      assert.equal(await walletBalance(store, client.walletId), 26.5);
      assert.deepEqual(await movements(order.id), [
        ['ORDER', -7350n],
        ['REFUND', 7350n],
        ['ORDER', -7350n],
      ]);
      assert.equal(
        (await db().selectFrom('audit_log').select('id').where('target', '=', `order:${order.id}`).where('action', '=', 'order.retry').execute())
          .length,
        1,
      );
      await reconciles();
    });
  });
}
