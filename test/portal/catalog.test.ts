import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { createWallet, topUp } from '../helpers/wallets.ts';
import { orderableProduct, orderingClient, stockedProduct, walletBalance, type OrderActor } from '../orders/setup.ts';
import { CSRF_FAILED, errorOf, PERMISSION_DENIED, startPortalStore, type Member, type PortalApi } from './setup.ts';

/**
 * The portal's catalog, quotes and orders against the client API's: the same products with the
 * client's discounts and blacklist, the same quote to the minor unit, and an order placed through
 * the same service, once per Idempotency-Key, audited as the person's.
 */
for (const engine of ENGINES) {
  describe(`client portal catalog, quotes and orders [${engine}]`, () => {
    let store: TestStore;
    let call: PortalApi;
    let a: OrderActor;
    let eurWallet: number;
    let otherWallet: number;
    let card: number;
    let hidden: number;
    let stocked: number;
    let owner: Member;
    let finance: Member;
    let developer: Member;
    let viewer: Member;

    const api = (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) =>
      store.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { authorization: `Bearer ${a.token}`, ...headers },
        ...(payload ? { payload } : {}),
      });
    const order = (member: Member, payload: object, key: string | null = randomUUID(), options: { csrf?: string | null } = {}) =>
      call.withCookie(member.session, 'POST', '/orders', { payload, headers: key === null ? {} : { 'idempotency-key': key }, ...options });
    const countOrders = async (clientId: number) =>
      (await store.container.database.db.selectFrom('orders').select('id').where('client_id', '=', clientId).execute()).length;

    before(async () => {
      ({ store, call } = await startPortalStore(engine));
      a = await orderingClient(store, '100.00');
      eurWallet = (await createWallet(store, a.clientId, 'EUR')).id;
      await topUp(store, eurWallet, '1000.00');
      otherWallet = (await orderingClient(store, '100.00', 'EUR')).walletId;
      await store.container.fx.setFxRate({ source_currency: 'USD', destination_currency: 'EUR', rate: '0.92', conversion_fee: '1.50' });
      card = await orderableProduct(store, { name: 'Portal Card' });
      hidden = await orderableProduct(store, { name: 'Hidden Card' });
      stocked = await stockedProduct(store, 'Stocked Card', 'PRT', 2);
      await store.container.catalog.setNegotiatedDiscount(a.clientId, { product_id: card, denomination_id: null, discount: 5 });
      await store.container.catalog.blacklistProduct(a.clientId, hidden);
      owner = await call.member(a.clientId, 'owner');
      finance = await call.member(a.clientId, 'finance');
      developer = await call.member(a.clientId, 'developer');
      viewer = await call.member(a.clientId, 'viewer');
    });
    after(() => store?.close());

    test("the catalog is the client API's for the client: its discount applied, its blacklist hidden, the same filters and pages", async () => {
      for (const query of ['?limit=100', '?limit=2&page=2&sort_by=name&sort_dir=asc', '?currency_id=840&search=card', '?category=nothing-like-it']) {
        const portal = await call.withCookie(viewer.session, 'GET', `/products${query}`);
        const client = await api('GET', `/products${query}`);
        assert.equal(portal.statusCode, 200, `${query}: ${portal.body}`);
        assert.deepEqual(portal.json(), client.json(), query);
        for (const header of ['x-total-count', 'x-page', 'x-total-pages'])
          assert.equal(portal.headers[header], client.headers[header], `${query} ${header}`);
      }
      const products = (await call.withCookie(viewer.session, 'GET', '/products?limit=100')).json() as {
        id: number;
        available_denominations: { discount: number }[];
      }[];
      assert.deepEqual(
        products.find((product) => product.id === card)?.available_denominations.map((range) => range.discount),
        [5, 5],
        'the negotiated 5 % beats the defaults 0 % and 2 %',
      );
      assert.equal(
        products.some((product) => product.id === hidden),
        false,
        'the blacklisted product is not listed',
      );

      const shown = await call.withCookie(developer.session, 'GET', `/products/${card}`);
      assert.deepEqual(shown.json(), (await api('GET', `/products/${card}`)).json());
      const notFound = { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Product not found' };
      for (const id of [hidden, 2147483647]) {
        const response = await call.withCookie(viewer.session, 'GET', `/products/${id}`);
        assert.deepEqual([response.statusCode, errorOf(response)], [404, notFound], `product ${id}`);
      }
      assert.equal(errorOf(await call.withCookie(viewer.session, 'GET', '/products/1e3')).message, 'Invalid product ID');
      assert.equal((await call.withCookie(viewer.session, 'GET', '/products?limit=0')).statusCode, 400);

      const filters = (await call.withCookie(viewer.session, 'GET', '/products/filters')).json();
      assert.ok(
        filters.currencies.some((currency: { id: number; code: string }) => currency.id === 840 && currency.code === 'USD'),
        'filters.currencies.some((currency: { id: number; code: string }) => currency.id === 840 && curren...',
      );
      assert.ok(
        filters.countries.some((country: { id: number; code: string }) => country.id === 840 && country.code === 'USA'),
        'filters.countries.some((country: { id: number; code: string }) => country.id === 840 && country.c...',
      );
      assert.ok(filters.categories.length >= 1, 'filters.categories.length >= 1');
    });

    test('the quote is POST /api/v1/products/:id/charges to the minor unit, with FX, and says whether stock can deliver it', async () => {
      const lines = [
        { product: card, body: { denomination: 25, quantity: 3 } },
        { product: card, body: { denomination: 25.55, quantity: 7, wallet_id: eurWallet } },
        { product: card, body: { denomination: 10, quantity: 1, wallet_id: null } },
        { product: stocked, body: { denomination: 10, quantity: 2 } },
      ];
      for (const { product, body } of lines) {
        const portal = await call.withCookie(developer.session, 'POST', `/products/${product}/quote`, { payload: body });
        const client = await api('POST', `/products/${product}/charges`, body);
        assert.equal(portal.statusCode, 200, portal.body);
        assert.deepEqual(portal.json().charges, client.json(), JSON.stringify(body));
        assert.equal(portal.json().is_available, true);
      }
      const fx = (
        await call.withCookie(owner.session, 'POST', `/products/${card}/quote`, {
          payload: { denomination: 25.55, quantity: 7, wallet_id: eurWallet },
        })
      ).json();
      assert.deepEqual(fx.charges.charges_details, { source_currency: 'USD', destination_currency: 'EUR', forex_rate: 0.92, conversion_fee: 1.5 });

      const tooMany = await call.withCookie(owner.session, 'POST', `/products/${stocked}/quote`, { payload: { denomination: 10, quantity: 3 } });
      assert.equal(tooMany.json().is_available, false, 'two codes in stock');

      for (const [product, body] of [
        [card, { denomination: 15, quantity: 1 }],
        [card, { denomination: 25, quantity: 1, wallet_id: otherWallet }],
        [hidden, { denomination: 25, quantity: 1 }],
        [card, { denomination: 25, quantity: 0 }],
      ] as const) {
        const portal = await call.withCookie(owner.session, 'POST', `/products/${product}/quote`, { payload: body });
        const client = await api('POST', `/products/${product}/charges`, body);
        assert.ok(portal.statusCode >= 400 && portal.statusCode < 500, portal.body);
        assert.deepEqual([portal.statusCode, errorOf(portal)], [client.statusCode, errorOf(client)], JSON.stringify(body));
      }
    });

    test('an order with an Idempotency-Key: placed once, debited once, the same order again for the same key; audited as the person', async () => {
      const body = { product_id: card, denomination: 25.55, quantity: 2, wallet_id: eurWallet, client_reference: `portal-${randomUUID()}` };
      const quote = (await call.withCookie(owner.session, 'POST', `/products/${card}/quote`, { payload: body })).json();
      const balance = await walletBalance(store, eurWallet);
      const orders = await countOrders(a.clientId);
      const key = randomUUID();

      const first = await order(owner, body, key);
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(first.headers['idempotent-replayed'], undefined);
      assert.equal(first.headers['cache-control'], 'no-store');
      const placed = first.json();
      assert.equal('vouchers' in placed, false, 'no codes: the order page reveals them');
      assert.equal(placed.total_payable, quote.charges.total_payable);
      assert.equal(placed.status, 'DELIVERED');

      const again = await order(owner, body, key);
      assert.equal(again.statusCode, 201);
      assert.equal(again.headers['idempotent-replayed'], 'true');
      assert.equal(again.json().id, placed.id);
      assert.equal(await countOrders(a.clientId), orders + 1, 'one order');
      assert.equal(Math.round((balance - (await walletBalance(store, eurWallet))) * 100), Math.round(quote.charges.total_payable * 100), 'one debit');
      const debits = await store.container.database.db
        .selectFrom('ledger_transactions')
        .select(['actor', 'transaction_type'])
        .where('order_id', '=', placed.id)
        .execute();
      assert.deepEqual(debits, [{ actor: `client_user:${owner.id}`, transaction_type: 'DEBIT' }]);

      const mismatch = await order(owner, { ...body, quantity: 3 }, key);
      assert.deepEqual([mismatch.statusCode, errorOf(mismatch).code], [422, 'IDEMPOTENCY_MISMATCH']);

      const entries = await call.audit({ action: 'portal.order.create', target: `order:${placed.id}` });
      assert.equal(entries.length, 1);
      assert.deepEqual([entries[0]!.actor, entries[0]!.client_id], [`client_user:${owner.id}`, a.clientId]);
      assert.deepEqual(entries[0]!.details, {
        user_id: owner.id,
        email: owner.email,
        product_id: card,
        quantity: 2,
        wallet_id: eurWallet,
        total_payable: quote.charges.total_payable,
        currency: 'EUR',
      });
      const trail = (await call.withCookie(owner.session, 'GET', '/audit')).json() as { action: string; target: string }[];
      assert.ok(
        trail.some((entry) => entry.action === 'portal.order.create' && entry.target === `order:${placed.id}`),
        "in the client's portal trail",
      );
      const listed = (await call.withCookie(viewer.session, 'GET', '/orders')).json() as { id: number }[];
      assert.equal(listed[0]!.id, placed.id, 'in the orders list');
      const timeline = (await call.withCookie(viewer.session, 'GET', `/orders/${placed.id}/timeline`)).json().entries as {
        kind: string;
        summary: string;
        actor: string | null;
      }[];
      assert.equal(timeline[0]!.kind, 'placed');
      assert.equal(timeline[0]!.actor, `client_user:${owner.id}`, 'placed by the person, not by the API credentials');
      assert.ok(
        timeline.some((entry) => entry.summary === 'Placed in the portal' && entry.actor === `client_user:${owner.id}`),
        "timeline.some((entry) => entry.summary === 'Placed in the portal' && entry.actor === `client_user...",
      );
    });

    test('two identical POSTs at once with the same key: one order, one debit', async () => {
      const body = { product_id: card, denomination: 10, quantity: 1 };
      const balance = await walletBalance(store, a.walletId);
      const orders = await countOrders(a.clientId);
      const key = randomUUID();
      const answers = await Promise.all([order(finance, body, key), order(finance, body, key)]);
      const statuses = answers.map((answer) => answer.statusCode).sort();
      assert.ok(
        JSON.stringify(statuses) === '[201,201]' || JSON.stringify(statuses) === '[201,409]',
        answers.map((answer) => answer.body).join(' / '),
      );
      const ids = new Set(answers.filter((answer) => answer.statusCode === 201).map((answer) => answer.json().id));
      assert.equal(ids.size, 1);
      assert.equal(await countOrders(a.clientId), orders + 1);
      assert.equal(await walletBalance(store, a.walletId), Math.round((balance - 9.5) * 100) / 100, '10 at 5 %, once');
    });

    test('refused orders, in the envelope, charge nothing: funds, stock, limits, blacklist, wallets, the key, CSRF, roles, the feature', async () => {
      const usd = await walletBalance(store, a.walletId);
      const eur = await walletBalance(store, eurWallet);
      const orders = await countOrders(a.clientId);
      const audited = (await call.audit({ action: 'portal.order.create' })).length;
      await store.container.clientTerms.setMaxQuantity(a.clientId, { productId: card, maxQuantity: 4 });
      const refusals: [Member, object, string | null, number, { code: string; message?: string }][] = [
        [
          owner,
          { product_id: card, denomination: 500, quantity: 1 },
          randomUUID(),
          400,
          { code: 'INSUFFICIENT_FUNDS', message: 'Insufficient wallet balance' },
        ],
        [owner, { product_id: stocked, denomination: 10, quantity: 3 }, randomUUID(), 400, { code: 'OUT_OF_STOCK' }],
        [
          owner,
          { product_id: card, denomination: 10, quantity: 5 },
          randomUUID(),
          400,
          { code: 'BAD_REQUEST', message: 'Quantity exceeds maximum allowed (4)' },
        ],
        [owner, { product_id: hidden, denomination: 25, quantity: 1 }, randomUUID(), 404, { code: 'NOT_FOUND', message: 'Product not found' }],
        [
          owner,
          { product_id: card, denomination: 25, quantity: 1, wallet_id: otherWallet },
          randomUUID(),
          404,
          { code: 'NOT_FOUND', message: 'Wallet not found' },
        ],
        [owner, { product_id: card, denomination: 25, quantity: 1 }, null, 400, { code: 'BAD_REQUEST', message: 'Invalid request headers' }],
        [owner, { product_id: card, denomination: 25, quantity: 1 }, 'é'.repeat(3), 400, { code: 'BAD_REQUEST' }],
        [owner, { product_id: card, denomination: -1, quantity: 1 }, randomUUID(), 400, { code: 'VALIDATION_FAILURE' }],
        [viewer, { product_id: card, denomination: 10, quantity: 1 }, randomUUID(), 403, PERMISSION_DENIED],
        [developer, { product_id: card, denomination: 10, quantity: 1 }, randomUUID(), 403, PERMISSION_DENIED],
      ];
      for (const [member, body, key, status, error] of refusals) {
        const response = await order(member, body, key);
        const where = `${member.role} ${JSON.stringify(body)} ${key}: ${response.body}`;
        assert.equal(response.statusCode, status, where);
        for (const [field, value] of Object.entries(error)) assert.equal(errorOf(response)[field as 'code'], value, where);
      }
      const noCsrf = await order(owner, { product_id: card, denomination: 10, quantity: 1 }, randomUUID(), { csrf: null });
      assert.deepEqual([noCsrf.statusCode, errorOf(noCsrf)], [403, CSRF_FAILED]);
      assert.equal(await countOrders(a.clientId), orders, 'no order');
      assert.equal(await walletBalance(store, a.walletId), usd, 'no debit');
      assert.equal(await walletBalance(store, eurWallet), eur, 'no debit');
      assert.equal((await call.audit({ action: 'portal.order.create' })).length, audited, "nothing audited: the entry is in the order's transaction");

      // A refusal is kept with its key, as on the client API: the same key answers it again.
      const key = randomUUID();
      const broke = { product_id: card, denomination: 500, quantity: 1 };
      assert.equal((await order(owner, broke, key)).statusCode, 400);
      const replayed = await order(owner, broke, key);
      assert.deepEqual([replayed.statusCode, replayed.headers['idempotent-replayed'], errorOf(replayed).code], [400, 'true', 'INSUFFICIENT_FUNDS']);

      await store.container.clients.setFeatures(a.clientId, []);
      try {
        for (const [url, payload] of [
          ['/products', undefined],
          [`/products/${card}`, undefined],
          [`/products/${card}/quote`, { denomination: 10, quantity: 1 }],
          ['/orders', { product_id: card, denomination: 10, quantity: 1 }],
        ] as const) {
          const response = await call.withCookie(owner.session, payload ? 'POST' : 'GET', url, {
            payload,
            headers: { 'idempotency-key': randomUUID() },
          });
          assert.deepEqual([response.statusCode, errorOf(response).code], [400, 'INVALID_FEATURE'], url);
        }
      } finally {
        await store.container.clients.setFeatures(a.clientId, ['vouchers']);
      }
      assert.equal(await countOrders(a.clientId), orders);
    });

    test("quotes and orders count against the client's own limits, in the portal's buckets", async () => {
      const c = await orderingClient(store, '100.00');
      const person = await call.member(c.clientId, 'owner');
      await store.container.clients.setRateLimits(c.clientId, { orders: 2, quotes: 2 });
      const body = { product_id: card, denomination: 10, quantity: 1 };
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await order(person, body)).statusCode);
      assert.deepEqual(statuses, [201, 201, 429]);
      const quotes = [];
      for (let i = 0; i < 3; i++)
        quotes.push((await call.withCookie(person.session, 'POST', `/products/${card}/quote`, { payload: body })).statusCode);
      assert.deepEqual(quotes, [200, 200, 429]);
      const viaApi = await store.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${c.token}` },
        payload: body,
      });
      assert.equal(viaApi.statusCode, 201, "the client API's bucket is its own");
    });
  });
}
