import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { errorOf } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { createWallet, topUp } from '../helpers/wallets.ts';
import { orderableProduct, orderingClient, orderOf, placeOrder, walletBalance, type OrderActor } from './setup.ts';

for (const engine of ENGINES) {
  describe(`orders: Idempotency-Key (api.md 6.1 decision) [${engine}]`, () => {
    let store: TestStore;
    let product: number;
    let a: OrderActor;
    const db = () => store.container.database.db;

    before(async () => {
      store = await startTestStore(engine);
      product = await orderableProduct(store);
      a = await orderingClient(store, '1000.00');
    });
    after(() => store.close());

    test('a repeat with the same body replays the order (same id, same vouchers, Idempotent-Replayed) without a second debit', async () => {
      const body = { product_id: product, denomination: 10, quantity: 2, client_reference: 'idem-1' };
      const first = await placeOrder(store, a.token, body, { 'idempotency-key': 'key-1' });
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(first.headers['idempotent-replayed'], undefined);
      // Same JSON value in another key order.
      const again = await placeOrder(
        store,
        a.token,
        { client_reference: 'idem-1', quantity: 2, denomination: 10, product_id: product },
        { 'idempotency-key': 'key-1' },
      );
      assert.equal(again.statusCode, 201, again.body);
      assert.equal(again.headers['idempotent-replayed'], 'true');
      assert.deepEqual(orderOf(again), orderOf(first));
      assert.equal(await walletBalance(store, a.walletId), 980);
    });

    test('the same key with another body is 422 IDEMPOTENCY_MISMATCH; keys are per client', async () => {
      orderOf(await placeOrder(store, a.token, { product_id: product, denomination: 10, quantity: 1 }, { 'idempotency-key': 'key-2' }));
      const other = await placeOrder(store, a.token, { product_id: product, denomination: 10, quantity: 3 }, { 'idempotency-key': 'key-2' });
      assert.equal(other.statusCode, 422);
      assert.deepEqual(errorOf(other), {
        name: 'UnprocessableEntityError',
        code: 'IDEMPOTENCY_MISMATCH',
        message: 'This Idempotency-Key was used with a different request body',
      });
      const b = await orderingClient(store, '100.00');
      assert.equal(
        (await placeOrder(store, b.token, { product_id: product, denomination: 10, quantity: 3 }, { 'idempotency-key': 'key-2' })).statusCode,
        201,
      );
    });

    test('a 4xx outcome is replayed too, even after the cause is fixed (a new key is needed)', async () => {
      const poor = await orderingClient(store, '5.00');
      const body = { product_id: product, denomination: 10, quantity: 1 };
      const first = await placeOrder(store, poor.token, body, { 'idempotency-key': 'key-3' });
      assert.equal(first.json().error.code, 'INSUFFICIENT_FUNDS');
      await topUp(store, poor.walletId, '100.00');
      const replay = await placeOrder(store, poor.token, body, { 'idempotency-key': 'key-3' });
      assert.equal(replay.statusCode, 400);
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      assert.deepEqual(replay.json(), first.json());
      assert.equal((await placeOrder(store, poor.token, body, { 'idempotency-key': 'key-3b' })).statusCode, 201);
    });

    test('while the first request runs: 409 IDEMPOTENCY_IN_PROGRESS; after it died (lock expired), the key is taken over', async () => {
      const body = { product_id: product, denomination: 10, quantity: 1 };
      const { requestHash } = await import('../../src/orders/idempotency.ts');
      await db()
        .insertInto('idempotency_keys')
        .values({
          client_id: a.clientId,
          key: 'key-4',
          request_hash: requestHash(body),
          state: 'IN_PROGRESS',
          locked_until: sql<Date>`now() + interval '1 minute'`,
          expires_at: sql<Date>`now() + interval '30 days'`,
        })
        .execute();
      const busy = await placeOrder(store, a.token, body, { 'idempotency-key': 'key-4' });
      assert.equal(busy.statusCode, 409);
      assert.deepEqual(errorOf(busy), {
        name: 'ConflictError',
        code: 'IDEMPOTENCY_IN_PROGRESS',
        message: 'A request with this Idempotency-Key is still being processed',
      });
      await db()
        .updateTable('idempotency_keys')
        .set({ locked_until: sql<Date>`now() - interval '1 second'` })
        .where('key', '=', 'key-4')
        .execute();
      const taken = await placeOrder(store, a.token, body, { 'idempotency-key': 'key-4' });
      assert.equal(taken.statusCode, 201, taken.body);
      assert.equal(taken.headers['idempotent-replayed'], undefined);
    });

    test('a request that died after its order committed: the takeover replays that order instead of placing another', async () => {
      const body = { product_id: product, denomination: 10, quantity: 1 };
      const first = orderOf(await placeOrder(store, a.token, body, { 'idempotency-key': 'key-5' }));
      // As if the process died between the order's commit and the key's completion.
      await db()
        .updateTable('idempotency_keys')
        .set({ state: 'IN_PROGRESS', order_id: null, response_status: null, locked_until: sql<Date>`now() - interval '1 second'` })
        .where('key', '=', 'key-5')
        .execute();
      const balance = await walletBalance(store, a.walletId);
      const replay = await placeOrder(store, a.token, body, { 'idempotency-key': 'key-5' });
      assert.equal(replay.statusCode, 201);
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      assert.equal(orderOf(replay).id, first.id);
      assert.equal(await walletBalance(store, a.walletId), balance);
    });

    test('a bad key is 400; expired keys can be used again', async () => {
      const body = { product_id: product, denomination: 10, quantity: 1 };
      for (const key of ['x'.repeat(256), 'caf\u00e9']) {
        const response = await placeOrder(store, a.token, body, { 'idempotency-key': key });
        assert.equal(response.statusCode, 400, key);
        assert.equal(response.json().error.code, 'BAD_REQUEST');
      }
      const first = orderOf(await placeOrder(store, a.token, body, { 'idempotency-key': 'key-6' }));
      await db()
        .updateTable('idempotency_keys')
        .set({ expires_at: sql<Date>`now() - interval '1 second'` })
        .where('key', '=', 'key-6')
        .execute();
      // After 30 days the key starts afresh: another body is a new order, not a mismatch.
      const second = await placeOrder(store, a.token, { ...body, quantity: 2 }, { 'idempotency-key': 'key-6' });
      assert.equal(second.statusCode, 201, second.body);
      assert.notEqual(orderOf(second).id, first.id);
      assert.equal(second.headers['idempotent-replayed'], undefined);
    });
  });

  describe(`orders across currencies (api.md 4.4, 5.2) [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine);
    });
    after(() => store.close());

    test('a USD product paid from a EUR wallet debits exactly the quote, with the FX fields on the transaction', async () => {
      const product = await orderableProduct(store);
      const client = await orderingClient(store, '0', 'USD');
      const eur = await createWallet(store, client.clientId, 'EUR');
      await topUp(store, eur.id, '500.00');
      await store.container.fx.setFxRate({ source_currency: 'USD', destination_currency: 'EUR', rate: '0.9137', conversion_fee: '0.35' });
      const body = { product_id: product, denomination: 25, quantity: 3, wallet_id: eur.id };
      const quote = (
        await store.app.inject({
          method: 'POST',
          url: `/api/v1/products/${product}/charges`,
          headers: { authorization: `Bearer ${client.token}` },
          payload: body,
        })
      ).json();
      const order = orderOf(await placeOrder(store, client.token, body));
      // 75.00 at 2 % = 73.50 USD → × 0.9137 = 67.15695 → 67.16 EUR + 0.35 fee.
      assert.equal(quote.total_payable, 67.51);
      assert.equal(order.total_payable, quote.total_payable);
      assert.equal(order.base_currency, 'USD');
      assert.equal(order.deduction_currency, 'EUR');
      assert.equal(await walletBalance(store, eur.id), 432.49);
      const tx = (
        await store.app.inject({
          method: 'GET',
          url: `/api/v1/transactions/${order.transaction_id}`,
          headers: { authorization: `Bearer ${client.token}` },
        })
      ).json();
      assert.equal(tx.amount, -67.51);
      assert.equal(tx.source_currency, 'USD');
      assert.equal(tx.destination_currency, 'EUR');
      assert.equal(tx.forex_rate, 0.9137);
      assert.equal(tx.conversion_charges, 0.35);
      const report = await store.container.ledger.reconcile();
      assert.equal(report.ok, true, JSON.stringify(report.breaks));
    });
  });
}
