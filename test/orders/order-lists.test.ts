import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { errorOf } from '../helpers/api.ts';
import { idsOf, listGet, walkByCursor } from '../helpers/lists.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { ADMIN_TOKEN, INVALID_QUERY } from '../helpers/wallets.ts';
import { orderableProduct, orderingClient, orderOf, placeOrder, type OrderActor } from './setup.ts';

/**
 * The order lists at volume (docs/reference/pagination.md): the `after` cursor, X-Total-Count
 * from the counters, and the bounds of one request (PAGE_TOO_DEEP, LIST_TOO_EXPENSIVE,
 * X-Total-Count-Capped).
 */

const STATUSES = ['PENDING', 'DELIVERED', 'PARTIALLY_DELIVERED', 'FAILED', 'CANCELLED'];

/**
 * `count` copies of order `template` (its client, product and wallet) written by one statement,
 * the n-th (1 … count) with the status and created_at that the SQL expressions of `g` give.
 */
async function cloneOrders(store: TestStore, template: number, count: number, status: string, createdAt: string): Promise<void> {
  await sql`insert into orders (client_id, product_id, product_name, supplier, voucher_type, product_currency_id, denomination, quantity,
      amount, discount_rate, discount_amount, wallet_id, wallet_currency_id, total_payable, status, delivered_quantity, message, created_at)
    select o.client_id, o.product_id, o.product_name, o.supplier, o.voucher_type, o.product_currency_id, o.denomination, o.quantity,
      o.amount, o.discount_rate, o.discount_amount, o.wallet_id, o.wallet_currency_id, o.total_payable, ${sql.raw(status)},
      case when ${sql.raw(status)} = 'DELIVERED' then o.quantity else 0 end, o.message, ${sql.raw(createdAt)}
    from orders o, generate_series(1, ${count}::int) as g where o.id = ${template}::int`.execute(store.container.database.db);
}

async function countWhere(store: TestStore, where: string): Promise<number> {
  const { rows } = await sql<{ n: string | number | bigint }>`select count(*) as n from orders where ${sql.raw(where)}`.execute(
    store.container.database.db,
  );
  return Number(rows[0]!.n);
}

