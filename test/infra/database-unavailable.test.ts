import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { openPostgres } from '../../src/infra/db/database.ts';
import { isDatabaseUnavailable } from '../../src/infra/db/errors.ts';
import { migrateToLatest } from '../../src/infra/db/migrate.ts';
import { dropSchema, startTestStore, type TestDatabase, type TestStore } from '../helpers/store.ts';
import { orderableProduct, orderingClient, placeOrder, walletBalance } from '../orders/setup.ts';

/** The error a driver gives, or fails the test when it gives none. */
async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  assert.fail('no error');
}

const url = process.env.DATABASE_URL;

describe('a database that cannot be used is told apart from a statement it refused', { skip: url ? false : 'needs DATABASE_URL' }, () => {
  test('no free connection in time, a refused connection and a server out of connections are unavailable; SQL errors are not', async () => {
    const refused = await errorOf(async () => {
      const client = new pg.Client({ host: '127.0.0.1', port: 1, user: 'postgres', database: 'postgres' });
      await client.connect();
    });
    assert.equal(isDatabaseUnavailable(refused), true, String(refused));

    const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 100 });
    const held = await pool.connect();
    try {
      const timedOut = await errorOf(() => pool.query('select 1'));
      assert.equal(isDatabaseUnavailable(timedOut), true, String(timedOut));
      const syntax = await errorOf(() => held.query('selec 1'));
      assert.equal(isDatabaseUnavailable(syntax), false, String(syntax));
      const division = await errorOf(() => held.query('select 1 / 0'));
      assert.equal(isDatabaseUnavailable(division), false, String(division));
    } finally {
      held.release();
      await pool.end();
    }
    assert.equal(isDatabaseUnavailable(Object.assign(new Error('sorry, too many clients already'), { code: '53300' })), true);
    assert.equal(isDatabaseUnavailable(Object.assign(new Error('the database system is shutting down'), { code: '57P03' })), true);
    assert.equal(isDatabaseUnavailable(new Error('An unexpected failure')), false);
    assert.equal(isDatabaseUnavailable(null), false);
  });

  describe('a store whose every connection is busy', () => {
    let database: TestDatabase;
    let store: TestStore;
    let release: () => void = () => undefined;

    before(async () => {
      const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
      // One connection, and a request waits for it at most 300 ms (DATABASE_POOL_SIZE=1, DATABASE_POOL_TIMEOUT's role).
      const handle = await openPostgres({ url: url!, schema, poolSize: 1, poolTimeoutMs: 300 });
      await migrateToLatest(handle);
      database = {
        database: handle,
        schema,
        async drop() {
          await handle.close();
          await dropSchema(url!, schema);
        },
      };
      store = await startTestStore('postgres', { database });
    });
    after(async () => {
      release();
      await store?.close();
      await database?.drop();
    });

    test('answers 503 SERVICE_UNAVAILABLE with Retry-After, writes nothing, and serves again once a connection is free', async () => {
      const product = await orderableProduct(store);
      const client = await orderingClient(store, '100.00');
      const funded = await walletBalance(store, client.walletId);
      const { db } = store.container.database;
      let holding: () => void = () => undefined;
      const taken = new Promise<void>((resolve) => (holding = resolve));
      const held = db.connection().execute(async () => {
        holding();
        await new Promise<void>((resolve) => (release = resolve));
      });
      await taken;

      const order = await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 1, client_reference: 'busy-1' });
      assert.equal(order.statusCode, 503, order.body);
      assert.deepEqual(order.json(), { error: { name: 'ServiceUnavailableError', code: 'SERVICE_UNAVAILABLE', message: 'Service unavailable' } });
      assert.equal(order.headers['retry-after'], '1');
      const list = await store.app.inject({ method: 'GET', url: '/api/v1/orders', headers: { authorization: `Bearer ${client.token}` } });
      assert.equal(list.statusCode, 503, list.body);
      assert.match(store.logs.text(), /timeout exceeded when trying to connect/);

      release();
      await held;
      const orders = await db.selectFrom('orders').select('id').where('client_id', '=', client.clientId).execute();
      assert.equal(orders.length, 0, 'the refused order left a row');
      assert.equal(await walletBalance(store, client.walletId), funded);
      const retried = await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 1, client_reference: 'busy-1' });
      assert.equal(retried.statusCode, 201, retried.body);
      assert.equal(await walletBalance(store, client.walletId), funded - 10);
    });
  });
});
