import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import type { TestSupplier } from '../../src/suppliers/test-supplier.ts';
import { toRfc3339 } from '../../src/shared/dates.ts';
import { demoClient } from '../helpers/demo.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { drainDeliveries, orderableProduct, placeFailing, stockedProduct } from './setup.ts';

const ADMIN_TOKEN = 'timeline-test-admin-token-0123456789abcdef';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const FAST = { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 3, batchSize: 4, leaseMs: 10_000 };

interface Entry {
  at: string;
  kind: string;
  summary: string;
  actor: string | null;
  action?: string;
  remarks?: string;
}

/**
 * The entries as steps: the kind, an event with its type (`event wallet.debited`), an action with
 * its name (`operator order.cancel`); deliveries one after the other as one (a delivery's steps
 * fall in one second or in several).
 */
function steps(entries: Entry[]): string[] {
  const named = entries.map((entry) =>
    entry.kind === 'event'
      ? `event ${/^Event (\S+) /.exec(entry.summary)![1]}`
      : entry.kind === 'operator'
        ? `operator ${entry.summary.split(':')[0]}`
        : entry.kind,
  );
  return named.filter((step, index) => !(step === 'delivery' && named[index - 1] === 'delivery'));
}

const PLACED_AND_PAID = ['placed', 'payment', 'event wallet.debited'];
/** A small order delivered by the change that places it. */
const DELIVERED_AT_ONCE = ['placed', 'payment', 'delivery', 'event wallet.debited', 'event order.delivered', 'completed'];

