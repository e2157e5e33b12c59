import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { StoreMode } from '../../src/config.ts';
import { DEMO_CLIENT_NAME, DEMO_FX_RATES, DEMO_STOCK_PER_VALUE, demoCatalogRecords, runDemo, type DemoBackend } from '../../src/demo/demo.ts';
import { SupplierRegistry } from '../../src/suppliers/registry.ts';
import { SandboxSupplier } from '../../src/suppliers/sandbox.ts';
import type { Supplier } from '../../src/suppliers/supplier.ts';
import { errorOf, login, loginOk } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { ADMIN_TOKEN, admin } from '../helpers/wallets.ts';
import { orderableProduct, orderingClient, orderOf, placeOrder, stockedProduct, walletBalance } from '../orders/setup.ts';
import { get, ids, notFound, post } from './fixtures.ts';

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
      assert.ok(products.length >= 12, 'products.length >= 12');
      assert.ok(
        products.every((p) => p.orderable),
        'products.every((p) => p.orderable)',
      );
      assert.deepEqual(new Set(products.map((p) => p.voucher_type)), new Set(['CODE', 'CODE_WITH_PIN', 'URL']));
      for (const code of ['USA', 'GBR', 'DEU', 'FRA', 'JPN'])
        assert.ok(
          products.some((p) => p.country_code === code),
          code,
        );
      for (const code of ['USD', 'GBP', 'EUR', 'JPY'])
        assert.ok(
          products.some((p) => p.currency_code === code),
          code,
        );
      for (const name of ['Gift Cards', 'Gaming', 'Food & Drink', 'Travel'])
        assert.ok(
          products.some((p) => p.category === name),
          name,
        );
      assert.ok(
        products.some((p) => p.denominations.some((d) => d.min_value === d.max_value)),
        'fixed values',
      );
      assert.ok(
        products.some((p) => p.denominations.some((d) => d.min_value < d.max_value)),
        'ranges',
      );

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
      assert.ok(
        stocked.some((p) => p.voucher_type === 'CODE_WITH_PIN'),
        "stocked.some((p) => p.voucher_type === 'CODE_WITH_PIN')",
      );
      const fixedValues = stocked.flatMap((p) => p.denominations.filter((d) => d.min_value === d.max_value).map((d) => [p.id, d.min_value]));
      assert.deepEqual(
        result.stock.map((s) => [s.product_id, s.denomination]),
        fixedValues,
      );
      assert.ok(
        result.stock.every((s) => s.imported === DEMO_STOCK_PER_VALUE && s.available === DEMO_STOCK_PER_VALUE),
        'result.stock.every((s) => s.imported === DEMO_STOCK_PER_VALUE && s.available === DEMO_STOCK_PER_V...',
      );
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
      assert.equal(
        await store.container.suppliers
          .get('inventory')!
          .capacity({ productId: firstStocked!.id, denomination: String(firstValue![1]), quantity: DEMO_STOCK_PER_VALUE }),
        true,
      );

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
      assert.ok(
        result.stock.every((s) => s.available === DEMO_STOCK_PER_VALUE),
        'result.stock.every((s) => s.available === DEMO_STOCK_PER_VALUE)',
      );
      const third = await runDemo(backend);
      assert.ok(
        third.stock.every((s) => s.imported === 0),
        'idempotent: nothing added when full',
      );
    });
  });
}

/** The demo data of one store, its demo client and an ordinary client (vouchers, USD 1,000). */
async function demoStore(engine: (typeof ENGINES)[number], storeMode: 'production' | 'sandbox') {
  const store = await startTestStore(engine, { env: { STORE_MODE: storeMode, ADMIN_TOKEN } });
  const { container } = store;
  const result = await runDemo({
    clients: container.clients.as('cli'),
    catalog: container.catalog.as('cli'),
    inventory: container.inventory.as('cli'),
    wallets: container.wallets.as('cli'),
    fx: container.fx.as('cli'),
  });
  const products = await container.catalog.listProducts();
  const byName = (name: string) => products.find((p) => p.name === name)!.id;
  return {
    store,
    demoToken: (await loginOk(store, result.credentials)).access_token,
    demoClientId: result.credentials.client_id,
    client: await orderingClient(store, '1000.00'),
    demoIds: products.map((p) => p.id),
    /** USD, sandbox supplier (TEST- codes), fixed 10. */
    amazon: byName('Amazon.com Gift Card'),
    /** USD, from the demo stock (DEMO- codes), fixed 20. */
    steam: byName('Steam Wallet Code'),
  };
}

