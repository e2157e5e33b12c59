import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { AdminCallError, AdminClient, httpTransport } from '../../src/cli/admin-client.ts';
import { adminApi } from '../../src/cli/admin-api.ts';
import * as orderOperatorRemarks from '../../src/infra/db/migrations/014_order_operator_remarks.ts';
import type { AdminOrderView } from '../../src/orders/orders.views.ts';
import { errorOf, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { admin, ADMIN_TOKEN, BAD_IDS, badRequest, INVALID_QUERY, notFound } from '../helpers/wallets.ts';
import { orderableProduct, orderingClient, orderOf, placeOrder, walletBalance, type OrderActor } from './setup.ts';

const ADMIN_ORDER_KEYS = [
  'amount',
  'base_currency',
  'client_id',
  'client_name',
  'client_reference',
  'completed_at',
  'created_at',
  'deduction_currency',
  'delivered_quantity',
  'denomination',
  'discount',
  'discount_rate',
  'email',
  'failure_code',
  'failure_reason',
  'id',
  'message',
  'operator_remarks',
  'product_id',
  'product_name',
  'quantity',
  'recharged_amount',
  'ref',
  'refunded_amount',
  'status',
  'supplier',
  'total_payable',
  'transaction_id',
  'wallet_id',
];

const withoutDetails = (response: Parameters<typeof errorOf>[0]) => {
  const { details: _details, ...error } = errorOf(response) as ReturnType<typeof errorOf> & { details?: unknown };
  return error;
};

for (const engine of ENGINES) {
  describe(`admin orders: list, show, cancel [${engine}]`, () => {
    let store: TestStore;
    let product: number;
    let a: OrderActor;
    let b: OrderActor;
    let delivered: ReturnType<typeof orderOf>;
    let pending: ReturnType<typeof orderOf>;
    let pendingNoRemarks: ReturnType<typeof orderOf>;
    let others: ReturnType<typeof orderOf>;

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      product = await orderableProduct(store, { name: 'Admin Test Card', voucherType: 'CODE_WITH_PIN' });
      a = await orderingClient(store, '1000.00');
      b = await orderingClient(store, '1000.00');
      delivered = orderOf(await placeOrder(store, a.token, { product_id: product, denomination: 25, quantity: 2, client_reference: 'adm-1' }));
      // More than 5 vouchers: PENDING until a worker runs (none does here).
      pending = orderOf(await placeOrder(store, a.token, { product_id: product, denomination: 25, quantity: 6, client_reference: 'adm-2' }));
      pendingNoRemarks = orderOf(await placeOrder(store, a.token, { product_id: product, denomination: 10, quantity: 7 }));
      others = orderOf(await placeOrder(store, b.token, { product_id: product, denomination: 10, quantity: 1 }));
      assert.deepEqual([delivered.status, pending.status, pendingNoRemarks.status, others.status], ['DELIVERED', 'PENDING', 'PENDING', 'DELIVERED']);
    });
    after(() => store?.close());

    test('list: every client, newest first, with X- headers and filters; never vouchers', async () => {
      const all = await admin(store, 'GET', '/orders');
      assert.equal(all.statusCode, 200, all.body);
      const items = all.json() as AdminOrderView[];
      assert.deepEqual(
        items.map((o) => o.id),
        [others.id, pendingNoRemarks.id, pending.id, delivered.id],
      );
      assert.deepEqual(Object.keys(items[0]!).sort(), ADMIN_ORDER_KEYS);
      assert.equal(all.headers['x-total-count'], '4');
      assert.equal(all.headers['x-page'], '1');

      const ofA = (await admin(store, 'GET', `/orders?client_id=${a.clientId}`)).json() as AdminOrderView[];
      assert.deepEqual(
        ofA.map((o) => o.id),
        [pendingNoRemarks.id, pending.id, delivered.id],
      );
      assert.ok(
        ofA.every((o) => o.client_id === a.clientId),
        'ofA.every((o) => o.client_id === a.clientId)',
      );
      const pendingOnes = (await admin(store, 'GET', `/orders?status=pending&client_id=${a.clientId}`)).json() as AdminOrderView[];
      assert.deepEqual(
        pendingOnes.map((o) => o.id),
        [pendingNoRemarks.id, pending.id],
      );
      const byReference = (await admin(store, 'GET', '/orders?client_reference=adm-1')).json() as AdminOrderView[];
      assert.deepEqual(
        byReference.map((o) => o.id),
        [delivered.id],
      );

      const page = await admin(store, 'GET', '/orders?limit=1&page=2&sort_by=id&sort_dir=asc');
      assert.deepEqual(
        (page.json() as AdminOrderView[]).map((o) => o.id),
        [pending.id],
      );
      assert.deepEqual(
        ['x-page', 'x-per-page', 'x-total-count', 'x-total-pages', 'x-page-size', 'x-has-more'].map((h) => page.headers[h]),
        ['2', '1', '4', '4', '1', 'true'],
      );

      for (const query of ['status=LOST', 'client_id=abc', 'client_id=0', 'limit=0', 'start_date=yesterday']) {
        const bad = await admin(store, 'GET', `/orders?${query}`);
        assert.equal(bad.statusCode, 400, query);
        assert.deepEqual(errorOf(bad), INVALID_QUERY, query);
      }
    });

    test('show: the admin view, without voucher codes', async () => {
      const response = await admin(store, 'GET', `/orders/${delivered.id}`);
      assert.equal(response.statusCode, 200);
      const order = response.json() as AdminOrderView;
      assert.deepEqual(Object.keys(order).sort(), ADMIN_ORDER_KEYS);
      assert.equal(order.client_id, a.clientId);
      assert.equal(order.supplier, 'sandbox');
      assert.equal(order.discount_rate, 2);
      assert.equal(order.refunded_amount, 0);
      assert.equal(order.delivered_quantity, 2);
      for (const voucher of delivered.vouchers) {
        assert.ok(!response.body.includes(voucher.card_number!) && !response.body.includes(voucher.pin_code!), 'no code or PIN');
      }
    });

    test("client_name: the name each order's client has now, in the list, one order and its timeline; never in the client's own orders", async () => {
      const db = store.container.database.db;
      const rename = (clientId: number, name: string) => db.updateTable('clients').set({ name }).where('id', '=', clientId).execute();
      // Both were "Test client" when they ordered: the admin view reads the name of today, not a copy kept with the order.
      await rename(a.clientId, 'Alpha Perks');
      await rename(b.clientId, 'Bravo Rewards');
      const names = async (query: string) =>
        ((await admin(store, 'GET', `/orders?${query}`)).json() as AdminOrderView[]).map((o) => [o.id, o.client_id, o.client_name]);
      assert.deepEqual(await names('sort_by=id&sort_dir=asc'), [
        [delivered.id, a.clientId, 'Alpha Perks'],
        [pending.id, a.clientId, 'Alpha Perks'],
        [pendingNoRemarks.id, a.clientId, 'Alpha Perks'],
        [others.id, b.clientId, 'Bravo Rewards'],
      ]);
      // The page of one client, by date (another way through the list's reads).
      assert.deepEqual(await names(`client_id=${b.clientId}&sort_by=created_at`), [[others.id, b.clientId, 'Bravo Rewards']]);
      await rename(b.clientId, 'Bravo Rewards Ltd');
      assert.equal((await admin(store, 'GET', `/orders/${others.id}`)).json().client_name, 'Bravo Rewards Ltd');
      assert.equal((await admin(store, 'GET', `/orders/${delivered.id}/timeline`)).json().order.client_name, 'Alpha Perks');
      // The client API's order is the contract's: no client_name, in the list nor one order.
      const asClient = (url: string) => store.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${a.token}` } });
      const own = await asClient(`/api/v1/orders/${delivered.id}`);
      assert.equal(own.statusCode, 200, own.body);
      assert.ok(!('client_name' in own.json()) && !own.body.includes('Alpha Perks'), own.body);
      const ownList = await asClient('/api/v1/orders');
      assert.ok(!ownList.body.includes('client_name') && !ownList.body.includes('Alpha Perks'), ownList.body);
    });

    test('cancel a pending order: full refund, CANCELLED, order.cancelled event, audit entry; the remarks for operators only; no job left', async () => {
      const before = await walletBalance(store, a.walletId);
      const response = await admin(store, 'POST', `/orders/${pending.id}/cancel`, { remarks: 'Customer asked' });
      assert.equal(response.statusCode, 200, response.body);
      const cancelled = response.json() as AdminOrderView;
      assert.equal(cancelled.status, 'CANCELLED');
      assert.equal(cancelled.refunded_amount, pending.total_payable);
      assert.equal(cancelled.failure_code, 'CANCELLED');
      assert.equal(cancelled.failure_reason, 'Cancelled by the operator');
      assert.equal(cancelled.operator_remarks, 'Customer asked');
      assert.ok(cancelled.completed_at, 'cancelled.completed_at');
      assert.equal(await walletBalance(store, a.walletId), Math.round((before + pending.total_payable) * 100) / 100);

      const db = store.container.database.db;
      const events = await db
        .selectFrom('events')
        .select(['type', 'data'])
        .where('client_id', '=', a.clientId)
        .where('type', '=', 'order.cancelled')
        .execute();
      assert.equal(events.length, 1);
      assert.equal(events[0]!.data.id, pending.id);
      assert.equal(events[0]!.data.status, 'CANCELLED');
      const audit = await db.selectFrom('audit_log').select(['actor', 'action', 'details']).where('target', '=', `order:${pending.id}`).execute();
      assert.deepEqual(
        audit.map((entry) => [entry.actor, entry.action, (entry.details as { remarks?: string }).remarks]),
        [['operator:admin-token', 'order.cancel', 'Customer asked']],
      );
      assert.equal((await admin(store, 'GET', `/orders/${pending.id}`)).json().operator_remarks, 'Customer asked');
      const refund = await db.selectFrom('ledger_transactions').selectAll().where('order_id', '=', pending.id).orderBy('id').execute();
      assert.equal(refund.length, 2, 'the debit and its refund');

      // Without a body: the default reason.
      const noBody = await store.app.inject({
        method: 'POST',
        url: `/admin/v1/orders/${pendingNoRemarks.id}/cancel`,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      assert.equal(noBody.statusCode, 200, noBody.body);
      assert.equal(noBody.json().failure_reason, 'Cancelled by the operator');
      assert.equal(noBody.json().operator_remarks, null);

      assert.equal(await store.container.fulfilment.runDue(), 0, 'no delivery job left');
      // The client sees who cancelled, never the operator's remarks: not in its order, its list, its events or its transactions.
      const asClient = (url: string) => store.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${a.token}` } });
      const clientView = await asClient(`/api/v1/orders/${pending.id}`);
      const client = orderOf(clientView);
      assert.equal(client.status, 'CANCELLED');
      assert.equal(client.failure_code, 'CANCELLED');
      assert.equal(client.failure_reason, 'Cancelled by the operator');
      assert.deepEqual(client.vouchers, []);
      assert.equal((client as unknown as Record<string, unknown>).operator_remarks, undefined);
      for (const url of [`/api/v1/orders/${pending.id}`, '/api/v1/orders', '/api/v1/events', '/api/v1/transactions']) {
        const response = await asClient(url);
        assert.equal(response.statusCode, 200, url);
        assert.ok(!response.body.includes('Customer asked'), `${url} shows the operator's remarks`);
      }

      const again = await admin(store, 'POST', `/orders/${pending.id}/cancel`);
      assert.equal(again.statusCode, 400);
      assert.deepEqual(errorOf(again), badRequest('Order cannot be cancelled: it is CANCELLED'));
      const refunded = Math.round((before + pending.total_payable + pendingNoRemarks.total_payable) * 100) / 100;
      assert.equal(await walletBalance(store, a.walletId), refunded, 'each refunded once');
    });

    test('migration 014 moves the remarks an older store wrote into failure_reason to operator_remarks', async () => {
      const db = store.container.database.db;
      await db
        .updateTable('orders')
        .set({ failure_reason: 'Remarks of an older store', operator_remarks: null })
        .where('id', '=', pendingNoRemarks.id)
        .execute();
      await orderOperatorRemarks.up(db);
      await orderOperatorRemarks.up(db); // idempotent
      const row = (id: number) =>
        db.selectFrom('orders').select(['status', 'failure_reason', 'operator_remarks']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(await row(pendingNoRemarks.id), {
        status: 'CANCELLED',
        failure_reason: 'Cancelled by the operator',
        operator_remarks: 'Remarks of an older store',
      });
      assert.deepEqual(await row(pending.id), {
        status: 'CANCELLED',
        failure_reason: 'Cancelled by the operator',
        operator_remarks: 'Customer asked',
      });
      assert.deepEqual(await row(delivered.id), { status: 'DELIVERED', failure_reason: null, operator_remarks: null });
    });

    test('errors: delivered 400, unknown 404, bad ids 400, long remarks 400, client tokens 401', async () => {
      const deliveredCancel = await admin(store, 'POST', `/orders/${delivered.id}/cancel`, { remarks: 'too late' });
      assert.equal(deliveredCancel.statusCode, 400);
      assert.deepEqual(errorOf(deliveredCancel), badRequest('Order cannot be cancelled: it is DELIVERED'));
      assert.equal((await admin(store, 'GET', `/orders/${delivered.id}`)).json().status, 'DELIVERED');

      for (const [method, url] of [
        ['GET', '/orders/999999'],
        ['POST', '/orders/999999/cancel'],
      ] as const) {
        const missing = await admin(store, method, url);
        assert.equal(missing.statusCode, 404, url);
        assert.deepEqual(errorOf(missing), notFound('Order not found'));
      }
      for (const id of BAD_IDS) {
        for (const [method, url] of [
          ['GET', `/orders/${id}`],
          ['POST', `/orders/${id}/cancel`],
        ] as const) {
          const bad = await admin(store, method, url);
          assert.equal(bad.statusCode, 400, `${method} ${url}`);
          assert.deepEqual(withoutDetails(bad), badRequest('Invalid order ID'), `${method} ${url}`);
        }
      }
      const long = await admin(store, 'POST', `/orders/${others.id}/cancel`, { remarks: 'x'.repeat(501) });
      assert.equal(long.statusCode, 400);
      assert.equal(errorOf(long).code, 'VALIDATION_FAILURE', long.body);

      for (const [method, url] of [
        ['GET', '/orders'],
        ['GET', `/orders/${delivered.id}`],
        ['POST', `/orders/${delivered.id}/cancel`],
      ] as const) {
        const asClient = await admin(store, method, url, undefined, a.token);
        assert.equal(asClient.statusCode, 401, url);
        assert.deepEqual(errorOf(asClient), UNAUTHORIZED);
        const anonymous = await store.app.inject({ method, url: `/admin/v1${url}` });
        assert.equal(anonymous.statusCode, 401, url);
      }
    });

    test("the CLI's admin client: the same operations over HTTP, page meta from the headers", async () => {
      const url = await store.app.listen({ host: '127.0.0.1', port: 0 });
      assert.ok((store.app.server.address() as AddressInfo).port > 0, '(store.app.server.address() as AddressInfo).port > 0');
      const remote = adminApi(new AdminClient(httpTransport(url, ADMIN_TOKEN))).orders;
      const { items, meta } = await remote.list({ client_id: String(a.clientId), limit: '2' });
      assert.deepEqual(
        items.map((o) => o.id),
        [pendingNoRemarks.id, pending.id],
      );
      assert.deepEqual(meta, { page: 1, limit: 2, total: 3, totalPages: 2, pageSize: 2, hasMore: true });
      assert.equal((await remote.show(delivered.id)).client_id, a.clientId);

      const local = store.container.orders.administration('cli');
      assert.deepEqual(await local.getOrder(delivered.id), await remote.show(delivered.id));
      await assert.rejects(remote.cancel(delivered.id), (error: unknown) => {
        assert.ok(error instanceof AdminCallError, 'error instanceof AdminCallError');
        assert.equal(error.status, 400);
        assert.equal(error.message, 'Order cannot be cancelled: it is DELIVERED');
        return true;
      });
      await assert.rejects(local.getOrder(999_999), /Order not found/);
    });
  });
}
