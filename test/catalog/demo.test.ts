import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_CLIENT_NAME, DEMO_FX_RATES, DEMO_STOCK_PER_VALUE, runDemo, type DemoBackend } from '../../src/demo/demo.ts';
import { login, loginOk } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { get } from './fixtures.ts';

for (const engine of ENGINES) {
  describe(`popup-store demo, in process [${engine}]`, () => {
    let store: TestStore;
    let backend: DemoBackend;

    before(async () => {
      store = await startTestStore(engine);
      const { container } = store;
      backend = {
        clients: container.clients.as('cli'),
        catalog: container.catalog.as('cli'),
        inventory: container.inventory.as('cli'),
        wallets: container.wallets.as('cli'),
        fx: container.fx.as('cli'),
      };
    });
    after(() => store.close());

    test('first run: a client with vouchers, a realistic catalog, funded wallets, FX rates; the login works', async () => {
      const result = await runDemo(backend);
      assert.equal(result.clientCreated, true);
      const client = await store.container.clients.getClient(result.credentials.client_id);
      assert.deepEqual([client.name, client.features, client.active], [DEMO_CLIENT_NAME, ['vouchers'], true]);

      const products = await store.container.catalog.listProducts();
      assert.ok(products.length >= 12);
      assert.ok(products.every((p) => p.orderable));
      assert.deepEqual(new Set(products.map((p) => p.voucher_type)), new Set(['CODE', 'CODE_WITH_PIN', 'URL']));
      for (const code of ['USA', 'GBR', 'DEU', 'FRA', 'JPN']) assert.ok(products.some((p) => p.country_code === code), code);
      for (const code of ['USD', 'GBP', 'EUR', 'JPY']) assert.ok(products.some((p) => p.currency_code === code), code);
      for (const name of ['Gift Cards', 'Gaming', 'Food & Drink', 'Travel']) assert.ok(products.some((p) => p.category === name), name);
      assert.ok(products.some((p) => p.denominations.some((d) => d.min_value === d.max_value)), 'fixed values');
      assert.ok(products.some((p) => p.denominations.some((d) => d.min_value < d.max_value)), 'ranges');

      assert.deepEqual(
        result.wallets.map((w) => [w.currency, w.balance, w.created, w.credited]),
        [
          ['USD', 10000, true, '10000.00'],
          ['EUR', 10000, true, '10000.00'],
          ['GBP', 10000, true, '10000.00'],
        ],
      );
      assert.equal(result.fxRatesSet.length, DEMO_FX_RATES.length);

      // Stock: some demo products come from the inventory, every fixed value filled up, DEMO codes.
      const stocked = products.filter((p) => p.supplier === 'inventory');
      assert.ok(stocked.length >= 2, 'at least two products delivered from stock');
      assert.ok(stocked.some((p) => p.voucher_type === 'CODE_WITH_PIN'));
      const fixedValues = stocked.flatMap((p) => p.denominations.filter((d) => d.min_value === d.max_value).map((d) => [p.id, d.min_value]));
      assert.deepEqual(result.stock.map((s) => [s.product_id, s.denomination]), fixedValues);
      assert.ok(result.stock.every((s) => s.imported === DEMO_STOCK_PER_VALUE && s.available === DEMO_STOCK_PER_VALUE));
      const levels = await store.container.inventory.stockLevels();
      for (const [productId, value] of fixedValues) {
        const level = levels.find((l) => l.product_id === productId && l.denomination === value)!;
        assert.deepEqual([level.available, level.reserved, level.issued, level.low_stock], [DEMO_STOCK_PER_VALUE, 0, 0, false]);
      }
      const sample = await store.container.database.db.selectFrom('voucher_inventory').select('payload').limit(20).execute();
      for (const row of sample) {
        const voucher = store.container.voucherCipher.open(row.payload);
        assert.match(voucher.card_number!, /^DEMO-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
        assert.match(voucher.voucher_reference_number!, /^DEMO-\d{10}$/);
      }
      const [firstStocked] = stocked;
      const [firstValue] = fixedValues;
      assert.equal(await store.container.suppliers.get('inventory')!.capacity({ productId: firstStocked!.id, denomination: String(firstValue![1]), quantity: DEMO_STOCK_PER_VALUE }), true);

      const token = (await loginOk(store, result.credentials)).access_token;
      const listed = await get(store, '/api/v1/products?limit=100', token);
      assert.equal(listed.statusCode, 200);
      assert.equal(listed.json().length, products.length);
      const wallets = (await get(store, '/api/v1/wallets', token)).json() as { amount: number }[];
      assert.deepEqual(
        wallets.map((w) => w.amount),
        [10000, 10000, 10000],
      );
    });

    test('second run: same client, new secret (the old one stops working), nothing duplicated, wallets topped up to the target', async () => {
      const clients = await store.container.clients.listClients();
      const demo = clients.find((c) => c.name === DEMO_CLIENT_NAME)!;
      const wallets = await store.container.wallets.listWallets({ clientId: demo.id });
      const usd = wallets.find((w) => w.currency_code === 'USD')!;
      await store.container.wallets.debitWallet(usd.id, { amount: '1234.56', remarks: 'spent in a test' });
      await store.container.clients.setActive(demo.id, false);
      await store.container.clients.setFeatures(demo.id, []);
      const old = await store.container.clients.rotateSecret(demo.id);
      const products = await store.container.catalog.listProducts();
      const fxRates = (await store.container.fx.listFxRates()).length;
      // Some demo stock was sold: the next run fills it up again, and only that.
      const [sold] = (await store.container.inventory.stockLevels()).filter((l) => l.supplier === 'inventory');
      const inventory = store.container.suppliers.get('inventory')!;
      const db = store.container.database.db;
      const order = { orderId: 4242, productId: sold!.product_id, denomination: String(sold!.denomination) };
      assert.equal(await inventory.reserve(db, { ...order, quantity: 7 }), 7);
      assert.equal((await inventory.issue(db, { ...order, voucherType: 'CODE', quantity: 7, delivered: 0 })).length, 7);

      const result = await runDemo(backend);
      assert.equal(result.clientCreated, false);
      assert.equal(result.credentials.client_id, demo.id);
      assert.notEqual(result.credentials.password, old.password);
      assert.equal((await login(store, old)).statusCode, 401);
      await loginOk(store, result.credentials);
      const client = await store.container.clients.getClient(demo.id);
      assert.deepEqual([client.active, client.features], [true, ['vouchers']]);
      assert.equal((await store.container.clients.listClients()).filter((c) => c.name === DEMO_CLIENT_NAME).length, 1);

      assert.deepEqual([result.catalog.created, result.catalog.updated, result.catalog.unchanged], [0, 0, products.length]);
      assert.deepEqual(await store.container.catalog.listProducts(), products);
      assert.deepEqual(
        result.wallets.map((w) => [w.currency, w.balance, w.created, w.credited]),
        [
          ['USD', 10000, false, '1234.56'],
          ['EUR', 10000, false, null],
          ['GBP', 10000, false, null],
        ],
      );
      assert.deepEqual(result.fxRatesSet, []);
      assert.equal((await store.container.fx.listFxRates()).length, fxRates);
      assert.deepEqual(
        result.stock.filter((s) => s.imported > 0).map((s) => [s.product_id, s.denomination, s.imported]),
        [[sold!.product_id, sold!.denomination, 7]],
      );
      assert.ok(result.stock.every((s) => s.available === DEMO_STOCK_PER_VALUE));
      const third = await runDemo(backend);
      assert.ok(third.stock.every((s) => s.imported === 0), 'idempotent: nothing added when full');
    });
  });
}
