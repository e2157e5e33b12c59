import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { errorOf } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { INSUFFICIENT_FUNDS } from '../helpers/wallets.ts';
import { parseInventoryCsv } from '../../src/inventory/inventory.file.ts';
import type { Supplier } from '../../src/suppliers/supplier.ts';
import { VoucherCipher } from '../../src/infra/crypto/voucher-cipher.ts';
import { getOrder, orderableProduct, orderingClient, orderOf, placeOrder, walletBalance, type OrderActor } from './setup.ts';

const OUT_OF_STOCK = { name: 'BadRequestError', code: 'OUT_OF_STOCK', message: 'Product is not available in the requested quantity' };

/**
 * Small orders from the inventory: the order, its debit, its codes and its delivery are one
 * statement that runs on its own (`insertDeliveredOrder`); when that statement cannot complete
 * the order it leaves nothing and the order is placed in a transaction. Everything an order must
 * be is checked against the rows it wrote.
 */
for (const engine of ENGINES) {
  describe(`orders from the inventory: order, debit and delivery in one statement [${engine}]`, () => {
    let store: TestStore;

    before(async () => {
      store = await startTestStore(engine);
    });
    after(() => store.close());

    async function stockedProduct(codes: number, prefix: string): Promise<number> {
      const product = await orderableProduct(store, { supplier: 'inventory', voucherType: 'CODE_WITH_PIN', name: `${prefix} Card` });
      const csv = ['code,pin,serial', ...Array.from({ length: codes }, (_, i) => `${prefix}-${i},${1000 + i},S-${prefix}-${i}`)].join('\n');
      const report = await store.container.inventory.importCodes({ productId: product, denomination: 10, records: parseInventoryCsv(csv).records });
      assert.equal(report.ok, true, JSON.stringify(report.errors));
      return product;
    }

    const db = () => store.container.database.db;
    const codesOf = (product: number) =>
      db().selectFrom('voucher_inventory').select(['id', 'status', 'order_id', 'payload']).where('product_id', '=', product).orderBy('id').execute();

    test('no REVENUE account yet: the statement leaves nothing, and the transaction opens the account and delivers', async () => {
      const product = await stockedProduct(3, 'OPEN');
      const client = await orderingClient(store, '100.00');
      // Wallet creation opens the operator accounts of its currency; without the REVENUE one the
      // statement moves the balance but cannot write the transaction, so it aborts. (First test:
      // the account is still unused and can be deleted.)
      const removed = await db().deleteFrom('ledger_accounts').where('kind', '=', 'REVENUE').where('currency_id', '=', 840).executeTakeFirst();
      assert.equal(removed.numDeletedRows, 1n, 'an unused REVENUE account');
      const order = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 2 }));
      assert.equal(order.status, 'DELIVERED');
      assert.deepEqual(
        order.vouchers.map((v) => v.card_number),
        ['OPEN-0', 'OPEN-1'],
      );
      assert.deepEqual(orderOf(await getOrder(store, client.token, order.id)), order);
      assert.equal(await walletBalance(store, client.walletId), 80);
      const revenue = await db().selectFrom('ledger_accounts').select('id').where('kind', '=', 'REVENUE').where('currency_id', '=', 840).execute();
      assert.equal(revenue.length, 1, 'the account was opened');

      const codes = await codesOf(product);
      assert.deepEqual(
        codes.map((c) => [c.status, c.order_id]),
        [
          ['ISSUED', order.id],
          ['ISSUED', order.id],
          ['AVAILABLE', null],
        ],
      );
      const stored = await db().selectFrom('order_vouchers').select('payload').where('order_id', '=', order.id).orderBy('unit').execute();
      assert.notDeepEqual(
        stored.map((v) => v.payload),
        codes.slice(0, 2).map((c) => c.payload),
        'sealed again: delivered by the transaction',
      );
      const orders = await db().selectFrom('orders').select(['id', 'transaction_id']).where('client_id', '=', client.clientId).execute();
      assert.deepEqual(orders, [{ id: order.id, transaction_id: order.transaction_id }], 'one order: the aborted statement left none');
      const debits = await db()
        .selectFrom('ledger_transactions')
        .select(['id', 'order_id'])
        .where('wallet_id', '=', client.walletId)
        .where('transaction_type', '=', 'DEBIT')
        .execute();
      assert.deepEqual(debits, [{ id: order.transaction_id, order_id: order.id }], 'one debit');
      const events = await db().selectFrom('events').select('type').where('client_id', '=', client.clientId).orderBy('id').execute();
      assert.deepEqual(
        events.map((e) => e.type),
        ['wallet.credited', 'wallet.debited', 'order.delivered'],
      );
      const report = await store.container.ledger.reconcile();
      assert.equal(report.ok, true, JSON.stringify(report.breaks));
    });

    test('an order: delivered, debited once, its transaction and events recorded, the codes stored as taken', async () => {
      const product = await stockedProduct(5, 'FIRST');
      const client = await orderingClient(store, '100.00');
      const response = await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 3, client_reference: 'inv-1' });
      assert.equal(response.statusCode, 201, response.body);
      const order = orderOf(response);
      assert.equal(order.status, 'DELIVERED');
      assert.equal(order.delivered_quantity, 3);
      assert.equal(order.message, 'Order delivered');
      assert.equal(order.client_reference, 'inv-1');
      assert.ok(order.completed_at, 'order.completed_at');
      assert.deepEqual(
        order.vouchers.map((v) => [v.card_number, v.pin_code, v.voucher_reference_number]),
        [0, 1, 2].map((i) => [`FIRST-${i}`, String(1000 + i), `S-FIRST-${i}`]),
        'the oldest codes, in order',
      );
      assert.deepEqual(orderOf(await getOrder(store, client.token, order.id)), order, 'the order as stored is the order answered');
      assert.equal(await walletBalance(store, client.walletId), 70);

      const codes = await codesOf(product);
      assert.deepEqual(
        codes.map((c) => [c.status, c.order_id]),
        [
          ['ISSUED', order.id],
          ['ISSUED', order.id],
          ['ISSUED', order.id],
          ['AVAILABLE', null],
          ['AVAILABLE', null],
        ],
      );
      const stored = await db().selectFrom('order_vouchers').select(['unit', 'payload']).where('order_id', '=', order.id).orderBy('unit').execute();
      assert.deepEqual(
        stored.map((v) => v.unit),
        [0, 1, 2],
      );
      assert.deepEqual(
        stored.map((v) => v.payload),
        codes.slice(0, 3).map((c) => c.payload),
        'stored as sealed at import',
      );
      const rows = await db().selectFrom('orders').select(['id', 'transaction_id', 'status']).where('client_id', '=', client.clientId).execute();
      assert.deepEqual(rows, [{ id: order.id, transaction_id: order.transaction_id, status: 'DELIVERED' }], 'one order row, written delivered');

      assert.ok(order.transaction_id, 'the order names its debit');
      const tx = await db().selectFrom('ledger_transactions').selectAll().where('id', '=', order.transaction_id!).executeTakeFirstOrThrow();
      assert.equal(tx.order_id, order.id);
      assert.equal(tx.amount, -3000n);
      assert.equal(tx.balance_after, 7000n);
      assert.equal(tx.remarks, `USD Wallet debited by amount 30.00 - Order #${order.id}`);
      const debits = await db()
        .selectFrom('ledger_transactions')
        .select('id')
        .where('wallet_id', '=', client.walletId)
        .where('transaction_type', '=', 'DEBIT')
        .execute();
      assert.equal(debits.length, 1);
      const entries = await db().selectFrom('ledger_entries').select('amount').where('transaction_id', '=', tx.id).orderBy('amount').execute();
      assert.deepEqual(
        entries.map((e) => e.amount),
        [-3000n, 3000n],
        'two balanced legs',
      );

      const events = await db().selectFrom('events').select(['type', 'data']).where('client_id', '=', client.clientId).orderBy('id').execute();
      assert.deepEqual(
        events.map((e) => e.type),
        ['wallet.credited', 'wallet.debited', 'order.delivered'],
      );
      assert.deepEqual(events[1]!.data, {
        wallet_id: client.walletId,
        currency: 'USD',
        amount: -30,
        order_id: order.id,
        balance: 70,
        transaction_id: tx.id,
      });
      const deliveredEvent = events[2]!.data as Record<string, unknown>;
      assert.equal(deliveredEvent.id, order.id);
      assert.equal(deliveredEvent.status, 'DELIVERED');
      assert.equal(deliveredEvent.reference_code, 'inv-1');
      assert.equal(deliveredEvent.delivered_quantity, 3);
      assert.equal(deliveredEvent.created_at, order.created_at, "the event's created_at is the order's, as the API writes it");
      assert.ok(!JSON.stringify(events).includes('FIRST-'), 'no code in any event');
      const report = await store.container.ledger.reconcile();
      assert.equal(report.ok, true, JSON.stringify(report.breaks));
    });

    test('a duplicate client_reference is refused and leaves nothing behind', async () => {
      const product = await stockedProduct(3, 'TWICE');
      const client = await orderingClient(store, '100.00');
      const first = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 1, client_reference: 'same' }));
      const second = await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 1, client_reference: 'same' });
      assert.equal(second.statusCode, 400);
      assert.deepEqual(errorOf(second), { name: 'BadRequestError', code: 'BAD_REQUEST', message: 'Duplicate client_reference' });
      assert.equal(await walletBalance(store, client.walletId), 90);
      assert.deepEqual(
        (await codesOf(product)).map((c) => [c.status, c.order_id]),
        [
          ['ISSUED', first.id],
          ['AVAILABLE', null],
          ['AVAILABLE', null],
        ],
      );
      const events = await db().selectFrom('events').select('type').where('client_id', '=', client.clientId).orderBy('id').execute();
      assert.deepEqual(
        events.map((e) => e.type),
        ['wallet.credited', 'wallet.debited', 'order.delivered'],
      );
    });

    /** A refused order left nothing behind: the balance as topped up, every code in stock, no order, no debit, no event but the top-up. */
    async function assertNothingLeftBehind(product: number, client: OrderActor, balance: number): Promise<void> {
      assert.equal(await walletBalance(store, client.walletId), balance);
      assert.ok(
        (await codesOf(product)).every((c) => c.status === 'AVAILABLE' && c.order_id === null),
        "(await codesOf(product)).every((c) => c.status === 'AVAILABLE' && c.order_id === null)",
      );
      assert.deepEqual(await db().selectFrom('orders').select('id').where('client_id', '=', client.clientId).execute(), []);
      const debits = await db()
        .selectFrom('ledger_transactions')
        .select('id')
        .where('wallet_id', '=', client.walletId)
        .where('transaction_type', '=', 'DEBIT')
        .execute();
      assert.deepEqual(debits, []);
      const events = await db().selectFrom('events').select('type').where('client_id', '=', client.clientId).execute();
      assert.deepEqual(
        events.map((e) => e.type),
        ['wallet.credited'],
        'only the top-up',
      );
    }

    test('not enough funds: 400 INSUFFICIENT_FUNDS, no order, no code taken, no movement, no event', async () => {
      const product = await stockedProduct(3, 'POOR');
      const client = await orderingClient(store, '15.00');
      const response = await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 2 });
      assert.equal(response.statusCode, 400, response.body);
      assert.deepEqual(errorOf(response), INSUFFICIENT_FUNDS);
      await assertNothingLeftBehind(product, client, 15);
    });

    test('not enough stock: 400 OUT_OF_STOCK, nothing debited, the codes still in stock', async () => {
      const product = await stockedProduct(2, 'SHORT');
      const client = await orderingClient(store, '100.00');
      const response = await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 3 });
      assert.equal(response.statusCode, 400, response.body);
      assert.deepEqual(errorOf(response), OUT_OF_STOCK);
      await assertNothingLeftBehind(product, client, 100);
    });

    test('codes sealed with a key this process was not given: never taken by an order answered at once (400 OUT_OF_STOCK, nothing charged); an order whose stored codes it cannot read is 503, not 500', async () => {
      const product = await stockedProduct(2, 'FOREIGN');
      // As if imported by a store with another VOUCHER_ENCRYPTION_KEY.
      const stranger = new VoucherCipher(randomBytes(32));
      for (const code of await codesOf(product)) {
        const payload = stranger.seal({ ...store.container.voucherCipher.open(code.payload), expires_at: null });
        await db().updateTable('voucher_inventory').set({ payload }).where('id', '=', code.id).execute();
      }
      const client = await orderingClient(store, '100.00');
      const refused = await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 1 });
      assert.equal(refused.statusCode, 400, refused.body);
      assert.deepEqual(errorOf(refused), OUT_OF_STOCK);
      await assertNothingLeftBehind(product, client, 100);

      // An order delivered earlier whose stored codes were sealed with that other key.
      const readable = await stockedProduct(1, 'READABLE');
      const placed = await placeOrder(store, client.token, { product_id: readable, denomination: 10, quantity: 1 });
      assert.equal(placed.statusCode, 201, placed.body);
      const orderId = orderOf(placed).id;
      const [stored] = await db().selectFrom('order_vouchers').select(['unit', 'payload']).where('order_id', '=', orderId).execute();
      const foreign = stranger.seal(store.container.voucherCipher.open(stored!.payload));
      await db().updateTable('order_vouchers').set({ payload: foreign }).where('order_id', '=', orderId).execute();
      const read = await getOrder(store, client.token, orderId);
      assert.equal(read.statusCode, 503, read.body);
      assert.deepEqual(errorOf(read), { name: 'ServiceUnavailableError', code: 'SERVICE_UNAVAILABLE', message: 'Voucher codes cannot be read now' });
      assert.ok(read.headers['retry-after'], 'Retry-After says when to try again');
      assert.ok(!read.body.includes('READABLE-'), 'no code in the answer');
    });

    test('a statement that takes fewer codes than asked (stock taken meanwhile) leaves nothing; the transaction delivers', async () => {
      const product = await stockedProduct(4, 'PART');
      const client = await orderingClient(store, '100.00');
      const inventory = store.container.suppliers.get('inventory')! as Supplier & { takeInStatement: NonNullable<Supplier['takeInStatement']> };
      const original = inventory.takeInStatement;
      // The statement sees one code fewer than asked, as when another order took one after its snapshot.
      inventory.takeInStatement = (trx, request, when) => original.call(inventory, trx, { ...request, quantity: request.quantity - 1 }, when);
      try {
        const order = orderOf(
          await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 3, email: 'buyer@example.com' }),
        );
        assert.equal(order.status, 'DELIVERED');
        assert.deepEqual(
          order.vouchers.map((v) => v.card_number),
          ['PART-0', 'PART-1', 'PART-2'],
        );
        assert.deepEqual(orderOf(await getOrder(store, client.token, order.id)), order);
        const codes = await codesOf(product);
        assert.deepEqual(
          codes.map((c) => c.status),
          ['ISSUED', 'ISSUED', 'ISSUED', 'AVAILABLE'],
        );
        assert.ok(order.transaction_id, 'order.transaction_id');
        assert.equal(await walletBalance(store, client.walletId), 70);
        const notices = await db().selectFrom('email_outbox').select('recipient').where('order_id', '=', order.id).execute();
        assert.deepEqual(
          notices.map((n) => n.recipient),
          ['buyer@example.com'],
          'one notice: the aborted statement queued none',
        );
        const debits = await db()
          .selectFrom('ledger_transactions')
          .select('id')
          .where('wallet_id', '=', client.walletId)
          .where('transaction_type', '=', 'DEBIT')
          .execute();
        assert.deepEqual(
          debits.map((d) => d.id),
          [order.transaction_id],
        );

        // Short in the statement and short afterwards: refused, nothing left behind.
        const refused = await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 2 });
        assert.deepEqual(errorOf(refused), OUT_OF_STOCK);
        assert.deepEqual(
          (await codesOf(product)).map((c) => c.status),
          ['ISSUED', 'ISSUED', 'ISSUED', 'AVAILABLE'],
        );
        assert.equal(await walletBalance(store, client.walletId), 70);
      } finally {
        inventory.takeInStatement = original;
      }
      const report = await store.container.ledger.reconcile();
      assert.equal(report.ok, true, JSON.stringify(report.breaks));
    });

    test('with an e-mail address the notice is queued with the delivery', async () => {
      const product = await stockedProduct(1, 'MAIL');
      const client = await orderingClient(store, '10.00');
      const order = orderOf(
        await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 1, email: 'someone@example.com' }),
      );
      assert.equal(order.status, 'DELIVERED');
      const notices = await db().selectFrom('email_outbox').select(['recipient', 'subject', 'body']).where('order_id', '=', order.id).execute();
      assert.equal(notices.length, 1);
      assert.equal(notices[0]!.recipient, 'someone@example.com');
      assert.equal(notices[0]!.subject, `Order #${order.id}: 1 MAIL Card voucher delivered`);
      assert.ok(!notices[0]!.body.includes('MAIL-0'), 'no code in the notice');
      assert.equal(await walletBalance(store, client.walletId), 0);
    });
  });
}
