import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient } from '../helpers/api.ts';
import { assertInvalidQueries, listGet } from '../helpers/lists.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { orderableProduct } from '../orders/setup.ts';

const ADMIN_TOKEN = 'admin-lookup-token-0123456789abcdefghijklmn';

/**
 * GET /admin/v1/lookup: what a client ID and a product ID name, each as its own route answers it,
 * in one request (the console's orders filters, opened from a link).
 */
for (const engine of ENGINES) {
  describe(`admin API: the lookup of a client and a product [${engine}]`, () => {
    let store: TestStore;
    let clientId: number;
    let productId: number;
    const get = (url: string) => listGet(store, `/admin/v1${url}`, ADMIN_TOKEN);

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      clientId = (await createClient(store, { name: 'Lookup Rewards' })).client_id;
      productId = await orderableProduct(store, { name: 'Lookup Card' });
    });
    after(() => store?.close());

    test('the client and the product, each exactly as GET /clients/:id and GET /products/:id answer it', async () => {
      const both = await get(`/lookup?client_id=${clientId}&product_id=${productId}`);
      assert.equal(both.statusCode, 200, both.body);
      assert.deepEqual(both.json(), {
        client: (await get(`/clients/${clientId}`)).json(),
        product: (await get(`/products/${productId}`)).json(),
      });
      assert.deepEqual([both.json().client.name, both.json().product.name], ['Lookup Rewards', 'Lookup Card']);
      assert.deepEqual((await get(`/lookup?client_id=${clientId}`)).json().product, null, 'only what is asked');
      assert.deepEqual((await get(`/lookup?product_id=${productId}&client_id=`)).json().client, null, 'an empty ID is none');
      assert.deepEqual((await get('/lookup')).json(), { client: null, product: null });
    });

    test('an ID that names nothing is null, not 404, and does not hide the other', async () => {
      const missing = await get(`/lookup?client_id=2147483647&product_id=${productId}`);
      assert.equal(missing.statusCode, 200, missing.body);
      assert.deepEqual([missing.json().client, missing.json().product.id], [null, productId]);
      assert.deepEqual((await get(`/lookup?client_id=${clientId}&product_id=2147483647`)).json().product, null);
      await assertInvalidQueries(store, '/admin/v1/lookup', ADMIN_TOKEN, ['client_id=abc', 'client_id=0', 'product_id=2147483648', 'product_id=-1']);
    });

    test('operators only', async () => {
      assert.equal((await store.app.inject({ method: 'GET', url: `/admin/v1/lookup?client_id=${clientId}` })).statusCode, 401);
    });
  });
}
