import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, errorOf } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { admin, ADMIN_TOKEN, clientGet, createWallet, INVALID_QUERY, topUp } from '../helpers/wallets.ts';
import { createWebhook } from '../helpers/webhooks.ts';
import { orderableProduct, orderingClient, placeOrder, type OrderActor } from '../orders/setup.ts';

/**
 * Ids in query strings: one definition (`QueryId`), in the forms the lists have always taken —
 * they disagree on an empty id, on leading zeros and on what the validator coerces
 * (docs/architecture.md, "Query strings"). These pin every form on the wire.
 */

const ALWAYS_REFUSED = ['abc', '0', '-1', '+1', ' 1', '1.5', '0x1g', '2147483648', '99999999999999999999'];

for (const engine of ENGINES) {
  describe(`ids in query strings [${engine}]`, () => {
    let store: TestStore;
    let a: OrderActor;
    let product: number;
    let orderIds: number[];
    let webhookClient: number;

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } });
      product = await orderableProduct(store, { name: 'Query Card' });
      a = await orderingClient(store, '500.00');
      orderIds = [];
      for (const quantity of [1, 2]) {
        const placed = await placeOrder(store, a.token, { product_id: product, denomination: 10, quantity });
        assert.equal(placed.statusCode, 201, placed.body);
        orderIds.unshift((placed.json() as { id: number }).id);
      }
      const other = await createClient(store);
      await topUp(store, (await createWallet(store, other.client_id, 'USD')).id, '5.00');
      await createWebhook(store, a.token, { url: 'http://127.0.0.1:9/hook' });
      webhookClient = a.clientId;
    });
    after(() => store?.close());

    const listed = async (response: Awaited<ReturnType<typeof admin>>) => {
      assert.equal(response.statusCode, 200, response.body);
      return (response.json() as { id: number }[]).map((item) => item.id);
    };
    const refused = (response: Awaited<ReturnType<typeof admin>>, what: string) => {
      assert.equal(response.statusCode, 400, `${what}: ${response.body}`);
      assert.deepEqual(errorOf(response), INVALID_QUERY, what);
    };

    test('order and transaction lists: an empty id is no filter; 1 to 10 digits, leading zeros included', async () => {
      const client = (url: string) => clientGet(store, url, a.token);
      for (const url of [`/api/v1/orders?product_id=`, `/api/v1/orders?product_id=${String(product).padStart(10, '0')}`]) {
        assert.deepEqual(await listed(await client(url)), orderIds, url);
      }
      assert.deepEqual(await listed(await admin(store, 'GET', `/orders?client_id=&product_id=00${product}`)), orderIds);
      assert.equal((await listed(await client('/api/v1/transactions?wallet_id=&currency_id=0840'))).length, 3);
      for (const bad of [...ALWAYS_REFUSED, '1e3', String(product).padStart(11, '0')]) {
        const value = encodeURIComponent(bad);
        refused(await client(`/api/v1/orders?product_id=${value}`), `orders product_id=${bad}`);
        refused(await client(`/api/v1/transactions?wallet_id=${value}`), `transactions wallet_id=${bad}`);
        refused(await admin(store, 'GET', `/orders?client_id=${value}`), `admin orders client_id=${bad}`);
      }
    });

    test('products: an empty id is refused; up to 12 digits, leading zeros included', async () => {
      const products = (query: string) => clientGet(store, `/api/v1/products?${query}`, a.token);
      refused(await products('country_id='), 'country_id=');
      refused(await products('currency_id='), 'currency_id=');
      assert.deepEqual(await listed(await products('currency_id=000000000840')), [product]);
      assert.deepEqual(await listed(await products('country_id=0840')), [product]);
      for (const bad of [...ALWAYS_REFUSED, '1e3', '0000000000840']) {
        refused(await products(`country_id=${encodeURIComponent(bad)}`), `country_id=${bad}`);
      }
    });

    test("the operator's wallets and stock: an empty id is refused; 1 to 10 digits", async () => {
      assert.equal((await listed(await admin(store, 'GET', `/wallets?client_id=000${a.clientId}`))).length, 1);
      assert.equal((await admin(store, 'GET', `/inventory/stock?product_id=0${product}`)).statusCode, 200);
      for (const bad of ['', ...ALWAYS_REFUSED, '1e3', '00000000001']) {
        const value = encodeURIComponent(bad);
        refused(await admin(store, 'GET', `/wallets?client_id=${value}`), `wallets client_id=${bad}`);
        refused(await admin(store, 'GET', `/inventory/stock?product_id=${value}`), `stock product_id=${bad}`);
      }
    });

    test("the operator's webhooks: client_id as the validator coerces an integer", async () => {
      const webhooks = (value: string) => admin(store, 'GET', `/webhooks?client_id=${encodeURIComponent(value)}`);
      for (const value of [String(webhookClient), `000000000000${webhookClient}`, `+${webhookClient}`, ` ${webhookClient}`, `${webhookClient}.0`]) {
        assert.equal((await listed(await webhooks(value))).length, 1, value);
      }
      assert.deepEqual(await listed(await webhooks('1e3')), [], '1e3 is client 1000');
      for (const bad of ['', 'abc', '0', '-1', '1.5', '2147483648']) refused(await webhooks(bad), `webhooks client_id=${bad}`);
    });
  });
}
