import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, errorOf, loginOk, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, twoStoresOnPostgres, type TestStore } from '../helpers/store.ts';

const ADMIN_TOKEN = 'reference-admin-token-0123456789abcdef-xyz';

function admin(store: TestStore, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, token = ADMIN_TOKEN) {
  return store.app.inject({
    method,
    url: `/admin/v1${url}`,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  });
}

function clientGet(store: TestStore, url: string, token: string) {
  return store.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
}

async function auditEntries(store: TestStore, target: string) {
  return store.container.database.db
    .selectFrom('audit_log')
    .select(['actor', 'action', 'target', 'details'])
    .where('target', '=', target)
    .orderBy('id')
    .execute();
}

const badRequest = (message: string) => ({ name: 'BadRequestError', code: 'BAD_REQUEST', message });
const notFound = (message: string) => ({ name: 'NotFoundError', code: 'NOT_FOUND', message });

for (const engine of ENGINES) {
  describe(`reference data: operator side [${engine}]`, () => {
    let store: TestStore;
    let token: string;
    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      token = (await loginOk(store, await createClient(store, { features: ['vouchers'] }))).access_token;
    });
    after(() => store.close());

    test('admin routes take the operator token only', async () => {
      for (const [method, url] of [
        ['GET', '/countries'],
        ['POST', '/countries/840/deactivate'],
        ['GET', '/currencies'],
        ['POST', '/categories'],
        ['PATCH', '/subcategories/1'],
      ] as const) {
        for (const bearer of ['', token, 'not-the-admin-token-but-long-enough-0123456789']) {
          const response = await admin(store, method, url, method === 'GET' ? undefined : { name: 'x' }, bearer);
          assert.equal(response.statusCode, 401, `${method} ${url}`);
          assert.deepEqual(errorOf(response), UNAUTHORIZED);
        }
      }
    });

    test('deactivate and activate a country: audited, hidden from clients at once', async () => {
      const list = await admin(store, 'GET', '/countries');
      assert.equal(list.statusCode, 200);
      const countries = list.json() as { id: number; active: boolean }[];
      assert.equal(countries.length, 249);
      assert.ok(
        countries.every((c) => c.active),
        'countries.every((c) => c.active)',
      );

      const off = await admin(store, 'POST', '/countries/276/deactivate');
      assert.equal(off.statusCode, 200);
      assert.deepEqual(off.json(), {
        id: 276,
        name: 'Germany',
        official_name: 'Federal Republic of Germany',
        alpha_2: 'DE',
        alpha_3: 'DEU',
        numeric_code: '276',
        dialing_prefix: '+49',
        active: false,
      });
      assert.equal((await clientGet(store, '/api/v1/countries/276', token)).statusCode, 404);
      const visible = (await clientGet(store, '/api/v1/countries', token)).json() as { id: number }[];
      assert.equal(visible.length, 248);
      assert.equal((await admin(store, 'GET', '/countries')).json().length, 249, 'the operator still sees it');

      const on = await admin(store, 'POST', '/countries/276/activate');
      assert.equal(on.statusCode, 200);
      assert.equal(on.json().active, true);
      assert.equal((await clientGet(store, '/api/v1/countries/276', token)).statusCode, 200);

      const audit = await auditEntries(store, 'country:276');
      assert.deepEqual(
        audit.map((a) => [a.actor, a.action]),
        [
          ['operator:admin-token', 'country.deactivate'],
          ['operator:admin-token', 'country.activate'],
        ],
      );
      const details = audit[0]!.details as { before: { active: boolean }; after: { active: boolean } };
      assert.equal(details.before.active, true);
      assert.equal(details.after.active, false);

      const missing = await admin(store, 'POST', '/countries/999/deactivate');
      assert.equal(missing.statusCode, 404);
      assert.deepEqual(errorOf(missing), notFound('Country not found'));
      for (const id of ['abc', '0', '1.5', '99999999999']) {
        const bad = await admin(store, 'POST', `/countries/${id}/deactivate`);
        assert.equal(bad.statusCode, 400, id);
        assert.deepEqual(errorOf(bad), badRequest('Invalid country ID'));
      }
    });

    test('deactivate and activate a currency', async () => {
      const list = (await admin(store, 'GET', '/currencies')).json() as { currency: string }[];
      assert.ok(
        list.some((c) => c.currency === 'KWD'),
        "list.some((c) => c.currency === 'KWD')",
      );
      const off = await admin(store, 'POST', '/currencies/414/deactivate');
      assert.equal(off.statusCode, 200);
      assert.deepEqual(off.json(), {
        id: 414,
        name: 'Kuwaiti Dinar',
        currency: 'KWD',
        precision: 3,
        numeric_code: '414',
        active: false,
      });
      const missing = await clientGet(store, '/api/v1/currencies/414', token);
      assert.equal(missing.statusCode, 404);
      assert.deepEqual(errorOf(missing), notFound('Currency not found'));
      assert.equal((await admin(store, 'POST', '/currencies/414/activate')).json().active, true);
      assert.equal((await clientGet(store, '/api/v1/currencies/414', token)).statusCode, 200);
      assert.deepEqual(
        (await auditEntries(store, 'currency:414')).map((a) => a.action),
        ['currency.deactivate', 'currency.activate'],
      );
      const bad = await admin(store, 'POST', '/currencies/x/activate');
      assert.deepEqual(errorOf(bad), badRequest('Invalid currency ID'));
      assert.deepEqual(errorOf(await admin(store, 'POST', '/currencies/1/activate')), notFound('Currency not found'));
    });

    test('categories: create, rename, deactivate, activate; names unique regardless of case', async () => {
      const created = await admin(store, 'POST', '/categories', { name: '  Streaming  ' });
      assert.equal(created.statusCode, 201);
      const category = created.json() as { id: number; name: string; active: boolean };
      assert.deepEqual(category, { id: category.id, name: 'Streaming', active: true });
      assert.deepEqual((await clientGet(store, `/api/v1/categories/${category.id}`, token)).json(), {
        id: category.id,
        name: 'Streaming',
      });

      for (const name of ['Streaming', 'streaming', ' STREAMING ']) {
        const duplicate = await admin(store, 'POST', '/categories', { name });
        assert.equal(duplicate.statusCode, 400, name);
        assert.deepEqual(errorOf(duplicate), badRequest('A category with this name already exists'));
      }
      for (const body of [{}, { name: '' }, { name: '   ' }, { name: 5 }, { name: 'x'.repeat(201) }]) {
        const invalid = await admin(store, 'POST', '/categories', body);
        assert.equal(invalid.statusCode, 400, JSON.stringify(body));
        assert.equal(errorOf(invalid).code, 'VALIDATION_FAILURE', JSON.stringify(body));
      }

      const renamed = await admin(store, 'PATCH', `/categories/${category.id}`, { name: 'Streaming & Music' });
      assert.equal(renamed.statusCode, 200);
      assert.equal(renamed.json().name, 'Streaming & Music');
      assert.equal((await clientGet(store, `/api/v1/categories/${category.id}`, token)).json().name, 'Streaming & Music');
      // Renaming to its own name in another case is fine; to another category's name is not.
      assert.equal((await admin(store, 'PATCH', `/categories/${category.id}`, { name: 'STREAMING & MUSIC' })).statusCode, 200);
      const other = (await admin(store, 'POST', '/categories', { name: 'Travel' })).json() as { id: number };
      const clash = await admin(store, 'PATCH', `/categories/${other.id}`, { name: 'streaming & music' });
      assert.deepEqual(errorOf(clash), badRequest('A category with this name already exists'));
      assert.equal(errorOf(await admin(store, 'PATCH', `/categories/${other.id}`, {})).code, 'VALIDATION_FAILURE');

      const off = await admin(store, 'POST', `/categories/${category.id}/deactivate`);
      assert.deepEqual(off.json(), { id: category.id, name: 'STREAMING & MUSIC', active: false });
      const hidden = await clientGet(store, `/api/v1/categories/${category.id}`, token);
      assert.equal(hidden.statusCode, 404);
      assert.deepEqual(errorOf(hidden), notFound('Category not found'));
      assert.ok(
        !(await clientGet(store, '/api/v1/categories', token)).json().some((c: { id: number }) => c.id === category.id),
        "!(await clientGet(store, '/api/v1/categories', token)).json().some((c: { id: number }) => c.id ==...",
      );
      assert.equal((await admin(store, 'GET', `/categories/${category.id}`)).json().active, false);

      const onAgain = await admin(store, 'PATCH', `/categories/${category.id}`, { active: true });
      assert.equal(onAgain.json().active, true);
      assert.equal((await clientGet(store, `/api/v1/categories/${category.id}`, token)).statusCode, 200);

      assert.deepEqual(
        (await auditEntries(store, `category:${category.id}`)).map((a) => [a.actor, a.action]),
        [
          ['operator:admin-token', 'category.create'],
          ['operator:admin-token', 'category.update'],
          ['operator:admin-token', 'category.update'],
          ['operator:admin-token', 'category.deactivate'],
          ['operator:admin-token', 'category.activate'],
        ],
      );

      assert.deepEqual(errorOf(await admin(store, 'GET', '/categories/2147483647')), notFound('Category not found'));
      assert.deepEqual(errorOf(await admin(store, 'PATCH', '/categories/2147483647', { name: 'x' })), notFound('Category not found'));
      assert.deepEqual(errorOf(await admin(store, 'GET', '/categories/1e3')), badRequest('Invalid category ID'));
      const list = (await admin(store, 'GET', '/categories')).json() as { name: string }[];
      assert.deepEqual(
        list.map((c) => c.name),
        ['STREAMING & MUSIC', 'Travel'],
      );
    });

    test('subcategories: belong to a category; unique per category; hidden with their category', async () => {
      const music = (await admin(store, 'POST', '/categories', { name: 'Music' })).json() as { id: number };
      const games = (await admin(store, 'POST', '/categories', { name: 'Games' })).json() as { id: number };

      const unknown = await admin(store, 'POST', '/subcategories', { category_id: 2_147_483_647, name: 'Spotify' });
      assert.equal(unknown.statusCode, 404);
      assert.deepEqual(errorOf(unknown), notFound('Category not found'));
      assert.equal(errorOf(await admin(store, 'POST', '/subcategories', { name: 'Spotify' })).code, 'VALIDATION_FAILURE');

      const created = await admin(store, 'POST', '/subcategories', { category_id: music.id, name: 'Spotify' });
      assert.equal(created.statusCode, 201);
      const spotify = created.json() as { id: number };
      assert.deepEqual(spotify, { id: spotify.id, category_id: music.id, name: 'Spotify', active: true });
      const duplicate = await admin(store, 'POST', '/subcategories', { category_id: music.id, name: 'SPOTIFY' });
      assert.deepEqual(errorOf(duplicate), badRequest('A subcategory with this name already exists in this category'));
      // The same name in another category is another subcategory.
      assert.equal((await admin(store, 'POST', '/subcategories', { category_id: games.id, name: 'Spotify' })).statusCode, 201);

      assert.deepEqual((await clientGet(store, `/api/v1/subcategories/${spotify.id}`, token)).json(), {
        id: spotify.id,
        name: 'Spotify',
      });
      const renamed = await admin(store, 'PATCH', `/subcategories/${spotify.id}`, { name: 'Spotify Premium' });
      assert.equal(renamed.json().name, 'Spotify Premium');

      // Deactivating the category hides its subcategories; reactivating shows them again.
      await admin(store, 'POST', `/categories/${music.id}/deactivate`);
      const hidden = await clientGet(store, `/api/v1/subcategories/${spotify.id}`, token);
      assert.equal(hidden.statusCode, 404);
      assert.deepEqual(errorOf(hidden), notFound('Subcategory not found'));
      await admin(store, 'POST', `/categories/${music.id}/activate`);
      assert.equal((await clientGet(store, `/api/v1/subcategories/${spotify.id}`, token)).statusCode, 200);

      const off = await admin(store, 'POST', `/subcategories/${spotify.id}/deactivate`);
      assert.equal(off.json().active, false);
      assert.equal((await clientGet(store, `/api/v1/subcategories/${spotify.id}`, token)).statusCode, 404);
      const adminList = (await admin(store, 'GET', '/subcategories')).json() as { id: number; active: boolean }[];
      assert.equal(adminList.find((s) => s.id === spotify.id)!.active, false);
      assert.equal((await admin(store, 'POST', `/subcategories/${spotify.id}/activate`)).json().active, true);
      assert.equal((await admin(store, 'GET', `/subcategories/${spotify.id}`)).json().name, 'Spotify Premium');

      assert.deepEqual(
        (await auditEntries(store, `subcategory:${spotify.id}`)).map((a) => a.action),
        ['subcategory.create', 'subcategory.update', 'subcategory.deactivate', 'subcategory.activate'],
      );
      assert.deepEqual(errorOf(await admin(store, 'GET', '/subcategories/abc')), badRequest('Invalid subcategory ID'));
      assert.deepEqual(errorOf(await admin(store, 'POST', '/subcategories/2147483647/activate')), notFound('Subcategory not found'));
    });

    test('two operators creating the same category at once: one 201, one 400', async () => {
      const responses = await Promise.all(Array.from({ length: 4 }, () => admin(store, 'POST', '/categories', { name: 'Concurrent' })));
      const codes = responses.map((r) => r.statusCode).sort();
      assert.deepEqual(codes, [201, 400, 400, 400]);
      for (const response of responses.filter((r) => r.statusCode === 400)) {
        assert.deepEqual(errorOf(response), badRequest('A category with this name already exists'));
      }
    });
  });
}

if (ENGINES.includes('postgres')) {
  describe('reference data: invalidation across processes [postgres]', () => {
    const stores = twoStoresOnPostgres({ env: { ADMIN_TOKEN } }, {});

    test("an operator change in one process reaches another process's snapshot", async () => {
      const { first, second } = stores;
      const token = (await loginOk(second, await createClient(second))).access_token;
      const warm = await clientGet(second, '/api/v1/countries/724', token); // Spain, now cached in `second`
      assert.equal(warm.statusCode, 200);
      assert.equal((await admin(first, 'POST', '/countries/724/deactivate')).statusCode, 200);
      assert.equal((await clientGet(second, '/api/v1/countries/724', token)).statusCode, 404);
      assert.equal((await admin(first, 'POST', '/countries/724/activate')).statusCode, 200);
      assert.equal((await clientGet(second, '/api/v1/countries/724', token)).statusCode, 200);
    });
  });
}
