import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createClient, errorOf, loginOk, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, twoStoresOnPostgres, type TestStore } from '../helpers/store.ts';
import {
  BAD_IDS,
  badRequest,
  get,
  GBP,
  ids,
  INVALID_FEATURE,
  INVALID_QUERY,
  JPY,
  notFound,
  post,
  seedCatalog,
  USA,
  USD,
  type Catalog,
} from './fixtures.ts';

const pageHeaders = (response: { headers: Record<string, unknown> }) => ({
  page: response.headers['x-page'],
  perPage: response.headers['x-per-page'],
  total: response.headers['x-total-count'],
  totalPages: response.headers['x-total-pages'],
  pageSize: response.headers['x-page-size'],
  hasMore: response.headers['x-has-more'],
});

for (const engine of ENGINES) {
  describe(`products: list and detail [${engine}]`, () => {
    let store: TestStore;
    let token: string; // vouchers feature
    let plainToken: string; // no features
    let c: Catalog;
    let all: number[]; // visible ids, default order (id DESC)

    before(async () => {
      store = await startTestStore(engine);
      c = await seedCatalog(store);
      token = (await loginOk(store, await createClient(store, { features: ['vouchers'] }))).access_token;
      plainToken = (await loginOk(store, await createClient(store))).access_token;
      all = [c.netflixJpy, c.steam, c.apple, c.amazonGbp, c.amazonUsd];
    });
    after(() => store.close());

    test('the list: visible products only, id DESC by default, the documented object', async () => {
      const response = await get(store, '/api/v1/products', token);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
      assert.equal(response.headers['cache-control'], 'private, no-cache');
      assert.ok(response.headers['ratelimit-limit'], 'every GET is rate limited');
      assert.deepEqual(ids(response), all);
      const products = response.json() as Record<string, unknown>[];
      assert.deepEqual(
        products.find((p) => p.id === c.amazonUsd),
        {
          id: c.amazonUsd,
          name: 'Amazon Gift Card - USD',
          category: 'Gift Cards',
          sub_category: 'Amazon',
          country_code: 'USA',
          currency_code: 'USD',
          image_url: 'https://img.example/amazon-usd.png',
          delivery_mode: 'Digital',
          delivery_time: 'Instant',
          validity: 'No expiry',
          available_denominations: [
            { min_value: 10, max_value: 10, discount: 2.5 },
            { min_value: 25, max_value: 25, discount: 3 },
            { min_value: 50, max_value: 500, discount: 3.5 },
          ],
        },
      );
      assert.deepEqual(
        products.find((p) => p.id === c.netflixJpy),
        {
          id: c.netflixJpy,
          name: 'netflix Japan',
          category: 'Gift Cards',
          sub_category: null,
          country_code: 'JPN',
          currency_code: 'JPY',
          image_url: null,
          delivery_mode: null,
          delivery_time: null,
          validity: null,
          available_denominations: [{ min_value: 1000, max_value: 10000, discount: 1.25 }],
        },
      );
      for (const product of products) {
        assert.deepEqual(Object.keys(product), [
          'id',
          'name',
          'category',
          'sub_category',
          'country_code',
          'currency_code',
          'image_url',
          'delivery_mode',
          'delivery_time',
          'validity',
          'available_denominations',
        ]);
      }
      assert.deepEqual(pageHeaders(response), { page: '1', perPage: '50', total: '5', totalPages: '1', pageSize: '5', hasMore: 'false' });
    });

    test('the detail adds description, redemption_instructions, terms, voucher_type', async () => {
      const response = await get(store, `/api/v1/products/${c.apple}`, token);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['cache-control'], 'private, no-cache');
      assert.deepEqual(response.json(), {
        id: c.apple,
        name: 'Apple Gift Card',
        category: 'Gift Cards',
        sub_category: 'Apple',
        country_code: 'USA',
        currency_code: 'USD',
        image_url: null,
        delivery_mode: null,
        delivery_time: null,
        validity: null,
        available_denominations: [{ min_value: 15, max_value: 15, discount: 1 }],
        description: 'For the App Store and iTunes.',
        redemption_instructions: 'Redeem in the App Store.',
        terms: 'Not refundable.',
        voucher_type: 'CODE_WITH_PIN',
      });
      assert.equal((await get(store, `/api/v1/products/${c.steam}`, token)).json().voucher_type, 'URL');
      const plain = (await get(store, `/api/v1/products/${c.amazonGbp}`, token)).json();
      assert.equal(plain.voucher_type, 'CODE');
      assert.equal(plain.description, null);
      // Leading zeros are still a decimal integer.
      assert.equal((await get(store, `/api/v1/products/000${c.apple}`, token)).statusCode, 200);
    });

    test('missing, inactive, rangeless, or under an inactive category/subcategory: 404 "Product not found"', async () => {
      for (const id of [c.inactive, c.noRanges, c.underRetired, c.underHiddenSubcategory, 2_147_483_647]) {
        const response = await get(store, `/api/v1/products/${id}`, token);
        assert.equal(response.statusCode, 404, String(id));
        assert.deepEqual(errorOf(response), notFound('Product not found'));
      }
    });

    test('a bad product id is 400 "Invalid product ID"', async () => {
      for (const id of BAD_IDS) {
        for (const url of [`/api/v1/products/${id}`, `/api/v1/products/${id}/availability?denomination=10&quantity=1`]) {
          const response = await get(store, url, token);
          assert.equal(response.statusCode, 400, url);
          assert.deepEqual(errorOf(response), badRequest('Invalid product ID'), url);
        }
        const viaPost = await post(store, `/api/v1/products/${id}/availability`, token, { denomination: 10, quantity: 1 });
        assert.deepEqual(errorOf(viaPost), badRequest('Invalid product ID'), id);
      }
    });

    test('filters: category, sub_category, country_id, currency_id, search, combined', async () => {
      const list = (query: string) => get(store, `/api/v1/products?${query}`, token);
      assert.deepEqual(ids(await list('category=Gift%20Cards')), [c.netflixJpy, c.apple, c.amazonGbp, c.amazonUsd]);
      assert.deepEqual(ids(await list('category=gift%20cards')), [c.netflixJpy, c.apple, c.amazonGbp, c.amazonUsd], 'names compare without case');
      assert.deepEqual(ids(await list('category=Gift')), [], 'exact name, not a substring');
      assert.deepEqual(ids(await list('category=Gaming')), [c.steam]);
      assert.deepEqual(ids(await list('category=Retired')), []);
      assert.deepEqual(ids(await list('sub_category=Amazon')), [c.amazonGbp, c.amazonUsd]);
      assert.deepEqual(ids(await list('sub_category=Hidden')), []);
      assert.deepEqual(ids(await list(`country_id=${USA}`)), [c.steam, c.apple, c.amazonUsd]);
      assert.deepEqual(ids(await list('country_id=826')), [c.amazonGbp]);
      assert.deepEqual(ids(await list(`currency_id=${JPY}`)), [c.netflixJpy]);
      assert.deepEqual(ids(await list(`currency_id=${GBP}`)), [c.amazonGbp]);
      assert.deepEqual(ids(await list('currency_id=1')), []);
      assert.deepEqual(ids(await list('search=amazon')), [c.amazonGbp, c.amazonUsd]);
      assert.deepEqual(ids(await list('search=GIFT%20card')), [c.apple, c.amazonGbp, c.amazonUsd]);
      assert.deepEqual(ids(await list('search=NETFLIX')), [c.netflixJpy]);
      assert.deepEqual(ids(await list('search=Inactive')), [], 'inactive products are not found by search');
      assert.deepEqual(ids(await list(`search=amazon&currency_id=${USD}`)), [c.amazonUsd]);
      assert.deepEqual(ids(await list(`category=Gift%20Cards&sub_category=Apple&country_id=${USA}&currency_id=${USD}&search=apple`)), [c.apple]);
      // Empty text filters count as absent.
      assert.deepEqual(ids(await list('category=&sub_category=&search=')), all);

      const none = await list('search=no-such-product');
      assert.equal(none.statusCode, 200);
      assert.deepEqual(none.json(), []);
      assert.deepEqual(pageHeaders(none), { page: '1', perPage: '50', total: '0', totalPages: '0', pageSize: '0', hasMore: 'false' });

      const filtered = await list('category=Gift%20Cards&limit=3');
      assert.deepEqual(pageHeaders(filtered), { page: '1', perPage: '3', total: '4', totalPages: '2', pageSize: '3', hasMore: 'true' });

      for (const bad of [
        'country_id=abc',
        'country_id=0',
        'country_id=-1',
        'country_id=1.5',
        'currency_id=2147483648',
        'currency_id=',
        'country_id=1&country_id=2',
      ]) {
        const response = await list(bad);
        assert.equal(response.statusCode, 400, bad);
        assert.deepEqual(errorOf(response), INVALID_QUERY, bad);
      }
    });

    test('sort as a JSON object, key names in any case', async () => {
      const sorted = async (sort: unknown) =>
        ids(await get(store, `/api/v1/products?sort=${encodeURIComponent(typeof sort === 'string' ? sort : JSON.stringify(sort))}`, token));
      const byName = [c.amazonGbp, c.amazonUsd, c.apple, c.netflixJpy, c.steam];
      assert.deepEqual(await sorted({ field: 'id', direction: 'DESC' }), all);
      assert.deepEqual(await sorted({ field: 'id', direction: 'ASC' }), [...all].reverse());
      assert.deepEqual(await sorted({ field: 'name', direction: 'ASC' }), byName, 'names sort without regard to case');
      assert.deepEqual(await sorted({ Field: 'name', Direction: 'desc' }), [...byName].reverse());
      assert.deepEqual(await sorted({ FIELD: 'Name', DIRECTION: 'Asc' }), byName);
      assert.deepEqual(await sorted({ field: 'category', direction: 'ASC' }), [c.steam, c.amazonUsd, c.amazonGbp, c.apple, c.netflixJpy]);
      assert.deepEqual(await sorted({ field: 'category', direction: 'DESC' }), [c.netflixJpy, c.apple, c.amazonGbp, c.amazonUsd, c.steam]);
      assert.deepEqual(await sorted({ field: 'name' }), byName, 'a field without direction sorts ascending');
      assert.deepEqual(await sorted({ direction: 'ASC' }), [...all].reverse(), 'a direction without field sorts by id');
      assert.deepEqual(await sorted({}), all);
      assert.deepEqual(await sorted({ field: 'name', direction: 'ASC', extra: 1 }), byName, 'other keys are ignored');
      // `sort` wins over sort_by/sort_dir.
      const both = await get(
        store,
        `/api/v1/products?sort=${encodeURIComponent('{"field":"name","direction":"ASC"}')}&sort_by=id&sort_dir=desc`,
        token,
      );
      assert.deepEqual(ids(both), byName);
      // Sorting and filtering together, then paging.
      const page = await get(
        store,
        `/api/v1/products?sort=${encodeURIComponent('{"field":"name","direction":"ASC"}')}&search=amazon&limit=1&page=2`,
        token,
      );
      assert.deepEqual(ids(page), [c.amazonUsd]);

      for (const bad of [
        'not json',
        '{"field":"price","direction":"ASC"}',
        '{"field":"id","direction":"up"}',
        '{"field":5}',
        '{"field":"id","Field":"name"}',
        '["id"]',
        '"id"',
        'null',
        '42',
        '{"field":"id"',
      ]) {
        const response = await get(store, `/api/v1/products?sort=${encodeURIComponent(bad)}`, token);
        assert.equal(response.statusCode, 400, bad);
        assert.deepEqual(errorOf(response), INVALID_QUERY, bad);
      }
    });

    test('sort_by + sort_dir', async () => {
      const sorted = async (query: string) => ids(await get(store, `/api/v1/products?${query}`, token));
      const byName = [c.amazonGbp, c.amazonUsd, c.apple, c.netflixJpy, c.steam];
      assert.deepEqual(await sorted('sort_by=name&sort_dir=asc'), byName);
      assert.deepEqual(await sorted('sort_by=name&sort_dir=desc'), [...byName].reverse());
      assert.deepEqual(await sorted('sort_by=NAME&sort_dir=DESC'), [...byName].reverse());
      assert.deepEqual(await sorted('sort_by=id&sort_dir=asc'), [...all].reverse());
      assert.deepEqual(await sorted('sort_by=category&sort_dir=asc'), [c.steam, c.amazonUsd, c.amazonGbp, c.apple, c.netflixJpy]);
      assert.deepEqual(await sorted('sort_by=name'), byName);
      assert.deepEqual(await sorted('sort_dir=asc'), [...all].reverse());
      assert.deepEqual(await sorted('sort_by=&sort_dir='), all);
      for (const bad of ['sort_by=price', 'sort_by=created_at&sort_dir=asc', 'sort_by=id&sort_dir=sideways', 'sort_dir=1']) {
        const response = await get(store, `/api/v1/products?${bad}`, token);
        assert.equal(response.statusCode, 400, bad);
        assert.deepEqual(errorOf(response), INVALID_QUERY, bad);
      }
    });

    test('pagination: pages, the last page, past the end, limit bounds, every header', async () => {
      const page = (query: string) => get(store, `/api/v1/products?${query}`, token);
      const first = await page('limit=2');
      assert.deepEqual(ids(first), all.slice(0, 2));
      assert.deepEqual(pageHeaders(first), { page: '1', perPage: '2', total: '5', totalPages: '3', pageSize: '2', hasMore: 'true' });
      const second = await page('limit=2&page=2');
      assert.deepEqual(ids(second), all.slice(2, 4));
      assert.deepEqual(pageHeaders(second), { page: '2', perPage: '2', total: '5', totalPages: '3', pageSize: '2', hasMore: 'true' });
      const last = await page('limit=2&page=3');
      assert.deepEqual(ids(last), all.slice(4));
      assert.deepEqual(pageHeaders(last), { page: '3', perPage: '2', total: '5', totalPages: '3', pageSize: '1', hasMore: 'false' });
      const past = await page('limit=2&page=4');
      assert.equal(past.statusCode, 200);
      assert.deepEqual(past.json(), []);
      assert.deepEqual(pageHeaders(past), { page: '4', perPage: '2', total: '5', totalPages: '3', pageSize: '0', hasMore: 'false' });
      const farPast = await page('page=2147483647&limit=10000');
      assert.deepEqual(farPast.json(), []);
      assert.equal(farPast.headers['x-page'], '2147483647');

      const one = await page('limit=1');
      assert.deepEqual(ids(one), all.slice(0, 1));
      assert.deepEqual(pageHeaders(one), { page: '1', perPage: '1', total: '5', totalPages: '5', pageSize: '1', hasMore: 'true' });
      const max = await page('limit=10000');
      assert.deepEqual(ids(max), all);
      assert.deepEqual(pageHeaders(max), { page: '1', perPage: '10000', total: '5', totalPages: '1', pageSize: '5', hasMore: 'false' });
      assert.deepEqual(ids(await page('limit=05&page=01')), all, 'leading zeros are fine');
      const exact = await page('limit=5');
      assert.deepEqual(pageHeaders(exact), { page: '1', perPage: '5', total: '5', totalPages: '1', pageSize: '5', hasMore: 'false' });

      for (const bad of [
        'limit=0',
        'limit=10001',
        'limit=abc',
        'limit=-1',
        'limit=1.5',
        'limit=1e1',
        'limit=',
        'limit=%201',
        'limit=0x10',
        'page=0',
        'page=-1',
        'page=abc',
        'page=1.0',
        'page=',
        'page=2147483648',
        'page=99999999999999999999',
        'page=1&page=2',
      ]) {
        const response = await page(bad);
        assert.equal(response.statusCode, 400, bad);
        assert.deepEqual(errorOf(response), INVALID_QUERY, bad);
      }
    });

    test('the vouchers feature gates products; the operator can grant it', async () => {
      for (const request of [
        () => get(store, '/api/v1/products', plainToken),
        () => get(store, `/api/v1/products/${c.apple}`, plainToken),
        () => get(store, '/api/v1/products/abc', plainToken), // the feature is checked before the id
        () => get(store, '/api/v1/products?limit=0', plainToken), // … and before the query
        () => get(store, `/api/v1/products/${c.apple}/availability?denomination=15&quantity=1`, plainToken),
        () => post(store, `/api/v1/products/${c.apple}/availability`, plainToken, { denomination: 15, quantity: 1 }),
      ]) {
        const response = await request();
        assert.equal(response.statusCode, 400);
        assert.deepEqual(errorOf(response), INVALID_FEATURE);
      }
      const credentials = await createClient(store);
      const late = (await loginOk(store, credentials)).access_token;
      assert.equal((await get(store, '/api/v1/products', late)).statusCode, 400);
      await store.container.clients.setFeatures(credentials.client_id, ['vouchers']);
      const granted = await get(store, '/api/v1/products', late);
      assert.equal(granted.statusCode, 200, 'the same token works once the feature is set');
      assert.deepEqual(ids(granted), all);
      await store.container.clients.setFeatures(credentials.client_id, []);
      assert.deepEqual(errorOf(await get(store, '/api/v1/products', late)), INVALID_FEATURE);
    });

    test('every route needs a valid access token', async () => {
      for (const authorization of [undefined, 'Bearer not-a-token']) {
        const headers: Record<string, string> = authorization ? { authorization } : {};
        for (const response of [
          await get(store, '/api/v1/products', undefined, headers),
          await get(store, '/api/v1/products?limit=0', undefined, headers),
          await get(store, `/api/v1/products/${c.apple}`, undefined, headers),
          await get(store, '/api/v1/products/abc', undefined, headers),
          await get(store, `/api/v1/products/${c.apple}/availability?denomination=15&quantity=1`, undefined, headers),
          await post(store, `/api/v1/products/${c.apple}/availability`, undefined, { denomination: 15, quantity: 1 }, headers),
        ]) {
          assert.equal(response.statusCode, 401);
          assert.deepEqual(errorOf(response), UNAUTHORIZED);
        }
      }
    });
  });

  describe(`products: per-client view [${engine}]`, () => {
    let store: TestStore;
    let c: Catalog;
    let clientA: number;
    let tokenA: string;
    let tokenB: string;

    before(async () => {
      store = await startTestStore(engine);
      c = await seedCatalog(store);
      const a = await createClient(store, { features: ['vouchers'], name: 'A' });
      const b = await createClient(store, { features: ['vouchers'], name: 'B' });
      clientA = a.client_id;
      tokenA = (await loginOk(store, a)).access_token;
      tokenB = (await loginOk(store, b)).access_token;
    });
    after(() => store.close());

    const denominationsOf = async (token: string, id: number) =>
      ((await get(store, `/api/v1/products/${id}`, token)).json() as { available_denominations: unknown[] }).available_denominations;
    const listed = async (token: string, id: number) =>
      ((await get(store, '/api/v1/products', token)).json() as { id: number; available_denominations: unknown[] }[]).find((p) => p.id === id);

    test('a blacklisted product is gone for that client everywhere, and only for that client', async () => {
      const catalog = store.container.catalog;
      // Warm both clients' views first: the blacklist must reach a cached view.
      assert.equal((await get(store, '/api/v1/products', tokenA)).json().length, 5);
      assert.equal((await get(store, '/api/v1/products', tokenB)).json().length, 5);

      await catalog.blacklistProduct(clientA, c.amazonUsd);
      const listA = await get(store, '/api/v1/products', tokenA);
      assert.deepEqual(ids(listA), [c.netflixJpy, c.steam, c.apple, c.amazonGbp]);
      assert.equal(listA.headers['x-total-count'], '4');
      assert.deepEqual(ids(await get(store, '/api/v1/products?search=amazon', tokenA)), [c.amazonGbp]);
      const hidden = await get(store, `/api/v1/products/${c.amazonUsd}`, tokenA);
      assert.equal(hidden.statusCode, 404);
      assert.deepEqual(errorOf(hidden), notFound('Product not found'));
      const availability = await post(store, `/api/v1/products/${c.amazonUsd}/availability`, tokenA, { denomination: 50, quantity: 1 });
      assert.equal(availability.statusCode, 404);
      assert.deepEqual(errorOf(availability), notFound('Product not found'));

      // Client B is not affected.
      assert.equal((await get(store, '/api/v1/products', tokenB)).headers['x-total-count'], '5');
      assert.equal((await get(store, `/api/v1/products/${c.amazonUsd}`, tokenB)).statusCode, 200);
      assert.equal(
        (await post(store, `/api/v1/products/${c.amazonUsd}/availability`, tokenB, { denomination: 50, quantity: 1 })).json().is_available,
        true,
      );

      await catalog.unblacklistProduct(clientA, c.amazonUsd);
      assert.equal((await get(store, `/api/v1/products/${c.amazonUsd}`, tokenA)).statusCode, 200);
      assert.equal((await get(store, '/api/v1/products', tokenA)).headers['x-total-count'], '5');
    });

    test('negotiated discounts: the better of default, product-level and range-level rate; never seen by another client', async () => {
      const catalog = store.container.catalog;
      const defaults = [
        { min_value: 10, max_value: 10, discount: 2.5 },
        { min_value: 25, max_value: 25, discount: 3 },
        { min_value: 50, max_value: 500, discount: 3.5 },
      ];
      assert.deepEqual(await denominationsOf(tokenA, c.amazonUsd), defaults);

      // Product level: applies to every range where it beats the default.
      await catalog.setNegotiatedDiscount(clientA, { product_id: c.amazonUsd, denomination_id: null, discount: 3.25 });
      const productLevel = [
        { min_value: 10, max_value: 10, discount: 3.25 },
        { min_value: 25, max_value: 25, discount: 3.25 },
        { min_value: 50, max_value: 500, discount: 3.5 },
      ];
      assert.deepEqual(await denominationsOf(tokenA, c.amazonUsd), productLevel);
      assert.deepEqual((await listed(tokenA, c.amazonUsd))!.available_denominations, productLevel, 'the list shows the same rates');

      // Range level: only that range.
      const admin = await catalog.getProduct(c.amazonUsd);
      const bigRange = admin.denominations.find((d) => d.min_value === 50)!.id;
      const tenRange = admin.denominations.find((d) => d.min_value === 10)!.id;
      await catalog.setNegotiatedDiscount(clientA, { product_id: c.amazonUsd, denomination_id: bigRange, discount: 5.75 });
      await catalog.setNegotiatedDiscount(clientA, { product_id: c.amazonUsd, denomination_id: tenRange, discount: 1 }); // below both: ignored
      assert.deepEqual(await denominationsOf(tokenA, c.amazonUsd), [
        { min_value: 10, max_value: 10, discount: 3.25 },
        { min_value: 25, max_value: 25, discount: 3.25 },
        { min_value: 50, max_value: 500, discount: 5.75 },
      ]);
      // Lower than the default: the default stays.
      await catalog.setNegotiatedDiscount(clientA, { product_id: c.amazonGbp, denomination_id: null, discount: 1.5 });
      assert.deepEqual(await denominationsOf(tokenA, c.amazonGbp), [{ min_value: 5, max_value: 200, discount: 2 }]);

      // Tenant isolation: client B sees only the defaults, in the list and by id.
      assert.deepEqual(await denominationsOf(tokenB, c.amazonUsd), defaults);
      assert.deepEqual((await listed(tokenB, c.amazonUsd))!.available_denominations, defaults);
      assert.deepEqual(await denominationsOf(tokenB, c.amazonGbp), [{ min_value: 5, max_value: 200, discount: 2 }]);

      // Removing the product-level rate leaves the range-level one.
      await catalog.removeNegotiatedDiscount(clientA, { product_id: c.amazonUsd, denomination_id: null });
      assert.deepEqual(await denominationsOf(tokenA, c.amazonUsd), [
        { min_value: 10, max_value: 10, discount: 2.5 },
        { min_value: 25, max_value: 25, discount: 3 },
        { min_value: 50, max_value: 500, discount: 5.75 },
      ]);
      await catalog.removeNegotiatedDiscount(clientA, { product_id: c.amazonUsd, denomination_id: bigRange });
      await catalog.removeNegotiatedDiscount(clientA, { product_id: c.amazonUsd, denomination_id: tenRange });
      assert.deepEqual(await denominationsOf(tokenA, c.amazonUsd), defaults);
    });

    test('a blacklist or discount of one client never shows for another (many clients, one warm cache)', async () => {
      const catalog = store.container.catalog;
      const clients = await Promise.all(
        Array.from({ length: 4 }, async (_, index) => {
          const credentials = await createClient(store, { features: ['vouchers'], name: `T${index}` });
          return { id: credentials.client_id, token: (await loginOk(store, credentials)).access_token };
        }),
      );
      for (const [index, client] of clients.entries()) {
        await catalog.setNegotiatedDiscount(client.id, { product_id: c.netflixJpy, denomination_id: null, discount: 10 + index });
        if (index % 2 === 0) await catalog.blacklistProduct(client.id, c.steam);
      }
      await Promise.all(
        clients.map(async (client, index) => {
          const products = (await get(store, '/api/v1/products', client.token)).json() as {
            id: number;
            available_denominations: { discount: number }[];
          }[];
          assert.equal(products.find((p) => p.id === c.netflixJpy)!.available_denominations[0]!.discount, 10 + index);
          assert.equal(
            products.some((p) => p.id === c.steam),
            index % 2 !== 0,
          );
        }),
      );
      const other = await listed(tokenB, c.netflixJpy);
      assert.deepEqual(other!.available_denominations, [{ min_value: 1000, max_value: 10000, discount: 1.25 }]);
      assert.ok(await listed(tokenB, c.steam), 'await listed(tokenB, c.steam)');
    });
  });

  describe(`products: availability [${engine}]`, () => {
    let store: TestStore;
    let c: Catalog;
    let token: string;

    before(async () => {
      store = await startTestStore(engine);
      c = await seedCatalog(store);
      token = (await loginOk(store, await createClient(store, { features: ['vouchers'] }))).access_token;
    });
    after(() => store.close());

    const viaPost = async (id: number, body: unknown) => post(store, `/api/v1/products/${id}/availability`, token, body);
    const viaGet = async (id: number, query: string) => get(store, `/api/v1/products/${id}/availability?${query}`, token);

    test('true when a range holds the value, the quantity is within the limit and the supplier can deliver; never cached', async () => {
      const cases: [number, number, number][] = [
        [c.amazonUsd, 50, 5],
        [c.amazonUsd, 10, 1], // a fixed value
        [c.amazonUsd, 25, 1],
        [c.amazonUsd, 500, 1], // the top of a range is inside
        [c.amazonUsd, 123.45, 2],
        [c.amazonUsd, 50, 5000], // the per-order maximum
        [c.netflixJpy, 1000, 1],
        [c.netflixJpy, 1500, 3],
        [c.amazonGbp, 5, 1],
      ];
      for (const [id, denomination, quantity] of cases) {
        for (const response of [
          await viaPost(id, { denomination, quantity }),
          await viaGet(id, `denomination=${encodeURIComponent(denomination)}&quantity=${encodeURIComponent(quantity)}`),
        ]) {
          assert.equal(response.statusCode, 200, `${id} ${denomination} × ${quantity}`);
          assert.deepEqual(response.json(), { is_available: true }, `${id} ${denomination} × ${quantity}`);
          assert.equal(response.headers['cache-control'], 'no-store');
          assert.ok(response.headers['ratelimit-limit'], "response.headers['ratelimit-limit']");
        }
      }
      // Extra body fields are ignored.
      assert.equal((await viaPost(c.amazonUsd, { denomination: 50, quantity: 1, wallet_id: 3 })).json().is_available, true);
    });

    test("a value in no range or a quantity above the limit is the quote's 400 (POST …/charges), not is_available: false", async () => {
      const invalidDenomination = badRequest('Invalid denomination');
      const aboveLimit = (limit: number) => badRequest(`Quantity exceeds maximum allowed (${limit})`);
      const cases: [number, number, number, ReturnType<typeof badRequest>][] = [
        [c.amazonUsd, 11, 1, invalidDenomination], // between ranges
        [c.amazonUsd, 9.99, 1, invalidDenomination],
        [c.amazonUsd, 500.01, 1, invalidDenomination],
        [c.amazonUsd, 50.001, 1, invalidDenomination], // more decimals than USD has
        [c.netflixJpy, 1000.5, 1, invalidDenomination], // JPY has no minor unit
        [c.amazonGbp, 200.5, 1, invalidDenomination],
        [c.amazonUsd, 11, 5001, invalidDenomination], // the value is checked first, as by the quote
        [c.amazonUsd, 50, 5001, aboveLimit(5000)],
        [c.amazonUsd, 50, 1e15, aboveLimit(5000)],
      ];
      for (const [id, denomination, quantity, error] of cases) {
        const label = `${id} ${denomination} × ${quantity}`;
        const quote = await post(store, `/api/v1/products/${id}/charges`, token, { denomination, quantity });
        assert.equal(quote.statusCode, 400, label);
        assert.deepEqual(errorOf(quote), error, label);
        for (const response of [
          await viaPost(id, { denomination, quantity }),
          await viaGet(id, `denomination=${encodeURIComponent(denomination)}&quantity=${encodeURIComponent(quantity)}`),
        ]) {
          assert.equal(response.statusCode, 400, label);
          assert.deepEqual(errorOf(response), error, label);
        }
      }
      // A value beyond what a denomination can be (the quote's body schema stops it earlier).
      assert.deepEqual(errorOf(await viaPost(c.amazonUsd, { denomination: 1e21, quantity: 1 })), invalidDenomination);

      // The client's own limit for the product, as the quote applies it.
      const credentials = await createClient(store, { features: ['vouchers'] });
      const limited = (await loginOk(store, credentials)).access_token;
      await store.container.clientTerms.setMaxQuantity(credentials.client_id, { productId: c.amazonUsd, maxQuantity: 10 });
      assert.deepEqual((await post(store, `/api/v1/products/${c.amazonUsd}/availability`, limited, { denomination: 50, quantity: 10 })).json(), {
        is_available: true,
      });
      for (const response of [
        await post(store, `/api/v1/products/${c.amazonUsd}/availability`, limited, { denomination: 50, quantity: 11 }),
        await get(store, `/api/v1/products/${c.amazonUsd}/availability?denomination=50&quantity=11`, limited),
        await post(store, `/api/v1/products/${c.amazonUsd}/charges`, limited, { denomination: 50, quantity: 11 }),
      ]) {
        assert.equal(response.statusCode, 400);
        assert.deepEqual(errorOf(response), aboveLimit(10));
      }
    });

    test('404 "Product not found" for products the client cannot see', async () => {
      for (const id of [c.inactive, c.noRanges, c.underRetired, c.underHiddenSubcategory, 2_147_483_647]) {
        for (const response of [await viaPost(id, { denomination: 10, quantity: 1 }), await viaGet(id, 'denomination=10&quantity=1')]) {
          assert.equal(response.statusCode, 404, String(id));
          assert.deepEqual(errorOf(response), notFound('Product not found'));
        }
      }
    });

    test('a bad body is 400 VALIDATION_FAILURE; a bad query 400 "Invalid query parameters"; bad JSON SYNTAX_ERROR', async () => {
      for (const body of [
        {},
        { denomination: 10 },
        { quantity: 1 },
        { denomination: 0, quantity: 1 },
        { denomination: -5, quantity: 1 },
        { denomination: '10', quantity: 1 },
        { denomination: null, quantity: 1 },
        { denomination: 10, quantity: 0 },
        { denomination: 10, quantity: -1 },
        { denomination: 10, quantity: 1.5 },
        { denomination: 10, quantity: '1' },
        [10, 1],
      ]) {
        const response = await viaPost(c.amazonUsd, body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        const error = errorOf(response) as { name: string; code: string; message: string; details?: unknown[] };
        assert.equal(error.code, 'VALIDATION_FAILURE', JSON.stringify(body));
        assert.equal(error.name, 'ValidationException');
        assert.equal(error.message, 'denomination must be a number greater than 0 and quantity an integer greater than 0');
      }
      const syntax = await viaPost(c.amazonUsd, '{"denomination": 10,');
      assert.equal(syntax.statusCode, 400);
      assert.deepEqual(errorOf(syntax), { name: 'SyntaxError', code: 'SYNTAX_ERROR', message: 'Invalid request body' });
      const empty = await post(store, `/api/v1/products/${c.amazonUsd}/availability`, token);
      assert.equal(empty.statusCode, 400);

      for (const query of [
        '',
        'denomination=10',
        'quantity=1',
        'denomination=0&quantity=1',
        'denomination=abc&quantity=1',
        'denomination=10&quantity=0',
        'denomination=10&quantity=1.5',
        'denomination=-1&quantity=1',
      ]) {
        const response = await viaGet(c.amazonUsd, query);
        assert.equal(response.statusCode, 400, query);
        assert.deepEqual(errorOf(response), INVALID_QUERY, query);
      }
      // The id is checked before the body.
      assert.deepEqual(errorOf(await post(store, '/api/v1/products/abc/availability', token, {})), badRequest('Invalid product ID'));
    });
  });

  describe(`products: caching and failures [${engine}]`, () => {
    let store: TestStore;
    let c: Catalog;
    let clientId: number;
    let token: string;

    before(async () => {
      store = await startTestStore(engine);
      c = await seedCatalog(store);
      const credentials = await createClient(store, { features: ['vouchers'] });
      clientId = credentials.client_id;
      token = (await loginOk(store, credentials)).access_token;
      await store.container.catalog.setNegotiatedDiscount(clientId, { product_id: c.apple, denomination_id: null, discount: 4 });
      await store.container.catalog.blacklistProduct(clientId, c.steam);
    });
    after(() => store.close());

    const TABLES = ['products', 'product_denominations', 'client_product_blacklist', 'client_product_discounts'];

    test('a warm list, detail and availability do no database query', async () => {
      const db = store.container.database.db;
      const list = await get(store, '/api/v1/products?sort={"field":"name"}&limit=3', token);
      const detail = await get(store, `/api/v1/products/${c.apple}`, token);
      assert.equal(detail.json().available_denominations[0].discount, 4);
      // Availability also reads the client's terms (its quantity limits), cached like its pricing.
      assert.equal((await post(store, `/api/v1/products/${c.apple}/availability`, token, { denomination: 15, quantity: 1 })).statusCode, 200);
      for (const table of TABLES) await sql`alter table ${sql.table(table)} rename to ${sql.table(`${table}_moved`)}`.execute(db);
      try {
        const cachedList = await get(store, '/api/v1/products?sort={"field":"name"}&limit=3', token);
        assert.equal(cachedList.statusCode, 200);
        assert.equal(cachedList.body, list.body);
        assert.equal(cachedList.headers['x-total-count'], '4');
        const cachedDetail = await get(store, `/api/v1/products/${c.apple}`, token);
        assert.equal(cachedDetail.body, detail.body);
        assert.equal((await get(store, `/api/v1/products?search=amazon&category=Gift%20Cards&sort_by=category`, token)).statusCode, 200);
        assert.equal((await get(store, `/api/v1/products/${c.steam}`, token)).statusCode, 404);
        const available = await post(store, `/api/v1/products/${c.apple}/availability`, token, { denomination: 15, quantity: 2 });
        assert.deepEqual(available.json(), { is_available: true });
      } finally {
        for (const table of TABLES) await sql`alter table ${sql.table(`${table}_moved`)} rename to ${sql.table(table)}`.execute(db);
      }
    });

    test('operator changes reach the cached views at once', async () => {
      const catalog = store.container.catalog;
      const reference = store.container.reference;
      await get(store, '/api/v1/products', token); // warm
      await catalog.setProductActive(c.amazonGbp, false);
      assert.equal((await get(store, `/api/v1/products/${c.amazonGbp}`, token)).statusCode, 404);
      assert.ok(
        !ids(await get(store, '/api/v1/products', token)).includes(c.amazonGbp),
        "!ids(await get(store, '/api/v1/products', token)).includes(c.amazonGbp)",
      );
      await catalog.setProductActive(c.amazonGbp, true);
      assert.ok(
        ids(await get(store, '/api/v1/products', token)).includes(c.amazonGbp),
        "ids(await get(store, '/api/v1/products', token)).includes(c.amazonGbp)",
      );

      await catalog.updateProduct(c.amazonGbp, { name: 'Amazon UK' });
      assert.equal((await get(store, `/api/v1/products/${c.amazonGbp}`, token)).json().name, 'Amazon UK');
      await catalog.updateProduct(c.amazonGbp, { name: 'Amazon Gift Card - GBP' });

      // Reference data is part of the view: a renamed category, a deactivated currency.
      await reference.updateCategory(c.categories.gaming, { name: 'Games' });
      assert.deepEqual(ids(await get(store, '/api/v1/products?category=Games', token)), []); // steam is blacklisted for this client
      assert.equal((await get(store, `/api/v1/products/${c.apple}`, token)).json().category, 'Gift Cards');
      await reference.updateCategory(c.categories.gaming, { name: 'Gaming' });
      await reference.setCurrencyActive(JPY, false);
      assert.equal((await get(store, `/api/v1/products/${c.netflixJpy}`, token)).statusCode, 404);
      await reference.setCurrencyActive(JPY, true);
      assert.equal((await get(store, `/api/v1/products/${c.netflixJpy}`, token)).statusCode, 200);

      const added = await catalog.addDenomination(c.netflixJpy, { min_value: 20000, max_value: 20000, discount: 2 });
      assert.deepEqual((await get(store, `/api/v1/products/${c.netflixJpy}`, token)).json().available_denominations, [
        { min_value: 1000, max_value: 10000, discount: 1.25 },
        { min_value: 20000, max_value: 20000, discount: 2 },
      ]);
      await catalog.removeDenomination(added.denominations.find((d) => d.min_value === 20000)!.id);
      assert.equal((await get(store, `/api/v1/products/${c.netflixJpy}`, token)).json().available_denominations.length, 1);
    });

    test('a database failure is a 500 with the documented message and no internals', async () => {
      const db = store.container.database.db;
      await sql`alter table products rename to broken_products`.execute(db);
      try {
        await store.container.bus.publish('catalog', 'products'); // drop this process's snapshot
        for (const [response, message] of [
          [await get(store, '/api/v1/products', token), 'Failed to retrieve products'],
          [await get(store, `/api/v1/products/${c.apple}`, token), 'Failed to retrieve product'],
          [
            await post(store, `/api/v1/products/${c.apple}/availability`, token, { denomination: 15, quantity: 1 }),
            'Failed to check product availability',
          ],
          [await get(store, `/api/v1/products/${c.apple}/availability?denomination=15&quantity=1`, token), 'Failed to check product availability'],
        ] as const) {
          assert.equal(response.statusCode, 500);
          assert.deepEqual(response.json(), { error: { name: 'InternalServerError', code: 'INTERNAL_SERVER_ERROR', message } });
        }
      } finally {
        await sql`alter table broken_products rename to products`.execute(db);
      }
      assert.equal((await get(store, '/api/v1/products', token)).statusCode, 200, 'the failure was not cached');
      assert.match(store.logs.text(), /broken_products|relation .* does not exist/);
    });
  });

  describe(`products: rate limits [${engine}]`, () => {
    let store: TestStore;
    let c: Catalog;
    before(async () => {
      store = await startTestStore(engine, { env: { RATE_LIMIT_READ: '3', RATE_LIMIT_QUOTES: '2' } });
      c = await seedCatalog(store);
    });
    after(() => store.close());

    test('list/detail share the "every GET" bucket; availability has the quotes bucket (both forms)', async () => {
      const token = (await loginOk(store, await createClient(store, { features: ['vouchers'] }))).access_token;
      const other = (await loginOk(store, await createClient(store, { features: ['vouchers'] }))).access_token;
      assert.equal((await get(store, '/api/v1/products', token)).statusCode, 200);
      assert.equal((await get(store, `/api/v1/products/${c.apple}`, token)).statusCode, 200);
      const quote1 = await post(store, `/api/v1/products/${c.apple}/availability`, token, { denomination: 15, quantity: 1 });
      assert.equal(quote1.statusCode, 200);
      assert.equal(quote1.headers['ratelimit-limit'], '2');
      assert.equal((await get(store, `/api/v1/products/${c.apple}/availability?denomination=15&quantity=1`, token)).statusCode, 200);
      const quoteLimited = await post(store, `/api/v1/products/${c.apple}/availability`, token, { denomination: 15, quantity: 1 });
      assert.equal(quoteLimited.statusCode, 429);
      assert.match(errorOf(quoteLimited).message, /^Rate limit exceeded\. Retry after \d+ seconds\.$/);
      assert.match(quoteLimited.headers['retry-after'] as string, /^\d+$/);
      // The quote requests did not use the read bucket: one read is left.
      assert.equal((await get(store, '/api/v1/countries', token)).statusCode, 200);
      assert.equal((await get(store, '/api/v1/products', token)).statusCode, 429);
      // Another client has its own buckets.
      assert.equal((await get(store, '/api/v1/products', other)).statusCode, 200);
      assert.equal((await post(store, `/api/v1/products/${c.apple}/availability`, other, { denomination: 15, quantity: 1 })).statusCode, 200);
    });
  });
}

