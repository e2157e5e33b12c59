import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TestSupplier } from '../../src/suppliers/test-supplier.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { admin } from '../helpers/wallets.ts';
import { drainDeliveries, getOrder, orderingClient, orderOf, placeOrder, stockedProduct, testSupplierStore, walletBalance } from './setup.ts';

const TRANSIENT_CODE = 'TEST_TRANSIENT';
const PERMANENT_CODE = 'TEST_PERMANENT';
const FAST = { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 4, batchSize: 4, leaseMs: 10_000 };

for (const engine of ENGINES) {
  describe(`order delivery: retries, failures, refunds, cancel (api.md 6.3) [${engine}]`, () => {
    let store: TestStore;
    let supplier: TestSupplier;
    let product: number;

    testSupplierStore(engine, 'Flaky Card', FAST, (made) => ({ store, supplier, product } = made));

    const db = () => store.container.database.db;
    const drain = () => drainDeliveries(store);
    const eventsOf = async (clientId: number) =>
      (await db().selectFrom('events').select(['type', 'data']).where('client_id', '=', clientId).orderBy('id').execute()).map((e) => e.type);

    test('transient failures: the sync order answers PENDING, is retried with backoff, then DELIVERED', async () => {
      const client = await orderingClient(store, '100.00');
      supplier.failNextIssues(2);
      const order = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 2 }));
      assert.equal(order.status, 'PENDING');
      assert.deepEqual(order.vouchers, []);
      const job = await db().selectFrom('fulfilment_jobs').selectAll().where('order_id', '=', order.id).executeTakeFirstOrThrow();
      assert.equal(job.attempts, 1);
      assert.equal(job.locked_by, null);
      assert.ok(job.last_error!.startsWith(`${TRANSIENT_CODE}: `), job.last_error!);
      await drain();
      const done = orderOf(await getOrder(store, client.token, order.id));
      assert.equal(done.status, 'DELIVERED');
      assert.equal(done.vouchers.length, 2);
      assert.equal(await walletBalance(store, client.walletId), 80);
      assert.deepEqual(
        (await eventsOf(client.clientId)).filter((t) => t.startsWith('order.')),
        ['order.delivered'],
      );
    });

    test('a permanent failure: FAILED at once, refunded in full with a CREDIT "Refund for Order #N", order.failed', async () => {
      const client = await orderingClient(store, '100.00');
      supplier.failPermanently();
      const order = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 25, quantity: 2 }));
      assert.equal(order.status, 'FAILED');
      assert.equal(order.delivered_quantity, 0);
      assert.equal(order.failure_code, PERMANENT_CODE);
      assert.ok(order.failure_reason, 'order.failure_reason');
      assert.ok(order.completed_at, 'order.completed_at');
      assert.equal(await walletBalance(store, client.walletId), 100);
      const refunds = await db()
        .selectFrom('ledger_transactions')
        .select(['amount', 'remarks', 'transaction_type', 'order_id'])
        .where('wallet_id', '=', client.walletId)
        .where('reason', '=', 'REFUND')
        .execute();
      assert.equal(refunds.length, 1);
      assert.equal(refunds[0]!.amount, 4900n);
      assert.equal(refunds[0]!.remarks, `USD Wallet credited by amount 49.00 - Refund for Order #${order.id}`);
      assert.equal(refunds[0]!.order_id, order.id);
      assert.ok((await eventsOf(client.clientId)).includes('order.failed'), "(await eventsOf(client.clientId)).includes('order.failed')");
      assert.equal((await db().selectFrom('fulfilment_jobs').select('order_id').where('order_id', '=', order.id).execute()).length, 0);
    });

    test('transient failures until the attempts run out: FAILED and refunded', async () => {
      const client = await orderingClient(store, '100.00');
      supplier.failNextIssues(FAST.maxAttempts);
      const order = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 1 }));
      assert.equal(order.status, 'PENDING');
      await drain();
      const done = orderOf(await getOrder(store, client.token, order.id));
      assert.equal(done.status, 'FAILED');
      assert.equal(await walletBalance(store, client.walletId), 100);
    });

    test('some units delivered, the rest failing for good: PARTIALLY_DELIVERED with the undelivered share refunded', async () => {
      const client = await orderingClient(store, '200.00');
      supplier.failAfterUnits(4, { kind: 'PERMANENT' });
      // 10 × 20.00 at 2 % = 196.00; batches of 4: 4 delivered, then a permanent failure.
      const order = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 20, quantity: 10, email: 'ops@example.com' }));
      assert.equal(order.status, 'PENDING');
      assert.equal(order.total_payable, 196);
      await drain();
      const done = orderOf(await getOrder(store, client.token, order.id));
      assert.equal(done.status, 'PARTIALLY_DELIVERED');
      assert.equal(done.delivered_quantity, 4);
      assert.equal(done.vouchers.length, 4);
      assert.ok(done.completed_at, 'done.completed_at');
      // 6/10 of 196.00 = 117.60 back.
      assert.equal(await walletBalance(store, client.walletId), Math.round((200 - 196 + 117.6) * 100) / 100);
      const operatorView = (await admin(store, 'GET', `/orders/${order.id}`)).json();
      assert.equal(operatorView.refunded_amount, 117.6);
      assert.ok(!('vouchers' in operatorView), "!('vouchers' in operatorView)");
      assert.ok(
        (await eventsOf(client.clientId)).includes('order.partially_delivered'),
        "(await eventsOf(client.clientId)).includes('order.partially_delivered')",
      );
      const mails = await db().selectFrom('email_outbox').select(['recipient', 'body']).where('order_id', '=', order.id).execute();
      assert.equal(mails.length, 1);
      assert.equal(mails[0]!.recipient, 'ops@example.com');
      for (const voucher of done.vouchers)
        assert.ok(!mails[0]!.body.includes(voucher.card_number!), '!mails[0]!.body.includes(voucher.card_number!)');
    });

    test('PARTIALLY_DELIVERED while retrying, then DELIVERED when the supplier recovers', async () => {
      const client = await orderingClient(store, '200.00');
      supplier.failAfterUnits(4, { kind: 'TRANSIENT' });
      const order = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 8 }));
      await store.container.fulfilment.runDue();
      const partial = orderOf(await getOrder(store, client.token, order.id));
      assert.equal(partial.status, 'PARTIALLY_DELIVERED');
      assert.equal(partial.delivered_quantity, 4);
      assert.equal(partial.completed_at, null);
      supplier.succeed();
      await drain();
      const done = orderOf(await getOrder(store, client.token, order.id));
      assert.equal(done.status, 'DELIVERED');
      assert.equal(done.vouchers.length, 8);
      assert.equal(new Set(done.vouchers.map((v) => v.card_number)).size, 8);
      assert.equal(await walletBalance(store, client.walletId), 120);
      const types = await eventsOf(client.clientId);
      assert.deepEqual(
        types.filter((t) => t.startsWith('order.')),
        ['order.partially_delivered', 'order.delivered'],
      );
    });

    test("order events' delivered_on and created_at are the order's own completed_at and created_at (GET /orders/:id), not the time the event was built", async () => {
      const client = await orderingClient(store, '200.00');
      const stocked = await stockedProduct(store, 'Delivered On Card', 'DON', 2);
      // Each issue takes 1.1 s inside the delivery's transaction: the order is completed at the
      // transaction's time, more than a second before the event would be built by the clock.
      supplier.setDelay(1100);
      const inRequest = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 2 }));
      assert.equal(inRequest.status, 'DELIVERED');
      supplier.setDelay(0).failAfterUnits(4, { kind: 'PERMANENT' });
      const partial = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 6 }));
      await drain();
      const inStatement = orderOf(await placeOrder(store, client.token, { product_id: stocked, denomination: 10, quantity: 2 }));
      assert.equal(inStatement.status, 'DELIVERED');

      const events = await db().selectFrom('events').select(['type', 'data']).where('client_id', '=', client.clientId).orderBy('id').execute();
      const checked: [number, string][] = [
        [inRequest.id, 'order.delivered'],
        [partial.id, 'order.partially_delivered'],
        [inStatement.id, 'order.delivered'],
      ];
      for (const [id, type] of checked) {
        const order = orderOf(await getOrder(store, client.token, id));
        const event = events.find((e) => e.type === type && (e.data as { id: number }).id === id);
        assert.ok(event && order.completed_at, `order ${id}: ${type} and completed_at`);
        const data = event.data as { delivered_on: string; created_at: string };
        assert.equal(data.delivered_on, order.completed_at, `order ${id}`);
        assert.equal(data.created_at, order.created_at, `order ${id}`);
        assert.ok(Date.parse(data.delivered_on) >= Date.parse(data.created_at), `order ${id}: delivered_on before created_at`);
      }
      assert.equal(orderOf(await getOrder(store, client.token, partial.id)).status, 'PARTIALLY_DELIVERED');
    });

    test('operator cancel: a pending order is refunded in full and never delivered; a delivered one cannot be cancelled', async () => {
      const client = await orderingClient(store, '100.00');
      const order = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 6 }));
      assert.equal(await walletBalance(store, client.walletId), 40);
      const cancelled = await admin(store, 'POST', `/orders/${order.id}/cancel`, { remarks: 'customer asked' });
      assert.equal(cancelled.statusCode, 200, cancelled.body);
      assert.equal(cancelled.json().status, 'CANCELLED');
      assert.equal(cancelled.json().refunded_amount, 60);
      assert.equal(await walletBalance(store, client.walletId), 100);
      assert.equal(await store.container.fulfilment.runDue(), 0);
      assert.equal(supplier.issuedUnits, 0);
      assert.ok((await eventsOf(client.clientId)).includes('order.cancelled'), "(await eventsOf(client.clientId)).includes('order.cancelled')");

      const delivered = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 1 }));
      const refused = await admin(store, 'POST', `/orders/${delivered.id}/cancel`);
      assert.equal(refused.statusCode, 400);
      assert.equal(refused.json().error.code, 'BAD_REQUEST');
    });

    test('two workers on one database deliver one order exactly once', async () => {
      const second = await startTestStore(engine, {
        env: { ENABLE_TEST_SUPPLIER: 'true' },
        fulfilment: FAST,
        database: { database: store.container.database, schema: null, drop: async () => {} },
      });
      try {
        const client = await orderingClient(store, '1000.00');
        const order = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 40 }));
        await Promise.all([
          (async () => {
            for (let i = 0; i < 20; i++) await store.container.fulfilment.runDue();
          })(),
          (async () => {
            for (let i = 0; i < 20; i++) await second.container.fulfilment.runDue();
          })(),
        ]);
        await drain();
        const done = orderOf(await getOrder(store, client.token, order.id));
        assert.equal(done.status, 'DELIVERED');
        assert.equal(done.vouchers.length, 40);
        const units = await db().selectFrom('order_vouchers').select('unit').where('order_id', '=', order.id).orderBy('unit').execute();
        assert.deepEqual(
          units.map((u) => u.unit),
          Array.from({ length: 40 }, (_, i) => i),
        );
        assert.equal(supplier.issuedUnits + second.container.testSupplier!.issuedUnits, 40, 'no unit issued twice');
      } finally {
        await second.close();
      }
    });

    test('the ledger reconciles after every failure and refund above', async () => {
      const report = await store.container.ledger.reconcile();
      assert.equal(report.ok, true, JSON.stringify(report.breaks));
    });
  });
}
