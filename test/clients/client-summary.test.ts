import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, errorOf, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { createWallet, topUp } from '../helpers/wallets.ts';

const ADMIN_TOKEN = 'client-summary-token-0123456789abcdefghijk';

/**
 * GET /admin/v1/clients/:id/summary: the client, its wallets, terms, rate limits, pricing, API credentials and top-up text in
 * one answer, each part exactly what its own route answers; nothing of another client.
 */
for (const engine of ENGINES) {
  describe(`admin API: a client's summary [${engine}]`, () => {
    let store: TestStore;
    let clientId: number;
    let otherId: number;
    const admin = (url: string, token: string | null = ADMIN_TOKEN) =>
      store.app.inject({ method: 'GET', url: `/admin/v1${url}`, headers: token ? { authorization: `Bearer ${token}` } : {} });
    const json = async (url: string) => {
      const response = await admin(url);
      assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
      return response.json() as unknown;
    };

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      const { reference, catalog, clientTerms, clients } = store.container;
      clientId = (await createClient(store, { name: 'Summary Client', features: ['vouchers'], ip_allowlist: ['203.0.113.0/24'] })).client_id;
      otherId = (await createClient(store, { name: 'Other Client' })).client_id;
      await topUp(store, (await createWallet(store, clientId, 'USD')).id, '120.50');
      await createWallet(store, clientId, 'EUR', { type: 'POSTPAID', credit_limit: '500' });
      await topUp(store, (await createWallet(store, otherId, 'USD')).id, '9.99');
      const category = await reference.createCategory({ name: 'Summaries' });
      const product = await catalog.createProduct({
        name: 'Summary Card',
        category_id: category.id,
        country_id: 840,
        currency_id: 840,
        denominations: [{ min_value: 10, max_value: 100 }],
      });
      const hidden = await catalog.createProduct({ name: 'Hidden Card', category_id: category.id, country_id: 840, currency_id: 840 });
      await clientTerms.setTaxRate(clientId, '8.875');
      await clientTerms.setMaxQuantity(clientId, { productId: product.id, maxQuantity: 7 });
      await clients.setRateLimits(clientId, { read: 120 });
      await catalog.blacklistProduct(clientId, hidden.id);
      await catalog.setNegotiatedDiscount(clientId, { product_id: product.id, denomination_id: null, discount: 2.5 });
      await catalog.blacklistProduct(otherId, product.id);
    });
    after(() => store?.close());

    test('each part is what its own route answers, in one request', async () => {
      const summary = (await json(`/clients/${clientId}/summary`)) as Record<string, unknown>;
      assert.deepEqual(Object.keys(summary), ['client', 'wallets', 'terms', 'rate_limits', 'pricing', 'credentials', 'top_up']);
      assert.deepEqual(summary.client, await json(`/clients/${clientId}`));
      assert.deepEqual(summary.wallets, await json(`/wallets?client_id=${clientId}`));
      assert.deepEqual(summary.terms, await json(`/clients/${clientId}/terms`));
      assert.deepEqual(summary.rate_limits, await json(`/clients/${clientId}/rate-limits`));
      assert.deepEqual(summary.pricing, await json(`/clients/${clientId}/pricing`));
      assert.deepEqual(summary.credentials, await json(`/clients/${clientId}/credentials`));
      assert.deepEqual(summary.top_up, await json(`/clients/${clientId}/top-up-instructions`));
      assert.deepEqual(
        (summary.credentials as { name: string }[]).map((credential) => credential.name),
        ['Primary'],
      );
      const wallets = summary.wallets as { currency_code: string; amount: number }[];
      assert.deepEqual(wallets.map((wallet) => [wallet.currency_code, wallet.amount]).sort(), [
        ['EUR', 0],
        ['USD', 120.5],
      ]);
      assert.equal((summary.terms as { tax_rate: number }).tax_rate, 8.875);
      assert.equal((summary.rate_limits as { overrides: { read: number } }).overrides.read, 120);
      assert.deepEqual(
        (summary.pricing as { blacklist: { product_name: string }[] }).blacklist.map((entry) => entry.product_name),
        ['Hidden Card'],
        'only its own blacklist',
      );
      assert.deepEqual(
        (summary.pricing as { discounts: { product_name: string; discount: number }[] }).discounts.map((entry) => [
          entry.product_name,
          entry.discount,
        ]),
        [['Summary Card', 2.5]],
        'each discount names its product',
      );
    });

    test('another client: its own parts only', async () => {
      const summary = (await json(`/clients/${otherId}/summary`)) as {
        client: { name: string };
        wallets: { client_id: number; amount: number }[];
        pricing: { blacklist: { product_name: string }[]; discounts: unknown[] };
      };
      assert.equal(summary.client.name, 'Other Client');
      assert.deepEqual(
        summary.wallets.map((wallet) => [wallet.client_id, wallet.amount]),
        [[otherId, 9.99]],
      );
      assert.deepEqual(
        summary.pricing.blacklist.map((entry) => entry.product_name),
        ['Summary Card'],
      );
      assert.deepEqual(summary.pricing.discounts, []);
    });

    test('an unknown client: 404; a malformed id: 400; no token: 401', async () => {
      const missing = await admin('/clients/999999/summary');
      assert.equal(missing.statusCode, 404);
      assert.deepEqual(errorOf(missing), { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Client not found' });
      for (const bad of ['abc', '0', '1e3', '-1', '2147483648']) {
        const response = await admin(`/clients/${bad}/summary`);
        assert.equal(response.statusCode, 400, bad);
        assert.equal(errorOf(response).message, 'Invalid client ID', bad);
      }
      const anonymous = await admin(`/clients/${clientId}/summary`, null);
      assert.equal(anonymous.statusCode, 401);
      assert.deepEqual(errorOf(anonymous), UNAUTHORIZED);
    });
  });
}
