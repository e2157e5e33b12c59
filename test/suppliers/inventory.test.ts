import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  sql,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { InventorySupplier } from '../../src/suppliers/inventory.ts';
import { MAX_ORDER_QUANTITY, SupplierError } from '../../src/suppliers/supplier.ts';
import { VoucherCipher } from '../../src/infra/crypto/voucher-cipher.ts';
import { openPostgres, type DatabaseHandle } from '../../src/infra/db/database.ts';
import type { Executor } from '../../src/infra/db/executor.ts';
import { createClient, loginOk } from '../helpers/api.ts';
import { ENGINES, openTestDatabase, startTestStore, type TestDatabase, type TestStore } from '../helpers/store.ts';
import { codes, createInventoryProduct, statusCounts, stock } from './fixtures.ts';
import { orderingClient, orderOf, placeOrder } from '../orders/setup.ts';

/** Counts the statements executed through an executor (one result each; subqueries are part of their statement). */
class StatementCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.count++;
    return args.result;
  }
}

/** Order ids are made up: the orders table is another module's, and the inventory has no foreign key to it. */
let nextOrder = 100_000;
const orderId = () => ++nextOrder;

class Rollback extends Error {}

for (const engine of ENGINES) {
  describe(`inventory supplier [${engine}]`, () => {
    let store: TestStore;
    let supplier: InventorySupplier;
    let db: TestStore['container']['database']['db'];
    const issueRequest = (order: number, productId: number, quantity: number, delivered = 0) => ({
      orderId: order,
      productId,
      denomination: '25.00',
      voucherType: 'CODE_WITH_PIN' as const,
      quantity,
      delivered,
    });
    const reserve = (executor: Executor, order: number, productId: number, quantity: number, denomination = '25.00') =>
      supplier.reserve(executor, { orderId: order, productId, denomination, quantity });

    before(async () => {
      store = await startTestStore(engine);
      db = store.container.database.db;
      supplier = store.container.suppliers.get('inventory') as InventorySupplier;
    });
    after(() => store.close());

    test('registered as "inventory"; capacity counts the unexpired codes in stock of that product and value', async () => {
      assert.ok(supplier instanceof InventorySupplier, 'supplier instanceof InventorySupplier');
      assert.deepEqual(store.container.suppliers.names(), ['inventory', 'sandbox']);
      const product = await createInventoryProduct(store);
      const other = await createInventoryProduct(store);
      await stock(store, product, 25, codes(3));
      await stock(store, product, 10, codes(7));
      await stock(store, other, 25, codes(9));
      await assert.rejects(stock(store, product, 25, codes(4), { expires_at: '2000-01-01' }), /in the past/);
      const capacity = (quantity: number, denomination = '25.00') => supplier.capacity({ productId: product, denomination, quantity });
      assert.equal(await capacity(3), true);
      assert.equal(await capacity(3, '25'), true, 'the value compares as a number');
      assert.equal(await capacity(3, '25.0000'), true);
      assert.equal(await capacity(4), false);
      assert.equal(await capacity(7, '10.00'), true);
      assert.equal(await capacity(8, '10.00'), false);
      assert.equal(await capacity(1, '50.00'), false, 'no codes of that value');
      for (const quantity of [0, -1, 1.5, MAX_ORDER_QUANTITY + 1, Number.NaN]) assert.equal(await capacity(quantity), false, String(quantity));

      // A code past its expiry stays in stock (reported as expired) but is never counted or taken.
      await db
        .updateTable('voucher_inventory')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('product_id', '=', product)
        .where('denomination', '=', '25')
        .where(
          'id',
          '=',
          db
            .selectFrom('voucher_inventory')
            .select((eb) => eb.fn.min('id').as('id'))
            .where('product_id', '=', product)
            .where('denomination', '=', '25'),
        )
        .execute();
      assert.equal(await capacity(3), false);
      assert.equal(await capacity(2), true);
      const order = orderId();
      assert.equal(await reserve(db, order, product, 5), 2);
      await supplier.release(db, order);
    });

    test('reserve → issue → release: oldest codes first, decrypted on issue, each state change exact', async () => {
      const product = await createInventoryProduct(store, { voucherType: 'CODE_WITH_PIN' });
      const list = codes(10);
      await stock(store, product, 25, list, { expires_at: '2031-06-30' });
      const order = orderId();

      // reserve: up to what is there, in the caller's transaction.
      assert.equal(await reserve(db, order, product, 4), 4);
      assert.deepEqual(await statusCounts(db, product), { AVAILABLE: 6, RESERVED: 4 });
      const held = await db
        .selectFrom('voucher_inventory')
        .select(['order_id', 'reserved_at'])
        .where('status', '=', 'RESERVED')
        .where('product_id', '=', product)
        .execute();
      assert.ok(
        held.every((row) => row.order_id === order && row.reserved_at instanceof Date),
        'held.every((row) => row.order_id === order && row.reserved_at instanceof Date)',
      );
      assert.equal(await supplier.capacity({ productId: product, denomination: '25.00', quantity: 7 }), false);

      // issue: the next units of the order, in id (= import) order, with every field.
      const first = await supplier.issue(db, issueRequest(order, product, 3));
      assert.deepEqual(
        first,
        list.slice(0, 3).map((code, i) => ({
          card_number: code,
          pin_code: String(1000 + i),
          claim_url: null,
          expires_at: '2031-06-30T23:59:59Z',
          voucher_reference_number: `SER-${code}`,
        })),
      );
      assert.deepEqual(await statusCounts(db, product), { AVAILABLE: 6, RESERVED: 1, ISSUED: 3 });
      // Asking for more than is reserved is permanent and issues nothing.
      await assert.rejects(
        supplier.issue(db, issueRequest(order, product, 2, 3)),
        (error: SupplierError) =>
          error instanceof SupplierError &&
          error.kind === 'PERMANENT' &&
          error.code === 'NOT_RESERVED' &&
          !list.some((code) => error.message.includes(code)),
      );
      assert.deepEqual(await statusCounts(db, product), { AVAILABLE: 6, RESERVED: 1, ISSUED: 3 });
      const next = await supplier.issue(db, issueRequest(order, product, 1, 3));
      assert.equal(next[0]!.card_number, list[3]);
      await assert.rejects(supplier.issue(db, issueRequest(order, product, 1, 4)), SupplierError);
      // Another order's codes are not this order's.
      await assert.rejects(supplier.issue(db, issueRequest(orderId(), product, 1)), /0 inventory codes are reserved, 1 asked/);

      // release: reserved codes go back, issued ones stay issued; the next order takes the released ones.
      const second = orderId();
      assert.equal(await reserve(db, second, product, 2), 2);
      await supplier.release(db, second);
      await supplier.release(db, order); // nothing left reserved: a no-op
      assert.deepEqual(await statusCounts(db, product), { AVAILABLE: 6, ISSUED: 4 });
      assert.equal(
        (
          await db
            .selectFrom('voucher_inventory')
            .select('id')
            .where('product_id', '=', product)
            .where('order_id', 'is', null)
            .where('reserved_at', 'is not', null)
            .execute()
        ).length,
        0,
      );
      const third = orderId();
      assert.equal(await reserve(db, third, product, 10), 6, 'fewer than asked: how many it could');
      const rest = await supplier.issue(db, issueRequest(third, product, 6));
      assert.deepEqual(
        rest.map((v) => v.card_number),
        list.slice(4),
      );
      assert.equal(await reserve(db, orderId(), product, 1), 0, 'the shelf is empty');
    });

    test('a rolled-back transaction reserves and issues nothing', async () => {
      const product = await createInventoryProduct(store);
      await stock(store, product, 25, codes(5));
      const order = orderId();
      await assert.rejects(
        db.transaction().execute(async (trx) => {
          assert.equal(await reserve(trx, order, product, 5), 5);
          throw new Rollback();
        }),
        Rollback,
      );
      assert.deepEqual(await statusCounts(db, product), { AVAILABLE: 5 });
      await reserve(db, order, product, 5);
      await assert.rejects(
        db.transaction().execute(async (trx) => {
          assert.equal((await supplier.issue(trx, issueRequest(order, product, 5))).length, 5);
          throw new Rollback();
        }),
        Rollback,
      );
      assert.deepEqual(await statusCounts(db, product), { RESERVED: 5 });
      await supplier.release(db, order);
    });

    test('5,000 codes: reserved with one statement and issued with one, not one per code', async () => {
      const product = await createInventoryProduct(store);
      const list = codes(MAX_ORDER_QUANTITY);
      await stock(store, product, 10, list);
      const order = orderId();
      const counter = new StatementCounter();
      const counted = db.withPlugin(counter);
      assert.equal(
        await supplier.reserve(counted, { orderId: order, productId: product, denomination: '10.00', quantity: MAX_ORDER_QUANTITY }),
        MAX_ORDER_QUANTITY,
      );
      assert.equal(counter.count, 1);
      counter.count = 0;
      const vouchers = await supplier.issue(counted, { ...issueRequest(order, product, MAX_ORDER_QUANTITY), denomination: '10.00' });
      assert.equal(counter.count, 1, 'one statement locks, counts and marks them issued');
      assert.deepEqual(
        vouchers.map((v) => v.card_number),
        list,
      );
      assert.deepEqual(await statusCounts(db, product), { ISSUED: MAX_ORDER_QUANTITY });
    });

    test('the prepared statement that takes codes can use the stock index in its generic plan (no planning per order)', async () => {
      const product = await createInventoryProduct(store);
      await stock(store, product, 25, codes(10));
      await assert.rejects(
        db.transaction().execute(async (trx) => {
          assert.equal((await supplier.takeNow(trx, issueRequest(orderId(), product, 1))).length, 1);
          const { rows } = await sql<{ name: string }>`
            select name from pg_prepared_statements
            where statement like 'update "voucher_inventory" set "status" = $1, "order_id" = $2, "reserved_at" = now(), "issued_at" = now() where "id" in (%'`.execute(
            trx,
          );
          assert.equal(rows.length, 1);
          // With `status = $n` instead of the literal, the generic plan cannot use the partial index
          // (its predicate is status = 'AVAILABLE'), so PostgreSQL planned every execution anew.
          await sql`set local plan_cache_mode = force_generic_plan`.execute(trx);
          const plan = await sql
            .raw<{ 'QUERY PLAN': string }>(
              `explain execute ${rows[0]!.name}('ISSUED', ${orderId()}, ${product}, '25.00', '{${store.container.voucherCipher.keyId}}', 1)`,
            )
            .execute(trx);
          assert.match(plan.rows.map((row) => row['QUERY PLAN']).join('\n'), /voucher_inventory_available/);
          throw new Rollback();
        }),
        Rollback,
      );
      assert.deepEqual(await statusCounts(db, product), { AVAILABLE: 10 });
    });

    test('a wrong voucher key: issuing fails transiently and nothing changes state', async () => {
      const product = await createInventoryProduct(store);
      await stock(store, product, 25, codes(2));
      const order = orderId();
      await reserve(db, order, product, 2);
      const stranger = new InventorySupplier(db, new VoucherCipher(randomBytes(32)));
      await assert.rejects(
        stranger.issue(db, issueRequest(order, product, 2)),
        (error: SupplierError) =>
          error.kind === 'TRANSIENT' && error.code === 'DECRYPT_FAILED' && error.message.includes(store.container.voucherCipher.keyId),
      );
      assert.deepEqual(await statusCounts(db, product), { RESERVED: 2 });
      assert.equal((await supplier.issue(db, issueRequest(order, product, 2))).length, 2);
    });

    test('50 parallel orders on a stock of 20: exactly 20 reserved, no code in two orders, every issued code distinct', async () => {
      const product = await createInventoryProduct(store);
      const list = codes(20);
      await stock(store, product, 25, list);
      const orders = Array.from({ length: 50 }, () => orderId());
      const results = await Promise.all(
        orders.map((order) =>
          db.transaction().execute(async (trx) => {
            const got = await reserve(trx, order, product, 1);
            // Hold the row lock a little, so the transactions really overlap.
            if (engine === 'postgres') await sql`select pg_sleep(0.005)`.execute(trx);
            return got;
          }),
        ),
      );
      assert.equal(
        results.reduce((a, b) => a + b, 0),
        20,
      );
      assert.deepEqual(await statusCounts(db, product), { RESERVED: 20 });
      const holders = await db.selectFrom('voucher_inventory').select(['id', 'order_id']).where('product_id', '=', product).execute();
      assert.equal(new Set(holders.map((row) => row.order_id)).size, 20, 'one code per order');
      const issued = await Promise.all(
        orders
          .filter((_, i) => results[i] === 1)
          .map((order) => db.transaction().execute((trx) => supplier.issue(trx, issueRequest(order, product, 1)))),
      );
      const delivered = issued.flat().map((v) => v.card_number);
      assert.equal(new Set(delivered).size, 20);
      assert.deepEqual([...delivered].sort(), [...list].sort());
    });

    test('parallel multi-code orders that roll back when short: never more than the stock, never a code twice', async () => {
      const product = await createInventoryProduct(store);
      await stock(store, product, 25, codes(20));
      const orders = Array.from({ length: 30 }, (_, i) => ({ order: orderId(), quantity: 1 + (i % 4) }));
      const outcomes = await Promise.all(
        orders.map(({ order, quantity }) =>
          db
            .transaction()
            .execute(async (trx) => {
              const got = await reserve(trx, order, product, quantity);
              if (got < quantity) throw new Rollback(); // OUT_OF_STOCK: the order is refused
              return got;
            })
            .catch((error) => {
              if (error instanceof Rollback) return 0;
              throw error;
            }),
        ),
      );
      const reserved = outcomes.reduce((a, b) => a + b, 0);
      assert.ok(reserved <= 20 && reserved >= 20 - 3, `${reserved} reserved`);
      const rows = await db
        .selectFrom('voucher_inventory')
        .select(['order_id'])
        .where('product_id', '=', product)
        .where('status', '=', 'RESERVED')
        .execute();
      assert.equal(rows.length, reserved);
      orders.forEach(({ order }, i) => assert.equal(rows.filter((row) => row.order_id === order).length, outcomes[i], `order ${order}`));
    });
  });
}

