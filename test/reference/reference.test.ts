import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createClient, errorOf, loginOk, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const BAD_IDS = ['abc', '0', '-1', '1.5', '1e3', '0x10', '99999999999', '2147483648', '12345678901234567890'];

const INVALID_FEATURE = {
  name: 'BadRequestError',
  code: 'INVALID_FEATURE',
  message: 'The requested feature is not enabled for this client',
};

function get(store: TestStore, url: string, token?: string, headers: Record<string, string> = {}) {
  return store.app.inject({
    method: 'GET',
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
}

for (const engine of ENGINES) {
  describe(`reference data [${engine}]`, () => {
    let store: TestStore;
    let token: string; // a client with the vouchers feature
    let plainToken: string; // a client without it
    let categoryIds: { giftCards: number; gaming: number; retired: number };
    let subcategoryIds: { amazon: number; steam: number; hidden: number; underRetired: number };

    before(async () => {
      store = await startTestStore(engine);
      token = (await loginOk(store, await createClient(store, { features: ['vouchers'] }))).access_token;
      plainToken = (await loginOk(store, await createClient(store))).access_token;
      const reference = store.container.reference;
      const giftCards = await reference.createCategory({ name: 'Gift Cards' });
      const gaming = await reference.createCategory({ name: 'Gaming' });
      const retired = await reference.createCategory({ name: 'Retired' });
      categoryIds = { giftCards: giftCards.id, gaming: gaming.id, retired: retired.id };
      subcategoryIds = {
        amazon: (await reference.createSubcategory({ categoryId: giftCards.id, name: 'Amazon' })).id,
        steam: (await reference.createSubcategory({ categoryId: gaming.id, name: 'Steam' })).id,
        hidden: (await reference.createSubcategory({ categoryId: gaming.id, name: 'Hidden', active: false })).id,
        underRetired: (await reference.createSubcategory({ categoryId: retired.id, name: 'Old' })).id,
      };
      await reference.setCategoryActive(retired.id, false);
    });
    after(() => store.close());

    test('countries: the full ISO 3166-1 list with the documented item shape', async () => {
      const response = await get(store, '/api/v1/countries', plainToken);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
      const countries = response.json() as Record<string, unknown>[];
      assert.equal(countries.length, 249);
      const usa = countries.find((c) => c.alpha_3 === 'USA');
      assert.deepEqual(usa, {
        id: 840,
        name: 'United States',
        official_name: 'United States of America',
        alpha_2: 'US',
        alpha_3: 'USA',
        numeric_code: '840',
        dialing_prefix: '+1',
      });
      const byAlpha2 = new Map(countries.map((c) => [c.alpha_2, c]));
      assert.equal(byAlpha2.get('GB')!.dialing_prefix, '+44');
      assert.equal(byAlpha2.get('DE')!.official_name, 'Federal Republic of Germany');
      assert.equal(byAlpha2.get('RU')!.dialing_prefix, '+7');
      assert.equal(byAlpha2.get('SH')!.dialing_prefix, '+290');
      assert.equal(byAlpha2.get('AQ')!.dialing_prefix, null);
      assert.equal(byAlpha2.get('XK'), undefined, 'Kosovo has no ISO 3166-1 code');
      assert.equal(new Set(countries.map((c) => c.alpha_3)).size, 249);
      for (const country of countries) {
        assert.deepEqual(Object.keys(country), ['id', 'name', 'official_name', 'alpha_2', 'alpha_3', 'numeric_code', 'dialing_prefix']);
        assert.match(country.alpha_2 as string, /^[A-Z]{2}$/);
        assert.match(country.alpha_3 as string, /^[A-Z]{3}$/);
        assert.match(country.numeric_code as string, /^\d{3}$/);
        assert.equal(country.id, Number(country.numeric_code));
        if (country.dialing_prefix !== null) assert.match(country.dialing_prefix as string, /^\+\d{1,7}$/);
      }
    });

    test('countries by id', async () => {
      const response = await get(store, '/api/v1/countries/840', plainToken);
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().alpha_2, 'US');
      assert.equal((await get(store, '/api/v1/countries/4', plainToken)).json().alpha_3, 'AFG');
      // Leading zeros are still a decimal integer.
      assert.equal((await get(store, '/api/v1/countries/0840', plainToken)).json().alpha_3, 'USA');

      const missing = await get(store, '/api/v1/countries/999', plainToken);
      assert.equal(missing.statusCode, 404);
      assert.deepEqual(errorOf(missing), { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Country not found' });
    });

    test('currencies: ISO 4217 with minor-unit precision', async () => {
      const response = await get(store, '/api/v1/currencies', plainToken);
      assert.equal(response.statusCode, 200);
      const currencies = response.json() as { id: number; name: string; currency: string; precision: number }[];
      const byCode = new Map(currencies.map((c) => [c.currency, c]));
      assert.deepEqual(byCode.get('USD'), { id: 840, name: 'US Dollar', currency: 'USD', precision: 2 });
      assert.equal(byCode.get('JPY')!.precision, 0);
      assert.equal(byCode.get('KWD')!.precision, 3);
      assert.equal(byCode.get('EUR')!.precision, 2);
      assert.equal(byCode.get('GBP')!.precision, 2);
      // Units without a minor unit in ISO 4217 (gold, SDR, the testing code) are not currencies here.
      for (const code of ['XAU', 'XDR', 'XTS', 'XXX']) assert.equal(byCode.get(code), undefined, code);
      assert.ok(currencies.length > 150, `${currencies.length} currencies`);
      for (const currency of currencies) {
        assert.deepEqual(Object.keys(currency), ['id', 'name', 'currency', 'precision']);
        assert.match(currency.currency, /^[A-Z]{3}$/);
        assert.ok(
          Number.isInteger(currency.precision) && currency.precision >= 0 && currency.precision <= 4,
          'Number.isInteger(currency.precision) && currency.precision >= 0 && currency.precision <= 4',
        );
      }
    });

    test('currencies by id', async () => {
      const response = await get(store, '/api/v1/currencies/392', plainToken);
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { id: 392, name: 'Yen', currency: 'JPY', precision: 0 });
      const missing = await get(store, '/api/v1/currencies/1', plainToken);
      assert.equal(missing.statusCode, 404);
      assert.deepEqual(errorOf(missing), { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Currency not found' });
    });

    test('categories and subcategories: only active ones, as {id, name}', async () => {
      const categories = await get(store, '/api/v1/categories', token);
      assert.equal(categories.statusCode, 200);
      assert.deepEqual(categories.json(), [
        { id: categoryIds.giftCards, name: 'Gift Cards' },
        { id: categoryIds.gaming, name: 'Gaming' },
      ]);
      const subcategories = await get(store, '/api/v1/subcategories', token);
      assert.equal(subcategories.statusCode, 200);
      // Inactive subcategories and those of an inactive category are hidden.
      assert.deepEqual(subcategories.json(), [
        { id: subcategoryIds.amazon, name: 'Amazon' },
        { id: subcategoryIds.steam, name: 'Steam' },
      ]);
    });

    test('categories and subcategories by id; inactive ones are not found', async () => {
      const category = await get(store, `/api/v1/categories/${categoryIds.gaming}`, token);
      assert.equal(category.statusCode, 200);
      assert.deepEqual(category.json(), { id: categoryIds.gaming, name: 'Gaming' });
      const subcategory = await get(store, `/api/v1/subcategories/${subcategoryIds.amazon}`, token);
      assert.equal(subcategory.statusCode, 200);
      assert.deepEqual(subcategory.json(), { id: subcategoryIds.amazon, name: 'Amazon' });

      for (const id of [categoryIds.retired, 2_147_483_647]) {
        const response = await get(store, `/api/v1/categories/${id}`, token);
        assert.equal(response.statusCode, 404);
        assert.deepEqual(errorOf(response), { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Category not found' });
      }
      for (const id of [subcategoryIds.hidden, subcategoryIds.underRetired, 2_147_483_647]) {
        const response = await get(store, `/api/v1/subcategories/${id}`, token);
        assert.equal(response.statusCode, 404);
        assert.deepEqual(errorOf(response), { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Subcategory not found' });
      }
    });

    test('categories and subcategories need the vouchers feature', async () => {
      for (const url of [
        '/api/v1/categories',
        `/api/v1/categories/${categoryIds.gaming}`,
        '/api/v1/subcategories',
        `/api/v1/subcategories/${subcategoryIds.amazon}`,
        // The feature is checked before the id.
        '/api/v1/categories/abc',
      ]) {
        const response = await get(store, url, plainToken);
        assert.equal(response.statusCode, 400, url);
        assert.deepEqual(errorOf(response), INVALID_FEATURE, url);
      }
    });

    test('a path id that is not an integer in 1 … 2147483647 is 400 "Invalid <thing> ID"', async () => {
      const things = { countries: 'country', currencies: 'currency', categories: 'category', subcategories: 'subcategory' };
      for (const [path, thing] of Object.entries(things)) {
        for (const id of [...BAD_IDS, '%201', '1%20']) {
          const response = await get(store, `/api/v1/${path}/${id}`, token);
          assert.equal(response.statusCode, 400, `${path}/${id}`);
          assert.deepEqual(errorOf(response), { name: 'BadRequestError', code: 'BAD_REQUEST', message: `Invalid ${thing} ID` }, `${path}/${id}`);
        }
      }
    });

    test('every route needs a valid access token', async () => {
      for (const url of [
        '/api/v1/countries',
        '/api/v1/countries/840',
        '/api/v1/currencies',
        '/api/v1/currencies/840',
        '/api/v1/categories',
        '/api/v1/categories/1',
        '/api/v1/subcategories',
        '/api/v1/subcategories/1',
        '/api/v1/countries/abc',
      ]) {
        for (const authorization of [undefined, 'Bearer not-a-token']) {
          const response = await get(store, url, undefined, authorization ? { authorization } : {});
          assert.equal(response.statusCode, 401, url);
          assert.deepEqual(errorOf(response), UNAUTHORIZED, url);
        }
      }
    });

    test('Cache-Control, ETag and If-None-Match → 304', async () => {
      for (const [url, bearer] of [
        ['/api/v1/countries', plainToken],
        ['/api/v1/countries/840', plainToken],
        ['/api/v1/currencies', plainToken],
        ['/api/v1/currencies/978', plainToken],
        ['/api/v1/categories', token],
        [`/api/v1/categories/${categoryIds.gaming}`, token],
        ['/api/v1/subcategories', token],
        [`/api/v1/subcategories/${subcategoryIds.steam}`, token],
      ] as const) {
        const first = await get(store, url, bearer);
        assert.equal(first.statusCode, 200, url);
        assert.equal(first.headers['cache-control'], 'private, max-age=300', url);
        const etag = first.headers.etag as string;
        assert.match(etag, /^"[A-Za-z0-9_-]+"$/, url);
        assert.ok(first.headers['ratelimit-limit'], `${url} has rate-limit headers`);
        assert.ok(first.headers['x-request-id'], url);

        for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
          const cached = await get(store, url, bearer, { 'if-none-match': ifNoneMatch });
          assert.equal(cached.statusCode, 304, `${url} ${ifNoneMatch}`);
          assert.equal(cached.body, '', url);
          assert.equal(cached.headers.etag, etag, url);
          assert.equal(cached.headers['cache-control'], 'private, max-age=300', url);
        }
        const stale = await get(store, url, bearer, { 'if-none-match': '"something-else"' });
        assert.equal(stale.statusCode, 200, url);
        assert.equal(stale.body, first.body, url);
        assert.equal(stale.headers.etag, etag, url);
      }
      // The list and an item have different tags; the same content keeps its tag.
      const list = await get(store, '/api/v1/countries', plainToken);
      const item = await get(store, '/api/v1/countries/840', plainToken);
      assert.notEqual(list.headers.etag, item.headers.etag);
      // Not-modified is not a way around the feature gate.
      const gated = await get(store, '/api/v1/categories', plainToken, { 'if-none-match': '*' });
      assert.equal(gated.statusCode, 400);
    });

    test('reads are served from memory; an operator change is seen at once with a new ETag', async () => {
      const before = await get(store, '/api/v1/countries', plainToken);
      // With the table gone the cached list still answers: no database query per request.
      await sql`alter table countries rename to countries_moved`.execute(store.container.database.db);
      try {
        const cached = await get(store, '/api/v1/countries', plainToken);
        assert.equal(cached.statusCode, 200);
        assert.equal(cached.body, before.body);
      } finally {
        await sql`alter table countries_moved rename to countries`.execute(store.container.database.db);
      }

      await store.container.reference.setCountryActive(250, false); // France
      try {
        const after = await get(store, '/api/v1/countries', plainToken);
        assert.equal(after.statusCode, 200);
        assert.notEqual(after.headers.etag, before.headers.etag);
        assert.equal(
          (after.json() as { alpha_2: string }[]).find((c) => c.alpha_2 === 'FR'),
          undefined,
        );
        assert.equal((after.json() as unknown[]).length, 248);
        const stale = await get(store, '/api/v1/countries', plainToken, { 'if-none-match': before.headers.etag as string });
        assert.equal(stale.statusCode, 200);
        const gone = await get(store, '/api/v1/countries/250', plainToken);
        assert.equal(gone.statusCode, 404);
        assert.equal(errorOf(gone).message, 'Country not found');
      } finally {
        await store.container.reference.setCountryActive(250, true);
      }
      const restored = await get(store, '/api/v1/countries', plainToken);
      assert.equal(restored.headers.etag, before.headers.etag);

      await store.container.reference.setCurrencyActive(978, false); // EUR
      try {
        const currencies = (await get(store, '/api/v1/currencies', plainToken)).json() as { currency: string }[];
        assert.equal(
          currencies.find((c) => c.currency === 'EUR'),
          undefined,
        );
        assert.equal((await get(store, '/api/v1/currencies/978', plainToken)).statusCode, 404);
      } finally {
        await store.container.reference.setCurrencyActive(978, true);
      }
      assert.equal((await get(store, '/api/v1/currencies/978', plainToken)).statusCode, 200);
    });

    test('a database failure is a 500 with the documented message and no internals', async () => {
      const db = store.container.database.db;
      const cases = [
        {
          table: 'countries',
          list: '/api/v1/countries',
          one: '/api/v1/countries/840',
          listMessage: 'Failed to retrieve countries',
          oneMessage: 'Failed to retrieve country',
        },
        {
          table: 'currencies',
          list: '/api/v1/currencies',
          one: '/api/v1/currencies/840',
          listMessage: 'Failed to retrieve currencies',
          oneMessage: 'Error retrieving currency',
        },
        {
          table: 'categories',
          list: '/api/v1/categories',
          one: `/api/v1/categories/${categoryIds.gaming}`,
          listMessage: 'Failed to retrieve categories',
          oneMessage: 'Failed to retrieve category',
        },
        {
          table: 'subcategories',
          list: '/api/v1/subcategories',
          one: `/api/v1/subcategories/${subcategoryIds.amazon}`,
          listMessage: 'Failed to retrieve subcategories',
          oneMessage: 'Failed to retrieve subcategory',
        },
      ];
      for (const { table, list, one, listMessage, oneMessage } of cases) {
        await sql`alter table ${sql.table(table)} rename to broken_reference`.execute(db);
        try {
          await store.container.bus.publish('reference', table); // drop this process's snapshot
          for (const [url, message] of [
            [list, listMessage],
            [one, oneMessage],
          ] as const) {
            const response = await get(store, url, token);
            assert.equal(response.statusCode, 500, url);
            assert.deepEqual(response.json(), {
              error: { name: 'InternalServerError', code: 'INTERNAL_SERVER_ERROR', message },
            });
          }
        } finally {
          await sql`alter table broken_reference rename to ${sql.table(table)}`.execute(db);
        }
        // The failure was not cached: the next request loads again.
        assert.equal((await get(store, list, token)).statusCode, 200, list);
      }
      // The cause is in the server log, not in the response.
      assert.match(store.logs.text(), /broken_reference|countries" does not exist|relation .* does not exist/);
    });
  });

  describe(`reference data: the "every GET" rate limit [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine, { env: { RATE_LIMIT_READ: '4' } });
    });
    after(() => store.close());

    test('one bucket per client across the reference routes; 429 with Retry-After', async () => {
      const first = (await loginOk(store, await createClient(store))).access_token;
      const second = (await loginOk(store, await createClient(store))).access_token;
      const urls = ['/api/v1/countries', '/api/v1/currencies', '/api/v1/countries/840', '/api/v1/currencies/840'];
      for (const [index, url] of urls.entries()) {
        const response = await get(store, url, first);
        assert.equal(response.statusCode, 200, url);
        assert.equal(response.headers['ratelimit-limit'], '4');
        assert.equal(response.headers['ratelimit-remaining'], String(3 - index));
      }
      const limited = await get(store, '/api/v1/countries/4', first);
      assert.equal(limited.statusCode, 429);
      assert.equal(errorOf(limited).code, 'TOO_MANY_REQUESTS');
      assert.match(errorOf(limited).message, /^Rate limit exceeded\. Retry after \d+ seconds\.$/);
      assert.match(limited.headers['retry-after'] as string, /^\d+$/);
      // Another client has its own bucket.
      assert.equal((await get(store, '/api/v1/countries', second)).statusCode, 200);
    });
  });
}