for (const engine of ENGINES) {
  describe(`demo data in production mode (the default) [${engine}]`, () => {
    let s: Awaited<ReturnType<typeof demoStore>>;
    before(async () => {
      s = await demoStore(engine, 'production');
    });
    after(() => s.store.close());

    const paths = (id: number) => ({
      detail: `/api/v1/products/${id}`,
      charges: `/api/v1/products/${id}/charges`,
      availability: `/api/v1/products/${id}/availability`,
    });

    test('a client that is not the demo client sees no demo product: list, detail, charges, availability, order are 404', async () => {
      const { store, client } = s;
      const listed = await get(store, '/api/v1/products?limit=100', client.token);
      assert.equal(listed.statusCode, 200);
      assert.deepEqual(listed.json(), []);
      for (const id of [s.amazon, s.steam]) {
        const line = { denomination: id === s.amazon ? 10 : 20, quantity: 1 };
        const answers = [
          await get(store, paths(id).detail, client.token),
          await post(store, paths(id).charges, client.token, line),
          await post(store, paths(id).availability, client.token, line),
          await get(store, `${paths(id).availability}?denomination=${line.denomination}&quantity=1`, client.token),
          await placeOrder(store, client.token, { product_id: id, ...line }),
        ];
        for (const answer of answers) assert.deepEqual([answer.statusCode, errorOf(answer)], [404, notFound('Product not found')], answer.body);
      }
      assert.equal(await walletBalance(store, client.walletId), 1000);
      const orders = await store.container.database.db.selectFrom('orders').select('id').where('client_id', '=', client.clientId).execute();
      assert.deepEqual(orders, []);
    });

    test('the demo client sees every demo product and orders them: TEST- codes from the sandbox, DEMO- codes from the stock', async () => {
      const { store, demoToken } = s;
      const listed = await get(store, '/api/v1/products?limit=100', demoToken);
      assert.deepEqual(
        ids(listed).sort((a, b) => a - b),
        s.demoIds,
      );
      assert.equal((await get(store, paths(s.amazon).detail, demoToken)).statusCode, 200);
      assert.equal((await post(store, paths(s.amazon).charges, demoToken, { denomination: 10, quantity: 2 })).statusCode, 200);
      assert.deepEqual((await post(store, paths(s.steam).availability, demoToken, { denomination: 20, quantity: 2 })).json(), { is_available: true });
      const sandbox = orderOf(await placeOrder(store, demoToken, { product_id: s.amazon, denomination: 10, quantity: 2 }));
      assert.equal(sandbox.status, 'DELIVERED');
      assert.ok(
        sandbox.vouchers.every((v) => v.card_number?.startsWith('TEST-')),
        "sandbox.vouchers.every((v) => v.card_number?.startsWith('TEST-'))",
      );
      const stocked = orderOf(await placeOrder(store, demoToken, { product_id: s.steam, denomination: 20, quantity: 1 }));
      assert.equal(stocked.status, 'DELIVERED');
      assert.match(stocked.vouchers[0]!.card_number!, /^DEMO-/);
    });

    test('operators see the demo products, marked; the marks are what decides', async () => {
      const { store, client } = s;
      const listed = await admin(store, 'GET', '/products');
      assert.equal(listed.statusCode, 200);
      const views = listed.json() as { id: number; demo: boolean; orderable: boolean }[];
      assert.ok(
        views.length === s.demoIds.length && views.every((p) => p.demo && p.orderable),
        'views.length === s.demoIds.length && views.every((p) => p.demo && p.orderable)',
      );
      const demoClient = (await admin(store, 'GET', `/clients/${s.demoClientId}`)).json();
      assert.equal(demoClient.demo, true);
      assert.equal((await admin(store, 'GET', `/clients/${client.clientId}`)).json().demo, false);

      // A product an operator takes out of the demo data is seen by every client at once; and back.
      assert.equal((await admin(store, 'PATCH', `/products/${s.steam}`, { demo: false })).json().demo, false);
      assert.deepEqual(ids(await get(store, '/api/v1/products?limit=100', client.token)), [s.steam]);
      await admin(store, 'PATCH', `/products/${s.steam}`, { demo: true });
      assert.deepEqual(ids(await get(store, '/api/v1/products?limit=100', client.token)), []);
      // A client marked as a demo client sees the demo data at once; unmarked, it is hidden again.
      assert.equal((await admin(store, 'PUT', `/clients/${client.clientId}/demo`, { demo: true })).json().demo, true);
      assert.equal(ids(await get(store, '/api/v1/products?limit=100', client.token)).length, s.demoIds.length);
      await admin(store, 'PUT', `/clients/${client.clientId}/demo`, { demo: false });
      assert.deepEqual(ids(await get(store, '/api/v1/products?limit=100', client.token)), []);
      // A catalog import of the demo file without the demo option keeps the marks.
      const again = await store.container.catalog.importCatalog(demoCatalogRecords());
      assert.equal(again.unchanged, s.demoIds.length);
      assert.ok(
        (await store.container.catalog.listProducts()).every((p) => p.demo),
        '(await store.container.catalog.listProducts()).every((p) => p.demo)',
      );
    });
  });

  describe(`demo data in sandbox mode [${engine}]`, () => {
    let s: Awaited<ReturnType<typeof demoStore>>;
    before(async () => {
      s = await demoStore(engine, 'sandbox');
    });
    after(() => s.store.close());

    test('every client sees and orders the demo products', async () => {
      const { store, client } = s;
      const listed = await get(store, '/api/v1/products?limit=100', client.token);
      assert.deepEqual(
        ids(listed).sort((a, b) => a - b),
        s.demoIds,
      );
      assert.equal((await get(store, `/api/v1/products/${s.steam}`, client.token)).statusCode, 200);
      assert.equal((await post(store, `/api/v1/products/${s.amazon}/charges`, client.token, { denomination: 10, quantity: 1 })).statusCode, 200);
      const order = orderOf(await placeOrder(store, client.token, { product_id: s.amazon, denomination: 10, quantity: 1 }));
      assert.equal(order.status, 'DELIVERED');
      assert.match(order.vouchers[0]!.card_number!, /^TEST-/);
      const stocked = orderOf(await placeOrder(store, client.token, { product_id: s.steam, denomination: 20, quantity: 1 }));
      assert.match(stocked.vouchers[0]!.card_number!, /^DEMO-/);
    });
  });

  describe(`fulfilment: no sandbox or demo code for a client that is not a demo client, production mode [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine, { env: { STORE_MODE: 'production' }, fulfilment: { baseDelayMs: 1, maxDelayMs: 5 } });
    });
    after(() => store.close());

    test('a product on the sandbox supplier that is not demo data: listed, but an order is refused and nothing is paid', async () => {
      const product = await orderableProduct(store, { name: 'Sandbox by mistake' });
      const client = await orderingClient(store, '100.00');
      assert.ok(
        ids(await get(store, '/api/v1/products?limit=100', client.token)).includes(product),
        "ids(await get(store, '/api/v1/products?limit=100', client.token)).includes(product)",
      );
      const refused = await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 1 });
      assert.deepEqual([refused.statusCode, errorOf(refused)], [404, notFound('Product not found')]);
      assert.equal(await walletBalance(store, client.walletId), 100);

      await store.container.clients.setDemo(client.clientId, true);
      const order = orderOf(await placeOrder(store, client.token, { product_id: product, denomination: 10, quantity: 1 }));
      assert.equal(order.status, 'DELIVERED');
      assert.match(order.vouchers[0]!.card_number!, /^TEST-/);
    });

    test('an order taken up by the worker after its product became demo data, or its client stopped being a demo client, fails and is refunded', async () => {
      const stocked = await stockedProduct(store, 'Stock Card', 'REAL', 20);
      const client = await orderingClient(store, '200.00');
      // Larger than a synchronous order: reserved now, delivered by the worker.
      const pending = orderOf(await placeOrder(store, client.token, { product_id: stocked, denomination: 10, quantity: 6 }));
      assert.equal(pending.status, 'PENDING');
      await store.container.catalog.updateProduct(stocked, { demo: true });

      const sandbox = await orderableProduct(store, { name: 'Demo only' });
      const demoClient = await orderingClient(store, '200.00');
      await store.container.clients.setDemo(demoClient.clientId, true);
      const second = orderOf(await placeOrder(store, demoClient.token, { product_id: sandbox, denomination: 10, quantity: 6 }));
      assert.equal(second.status, 'PENDING');
      await store.container.clients.setDemo(demoClient.clientId, false);

      for (let i = 0; i < 20 && (await store.container.fulfilment.runDue()) > 0; i++);
      for (const [actor, id] of [
        [client, pending.id],
        [demoClient, second.id],
      ] as const) {
        const order = await store.container.orders.getOrder(id);
        assert.deepEqual([order.status, order.delivered_quantity, order.failure_code], ['FAILED', 0, 'DEMO_ONLY']);
        assert.equal(await walletBalance(store, actor.walletId), 200, 'refunded in full');
      }
      const issued = await store.container.database.db.selectFrom('voucher_inventory').select('id').where('status', '<>', 'AVAILABLE').execute();
      assert.deepEqual(issued, [], 'the reserved codes are back in stock');
    });

    test('the rule: production mode keeps fake codes for demo clients; sandbox mode lets anything through', () => {
      const sandboxSupplier = new SandboxSupplier();
      const stock = store.container.suppliers.get('inventory')!;
      const cases: [StoreMode, Supplier, boolean, boolean, boolean][] = [
        ['production', sandboxSupplier, false, false, false],
        ['production', sandboxSupplier, true, false, true],
        ['production', stock, false, true, false],
        ['production', stock, true, true, true],
        ['production', stock, false, false, true],
        ['sandbox', sandboxSupplier, false, false, true],
        ['sandbox', stock, false, true, true],
      ];
      for (const [storeMode, supplier, demoClient, demoProduct, allowed] of cases) {
        const registry = new SupplierRegistry([], { storeMode });
        assert.equal(
          registry.mayIssue(supplier, { demoClient, demoProduct }),
          allowed,
          JSON.stringify([storeMode, supplier.name, demoClient, demoProduct]),
        );
      }
    });
  });
}