describe('inventory supplier: two processes on one PostgreSQL database', { skip: !process.env.DATABASE_URL }, () => {
  let testDb: TestDatabase;
  let second: DatabaseHandle;
  let store: TestStore;

  before(async () => {
    testDb = await openTestDatabase('postgres');
    store = await startTestStore('postgres', { database: testDb });
    // Another pool of connections on the same schema, as another server process would have.
    second = await openPostgres({ url: process.env.DATABASE_URL!, schema: testDb.schema, poolSize: 10 });
  });
  after(async () => {
    await second.close();
    await store.close();
    await testDb.drop();
  });

  test('orders taken through both at once never share a code', async () => {
    const product = await createInventoryProduct(store);
    await stock(store, product, 25, codes(60));
    const suppliers = [
      store.container.suppliers.get('inventory') as InventorySupplier,
      new InventorySupplier(second.db, store.container.voucherCipher),
    ];
    const handles = [store.container.database.db, second.db];
    const orders = Array.from({ length: 40 }, (_, i) => ({ order: orderId(), via: i % 2, quantity: 1 + (i % 3) }));
    const delivered = await Promise.all(
      orders.map(({ order, via, quantity }) =>
        handles[via]!.transaction()
          .execute(async (trx) => {
            const got = await suppliers[via]!.reserve(trx, { orderId: order, productId: product, denomination: '25', quantity });
            if (got < quantity) throw new Rollback();
            await sql`select pg_sleep(0.002)`.execute(trx);
            return suppliers[via]!.issue(trx, {
              orderId: order,
              productId: product,
              denomination: '25',
              voucherType: 'CODE',
              quantity,
              delivered: 0,
            });
          })
          .catch((error) => {
            if (error instanceof Rollback) return [];
            throw error;
          }),
      ),
    );
    const all = delivered.flat().map((v) => v.card_number);
    assert.equal(new Set(all).size, all.length, 'no code delivered twice');
    assert.ok(all.length > 0, 'all.length > 0');
    // Every code is either delivered once or still in stock; none is left half-taken.
    const counts = await statusCounts(store.container.database.db, product);
    assert.deepEqual(counts, all.length === 60 ? { ISSUED: 60 } : { ISSUED: all.length, AVAILABLE: 60 - all.length });
  });
});

