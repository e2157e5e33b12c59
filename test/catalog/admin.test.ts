import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, errorOf, loginOk, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { badRequest, get, GBP, JPY, KWD, notFound, USA, USD } from './fixtures.ts';

const ADMIN_TOKEN = 'catalog-admin-token-0123456789abcdef-xyz';

function admin(store: TestStore, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, token = ADMIN_TOKEN) {
  return store.app.inject({
    method,
    url: `/admin/v1${url}`,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  });
}

async function auditEntries(store: TestStore, target: string) {
  return store.container.database.db
    .selectFrom('audit_log')
    .select(['actor', 'action', 'target', 'details'])
    .where('target', '=', target)
    .orderBy('id')
    .execute();
}

const validation = (response: { json(): unknown }) => (response.json() as { error: { code: string; message: string } }).error;

for (const engine of ENGINES) {
  describe(`catalog: operator side [${engine}]`, () => {
    let store: TestStore;
    let giftCards: number;
    let gaming: number;
    let amazon: number;
    let steam: number;
    let token: string;
    let clientId: number;

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      giftCards = (await store.container.reference.createCategory({ name: 'Gift Cards' })).id;
      gaming = (await store.container.reference.createCategory({ name: 'Gaming' })).id;
      amazon = (await store.container.reference.createSubcategory({ categoryId: giftCards, name: 'Amazon' })).id;
      steam = (await store.container.reference.createSubcategory({ categoryId: gaming, name: 'Steam' })).id;
      const credentials = await createClient(store, { features: ['vouchers'] });
      clientId = credentials.client_id;
      token = (await loginOk(store, credentials)).access_token;
    });
    after(() => store.close());

    const base = () => ({ name: 'Amazon Gift Card - USD', category_id: giftCards, subcategory_id: amazon, country_id: USA, currency_id: USD });

    test('admin routes take the operator token only', async () => {
      for (const [method, url] of [
        ['GET', '/products'],
        ['GET', '/products/1'],
        ['POST', '/products'],
        ['PATCH', '/products/1'],
        ['POST', '/products/1/activate'],
        ['POST', '/products/1/denominations'],
        ['PATCH', '/denominations/1'],
        ['DELETE', '/denominations/1'],
        ['GET', `/clients/${clientId}/pricing`],
        ['POST', `/clients/${clientId}/blacklist`],
        ['PUT', `/clients/${clientId}/discounts`],
        ['PUT', `/clients/${clientId}/features`],
      ] as const) {
        for (const bearer of ['', token, 'not-the-admin-token-but-long-enough-0123456789']) {
          const response = await admin(store, method, url, method === 'GET' || method === 'DELETE' ? undefined : {}, bearer);
          assert.equal(response.statusCode, 401, `${method} ${url}`);
          assert.deepEqual(errorOf(response), UNAUTHORIZED);
        }
      }
    });

    test('create a product with ranges: the operator view, audited, visible to clients at once', async () => {
      const created = await admin(store, 'POST', '/products', {
        ...base(),
        image_url: 'https://img.example/a.png',
        delivery_mode: ' Digital ',
        delivery_time: 'Instant',
        validity: '',
        description: 'Shop on Amazon.',
        voucher_type: 'CODE',
        denominations: [
          { min_value: 50, max_value: 500, discount: 3.5 },
          { min_value: 10.5, max_value: 10.5 },
        ],
      });
      assert.equal(created.statusCode, 201, created.body);
      const product = created.json();
      assert.match(product.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      assert.deepEqual(
        { ...product, created_at: undefined, updated_at: undefined, denominations: undefined },
        {
          id: product.id,
          name: 'Amazon Gift Card - USD',
          category_id: giftCards,
          category: 'Gift Cards',
          subcategory_id: amazon,
          sub_category: 'Amazon',
          country_id: USA,
          country_code: 'USA',
          currency_id: USD,
          currency_code: 'USD',
          image_url: 'https://img.example/a.png',
          delivery_mode: 'Digital',
          delivery_time: 'Instant',
          validity: null,
          description: 'Shop on Amazon.',
          redemption_instructions: null,
          terms: null,
          voucher_type: 'CODE',
          supplier: 'sandbox',
          active: true,
          orderable: true,
          demo: false,
          created_at: undefined,
          updated_at: undefined,
          denominations: undefined,
        },
      );
      assert.deepEqual(
        product.denominations.map((d: { min_value: number; max_value: number; discount: number }) => [d.min_value, d.max_value, d.discount]),
        [
          [10.5, 10.5, 0],
          [50, 500, 3.5],
        ],
      );
      const client = await get(store, `/api/v1/products/${product.id}`, token);
      assert.equal(client.statusCode, 200);
      assert.deepEqual(client.json().available_denominations, [
        { min_value: 10.5, max_value: 10.5, discount: 0 },
        { min_value: 50, max_value: 500, discount: 3.5 },
      ]);
      const audit = await auditEntries(store, `product:${product.id}`);
      assert.deepEqual(
        audit.map((a) => [a.actor, a.action]),
        [['operator:admin-token', 'product.create']],
      );
      assert.equal((audit[0]!.details as { after: { name: string } }).after.name, 'Amazon Gift Card - USD');

      assert.deepEqual((await admin(store, 'GET', `/products/${product.id}`)).json(), product);
      const list = (await admin(store, 'GET', '/products')).json() as { id: number }[];
      assert.ok(
        list.some((p) => p.id === product.id),
        'list.some((p) => p.id === product.id)',
      );

      // A product without ranges exists for the operator but is not orderable.
      const bare = await admin(store, 'POST', '/products', { ...base(), name: 'Bare' });
      assert.equal(bare.statusCode, 201);
      assert.equal(bare.json().orderable, false);
      assert.deepEqual(bare.json().denominations, []);
      assert.equal((await get(store, `/api/v1/products/${bare.json().id}`, token)).statusCode, 404);
    });

    test('create: references must exist and agree; values must fit the currency; ranges must not overlap', async () => {
      const cases: [object, number, string, string][] = [
        [{ ...base(), category_id: 2_147_483_647 }, 404, 'NOT_FOUND', 'Category not found'],
        [{ ...base(), subcategory_id: 2_147_483_647 }, 404, 'NOT_FOUND', 'Subcategory not found'],
        [{ ...base(), subcategory_id: steam }, 400, 'BAD_REQUEST', 'Subcategory does not belong to the category'],
        [{ ...base(), country_id: 999 }, 404, 'NOT_FOUND', 'Country not found'],
        [{ ...base(), currency_id: 1 }, 404, 'NOT_FOUND', 'Currency not found'],
        [{ ...base(), supplier: 'acme' }, 400, 'BAD_REQUEST', 'Unknown supplier: acme (known: inventory, sandbox)'],
        [{ ...base(), name: '   ' }, 400, 'VALIDATION_FAILURE', 'Product name is required'],
        [
          { ...base(), denominations: [{ min_value: 10.001, max_value: 20 }] },
          400,
          'VALIDATION_FAILURE',
          'denominations.0.min_value has more decimal places than USD allows (2)',
        ],
        [
          { ...base(), currency_id: JPY, denominations: [{ min_value: 1000, max_value: 1000.5 }] },
          400,
          'VALIDATION_FAILURE',
          'denominations.0.max_value has more decimal places than JPY allows (0)',
        ],
        // Only what an order may name (0.01 … 1,000,000,000): a KWD 0.005 voucher could be listed but never ordered.
        [
          { ...base(), currency_id: KWD, denominations: [{ min_value: 0.005, max_value: 0.005 }] },
          400,
          'VALIDATION_FAILURE',
          'Request validation failed',
        ],
        [{ ...base(), denominations: [{ min_value: 10, max_value: 2_000_000_000 }] }, 400, 'VALIDATION_FAILURE', 'Request validation failed'],
        [
          { ...base(), denominations: [{ min_value: 20, max_value: 10 }] },
          400,
          'VALIDATION_FAILURE',
          'denominations.0.min_value must not be greater than max_value',
        ],
        [
          { ...base(), denominations: [{ min_value: 10, max_value: 20, discount: 1.234 }] },
          400,
          'VALIDATION_FAILURE',
          'denominations.0.discount may have at most 2 decimal places',
        ],
        [
          {
            ...base(),
            denominations: [
              { min_value: 10, max_value: 50 },
              { min_value: 50, max_value: 60 },
            ],
          },
          400,
          'BAD_REQUEST',
          'Denomination ranges of a product must not overlap',
        ],
        [
          {
            ...base(),
            denominations: [
              { min_value: 10, max_value: 50 },
              { min_value: 20, max_value: 20 },
            ],
          },
          400,
          'BAD_REQUEST',
          'Denomination ranges of a product must not overlap',
        ],
      ];
      for (const [body, status, code, message] of cases) {
        const response = await admin(store, 'POST', '/products', body);
        assert.equal(response.statusCode, status, JSON.stringify(body));
        assert.equal(validation(response).code, code, JSON.stringify(body));
        assert.equal(validation(response).message, message, JSON.stringify(body));
      }
      // Schema-level: wrong types, out of range, unknown fields.
      for (const body of [
        {},
        { ...base(), name: 5 },
        { ...base(), voucher_type: 'PDF' },
        { ...base(), image_url: 'ftp://x' },
        { ...base(), unknown_field: 1 },
        { ...base(), denominations: [{ min_value: 0, max_value: 10 }] },
        { ...base(), denominations: [{ min_value: 10, max_value: 10, discount: 100 }] },
        { ...base(), denominations: [{ min_value: 10, max_value: 10, discount: -1 }] },
        { ...base(), denominations: [{ min_value: '10', max_value: 10 }] },
        { ...base(), denominations: [{ min_value: 10, max_value: 1_000_000_001 }] },
      ]) {
        const response = await admin(store, 'POST', '/products', body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        assert.equal(validation(response).code, 'VALIDATION_FAILURE', JSON.stringify(body));
      }
    });

    test('update, activate, deactivate: audited; checks as on create', async () => {
      const product = (
        await admin(store, 'POST', '/products', {
          ...base(),
          name: 'Steam',
          category_id: gaming,
          subcategory_id: steam,
          denominations: [{ min_value: 20.5, max_value: 20.5 }],
        })
      ).json();
      const renamed = await admin(store, 'PATCH', `/products/${product.id}`, { name: 'Steam Wallet', terms: 'No refunds', voucher_type: 'URL' });
      assert.equal(renamed.statusCode, 200);
      assert.equal(renamed.json().name, 'Steam Wallet');
      assert.equal(renamed.json().voucher_type, 'URL');
      assert.equal(renamed.json().terms, 'No refunds');
      assert.equal(renamed.json().category_id, gaming, 'fields not given stay');

      // Moving to another category needs a subcategory of that category (or none).
      const moved = await admin(store, 'PATCH', `/products/${product.id}`, { category_id: giftCards });
      assert.deepEqual(errorOf(moved), badRequest('Subcategory does not belong to the category'));
      const movedOk = await admin(store, 'PATCH', `/products/${product.id}`, { category_id: giftCards, subcategory_id: null });
      assert.equal(movedOk.statusCode, 200);
      assert.equal(movedOk.json().sub_category, null);
      // A currency whose precision the ranges do not fit.
      const jpy = await admin(store, 'PATCH', `/products/${product.id}`, { currency_id: JPY });
      assert.deepEqual(errorOf(jpy), badRequest('Denomination ranges do not fit the precision of JPY (0)'));
      assert.equal((await admin(store, 'PATCH', `/products/${product.id}`, { currency_id: GBP })).json().currency_code, 'GBP');
      assert.equal(errorOf(await admin(store, 'PATCH', `/products/${product.id}`, {})).code, 'VALIDATION_FAILURE');
      assert.deepEqual(
        errorOf(await admin(store, 'PATCH', `/products/${product.id}`, { supplier: 'upstream' })),
        badRequest('Unknown supplier: upstream (known: inventory, sandbox)'),
      );

      const off = await admin(store, 'POST', `/products/${product.id}/deactivate`);
      assert.equal(off.statusCode, 200);
      assert.equal(off.json().active, false);
      assert.equal(off.json().orderable, false);
      assert.equal((await get(store, `/api/v1/products/${product.id}`, token)).statusCode, 404);
      const on = await admin(store, 'POST', `/products/${product.id}/activate`);
      assert.equal(on.json().active, true);
      assert.equal((await get(store, `/api/v1/products/${product.id}`, token)).json().name, 'Steam Wallet');
      assert.equal((await admin(store, 'PATCH', `/products/${product.id}`, { active: false })).json().active, false);

      const audit = await auditEntries(store, `product:${product.id}`);
      assert.deepEqual(
        audit.map((a) => a.action),
        ['product.create', 'product.update', 'product.update', 'product.update', 'product.deactivate', 'product.activate', 'product.deactivate'],
      );
      const details = audit[1]!.details as { before: { name: string }; after: { name: string } };
      assert.equal(details.before.name, 'Steam');
      assert.equal(details.after.name, 'Steam Wallet');

      for (const [method, url] of [
        ['GET', '/products/2147483647'],
        ['PATCH', '/products/2147483647'],
        ['POST', '/products/2147483647/activate'],
      ] as const) {
        const response = await admin(store, method, url, method === 'GET' ? undefined : { name: 'x' });
        assert.deepEqual(errorOf(response), notFound('Product not found'), url);
      }
      for (const id of ['abc', '0', '1e3', '99999999999']) {
        assert.deepEqual(errorOf(await admin(store, 'GET', `/products/${id}`)), badRequest('Invalid product ID'), id);
        assert.deepEqual(errorOf(await admin(store, 'PATCH', `/denominations/${id}`, { discount: 1 })), badRequest('Invalid denomination ID'), id);
        assert.deepEqual(errorOf(await admin(store, 'GET', `/clients/${id}/pricing`)), badRequest('Invalid client ID'), id);
      }
    });

    test('denomination ranges: add, change, remove; no overlap; audited', async () => {
      const product = (
        await admin(store, 'POST', '/products', { ...base(), name: 'Ranges', denominations: [{ min_value: 10, max_value: 10, discount: 1 }] })
      ).json();
      const added = await admin(store, 'POST', `/products/${product.id}/denominations`, { min_value: 25, max_value: 100, discount: 2.75 });
      assert.equal(added.statusCode, 201);
      const ranges = added.json().denominations as { id: number; min_value: number; max_value: number; discount: number }[];
      assert.deepEqual(
        ranges.map((d) => [d.min_value, d.max_value, d.discount]),
        [
          [10, 10, 1],
          [25, 100, 2.75],
        ],
      );
      const wide = ranges[1]!.id;

      const overlap = await admin(store, 'POST', `/products/${product.id}/denominations`, { min_value: 100, max_value: 200 });
      assert.deepEqual(errorOf(overlap), badRequest('Denomination ranges of a product must not overlap'));
      const decimals = await admin(store, 'POST', `/products/${product.id}/denominations`, { min_value: 10.001, max_value: 11 });
      assert.equal(errorOf(decimals).message, 'min_value has more decimal places than USD allows (2)');
      assert.deepEqual(
        errorOf(await admin(store, 'POST', '/products/2147483647/denominations', { min_value: 1, max_value: 1 })),
        notFound('Product not found'),
      );

      const changed = await admin(store, 'PATCH', `/denominations/${wide}`, { max_value: 150.25, discount: 3 });
      assert.equal(changed.statusCode, 200);
      assert.deepEqual(
        changed.json().denominations.map((d: { min_value: number; max_value: number; discount: number }) => [d.min_value, d.max_value, d.discount]),
        [
          [10, 10, 1],
          [25, 150.25, 3],
        ],
      );
      // Its own old bounds are no overlap with itself.
      assert.equal((await admin(store, 'PATCH', `/denominations/${wide}`, { min_value: 20 })).statusCode, 200);
      assert.deepEqual(
        errorOf(await admin(store, 'PATCH', `/denominations/${wide}`, { min_value: 10 })),
        badRequest('Denomination ranges of a product must not overlap'),
      );
      assert.equal(
        errorOf(await admin(store, 'PATCH', `/denominations/${wide}`, { min_value: 200 })).message,
        'min_value must not be greater than max_value',
      );
      assert.equal(errorOf(await admin(store, 'PATCH', `/denominations/${wide}`, {})).code, 'VALIDATION_FAILURE');
      assert.deepEqual(errorOf(await admin(store, 'PATCH', '/denominations/2147483647', { discount: 1 })), notFound('Denomination range not found'));

      // A range-level negotiated rate goes away with its range.
      await admin(store, 'PUT', `/clients/${clientId}/discounts`, { product_id: product.id, denomination_id: wide, discount: 9 });
      assert.equal((await get(store, `/api/v1/products/${product.id}`, token)).json().available_denominations[1].discount, 9);
      const removed = await admin(store, 'DELETE', `/denominations/${wide}`);
      assert.equal(removed.statusCode, 200);
      assert.equal(removed.json().denominations.length, 1);
      assert.deepEqual(
        (await admin(store, 'GET', `/clients/${clientId}/pricing`))
          .json()
          .discounts.filter((d: { product_id: number }) => d.product_id === product.id),
        [],
      );
      assert.deepEqual((await get(store, `/api/v1/products/${product.id}`, token)).json().available_denominations, [
        { min_value: 10, max_value: 10, discount: 1 },
      ]);
      assert.deepEqual(errorOf(await admin(store, 'DELETE', `/denominations/${wide}`)), notFound('Denomination range not found'));

      assert.deepEqual(
        (await auditEntries(store, `product:${product.id}`)).map((a) => a.action),
        ['product.create', 'product.denomination_add', 'product.denomination_update', 'product.denomination_update', 'product.denomination_remove'],
      );
    });

    test('client pricing: blacklist and negotiated discounts through the admin API', async () => {
      const product = (
        await admin(store, 'POST', '/products', {
          ...base(),
          name: 'Priced',
          denominations: [
            { min_value: 10, max_value: 10, discount: 2 },
            { min_value: 20, max_value: 30, discount: 2 },
          ],
        })
      ).json();
      const [ten, twenty] = product.denominations as { id: number }[];

      const empty = await admin(store, 'GET', `/clients/${clientId}/pricing`);
      assert.equal(empty.statusCode, 200);
      assert.equal(empty.json().client_id, clientId);

      const listed = await admin(store, 'POST', `/clients/${clientId}/blacklist`, { product_id: product.id });
      assert.equal(listed.statusCode, 200);
      const entry = listed.json().blacklist.find((b: { product_id: number }) => b.product_id === product.id);
      assert.equal(entry.product_name, 'Priced');
      assert.match(entry.created_at, /Z$/);
      assert.equal((await get(store, `/api/v1/products/${product.id}`, token)).statusCode, 404);
      // Blacklisting twice is fine and audited once.
      assert.equal((await admin(store, 'POST', `/clients/${clientId}/blacklist`, { product_id: product.id })).statusCode, 200);
      const unlisted = await admin(store, 'POST', `/clients/${clientId}/blacklist/remove`, { product_id: product.id });
      assert.equal(unlisted.statusCode, 200);
      assert.ok(
        !unlisted.json().blacklist.some((b: { product_id: number }) => b.product_id === product.id),
        '!unlisted.json().blacklist.some((b: { product_id: number }) => b.product_id === product.id)',
      );
      assert.equal((await get(store, `/api/v1/products/${product.id}`, token)).statusCode, 200);
      assert.deepEqual(
        errorOf(await admin(store, 'POST', `/clients/${clientId}/blacklist/remove`, { product_id: product.id })),
        notFound('Blacklist entry not found'),
      );

      const set = await admin(store, 'PUT', `/clients/${clientId}/discounts`, { product_id: product.id, discount: 3.5 });
      assert.equal(set.statusCode, 200);
      const discounts = () => set.json().discounts.filter((d: { product_id: number }) => d.product_id === product.id);
      assert.deepEqual(
        discounts().map((d: { product_name: string; denomination_id: number | null; discount: number }) => [
          d.product_name,
          d.denomination_id,
          d.discount,
        ]),
        [['Priced', null, 3.5]],
        'each discount names its product',
      );
      // Setting again replaces the rate.
      const replaced = await admin(store, 'PUT', `/clients/${clientId}/discounts`, { product_id: product.id, denomination_id: null, discount: 4 });
      assert.deepEqual(
        replaced
          .json()
          .discounts.filter((d: { product_id: number }) => d.product_id === product.id)
          .map((d: { discount: number }) => d.discount),
        [4],
      );
      const ranged = await admin(store, 'PUT', `/clients/${clientId}/discounts`, {
        product_id: product.id,
        denomination_id: twenty!.id,
        discount: 6.5,
      });
      // A discount of one range names that range's values in the product's currency; a product-wide one has none.
      const described = (response: Awaited<ReturnType<typeof admin>>) =>
        (response.json().discounts as { product_id: number; denomination_id: number | null; denomination: unknown; discount: number }[])
          .filter((d) => d.product_id === product.id)
          .map((d) => [d.denomination_id, d.denomination, d.discount]);
      assert.deepEqual(described(ranged), [
        [null, null, 4],
        [twenty!.id, { min_value: 20, max_value: 30, currency_code: 'USD' }, 6.5],
      ]);
      assert.deepEqual(described(await admin(store, 'GET', `/clients/${clientId}/pricing`)), described(ranged));
      assert.deepEqual((await get(store, `/api/v1/products/${product.id}`, token)).json().available_denominations, [
        { min_value: 10, max_value: 10, discount: 4 },
        { min_value: 20, max_value: 30, discount: 6.5 },
      ]);

      const errorsCases: [object, object][] = [
        [{ product_id: 2_147_483_647, discount: 1 }, notFound('Product not found')],
        [{ product_id: product.id, denomination_id: 2_147_483_647, discount: 1 }, notFound('Denomination range not found')],
        [
          { product_id: product.id, discount: 1.555 },
          {
            name: 'ValidationException',
            code: 'VALIDATION_FAILURE',
            message: 'discount may have at most 2 decimal places',
            details: [{ field: 'discount', message: 'may have at most 2 decimal places' }],
          },
        ],
      ];
      for (const [body, expected] of errorsCases) {
        assert.deepEqual(errorOf(await admin(store, 'PUT', `/clients/${clientId}/discounts`, body)), expected, JSON.stringify(body));
      }
      // A range of another product.
      const other = (await admin(store, 'POST', '/products', { ...base(), name: 'Other', denominations: [{ min_value: 5, max_value: 5 }] })).json();
      assert.deepEqual(
        errorOf(
          await admin(store, 'PUT', `/clients/${clientId}/discounts`, {
            product_id: product.id,
            denomination_id: other.denominations[0].id,
            discount: 1,
          }),
        ),
        notFound('Denomination range not found'),
      );
      for (const body of [
        { product_id: product.id },
        { product_id: product.id, discount: 100 },
        { product_id: product.id, discount: -1 },
        { product_id: 'x', discount: 1 },
      ]) {
        assert.equal(errorOf(await admin(store, 'PUT', `/clients/${clientId}/discounts`, body)).code, 'VALIDATION_FAILURE', JSON.stringify(body));
      }
      // Unknown client.
      for (const [method, url, body] of [
        ['GET', '/clients/2147483647/pricing', undefined],
        ['POST', '/clients/2147483647/blacklist', { product_id: product.id }],
        ['PUT', '/clients/2147483647/discounts', { product_id: product.id, discount: 1 }],
        ['POST', '/clients/2147483647/discounts/remove', { product_id: product.id }],
      ] as const) {
        assert.deepEqual(errorOf(await admin(store, method, url, body)), notFound('Client not found'), url);
      }

      const removed = await admin(store, 'POST', `/clients/${clientId}/discounts/remove`, { product_id: product.id, denomination_id: twenty!.id });
      assert.equal(removed.statusCode, 200);
      await admin(store, 'POST', `/clients/${clientId}/discounts/remove`, { product_id: product.id });
      assert.deepEqual(
        errorOf(await admin(store, 'POST', `/clients/${clientId}/discounts/remove`, { product_id: product.id })),
        notFound('Negotiated discount not found'),
      );
      assert.deepEqual(
        errorOf(await admin(store, 'POST', `/clients/${clientId}/discounts/remove`, { product_id: product.id, denomination_id: ten!.id })),
        notFound('Negotiated discount not found'),
      );
      assert.deepEqual((await get(store, `/api/v1/products/${product.id}`, token)).json().available_denominations, [
        { min_value: 10, max_value: 10, discount: 2 },
        { min_value: 20, max_value: 30, discount: 2 },
      ]);

      const audit = await auditEntries(store, `client:${clientId}`);
      assert.deepEqual(
        audit.filter((a) => (a.details as { product_id?: number }).product_id === product.id).map((a) => [a.actor, a.action]),
        [
          ['operator:admin-token', 'client.blacklist_add'],
          ['operator:admin-token', 'client.blacklist_remove'],
          ['operator:admin-token', 'client.discount_set'],
          ['operator:admin-token', 'client.discount_set'],
          ['operator:admin-token', 'client.discount_set'],
          ['operator:admin-token', 'client.discount_remove'],
          ['operator:admin-token', 'client.discount_remove'],
        ],
      );
      const firstSet = audit.find((a) => a.action === 'client.discount_set' && (a.details as { product_id: number }).product_id === product.id)!;
      assert.deepEqual(firstSet.details, { product_id: product.id, denomination_id: null, before: null, after: '3.50' });
    });

    test("a client's features: PUT /clients/:id/features, audited, effective at once", async () => {
      const credentials = await createClient(store);
      const plain = (await loginOk(store, credentials)).access_token;
      assert.equal(errorOf(await get(store, '/api/v1/products', plain)).code, 'INVALID_FEATURE');
      const set = await admin(store, 'PUT', `/clients/${credentials.client_id}/features`, { features: ['vouchers', 'vouchers'] });
      assert.equal(set.statusCode, 200);
      assert.deepEqual(set.json().features, ['vouchers']);
      assert.equal((await get(store, '/api/v1/products', plain)).statusCode, 200);
      const cleared = await admin(store, 'PUT', `/clients/${credentials.client_id}/features`, { features: [] });
      assert.deepEqual(cleared.json().features, []);
      assert.equal(errorOf(await get(store, '/api/v1/products', plain)).code, 'INVALID_FEATURE');
      assert.deepEqual(
        (await auditEntries(store, `client:${credentials.client_id}`)).map((a) => a.action),
        ['client.create', 'client.features', 'client.features'],
      );
      assert.equal(
        errorOf(await admin(store, 'PUT', `/clients/${credentials.client_id}/features`, { features: 'vouchers' })).code,
        'VALIDATION_FAILURE',
      );
      assert.deepEqual(errorOf(await admin(store, 'PUT', '/clients/2147483647/features', { features: [] })), notFound('Client not found'));
    });
  });
}