for (const engine of ENGINES) {
  describe(`GET /admin/v1/orders/:id/timeline [${engine}]`, () => {
    let store: TestStore;
    let auth: Record<string, string>;
    let productId: number;
    let supplier: TestSupplier;
    let failing: number;
    let stocked: number;
    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN, ENABLE_TEST_SUPPLIER: 'true' }, fulfilment: FAST });
      ({ auth, amazonProductId: productId } = await demoClient(store, ADMIN_TOKEN));
      supplier = store.container.testSupplier!;
      failing = await orderableProduct(store, { supplier: 'test', name: 'Timeline Test Card' });
      stocked = await stockedProduct(store, 'Timeline Stock Card', 'TIMELINE', 20);
    });
    beforeEach(() => supplier.reset());
    after(() => store.close());

    const db = () => store.container.database.db;
    /** An order of the demo client: Amazon.com (sandbox) unless `product` is given, of 25 USD unless it is the stocked card (10). */
    const place = async (quantity: number, product = productId) => {
      const response = await store.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: auth,
        payload: { product_id: product, denomination: product === stocked ? 10 : 25, quantity },
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json();
    };
    const timeline = (id: number | string, headers: Record<string, string> = admin) =>
      store.app.inject({ method: 'GET', url: `/admin/v1/orders/${id}/timeline`, headers });
    const entriesOf = async (id: number): Promise<Entry[]> => {
      const response = await timeline(id);
      assert.equal(response.statusCode, 200, response.body);
      return response.json().entries;
    };
    const stepsOf = async (id: number) => steps(await entriesOf(id));
    const operatorCall = async (id: number, action: 'cancel' | 'retry', payload?: object) => {
      const response = await store.app.inject({
        method: 'POST',
        url: `/admin/v1/orders/${id}/${action}`,
        headers: admin,
        ...(payload ? { payload } : {}),
      });
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const ledgerTimes = async (orderId: number) =>
      (await db().selectFrom('ledger_transactions').select('created_at').where('order_id', '=', orderId).orderBy('id').execute()).map((row) =>
        toRfc3339(row.created_at),
      );

    test('a delivered order placed in a transaction: placed, paid, delivered, its events, completed; never a code', async () => {
      const order = await place(2);
      assert.equal(order.status, 'DELIVERED');
      const response = await timeline(order.id);
      assert.equal(response.statusCode, 200, response.body);
      const { order: view, entries } = response.json();
      assert.equal(view.id, order.id);
      assert.deepEqual(steps(entries), DELIVERED_AT_ONCE);
      const summaries = entries.map((entry: Entry) => entry.summary);
      assert.match(summaries[1], /^Paid 49\.00 USD from wallet \d+ \(transaction \d+\)$/);
      assert.equal(summaries[2], '2 vouchers delivered');
      for (const type of ['wallet.debited', 'order.delivered']) {
        assert.ok(
          summaries.some((summary: string) => new RegExp(`^Event ${type.replace('.', '\\.')} \\(evt_[0-9a-f]{24}\\)$`).test(summary)),
          type,
        );
      }
      assert.equal(entries[0].at, order.created_at);
      assert.equal(entries.at(-1).at, order.completed_at);
      for (const voucher of order.vouchers) assert.ok(!response.body.includes(voucher.card_number), 'no voucher code');
    });

    test('a delivered order placed in one statement (stock of this database): the same order', async () => {
      const order = await place(2, stocked);
      assert.equal(order.status, 'DELIVERED');
      assert.deepEqual(await stepsOf(order.id), DELIVERED_AT_ONCE);
    });

    test('a payment written in the second after its change began: before the delivery and the completion, at its own time', async () => {
      const order = await place(2, stocked);
      const [paid] = await ledgerTimes(order.id);
      // Its rows but the ledger's carry the start of the one statement that placed it: 1 ms before the second of its debit.
      const began = new Date(Date.parse(paid!) - 1);
      await sql`update orders set created_at = ${began}, completed_at = ${began}, updated_at = ${began} where id = ${order.id}`.execute(db());
      await sql`update order_vouchers set created_at = ${began} where order_id = ${order.id}`.execute(db());
      const id = String(order.id);
      await sql`update events set created_at = ${began} where (type like 'order.%' and data->>'id' = ${id}) or data->>'order_id' = ${id}`.execute(
        db(),
      );

      const { order: view, entries } = (await timeline(order.id)).json() as { order: { created_at: string; completed_at: string }; entries: Entry[] };
      assert.deepEqual(steps(entries), DELIVERED_AT_ONCE);
      const times = entries.map((entry) => entry.at);
      assert.deepEqual(times, [view.created_at, ...(await ledgerTimes(order.id)), ...Array(4).fill(view.created_at)], 'each at its own time');
      assert.equal(view.completed_at, view.created_at);
      assert.notEqual(times[1], times[0], 'the payment in the next second');
    });

    test(
      'a payment that waited over a second for its wallet: still before the delivery and the completion, at its own time',
      { skip: engine === 'pglite' && 'PGlite has one connection: no transaction waits for another' },
      async () => {
        const { wallet_id: walletId } = await place(1);
        let placing: Promise<{ id: number; status: string; created_at: string; completed_at: string }> | undefined;
        // Another transaction holds the wallet: the order's transaction begins, then waits for it.
        await db()
          .transaction()
          .execute(async (trx) => {
            await sql`select id from wallets where id = ${walletId} for update`.execute(trx);
            placing = place(2);
            await sleep(1_100);
          });
        const order = await placing!;
        assert.equal(order.status, 'DELIVERED');
        const entries = await entriesOf(order.id);
        assert.deepEqual(steps(entries), DELIVERED_AT_ONCE);
        const times = entries.map((entry) => entry.at);
        assert.deepEqual(times, [order.created_at, ...(await ledgerTimes(order.id)), ...Array(4).fill(order.created_at)], 'each at its own time');
        assert.equal(order.completed_at, order.created_at, 'completed by the transaction that began before the wait');
        assert.ok(times[1]! > times[0]!, 'paid after the wait');
      },
    );

    test('an order delivered by the worker: a pending delivery last, then delivered and completed', async () => {
      const order = await place(6);
      assert.equal(order.status, 'PENDING');
      assert.deepEqual(await stepsOf(order.id), [...PLACED_AND_PAID, 'delivery_pending']);
      await drainDeliveries(store);
      const entries = await entriesOf(order.id);
      assert.deepEqual(steps(entries), [...PLACED_AND_PAID, 'delivery', 'event order.delivered', 'completed']);
      const delivered = entries
        .filter((entry) => entry.kind === 'delivery')
        .map((entry) => Number(/^(\d+) vouchers? delivered$/.exec(entry.summary)![1]));
      assert.equal(
        delivered.reduce((sum, count) => sum + count, 0),
        6,
        'in steps of 4 and 2, one entry a second',
      );
    });

    test('a failed order: the refund, its events, then completed', async () => {
      const order = await placeFailing(supplier, () => place(2, failing));
      assert.deepEqual(await stepsOf(order.id), [...PLACED_AND_PAID, 'refund', 'event wallet.credited', 'event order.failed', 'completed']);
    });

    test('a partly delivered order given up, then retried: the refund after the delivery it does not refund, each delivery in its place', async () => {
      supplier.failAfterUnits(FAST.batchSize, { kind: 'PERMANENT' });
      const order = await place(6, failing);
      await drainDeliveries(store);
      const givenUp = [...PLACED_AND_PAID, 'delivery', 'refund', 'event wallet.credited', 'event order.partially_delivered'];
      const entries = await entriesOf(order.id);
      assert.deepEqual(steps(entries), [...givenUp, 'completed']);
      assert.equal(entries[3]!.summary, '4 vouchers delivered');
      assert.match(entries[4]!.summary, /^Refunded 49\.00 USD/);

      supplier.reset();
      assert.equal((await operatorCall(order.id, 'retry')).status, 'DELIVERED');
      const retried = await entriesOf(order.id);
      assert.deepEqual(steps(retried), [
        ...givenUp,
        'operator order.retry',
        'charge',
        'event wallet.debited',
        'delivery',
        'event order.delivered',
        'completed',
      ]);
      assert.deepEqual(
        retried.filter((entry) => entry.kind === 'delivery').map((entry) => entry.summary),
        ['4 vouchers delivered', '2 vouchers delivered'],
        'not told as one, even within one second',
      );
    });

    test('a partly delivered order still being delivered: its next delivery attempt last', async () => {
      supplier.failAfterUnits(FAST.batchSize, { kind: 'TRANSIENT' });
      const order = await place(6, failing);
      // One round of the worker: the first vouchers delivered, the rest failed once and due again.
      await store.container.fulfilment.runDue();
      const row = await db().selectFrom('orders').select(['status', 'completed_at']).where('id', '=', order.id).executeTakeFirstOrThrow();
      assert.deepEqual([row.status, row.completed_at], ['PARTIALLY_DELIVERED', null]);
      assert.deepEqual(await stepsOf(order.id), [...PLACED_AND_PAID, 'delivery', 'event order.partially_delivered', 'delivery_pending']);
      supplier.reset();
      await drainDeliveries(store);
      assert.equal((await stepsOf(order.id)).at(-1), 'completed');
    });

    test('a cancelled order: the operator, the refund and the events, completed last', async () => {
      const order = await place(6);
      assert.equal(order.status, 'PENDING');
      await operatorCall(order.id, 'cancel', { remarks: 'Asked by the client' });
      const entries = await entriesOf(order.id);
      assert.deepEqual(steps(entries), [
        ...PLACED_AND_PAID,
        'operator order.cancel',
        'refund',
        'event wallet.credited',
        'event order.cancelled',
        'completed',
      ]);
      const operator = entries.find((entry) => entry.kind === 'operator')!;
      assert.equal(operator.summary, 'order.cancel: Asked by the client');
      assert.equal(operator.actor, 'operator:admin-token');
      // The action and its remarks apart, for a page to word them (the console's order page).
      assert.deepEqual([operator.action, operator.remarks], ['order.cancel', 'Asked by the client']);
      assert.match(entries.find((entry) => entry.kind === 'refund')!.summary, /^Refunded 147\.00 USD/);
    });

    test('a retried order: its failure, the retry, the charge, a pending delivery last, then delivered and completed', async () => {
      supplier.failPermanently();
      const order = await place(6, failing);
      await drainDeliveries(store);
      supplier.reset();
      const failed = [...PLACED_AND_PAID, 'refund', 'event wallet.credited', 'event order.failed'];
      assert.deepEqual(await stepsOf(order.id), [...failed, 'completed']);

      assert.equal((await operatorCall(order.id, 'retry')).status, 'PENDING');
      const retried = [...failed, 'operator order.retry', 'charge', 'event wallet.debited'];
      assert.deepEqual(await stepsOf(order.id), [...retried, 'delivery_pending']);
      await drainDeliveries(store);
      assert.deepEqual(await stepsOf(order.id), [...retried, 'delivery', 'event order.delivered', 'completed']);
    });

    test('a sync order retried: delivered before the answer, after the charge', async () => {
      const order = await placeFailing(supplier, () => place(2, failing));
      await operatorCall(order.id, 'retry');
      assert.deepEqual(await stepsOf(order.id), [
        ...PLACED_AND_PAID,
        'refund',
        'event wallet.credited',
        'event order.failed',
        'operator order.retry',
        'charge',
        'event wallet.debited',
        'delivery',
        'event order.delivered',
        'completed',
      ]);
    });

    test('errors: an unknown order, a bad id, no operator token', async () => {
      assert.equal((await timeline(999999)).statusCode, 404);
      assert.equal((await timeline('abc')).statusCode, 400);
      assert.equal((await timeline(1, {})).statusCode, 401);
    });
  });
}