describe('availability uses the real stock of the inventory supplier', () => {
  for (const engine of ENGINES) {
    test(`[${engine}] POST/GET /api/v1/products/:id/availability follow the codes in stock`, async () => {
      const store = await startTestStore(engine);
      try {
        const product = await createInventoryProduct(store);
        const token = (await loginOk(store, await createClient(store, { features: ['vouchers'] }))).access_token;
        const available = async (denomination: number, quantity: number) => {
          const viaPost = await store.app.inject({
            method: 'POST',
            url: `/api/v1/products/${product}/availability`,
            headers: { authorization: `Bearer ${token}` },
            payload: { denomination, quantity },
          });
          const viaGet = await store.app.inject({
            method: 'GET',
            url: `/api/v1/products/${product}/availability?denomination=${denomination}&quantity=${quantity}`,
            headers: { authorization: `Bearer ${token}` },
          });
          assert.equal(viaPost.statusCode, 200);
          assert.deepEqual(viaGet.json(), viaPost.json());
          return viaPost.json().is_available as boolean;
        };
        assert.equal(await available(25, 1), false, 'nothing in stock');
        await stock(store, product, 25, codes(3));
        assert.equal(await available(25, 3), true);
        assert.equal(await available(25, 4), false, 'short by one');
        assert.equal(await available(10, 1), false, 'another value');
        assert.equal(await available(60, 1), false, 'a value of a range with no codes');
        const supplier = store.container.suppliers.get('inventory')!;
        await supplier.reserve(store.container.database.db, { orderId: orderId(), productId: product, denomination: '25.00', quantity: 2 });
        assert.equal(await available(25, 1), true);
        assert.equal(await available(25, 2), false, 'reserved codes are not available');
      } finally {
        await store.close();
      }
    });
  }
});

