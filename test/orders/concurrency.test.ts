import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { orderableProduct, orderingClient, orderOf, placeOrder, placeOrderRetrying, stockedProduct, walletBalance } from './setup.ts';

for (const engine of ENGINES) {
  describe(`orders under concurrency [${engine}]`, () => {
    let store: TestStore;
    let product: number;

    before(async () => {
      store = await startTestStore(engine);
      product = await orderableProduct(store);
    });
    after(() => store.close());

    test('200 parallel orders against a wallet funded for exactly 100: 100 succeed, 100 INSUFFICIENT_FUNDS, balance 0', async () => {
      const client = await orderingClient(store, '1000.00'); // 100 orders of 10.00 at 0 %
      const responses = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          placeOrderRetrying(store, client.token, { product_id: product, denomination: 10, quantity: 1, client_reference: `par-${i}` }),
        ),
      );
      const created = responses.filter((r) => r.statusCode === 201);
      const refused = responses.filter((r) => r.statusCode === 400 && r.json().error.code === 'INSUFFICIENT_FUNDS');
      const unexpected = [...new Set(responses.filter((r) => r.statusCode !== 201 && !refused.includes(r)).map((r) => `${r.statusCode} ${r.body}`))];
      const balance = await walletBalance(store, client.walletId);
      assert.equal(created.length, 100, `${refused.length} INSUFFICIENT_FUNDS, balance ${balance}; ${unexpected.join('\n')}`);
      assert.equal(refused.length, 100, `other answers: ${unexpected.join('\n')}`);
      assert.equal(await walletBalance(store, client.walletId), 0);
      const db = store.container.database.db;
      const orders = await db.selectFrom('orders').select(['id', 'status']).where('client_id', '=', client.clientId).execute();
      assert.equal(orders.length, 100);
      assert.ok(
        orders.every((order) => order.status === 'DELIVERED'),
        "orders.every((order) => order.status === 'DELIVERED')",
      );
      const debits = await db
        .selectFrom('ledger_transactions')
        .select('id')
        .where('wallet_id', '=', client.walletId)
        .where('transaction_type', '=', 'DEBIT')
        .execute();
      assert.equal(debits.length, 100);
      const report = await store.container.ledger.reconcile();
      assert.equal(report.ok, true, JSON.stringify(report.breaks));
    });

    test('50 parallel orders with one client_reference: exactly one order and one debit', async () => {
      const client = await orderingClient(store, '1000.00');
      const responses = await Promise.all(
        Array.from({ length: 50 }, () =>
          placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 1, client_reference: 'same-ref' }),
        ),
      );
      const statuses = responses.map((r) => r.statusCode);
      assert.equal(statuses.filter((s) => s === 201).length, 1, statuses.join(','));
      const duplicates = responses.filter((r) => r.statusCode === 400 && r.json().error.message === 'Duplicate client_reference');
      assert.equal(duplicates.length, 49);
      assert.equal(await walletBalance(store, client.walletId), 990);
      const db = store.container.database.db;
      const debits = await db
        .selectFrom('ledger_transactions')
        .select('id')
        .where('wallet_id', '=', client.walletId)
        .where('transaction_type', '=', 'DEBIT')
        .execute();
      assert.equal(debits.length, 1);
    });

    test('parallel orders draining a small inventory: 20 codes, 30 orders → 20 delivered, 10 OUT_OF_STOCK, no code twice', async () => {
      const stocked = await stockedProduct(store, 'Stocked Card', 'STOCK', 20);
      const clients = await Promise.all([0, 1, 2].map(() => orderingClient(store, '200.00')));
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) => placeOrder(store, clients[i % 3]!.token, { product_id: stocked, denomination: 10, quantity: 1 })),
      );
      const delivered = responses.filter((r) => r.statusCode === 201).map(orderOf);
      const refused = responses.filter((r) => r.statusCode === 400 && r.json().error.code === 'OUT_OF_STOCK');
      assert.equal(
        delivered.length,
        20,
        responses
          .filter((r) => r.statusCode !== 201)
          .map((r) => r.body)
          .join('\n'),
      );
      assert.equal(refused.length, 10);
      assert.deepEqual(refused[0]!.json().error, {
        name: 'BadRequestError',
        code: 'OUT_OF_STOCK',
        message: 'Product is not available in the requested quantity',
      });
      assert.ok(
        delivered.every((order) => order.status === 'DELIVERED' && order.vouchers.length === 1),
        "delivered.every((order) => order.status === 'DELIVERED' && order.vouchers.length === 1)",
      );
      const codes = delivered.map((order) => order.vouchers[0]!.card_number);
      assert.equal(new Set(codes).size, 20, 'no code issued twice');
      assert.deepEqual(
        [...codes].sort(),
        Array.from({ length: 20 }, (_, i) => `STOCK-${String(i).padStart(3, '0')}`),
      );
      // Refused orders left no debit behind: exactly 20 × 10.00 left the three wallets.
      const balances = await Promise.all(clients.map((client) => walletBalance(store, client.walletId)));
      assert.equal(
        balances.reduce((sum, balance) => sum + balance, 0),
        600 - 200,
      );
      const report2 = await store.container.ledger.reconcile();
      assert.equal(report2.ok, true, JSON.stringify(report2.breaks));
    });

    test('inventory orders (debit and delivery in one statement): 100 parallel on a wallet funded for 40, and 20 with one client_reference', async () => {
      const stocked = await stockedProduct(store, 'Parallel Stock Card', 'PAR', 80, 2000);
      const client = await orderingClient(store, '400.00');
      const responses = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          placeOrderRetrying(store, client.token, { product_id: stocked, denomination: 10, quantity: 1, client_reference: `inv-par-${i}` }),
        ),
      );
      const created = responses.filter((r) => r.statusCode === 201).map(orderOf);
      const refused = responses.filter((r) => r.statusCode === 400 && r.json().error.code === 'INSUFFICIENT_FUNDS');
      assert.equal(
        created.length,
        40,
        responses
          .filter((r) => r.statusCode !== 201 && r.statusCode !== 400)
          .map((r) => r.body)
          .join('\n'),
      );
      assert.equal(refused.length, 60);
      assert.equal(await walletBalance(store, client.walletId), 0);
      const codes = created.map((order) => order.vouchers[0]!.card_number);
      assert.equal(new Set(codes).size, 40, 'no code issued twice');

      const twin = await orderingClient(store, '100.00');
      const twins = await Promise.all(
        Array.from({ length: 20 }, () =>
          placeOrder(store, twin.token, { product_id: stocked, denomination: 10, quantity: 1, client_reference: 'inv-same' }),
        ),
      );
      assert.equal(twins.filter((r) => r.statusCode === 201).length, 1);
      assert.equal(twins.filter((r) => r.statusCode === 400 && r.json().error.message === 'Duplicate client_reference').length, 19);
      assert.equal(await walletBalance(store, twin.walletId), 90);

      const db = store.container.database.db;
      const stock = await db.selectFrom('voucher_inventory').select(['status', 'order_id']).where('product_id', '=', stocked).execute();
      assert.equal(stock.filter((c) => c.status === 'ISSUED' && c.order_id !== null).length, 41);
      assert.equal(stock.filter((c) => c.status === 'AVAILABLE' && c.order_id === null).length, 39, 'refused orders took nothing');
      const stored = await db
        .selectFrom('order_vouchers')
        .innerJoin('orders', 'orders.id', 'order_vouchers.order_id')
        .select('orders.id')
        .where('orders.product_id', '=', stocked)
        .execute();
      assert.equal(stored.length, 41);
      const report = await store.container.ledger.reconcile();
      assert.equal(report.ok, true, JSON.stringify(report.breaks));
    });

    test('one client_reference through both ways of placing at once (one statement, a transaction): one order, no deadlock', async () => {
      const stocked = await stockedProduct(store, 'Both Ways Card', 'BOTH', 20, 3000);
      const client = await orderingClient(store, '1000.00');
      // Inventory orders are placed by one statement; sandbox ones in a transaction. Both lock the
      // wallet before the order's unique keys, so they wait for each other without a cycle (a
      // cycle would fail one of them after PostgreSQL's deadlock_timeout, with a 500).
      const rounds = 10;
      for (let round = 0; round < rounds; round++) {
        const responses = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            placeOrder(store, client.token, {
              product_id: i % 2 ? stocked : product,
              denomination: 10,
              quantity: 1,
              client_reference: `both-ways-${round}`,
            }),
          ),
        );
        const statuses = responses.map((r) => r.statusCode);
        assert.equal(
          statuses.filter((s) => s === 201).length,
          1,
          responses
            .filter((r) => r.statusCode !== 400)
            .map((r) => r.body)
            .join('\n'),
        );
        assert.equal(responses.filter((r) => r.statusCode === 400 && r.json().error.message === 'Duplicate client_reference').length, 7);
      }
      assert.equal(await walletBalance(store, client.walletId), 1000 - 10 * rounds);
      const db = store.container.database.db;
      const orders = await db.selectFrom('orders').select('id').where('client_id', '=', client.clientId).execute();
      assert.equal(orders.length, rounds);
      const report = await store.container.ledger.reconcile();
      assert.equal(report.ok, true, JSON.stringify(report.breaks));
    });

    test('50 parallel orders with one Idempotency-Key: one order, one debit, the rest replay it or are told it is in progress', async () => {
      const client = await orderingClient(store, '1000.00');
      const body = { product_id: product, denomination: 10, quantity: 1 };
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => placeOrder(store, client.token, body, { 'idempotency-key': 'k-parallel' })),
      );
      const created = responses.filter((r) => r.statusCode === 201);
      const ids = new Set(created.map((r) => r.json().id));
      assert.equal(ids.size, 1, 'every 201 is the same order');
      assert.ok(
        responses.every((r) => r.statusCode === 201 || (r.statusCode === 409 && r.json().error.code === 'IDEMPOTENCY_IN_PROGRESS')),
        "responses.every((r) => r.statusCode === 201 || (r.statusCode === 409 && r.json().error.code === '...",
      );
      assert.equal(await walletBalance(store, client.walletId), 990);
    });
  });
}
