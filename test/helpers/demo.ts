import assert from 'node:assert/strict';
import type { TestStore } from './store.ts';

/** The demo data's client, logged in, and its USD Amazon.com product (fixed values 10 and 25, ranges to 500). */
export interface DemoClient {
  credentials: { client_id: number; username: string; password: string };
  auth: { authorization: string };
  amazonProductId: number;
}

/** Runs POST /admin/v1/demo with the store's ADMIN_TOKEN and logs its client in. */
export async function demoClient(store: TestStore, adminToken: string): Promise<DemoClient> {
  const demo = await store.app.inject({ method: 'POST', url: '/admin/v1/demo', headers: { authorization: `Bearer ${adminToken}` }, payload: {} });
  assert.equal(demo.statusCode, 200, demo.body);
  const credentials = demo.json().credentials;
  const login = await store.app.inject({
    method: 'POST',
    url: '/auth/login',
    payload: { username: credentials.username, password: credentials.password },
  });
  assert.equal(login.statusCode, 200, login.body);
  const auth = { authorization: `Bearer ${login.json().data.access_token}` };
  const products: { id: number; name: string }[] = (
    await store.app.inject({ method: 'GET', url: '/api/v1/products?limit=50', headers: auth })
  ).json();
  const amazon = products.find((product) => product.name.startsWith('Amazon.com'));
  assert.ok(amazon, 'the demo catalog has the Amazon.com gift card');
  return { credentials, auth, amazonProductId: amazon.id };
}

/** POST /api/v1/orders as the demo client: `quantity` cards of 25 USD, Amazon.com unless `fields` name another product; the order it answers with 201. */
export async function placeDemoOrder(
  store: TestStore,
  demo: DemoClient,
  quantity: number,
  fields: { product_id?: number; client_reference?: string; wallet_id?: number } = {},
) {
  const response = await store.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    headers: demo.auth,
    payload: { product_id: demo.amazonProductId, denomination: 25, quantity, ...fields },
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json();
}
