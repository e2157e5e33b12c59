import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, errorOf, loginOk } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { INSUFFICIENT_FUNDS } from '../helpers/wallets.ts';
import { getOrder, orderableProduct, orderingClient, orderOf, placeOrder, walletBalance, type OrderActor } from './setup.ts';

const badRequest = (message: string) => ({ name: 'BadRequestError', code: 'BAD_REQUEST', message });
const notFound = (message: string) => ({ name: 'NotFoundError', code: 'NOT_FOUND', message });
const withoutDetails = (response: Parameters<typeof errorOf>[0]) => {
  const { details: _d, ...error } = errorOf(response) as ReturnType<typeof errorOf> & { details?: unknown };
  return error;
};

for (const engine of ENGINES) {
  describe(`orders: create, get, list (api.md 6) [${engine}]`, () => {
    let store: TestStore;
    let product: number;
    let a: OrderActor;

    before(async () => {
      store = await startTestStore(engine);
      product = await orderableProduct(store, { name: 'Amazon Test Card' });
      a = await orderingClient(store, '1000.00');
    });
    after(() => store.close());

    test('a small order is delivered inside the request: 201, vouchers, exact debit, DEBIT transaction, event', async () => {
      const quote = (
        await store.app.inject({
          method: 'POST',
          url: `/api/v1/products/${product}/charges`,
          headers: { authorization: `Bearer ${a.token}` },
          payload: { denomination: 25, quantity: 3 },
        })
      ).json() as { total_payable: number };
      const before = await walletBalance(store, a.walletId);
      const response = await placeOrder(store, a.token, { product_id: product, denomination: 25, quantity: 3, client_reference: 'po-1' });
      assert.equal(response.statusCode, 201, response.body);
      const order = orderOf(response);
      assert.equal(order.status, 'DELIVERED');
      assert.equal(order.delivered_quantity, 3);
      assert.equal(order.amount, 75);
      assert.equal(order.discount, 1.5);
      assert.equal(order.total_payable, quote.total_payable);
      assert.equal(order.total_payable, 73.5);
      assert.equal(order.base_currency, 'USD');
      assert.equal(order.deduction_currency, 'USD');
      assert.equal(order.client_reference, 'po-1');
      assert.equal(order.vouchers.length, 3);
      assert.equal(new Set(order.vouchers.map((v) => v.card_number)).size, 3);
      assert.match(order.vouchers[0]!.card_number!, /^TEST-/);
      assert.ok(order.completed_at, 'order.completed_at');
      assert.equal(await walletBalance(store, a.walletId), Math.round((before - 73.5) * 100) / 100);

      const tx = (
        await store.app.inject({
          method: 'GET',
          url: `/api/v1/transactions/${order.transaction_id}`,
          headers: { authorization: `Bearer ${a.token}` },
        })
      ).json();
      assert.equal(tx.amount, -73.5);
      assert.equal(tx.transaction_type, 'DEBIT');
      assert.equal(tx.remarks, `USD Wallet debited by amount 73.50 - Order #${order.id}`);
      assert.equal(tx.order_id, order.id);

      const again = orderOf(await getOrder(store, a.token, order.id));
      assert.deepEqual(again.vouchers, order.vouchers);

      const events = await store.container.database.db.selectFrom('events').selectAll().where('client_id', '=', a.clientId).execute();
      const delivered = events.filter((event) => event.type === 'order.delivered');
      assert.equal(delivered.length, 1);
      const data = delivered[0]!.data as Record<string, unknown>;
      assert.equal(data.id, order.id);
      assert.equal(data.status, 'DELIVERED');
      assert.equal(data.reference_code, 'po-1');
      assert.ok(!JSON.stringify(data).includes(order.vouchers[0]!.card_number!), 'no code in the event');
    });

    test('a larger order answers PENDING with no vouchers, and the worker delivers it', async () => {
      const response = await placeOrder(store, a.token, { product_id: product, denomination: 10, quantity: 12 });
      assert.equal(response.statusCode, 201, response.body);
      const order = orderOf(response);
      assert.equal(order.status, 'PENDING');
      assert.deepEqual(order.vouchers, []);
      assert.equal(order.completed_at, null);
      assert.equal(order.total_payable, 120);
      assert.equal(await store.container.fulfilment.runDue(), 1);
      const done = orderOf(await getOrder(store, a.token, order.id));
      assert.equal(done.status, 'DELIVERED');
      assert.equal(done.vouchers.length, 12);
      assert.equal(new Set(done.vouchers.map((v) => v.voucher_reference_number)).size, 12);
      assert.equal(await store.container.fulfilment.runDue(), 0, 'nothing left to do');
    });

    test('voucher types: CODE_WITH_PIN has a PIN, URL has a claim URL and no code', async () => {
      const pin = await orderableProduct(store, { voucherType: 'CODE_WITH_PIN', name: 'Pin Card' });
      const url = await orderableProduct(store, { voucherType: 'URL', name: 'Url Card' });
      const withPin = orderOf(await placeOrder(store, a.token, { product_id: pin, denomination: 10, quantity: 1 }));
      assert.match(withPin.vouchers[0]!.pin_code!, /^\d{6}$/);
      const withUrl = orderOf(await placeOrder(store, a.token, { product_id: url, denomination: 10, quantity: 1 }));
      assert.equal(withUrl.vouchers[0]!.card_number, null);
      assert.match(withUrl.vouchers[0]!.claim_url!, /^https:\/\//);
    });

    test('list: no vouchers, filters, pagination headers; client_reference finds at most one', async () => {
      const b = await orderingClient(store, '100.00');
      for (let i = 0; i < 3; i++) orderOf(await placeOrder(store, b.token, { product_id: product, denomination: 10, quantity: 1, ref: `list-${i}` }));
      const list = await store.app.inject({ method: 'GET', url: '/api/v1/orders?limit=2', headers: { authorization: `Bearer ${b.token}` } });
      assert.equal(list.statusCode, 200);
      const items = list.json() as Record<string, unknown>[];
      assert.equal(items.length, 2);
      assert.ok(
        items.every((item) => !('vouchers' in item)),
        "items.every((item) => !('vouchers' in item))",
      );
      assert.equal(list.headers['x-total-count'], '3');
      assert.equal(list.headers['x-total-pages'], '2');
      assert.equal(list.headers['x-has-more'], 'true');
      assert.ok((items[0]!.id as number) > (items[1]!.id as number), 'newest first');
      const byRef = await store.app.inject({
        method: 'GET',
        url: '/api/v1/orders?client_reference=list-1',
        headers: { authorization: `Bearer ${b.token}` },
      });
      assert.deepEqual(
        (byRef.json() as { ref: string; client_reference: string }[]).map((o) => [o.ref, o.client_reference]),
        [['list-1', 'list-1']],
      );
      const byStatus = await store.app.inject({
        method: 'GET',
        url: '/api/v1/orders?status=delivered',
        headers: { authorization: `Bearer ${b.token}` },
      });
      assert.equal((byStatus.json() as unknown[]).length, 3);
      const none = await store.app.inject({ method: 'GET', url: '/api/v1/orders?status=failed', headers: { authorization: `Bearer ${b.token}` } });
      assert.deepEqual(none.json(), []);
      const asc = await store.app.inject({
        method: 'GET',
        url: `/api/v1/orders?sort=${encodeURIComponent('{"Field":"created_at","Direction":"asc"}')}`,
        headers: { authorization: `Bearer ${b.token}` },
      });
      assert.equal((asc.json() as { ref: string }[])[0]!.ref, 'list-0');
      for (const query of ['status=NOPE', 'product_id=abc', 'start_date=yesterday', 'limit=0', 'sort={"field":"amount"}']) {
        const bad = await store.app.inject({ method: 'GET', url: `/api/v1/orders?${query}`, headers: { authorization: `Bearer ${b.token}` } });
        assert.equal(bad.statusCode, 400, query);
        assert.deepEqual(errorOf(bad), badRequest('Invalid query parameters'), query);
      }
    });

    test('errors: validation, unknown product, bad denomination, quantity above the limit, no wallet, feature, bad id', async () => {
      const cases: [unknown, number, object][] = [
        [{ denomination: 10, quantity: 1 }, 400, { code: 'VALIDATION_FAILURE' }],
        [{ product_id: product, denomination: '10', quantity: 1 }, 400, { code: 'VALIDATION_FAILURE' }],
        [{ product_id: product, denomination: 10, quantity: 0 }, 400, { code: 'VALIDATION_FAILURE' }],
        [{ product_id: product, denomination: 10, quantity: 1.5 }, 400, { code: 'VALIDATION_FAILURE' }],
        [{ product_id: product, denomination: 10, quantity: 1, email: 'not-an-address' }, 400, { code: 'VALIDATION_FAILURE' }],
        [{ product_id: product, denomination: 10, quantity: 1, email: `${'a'.repeat(250)}@x.io` }, 400, { code: 'VALIDATION_FAILURE' }],
        [{ product_id: product, denomination: 10, quantity: 1, client_reference: 'caf\u00e9' }, 400, { code: 'VALIDATION_FAILURE' }],
        [{ product_id: product, denomination: 10, quantity: 1, client_reference: 'x'.repeat(256) }, 400, { code: 'VALIDATION_FAILURE' }],
        [{ product_id: 999999, denomination: 10, quantity: 1 }, 404, notFound('Product not found')],
        [{ product_id: product, denomination: 15, quantity: 1 }, 400, badRequest('Invalid denomination')],
        [{ product_id: product, denomination: 10.001, quantity: 1 }, 400, badRequest('Invalid denomination')],
        [{ product_id: product, denomination: 10, quantity: 5001 }, 400, badRequest('Quantity exceeds maximum allowed (5000)')],
        [{ product_id: product, denomination: 10, quantity: 1, wallet_id: 999999 }, 404, notFound('Wallet not found')],
      ];
      for (const [body, status, error] of cases) {
        const response = await placeOrder(store, a.token, body);
        assert.equal(response.statusCode, status, `${JSON.stringify(body)} → ${response.body}`);
        const actual = withoutDetails(response);
        for (const [key, value] of Object.entries(error)) assert.equal((actual as Record<string, unknown>)[key], value, JSON.stringify(body));
      }
      const malformed = await store.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${a.token}`, 'content-type': 'application/json' },
        payload: '{"product_id":',
      });
      assert.deepEqual(errorOf(malformed), { name: 'SyntaxError', code: 'SYNTAX_ERROR', message: 'Invalid request body' });

      const noWallet = await orderingClient(store, '0', 'EUR');
      const response = await placeOrder(store, noWallet.token, { product_id: product, denomination: 10, quantity: 1 });
      assert.deepEqual(errorOf(response), badRequest('No wallet for currency USD'));

      const noFeature = await createClient(store, { features: [] });
      const token = (await loginOk(store, noFeature)).access_token;
      const gated = await placeOrder(store, token, { product_id: product, denomination: 10, quantity: 1 });
      assert.equal(gated.json().error.code, 'INVALID_FEATURE');

      for (const id of ['abc', '0', '1.5', '2147483648']) {
        const bad = await getOrder(store, a.token, id);
        assert.equal(bad.statusCode, 400, id);
        assert.deepEqual(errorOf(bad), badRequest('Invalid order ID'));
      }
      assert.deepEqual(errorOf(await getOrder(store, a.token, 999999)), notFound('Order not found'));
      const anonymous = await store.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        payload: { product_id: product, denomination: 10, quantity: 1 },
      });
      assert.equal(anonymous.statusCode, 401);
    });

    test('insufficient funds: 400 INSUFFICIENT_FUNDS, no order, no debit', async () => {
      const poor = await orderingClient(store, '15.00');
      const response = await placeOrder(store, poor.token, { product_id: product, denomination: 10, quantity: 2, client_reference: 'too-much' });
      assert.deepEqual(errorOf(response), INSUFFICIENT_FUNDS);
      assert.equal(await walletBalance(store, poor.walletId), 15);
      const orders = await store.container.database.db.selectFrom('orders').select('id').where('client_id', '=', poor.clientId).execute();
      assert.equal(orders.length, 0);
      // The reference was not used up by the refused order.
      const ok = await placeOrder(store, poor.token, { product_id: product, denomination: 10, quantity: 1, client_reference: 'too-much' });
      assert.equal(ok.statusCode, 201, ok.body);
    });

    test('duplicate client_reference (also through the legacy ref) is refused with no second debit', async () => {
      const c = await orderingClient(store, '100.00');
      orderOf(await placeOrder(store, c.token, { product_id: product, denomination: 10, quantity: 1, client_reference: 'dup-1' }));
      const second = await placeOrder(store, c.token, { product_id: product, denomination: 10, quantity: 1, client_reference: 'dup-1' });
      assert.deepEqual(errorOf(second), badRequest('Duplicate client_reference'));
      const viaRef = await placeOrder(store, c.token, { product_id: product, denomination: 10, quantity: 1, ref: 'dup-1' });
      assert.deepEqual(errorOf(viaRef), badRequest('Duplicate client_reference'));
      assert.equal(await walletBalance(store, c.walletId), 90);
      // Another client may use the same reference.
      const d = await orderingClient(store, '100.00');
      assert.equal(
        (await placeOrder(store, d.token, { product_id: product, denomination: 10, quantity: 1, client_reference: 'dup-1' })).statusCode,
        201,
      );
    });

    test('tenant isolation: another client gets 404 for the order and never sees it listed', async () => {
      const owner = await orderingClient(store, '50.00');
      const other = await orderingClient(store, '50.00');
      const order = orderOf(await placeOrder(store, owner.token, { product_id: product, denomination: 10, quantity: 1 }));
      assert.deepEqual(errorOf(await getOrder(store, other.token, order.id)), notFound('Order not found'));
      const list = await store.app.inject({ method: 'GET', url: '/api/v1/orders', headers: { authorization: `Bearer ${other.token}` } });
      assert.deepEqual(list.json(), []);
      const withOthersWallet = await placeOrder(store, other.token, {
        product_id: product,
        denomination: 10,
        quantity: 1,
        wallet_id: owner.walletId,
      });
      assert.deepEqual(errorOf(withOthersWallet), notFound('Wallet not found'));
      assert.equal(await walletBalance(store, owner.walletId), 40);
    });

    test('no voucher code in the logs', async () => {
      const order = orderOf(await placeOrder(store, a.token, { product_id: product, denomination: 10, quantity: 2 }));
      const logs = store.logs.text();
      for (const voucher of order.vouchers) assert.ok(!logs.includes(voucher.card_number!), 'a code leaked into the logs');
    });

    test('the ledger reconciles after all of the above, and reconcile notices an order that does not match', async () => {
      const report = await store.container.ledger.reconcile();
      assert.equal(report.ok, true, JSON.stringify(report.breaks));
      const order = orderOf(await placeOrder(store, a.token, { product_id: product, denomination: 10, quantity: 2 }));
      const db = store.container.database.db;
      await db.deleteFrom('order_vouchers').where('order_id', '=', order.id).where('unit', '=', 1).execute();
      await db.updateTable('orders').set({ refunded_amount: 100n }).where('id', '=', order.id).execute();
      const broken = await store.container.ledger.reconcile();
      assert.equal(broken.ok, false);
      assert.deepEqual([...new Set(broken.breaks.map((b) => b.check))].sort(), ['orders_paid_exactly', 'orders_vouchers_match']);
      assert.ok(
        broken.breaks.some((b) => b.message.startsWith(`order ${order.id} (DELIVERED): quantity 2, delivered_quantity 2, vouchers stored 1`)),
        'broken.breaks.some((b) => b.message.startsWith(`order ${order.id} (DELIVERED): quantity 2, delive...',
      );
    });
  });
}
