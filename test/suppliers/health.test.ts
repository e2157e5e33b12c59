import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { after, before, describe, test } from 'node:test';
import type { SupplierHealthReportWire } from '../../src/cli/admin-api.ts';
import type { TestSupplier } from '../../src/suppliers/test-supplier.ts';
import { errorOf, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { admin, ADMIN_TOKEN, INVALID_QUERY } from '../helpers/wallets.ts';
import { drainDeliveries, getOrder, orderableProduct, orderingClient, orderOf, placeOrder, type OrderActor } from '../orders/setup.ts';

/** GET /admin/v1/suppliers: every registered supplier, its active products and the figures of its recent orders. */

const FAST = { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 3, batchSize: 4, leaseMs: 10_000 };
const HOUR = 3_600_000;

type SupplierEntry = SupplierHealthReportWire['suppliers'][number];

for (const engine of ENGINES) {
  describe(`admin API: suppliers and their health [${engine}]`, () => {
    let store: TestStore;
    let supplier: TestSupplier;
    let client: OrderActor;
    const orders = { delivered: 0, failed: 0, partial: 0, pending: 0 };
    /** Every voucher code the orders delivered: none may appear in the report. */
    const codes: string[] = [];

    const report = async (query = '') => {
      const response = await admin(store, 'GET', `/suppliers${query}`);
      assert.equal(response.statusCode, 200, response.body);
      assert.ok(!codes.some((code) => response.body.includes(code)), 'no voucher code in the report');
      return response.json() as SupplierHealthReportWire;
    };
    const entry = (body: SupplierHealthReportWire, name: string) => body.suppliers.find((s) => s.name === name) as SupplierEntry;
    /** Moves an order's placing back in time (created_at is written once, so by SQL). */
    const placedAt = (id: number, hoursAgo: number) =>
      sql`update orders set created_at = ${new Date(Date.now() - hoursAgo * HOUR)} where id = ${id}`.execute(store.container.database.db);
    const cardNumbers = (vouchers: { card_number: string | null }[]) => vouchers.map((v) => v.card_number!);

    before(async () => {
      store = await startTestStore(engine, { env: { ENABLE_TEST_SUPPLIER: 'true', ADMIN_TOKEN }, fulfilment: FAST });
      supplier = store.container.testSupplier!;
      const product = await orderableProduct(store, { supplier: 'test', name: 'Health Card' });
      const retired = await orderableProduct(store, { supplier: 'test', name: 'Retired Health Card' });
      await store.container.catalog.setProductActive(retired, false);
      await orderableProduct(store, { supplier: 'sandbox', name: 'Sandbox Health Card' });
      client = await orderingClient(store, '1000.00');
      const place = async (quantity: number) => orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 20, quantity }));

      // 3 units delivered before the answer.
      const delivered = await place(3);
      assert.equal(delivered.status, 'DELIVERED');
      orders.delivered = delivered.id;
      codes.push(...cardNumbers(orderOf(await getOrder(store, client.token, delivered.id)).vouchers));
      // 2 units failed for good and refunded.
      supplier.failPermanently({ kind: 'PERMANENT', code: 'CARD_REJECTED' });
      const failed = await place(2);
      assert.equal(failed.status, 'FAILED');
      orders.failed = failed.id;
      supplier.reset();
      // 10 units: 4 delivered by the worker, then a permanent failure: 6 refunded.
      supplier.failAfterUnits(4, { kind: 'PERMANENT', code: 'SUPPLIER_DOWN' });
      orders.partial = (await place(10)).id;
      await drainDeliveries(store);
      const partial = orderOf(await getOrder(store, client.token, orders.partial));
      assert.equal(partial.status, 'PARTIALLY_DELIVERED');
      assert.equal(partial.delivered_quantity, 4);
      codes.push(...cardNumbers(partial.vouchers));
      supplier.reset();
      // 6 units: more than a request delivers, left to the worker: PENDING.
      const pending = await place(6);
      assert.equal(pending.status, 'PENDING');
      orders.pending = pending.id;
      assert.equal(codes.length, 7);
      assert.ok(
        codes.every((code) => typeof code === 'string' && code.length > 0),
        "codes.every((code) => typeof code === 'string' && code.length > 0)",
      );
    });
    after(() => store.close());

    test('every registered supplier, by name, with what it issues in this store mode and its active products', async () => {
      const body = await report();
      assert.equal(body.store_mode, 'sandbox');
      assert.equal(body.hours, 24);
      assert.ok(Math.abs(Date.parse(body.since) - (Date.now() - 24 * HOUR)) < 60_000, body.since);
      assert.deepEqual(
        body.suppliers.map((s) => [s.name, s.fake_codes, s.can_issue, s.active_products]),
        [
          ['inventory', false, true, 0],
          ['sandbox', true, true, 1],
          ['test', false, true, 1],
        ],
      );
      const quiet = entry(body, 'sandbox');
      assert.deepEqual(
        [quiet.orders_placed, quiet.units_ordered, quiet.units_delivered, quiet.units_failed, quiet.failure_rate, quiet.orders_pending],
        [0, 0, 0, 0, null, 0],
      );
      assert.equal(quiet.last_failure_at, null);
      assert.equal(quiet.last_failure_code, null);
    });

    test('the figures of delivered, failed, partly delivered and pending orders; the last failure with its code', async () => {
      const test = entry(await report(), 'test');
      assert.equal(test.orders_placed, 4);
      assert.equal(test.units_ordered, 3 + 2 + 10 + 6);
      assert.equal(test.units_delivered, 3 + 4);
      assert.equal(test.units_failed, 2 + 6);
      assert.equal(test.failure_rate, 0.5333, '8 failed of 15 ended');
      assert.equal(test.orders_pending, 1);
      const partial = await store.container.database.db
        .selectFrom('orders')
        .select('completed_at')
        .where('id', '=', orders.partial)
        .executeTakeFirstOrThrow();
      assert.equal(test.last_failure_code, 'SUPPLIER_DOWN');
      assert.equal(test.last_failure_at, partial.completed_at!.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    });

    test('the window: orders placed before it are left out; ?hours= is the default', async () => {
      await placedAt(orders.partial, 30);
      await placedAt(orders.delivered, 800);
      const day = entry(await report('?hours=24'), 'test');
      assert.deepEqual(
        [day.orders_placed, day.units_ordered, day.units_delivered, day.units_failed, day.failure_rate, day.orders_pending],
        [2, 8, 0, 2, 1, 1],
      );
      assert.equal(day.last_failure_code, 'CARD_REJECTED');
      assert.deepEqual(entry(await report('?hours='), 'test'), day);
      const week = await report('?hours=72');
      assert.equal(week.hours, 72);
      const longer = entry(week, 'test');
      assert.deepEqual([longer.orders_placed, longer.units_delivered, longer.units_failed, longer.failure_rate], [3, 4, 8, 0.6667]);
      assert.equal(longer.last_failure_code, 'SUPPLIER_DOWN');
      const all = entry(await report('?hours=720'), 'test');
      assert.equal(all.orders_placed, 3, 'placed 800 hours ago: outside the longest window');
      const hour = entry(await report('?hours=1'), 'test');
      assert.equal(hour.orders_placed, 2);
    });

    test('without an operator token: 401', async () => {
      const anonymous = await store.app.inject({ method: 'GET', url: '/admin/v1/suppliers' });
      assert.equal(anonymous.statusCode, 401);
      assert.deepEqual(errorOf(anonymous), UNAUTHORIZED);
      const asClient = await admin(store, 'GET', '/suppliers', undefined, client.token);
      assert.equal(asClient.statusCode, 401);
      assert.deepEqual(errorOf(asClient), UNAUTHORIZED);
    });

    test('a malformed or out-of-range hours: 400 Invalid query parameters', async () => {
      for (const hours of ['0', '721', '-1', 'abc', '1.5', '1e3', '+7', '%207', '0x10', '99999999999999']) {
        const response = await admin(store, 'GET', `/suppliers?hours=${hours}`);
        assert.equal(response.statusCode, 400, `hours=${hours}: ${response.body}`);
        assert.deepEqual(errorOf(response), INVALID_QUERY);
      }
    });
  });
}