if (ENGINES.includes('postgres')) {
  describe('products: invalidation across processes [postgres]', () => {
    const stores = twoStoresOnPostgres();

    test("an operator change in one process reaches another process's cached catalog and pricing", async () => {
      const { first, second } = stores;
      const c = await seedCatalog(first);
      const credentials = await createClient(second, { features: ['vouchers'] });
      const token = (await loginOk(second, credentials)).access_token;
      assert.equal((await get(second, '/api/v1/products', token)).headers['x-total-count'], '5'); // cached in `second`

      await first.container.catalog.setProductActive(c.apple, false);
      assert.equal((await get(second, `/api/v1/products/${c.apple}`, token)).statusCode, 404);
      await first.container.catalog.setProductActive(c.apple, true);
      assert.equal((await get(second, `/api/v1/products/${c.apple}`, token)).statusCode, 200);

      await first.container.catalog.blacklistProduct(credentials.client_id, c.apple);
      assert.equal((await get(second, `/api/v1/products/${c.apple}`, token)).statusCode, 404);
      await first.container.catalog.setNegotiatedDiscount(credentials.client_id, { product_id: c.steam, denomination_id: null, discount: 7 });
      assert.equal((await get(second, `/api/v1/products/${c.steam}`, token)).json().available_denominations[0].discount, 7);
      await first.container.reference.setCategoryActive(c.categories.gaming, false);
      assert.equal((await get(second, `/api/v1/products/${c.steam}`, token)).statusCode, 404);
    });
  });
}