for (const engine of ENGINES) {
  describe(`order lists: cursor, counts and bounds [${engine}]`, () => {
    let store: TestStore;
    let a: OrderActor;
    let b: OrderActor;
    let first: number;
    let second: number;

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      first = await orderableProduct(store, { name: 'List Card One' });
      second = await orderableProduct(store, { name: 'List Card Two' });
      a = await orderingClient(store, '1000.00');
      b = await orderingClient(store, '1000.00');
      for (let i = 0; i < 9; i++) {
        orderOf(await placeOrder(store, a.token, { product_id: i % 3 === 0 ? second : first, denomination: 10, quantity: 1 }));
      }
      orderOf(await placeOrder(store, b.token, { product_id: first, denomination: 10, quantity: 1 }));
      // Statuses the sandbox does not end in: set directly (the counters follow any status change).
      const db = store.container.database.db;
      await sql`update orders set status = 'FAILED', delivered_quantity = 0
        where id in (select id from orders where client_id = ${a.clientId}::int order by id limit 2)`.execute(db);
      await sql`update orders set status = 'CANCELLED', delivered_quantity = 0
        where id = (select max(id) from orders where client_id = ${a.clientId}::int)`.execute(db);
    });
    after(() => store?.close());

    test("walking by cursor returns every order once, in the order of the list, with filters and sorts; X-Total-Count is the list's on every page", async () => {
      const queries = [
        '',
        'sort_by=created_at&sort_dir=asc',
        'sort_by=created_at',
        'sort_by=id&sort_dir=asc',
        `product_id=${first}`,
        'status=delivered',
        `status=FAILED&product_id=${first}`,
        `product_id=${second}&sort_by=created_at&sort_dir=desc`,
        'start_date=2000-01-01&end_date=2999-01-01',
        'start_date=2000-01-01&sort_by=created_at&sort_dir=asc',
      ];
      for (const query of queries) {
        const whole = idsOf(await listGet(store, `/api/v1/orders?limit=100&${query}`, a.token), query);
        assert.ok(whole.length > 0, query);
        for (const limit of [1, 2, 4]) {
          const walked = await walkByCursor(store, `/api/v1/orders?${query}`, a.token, limit);
          assert.deepEqual(walked.ids, whole, `${query} limit ${limit}`);
          assert.deepEqual(
            walked.totals,
            walked.totals.map(() => whole.length),
            `${query} limit ${limit}: X-Total-Count is the list's on every page`,
          );
        }
      }
      const admin = idsOf(await listGet(store, `/admin/v1/orders?client_id=${a.clientId}&limit=100`, ADMIN_TOKEN));
      assert.deepEqual((await walkByCursor(store, `/admin/v1/orders?client_id=${a.clientId}`, ADMIN_TOKEN, 3)).ids, admin);
      const everyone = idsOf(await listGet(store, '/admin/v1/orders?limit=100&status=DELIVERED', ADMIN_TOKEN));
      assert.deepEqual((await walkByCursor(store, '/admin/v1/orders?status=DELIVERED', ADMIN_TOKEN, 4)).ids, everyone);
    });

    test("a cursor is its client's and its list's: any other gets 400, never another client's orders", async () => {
      const page = await listGet(store, '/api/v1/orders?limit=1', a.token);
      const cursor = page.headers['x-next-cursor'] as string;
      assert.ok(cursor, 'cursor');
      const ofB = await listGet(store, `/api/v1/orders?after=${encodeURIComponent(cursor)}`, b.token);
      assert.equal(ofB.statusCode, 400);
      assert.deepEqual(errorOf(ofB), INVALID_QUERY);
      const onTransactions = await listGet(store, `/api/v1/transactions?after=${encodeURIComponent(cursor)}`, a.token);
      assert.deepEqual(errorOf(onTransactions), INVALID_QUERY);
      const onAdmin = await listGet(store, `/admin/v1/orders?after=${encodeURIComponent(cursor)}`, ADMIN_TOKEN);
      assert.deepEqual(errorOf(onAdmin), INVALID_QUERY);
      const adminCursor = (await listGet(store, '/admin/v1/orders?limit=1', ADMIN_TOKEN)).headers['x-next-cursor'] as string;
      assert.deepEqual(errorOf(await listGet(store, `/api/v1/orders?after=${encodeURIComponent(adminCursor)}`, a.token)), INVALID_QUERY);
      // B's own cursor reads B's orders only.
      const bCursor = (await listGet(store, '/api/v1/orders?limit=1&sort_by=id&sort_dir=asc', b.token)).headers['x-next-cursor'] as string;
      assert.deepEqual(idsOf(await listGet(store, `/api/v1/orders?after=${encodeURIComponent(bCursor)}`, b.token)), []);
    });

    test('cursor combinations that are not read answer 400', async () => {
      const byId = (await listGet(store, '/api/v1/orders?limit=2', a.token)).headers['x-next-cursor'] as string;
      const byDate = (await listGet(store, '/api/v1/orders?limit=2&sort_by=created_at', a.token)).headers['x-next-cursor'] as string;
      const cursor = encodeURIComponent(byId);
      for (const query of [
        `after=${cursor}&page=2`,
        `after=${cursor}&sort_by=created_at`,
        `after=${cursor}&sort_dir=asc`,
        `after=${cursor}&sort=${encodeURIComponent('{"field":"created_at"}')}`,
        `after=${encodeURIComponent(byDate)}&sort_by=id`,
        `after=${cursor.slice(0, -2)}`,
        'after=not-a-cursor',
        `after=${Buffer.from('[1,"orders",1,"id","D",null,0]').toString('base64url')}`,
        `after=${Buffer.from(`[1,"orders",${a.clientId},"created_at","D",null,1]`).toString('base64url')}`,
        `after=${Buffer.from(`[1,"orders",${a.clientId},"amount","D","5",1]`).toString('base64url')}`,
      ]) {
        const response = await listGet(store, `/api/v1/orders?${query}`, a.token);
        assert.equal(response.statusCode, 400, query);
        assert.deepEqual(errorOf(response), INVALID_QUERY, query);
      }
      // The same sort spelt out, page 1 and an empty after are accepted.
      for (const query of [`after=${cursor}&sort_by=id&sort_dir=desc&page=1`, 'after=']) {
        assert.equal((await listGet(store, `/api/v1/orders?${query}`, a.token)).statusCode, 200, query);
      }
    });

    test('X-Total-Count is exact for every status and product after status changes', async () => {
      const db = store.container.database.db;
      await sql`update orders set status = 'PENDING', delivered_quantity = 0
        where id = (select min(id) from orders where client_id = ${a.clientId}::int and status = 'DELIVERED')`.execute(db);
      for (const status of ['', ...STATUSES]) {
        for (const product of [undefined, first, second]) {
          const query = [status && `status=${status}`, product && `product_id=${product}`].filter(Boolean).join('&');
          const response = await listGet(store, `/api/v1/orders?limit=1&${query}`, a.token);
          const where = [`client_id = ${a.clientId}`, status && `status = '${status}'`, product && `product_id = ${product}`]
            .filter(Boolean)
            .join(' and ');
          assert.equal(Number(response.headers['x-total-count']), await countWhere(store, where), query);
          assert.equal(response.headers['x-total-count-capped'], undefined);
        }
      }
    });

    test('deep pages: PAGE_TOO_DEEP past 10,000 orders before the page; a page past the end is 200 []; the cursor reads on', async () => {
      const template = idsOf(await listGet(store, `/api/v1/orders?limit=1&status=DELIVERED`, a.token))[0]!;
      await cloneOrders(store, template, 10_050, `'DELIVERED'`, `now() - g * interval '1 second'`);
      const total = await countWhere(store, `client_id = ${a.clientId}`);
      const last = await listGet(store, '/api/v1/orders?limit=10000&page=2', a.token);
      assert.equal(idsOf(last).length, total - 10_000);
      assert.equal(last.headers['x-total-count'], String(total));
      for (const query of ['limit=1&page=10002', 'limit=2&page=5002', 'limit=10&page=1003']) {
        const deep = await listGet(store, `/api/v1/orders?${query}`, a.token);
        assert.equal(deep.statusCode, 400, query);
        assert.deepEqual(errorOf(deep), {
          name: 'BadRequestError',
          code: 'PAGE_TOO_DEEP',
          message: 'Page too deep: (page - 1) × limit may be at most 10000; read on with after (X-Next-Cursor)',
        });
      }
      const past = await listGet(store, '/api/v1/orders?limit=1&page=20000', a.token);
      assert.deepEqual(idsOf(past), []);
      assert.equal(past.headers['x-total-count'], String(total));
      // From page 10,000 (of 1) on, by cursor, to the end.
      const at = await listGet(store, '/api/v1/orders?limit=1&page=10001', a.token);
      const cursor = at.headers['x-next-cursor'] as string;
      const rest = await listGet(store, `/api/v1/orders?limit=10000&after=${encodeURIComponent(cursor)}`, a.token);
      assert.equal(idsOf(rest).length, total - 10_001);
      assert.equal(rest.headers['x-has-more'], 'false');
    });

    test('date windows: counted up to 10,000 (X-Total-Count-Capped); sorted by id, a large window far from the newest is LIST_TOO_EXPENSIVE', async () => {
      const template = idsOf(await listGet(store, `/api/v1/orders?limit=1&status=DELIVERED`, b.token))[0]!;
      // 12,000 orders in 2020, then 51,000 in 2021.
      await cloneOrders(store, template, 12_000, `'DELIVERED'`, `timestamptz '2020-01-01' + g * interval '1 minute'`);
      await cloneOrders(
        store,
        template,
        51_000,
        `case when g % 10 = 0 then 'FAILED' else 'DELIVERED' end`,
        `timestamptz '2021-01-01' + g * interval '1 minute'`,
      );
      const window = 'start_date=2020-01-01&end_date=2021-01-01';

      const byDate = await listGet(store, `/api/v1/orders?${window}&sort_by=created_at&limit=5`, b.token);
      assert.equal(idsOf(byDate).length, 5);
      assert.equal(byDate.headers['x-total-count'], '10000');
      assert.equal(byDate.headers['x-total-count-capped'], 'true');
      assert.equal(byDate.headers['x-total-pages'], '2000');
      assert.equal(byDate.headers['x-has-more'], 'true');

      const byId = await listGet(store, `/api/v1/orders?${window}&limit=5`, b.token);
      assert.equal(byId.statusCode, 400, byId.body);
      assert.deepEqual(errorOf(byId), {
        name: 'BadRequestError',
        code: 'LIST_TOO_EXPENSIVE',
        message: 'List too expensive: sort by created_at, or narrow start_date/end_date to at most 10000 orders',
      });

      // A window of at most 10,000 is sorted by id, counted exactly.
      const narrow = 'start_date=2020-03-01&end_date=2020-03-05';
      const expected = await countWhere(store, `client_id = ${b.clientId} and created_at >= '2020-03-01' and created_at < '2020-03-05'`);
      const small = await listGet(store, `/api/v1/orders?${narrow}&limit=3&page=2`, b.token);
      const ids = idsOf(small);
      assert.equal(small.headers['x-total-count'], String(expected));
      assert.equal(small.headers['x-total-count-capped'], undefined);
      assert.deepEqual(
        ids,
        [...ids].sort((x, y) => y - x),
      );
      // A large window that reaches the newest orders, sorted by id; and by status.
      const recent = await listGet(store, '/api/v1/orders?start_date=2021-01-01&limit=3', b.token);
      assert.equal(idsOf(recent).length, 3);
      assert.equal(recent.headers['x-total-count-capped'], 'true');
      const failed = await listGet(store, '/api/v1/orders?status=FAILED&start_date=2021-01-01&sort_by=created_at&limit=3', b.token);
      assert.equal(failed.headers['x-total-count'], String(await countWhere(store, `client_id = ${b.clientId} and status = 'FAILED'`)));
      // The operator's list of every client's orders: counted by the counters, read in id order.
      const operator = await listGet(store, '/admin/v1/orders?limit=2&page=3', ADMIN_TOKEN);
      assert.equal(operator.headers['x-total-count'], String(await countWhere(store, 'true')));
      assert.equal(idsOf(operator).length, 2);
      const operatorByDate = await listGet(store, '/admin/v1/orders?sort_by=created_at', ADMIN_TOKEN);
      assert.equal(errorOf(operatorByDate).code, 'LIST_TOO_EXPENSIVE');
    });
  });
}