describe('orders through the API are delivered from stock', () => {
  for (const engine of ENGINES) {
    test(`[${engine}] codes in stock go out once each; an order the stock cannot cover is OUT_OF_STOCK and takes nothing`, async () => {
      const store = await startTestStore(engine);
      try {
        const product = await createInventoryProduct(store, { voucherType: 'CODE_WITH_PIN' });
        const list = codes(4);
        await stock(store, product, 25, list, { expires_at: '2030-05-31' });
        const client = await orderingClient(store, '1000.00');
        const first = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 25, quantity: 3 }));
        assert.equal(first.status, 'DELIVERED');
        assert.deepEqual(
          first.vouchers.map((v) => [v.card_number, v.pin_code, v.expires_at, v.voucher_reference_number]),
          list.slice(0, 3).map((code, i) => [code, String(1000 + i), '2030-05-31T23:59:59Z', `SER-${code}`]),
        );
        const refused = await placeOrder(store, client.token, { product_id: product, denomination: 25, quantity: 2 });
        assert.equal(refused.statusCode, 400);
        assert.equal(refused.json().error.code, 'OUT_OF_STOCK');
        assert.deepEqual(await statusCounts(store.container.database.db, product), { ISSUED: 3, AVAILABLE: 1 });
        const last = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 25, quantity: 1 }));
        assert.equal(last.vouchers[0]!.card_number, list[3]);
        // The order's own copy of the vouchers is encrypted too.
        const stored = await store.container.database.db.selectFrom('order_vouchers').select('payload').execute();
        assert.ok(
          stored.length === 4 && stored.every((row) => !list.some((code) => row.payload.includes(code))),
          'stored.length === 4 && stored.every((row) => !list.some((code) => row.payload.includes(code)))',
        );
      } finally {
        await store.close();
      }
    });
  }
});
