import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { requestHash } from '../../src/orders/idempotency.ts';
import { errorOf } from '../helpers/api.ts';
import { LostAnswer, openDatabaseLosingAnswers } from '../helpers/lost-answer.ts';
import { ENGINES, startTestStore, type TestDatabase, type TestStore } from '../helpers/store.ts';
import { createWallet, topUp } from '../helpers/wallets.ts';
import { orderableProduct, orderingClient, orderOf, placeOrder, stockedProduct, walletBalance, type OrderActor } from './setup.ts';

/** A key held by a request of `body` that still runs, or whose lock lapsed (it died). */
async function holdKey(store: TestStore, clientId: number, key: string, body: object, lock: 'running' | 'lapsed'): Promise<void> {
  await store.container.database.db
    .insertInto('idempotency_keys')
    .values({
      client_id: clientId,
      key,
      request_hash: requestHash(body),
      state: 'IN_PROGRESS',
      locked_until: lock === 'running' ? sql<Date>`now() + interval '1 minute'` : sql<Date>`now() - interval '1 second'`,
      expires_at: sql<Date>`now() + interval '30 days'`,
    })
    .execute();
}

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
      await holdKey(store, a.clientId, 'key-4', body, 'running');
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

    test('a key held by a running request refuses another body (422); once its request died without an order, another body runs', async () => {
      const body = { product_id: product, denomination: 10, quantity: 1 };
      await holdKey(store, a.clientId, 'key-4b', body, 'running');
      const other = { ...body, quantity: 2 };
      assert.equal((await placeOrder(store, a.token, other, { 'idempotency-key': 'key-4b' })).json().error.code, 'IDEMPOTENCY_MISMATCH');
      await db()
        .updateTable('idempotency_keys')
        .set({ locked_until: sql<Date>`now() - interval '1 second'` })
        .where('key', '=', 'key-4b')
        .execute();
      const taken = await placeOrder(store, a.token, other, { 'idempotency-key': 'key-4b' });
      assert.equal(taken.statusCode, 201, taken.body);
      assert.equal(orderOf(taken).quantity, 2);
      // From now on the key is this body's.
      assert.equal((await placeOrder(store, a.token, body, { 'idempotency-key': 'key-4b' })).json().error.code, 'IDEMPOTENCY_MISMATCH');
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

for (const engine of ENGINES) {
  describe(`orders: Idempotency-Key when the answer is lost (503) [${engine}]`, () => {
    let store: TestStore;
    let database: TestDatabase;
    let product: number;
    let a: OrderActor;
    const lose = new LostAnswer(engine);
    const db = () => store.container.database.db;
    const orderCount = async () =>
      Number(
        (
          await db()
            .selectFrom('orders')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('client_id', '=', a.clientId)
            .executeTakeFirstOrThrow()
        ).n,
      );

    before(async () => {
      database = await openDatabaseLosingAnswers(engine, lose);
      store = await startTestStore(engine, { database });
      product = await stockedProduct(store, 'Lost Answer Card', 'LOST', 20);
      a = await orderingClient(store, '1000.00');
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    test('the order committed but its answer was lost: a retry with the key replays that order, debited once', async () => {
      const body = { product_id: product, denomination: 10, quantity: 1 };
      const balance = await walletBalance(store, a.walletId);
      lose.armed = 'after';
      const lost = await placeOrder(store, a.token, body, { 'idempotency-key': 'lost-1' });
      assert.equal(lost.statusCode, 503, lost.body);
      assert.equal(lose.armed, null, 'the order statement ran');
      assert.equal(await orderCount(), 1, 'the order was committed before its answer was lost');
      assert.equal(await walletBalance(store, a.walletId), balance - 10);

      const other = await placeOrder(store, a.token, { ...body, quantity: 2 }, { 'idempotency-key': 'lost-1' });
      assert.equal(other.statusCode, 422, other.body);
      assert.equal(other.json().error.code, 'IDEMPOTENCY_MISMATCH');
      for (let repeat = 0; repeat < 2; repeat++) {
        const retry = await placeOrder(store, a.token, body, { 'idempotency-key': 'lost-1' });
        assert.equal(retry.statusCode, 201, retry.body);
        assert.equal(retry.headers['idempotent-replayed'], 'true');
        assert.equal(orderOf(retry).status, 'DELIVERED');
        assert.equal(orderOf(retry).vouchers.length, 1);
      }
      const again = await placeOrder(store, a.token, { ...body, quantity: 2 }, { 'idempotency-key': 'lost-1' });
      assert.equal(again.json().error.code, 'IDEMPOTENCY_MISMATCH');
      assert.equal(await orderCount(), 1, 'no second order');
      assert.equal(await walletBalance(store, a.walletId), balance - 10, 'no second debit');
    });

    test('the database gone for the release too: the key is released once it is back, a second later, not after its 60 s lock', async () => {
      const body = { product_id: product, denomination: 10, quantity: 1 };
      lose.armed = 'after';
      lose.failNext = /"kind":"UpdateQueryNode".*?"name":"idempotency_keys"/;
      const lost = await placeOrder(store, a.token, body, { 'idempotency-key': 'lost-4' });
      assert.equal(lost.statusCode, 503, lost.body);
      assert.equal(lose.failNext, null, 'the release failed');
      const held = await placeOrder(store, a.token, body, { 'idempotency-key': 'lost-4' });
      assert.equal(held.statusCode, 409, 'held until the release gets through');
      await sleep(1500);
      const retry = await placeOrder(store, a.token, body, { 'idempotency-key': 'lost-4' });
      assert.equal(retry.statusCode, 201, retry.body);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
    });

    test('the order never ran (503 before it): the key is free, and a retry with any body runs', async () => {
      const body = { product_id: product, denomination: 10, quantity: 1 };
      const orders = await orderCount();
      lose.armed = 'before';
      const lost = await placeOrder(store, a.token, body, { 'idempotency-key': 'lost-2' });
      assert.equal(lost.statusCode, 503, lost.body);
      assert.equal(await orderCount(), orders);
      const retry = await placeOrder(store, a.token, { ...body, quantity: 2 }, { 'idempotency-key': 'lost-2' });
      assert.equal(retry.statusCode, 201, retry.body);
      assert.equal(retry.headers['idempotent-replayed'], undefined);
      assert.equal(orderOf(retry).quantity, 2);
      assert.equal(await orderCount(), orders + 1);
    });

    test('an order with the key committed by an earlier request meanwhile: 409 this time, not kept; the next retry replays it', async () => {
      const body = { product_id: product, denomination: 10, quantity: 1 };
      const earlier = orderOf(await placeOrder(store, a.token, body));
      // The key's earlier request, held longer than its lock: its order commits while this request runs.
      await holdKey(store, a.clientId, 'lost-3', body, 'lapsed');
      lose.meanwhile = () => db().updateTable('orders').set({ idempotency_key: 'lost-3' }).where('id', '=', earlier.id).execute();
      const conflict = await placeOrder(store, a.token, body, { 'idempotency-key': 'lost-3' });
      await lose.settled();
      assert.equal(lose.meanwhile, null, 'the earlier order took the key while this request ran');
      assert.equal(conflict.statusCode, 409, conflict.body);
      assert.equal(conflict.json().error.code, 'IDEMPOTENCY_IN_PROGRESS');
      const retry = await placeOrder(store, a.token, body, { 'idempotency-key': 'lost-3' });
      assert.equal(retry.statusCode, 201, retry.body);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.equal(orderOf(retry).id, earlier.id);
    });
  });
}
