import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertInvalidQueries, assertOptionalPaging, idsOf, listGet } from '../helpers/lists.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { codes, stock } from '../suppliers/fixtures.ts';
import { USA, USD } from './fixtures.ts';

const DEU = 276;
const EUR = 978;

const ADMIN_TOKEN = 'catalog-lists-token-0123456789abcdefghijk';

/**
 * The operator's catalog lists (categories, subcategories) take pages, sorts and filters
 * (docs/architecture.md, "Query strings"): whole without page or limit, for the CLI; each
 * filter, each sort both ways, and each malformed value refused.
 */
for (const engine of ENGINES) {
  describe(`admin API: pages, sorts and filters of the catalog's lists [${engine}]`, () => {
    let store: TestStore;
    const get = (url: string) => listGet(store, `/admin/v1${url}`, ADMIN_TOKEN);
    const ids = async (url: string) => idsOf(await get(url), url);
    const categories: Record<string, number> = {};
    const subcategories: Record<string, number> = {};
    /** Products of the stock list: Zeta Card and alpha Card of the inventory supplier, Mid Voucher of the sandbox one. */
    const stocked = { zeta: 0, alpha: 0, mid: 0 };
    /** And two more products: Euro Gift (inactive, DEU, EUR) and Travel Pass (no range: not orderable). */
    const more = { euro: 0, travel: 0 };
    const level = (item: Record<string, unknown>) => `${item.product_id}/${item.denomination}`;

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      const reference = store.container.reference.as('operator:lists');
      for (const [name, active] of [
        ['gaming', true],
        ['Gift Cards', true],
        ['Food_Drink', false],
        ['Travel 100%', true],
      ] as const) {
        categories[name] = (await reference.createCategory({ name, active })).id;
      }
      for (const [category, name, active] of [
        ['Gift Cards', 'Marketplaces', true],
        ['gaming', 'Steam', true],
        ['Gift Cards', 'amazon', false],
        ['Travel 100%', 'Airlines', true],
      ] as const) {
        subcategories[name] = (await reference.createSubcategory({ categoryId: categories[category]!, name, active })).id;
      }
      // Stock: Zeta 10 (3 codes, threshold 5: low) and 25 (none: low); alpha 10 (1 code) and 25 (none: low); Mid 20 (threshold 2: low).
      const inventory = store.container.inventory.as('operator:lists');
      const product = async (
        name: string,
        supplier: string,
        denominations: { min_value: number; max_value: number }[],
        fields: { category_id?: number; country_id?: number; currency_id?: number; active?: boolean } = {},
      ) =>
        (
          await store.container.catalog.createProduct({
            name,
            category_id: categories.gaming!,
            country_id: USA,
            currency_id: USD,
            supplier,
            denominations,
            ...fields,
          })
        ).id;
      const fixed = [
        { min_value: 10, max_value: 10 },
        { min_value: 25, max_value: 25 },
        { min_value: 50, max_value: 100 },
      ];
      stocked.zeta = await product('Zeta Card', 'inventory', fixed);
      stocked.alpha = await product('alpha Card', 'inventory', fixed);
      stocked.mid = await product('Mid Voucher', 'sandbox', [{ min_value: 5, max_value: 100 }]);
      more.euro = await product('Euro Gift', 'sandbox', [{ min_value: 5, max_value: 100 }], {
        category_id: categories['Gift Cards'],
        country_id: DEU,
        currency_id: EUR,
        active: false,
      });
      more.travel = await product('Travel Pass', 'sandbox', [], { category_id: categories['Travel 100%'] });
      await store.container.catalog.updateProduct(stocked.zeta, { description: 'changed last' });
      await stock(store, stocked.zeta, 10, codes(3));
      await stock(store, stocked.alpha, 10, codes(1));
      await inventory.setThreshold({ productId: stocked.zeta, denomination: 10, threshold: 5 });
      await inventory.setThreshold({ productId: stocked.mid, denomination: 20, threshold: 2 });
    });
    after(() => store?.close());

    test("the catalog's choices: every category, subcategory, country and currency as id and name, inactive ones too, and the suppliers; 401 without a token", async () => {
      const response = await get('/catalog/choices');
      assert.equal(response.statusCode, 200, response.body);
      const choices = response.json();
      assert.deepEqual(Object.keys(choices).sort(), ['categories', 'countries', 'currencies', 'subcategories', 'suppliers']);
      assert.deepEqual(
        choices.categories.filter((row: { id: number }) => Object.values(categories).includes(row.id)),
        [
          { id: categories['Food_Drink'], name: 'Food_Drink', active: false },
          { id: categories['gaming'], name: 'gaming', active: true },
          { id: categories['Gift Cards'], name: 'Gift Cards', active: true },
          { id: categories['Travel 100%'], name: 'Travel 100%', active: true },
        ].sort((a, b) => a.name.localeCompare(b.name)),
      );
      assert.deepEqual(
        choices.subcategories.find((row: { id: number }) => row.id === subcategories['amazon']),
        { id: subcategories['amazon'], name: 'amazon', active: false, category_id: categories['Gift Cards'] },
      );
      assert.equal(choices.subcategories.length, (await store.container.reference.listSubcategories()).length);
      assert.deepEqual(
        choices.countries.find((row: { id: number }) => row.id === USA),
        { id: USA, name: 'United States', alpha_3: 'USA', active: true },
      );
      assert.equal(choices.countries.length, (await store.container.reference.listCountries()).length);
      assert.deepEqual(
        choices.currencies.find((row: { id: number }) => row.id === USD),
        { id: USD, name: 'US Dollar', currency: 'USD', active: true },
      );
      const codes = choices.currencies.map((row: { currency: string }) => row.currency);
      assert.deepEqual(codes, [...codes].sort(), 'by code');
      assert.deepEqual(choices.suppliers, store.container.catalog.suppliers.names());
      assert.ok(
        choices.suppliers.includes('inventory') && choices.suppliers.includes('sandbox'),
        "choices.suppliers.includes('inventory') && choices.suppliers.includes('sandbox')",
      );
      const anonymous = await store.app.inject({ method: 'GET', url: '/admin/v1/catalog/choices' });
      assert.equal(anonymous.statusCode, 401);
    });

    test('categories: whole without page or limit, else paged; by id or name (without case), either way', async () => {
      const [gaming, gift, food, travel] = Object.values(categories) as [number, number, number, number];
      await assertOptionalPaging(store, '/admin/v1/categories', ADMIN_TOKEN, [gaming, gift, food, travel]);
      assert.deepEqual(await ids('/categories?sort_by=name'), [food, gaming, gift, travel]);
      assert.deepEqual(await ids('/categories?sort={"field":"name","direction":"DESC"}'), [travel, gift, gaming, food]);
      assert.deepEqual(await ids('/categories?sort_dir=desc'), [travel, food, gift, gaming]);
    });

    test('categories: search in the name without case (not a pattern), or by id; active; malformed filters refused', async () => {
      const [gaming, gift, food, travel] = Object.values(categories) as [number, number, number, number];
      assert.deepEqual(await ids('/categories?search=GIFT'), [gift]);
      assert.deepEqual(await ids('/categories?search=%25'), [travel]);
      assert.deepEqual(await ids('/categories?search=d_d'), [food]);
      assert.deepEqual(await ids('/categories?search=g_'), [], 'not a pattern');
      assert.deepEqual(await ids(`/categories?search=${gift}`), [gift]);
      assert.deepEqual(await ids('/categories?active=false'), [food]);
      assert.deepEqual(await ids('/categories?active=true&search=g&sort_by=name'), [gaming, gift]);
      assert.equal((await get('/categories?active=true&limit=1')).headers['x-total-count'], '3');
      await assertInvalidQueries(store, '/admin/v1/categories', ADMIN_TOKEN, ['active=no', 'active=True', `search=${'a'.repeat(201)}`]);
    });

    test("subcategories: whole or paged; by id, name, or their category's name, either way", async () => {
      const [market, steam, amazon, airlines] = Object.values(subcategories) as [number, number, number, number];
      await assertOptionalPaging(store, '/admin/v1/subcategories', ADMIN_TOKEN, [market, steam, amazon, airlines]);
      assert.deepEqual(await ids('/subcategories?sort_by=name'), [airlines, amazon, market, steam]);
      assert.deepEqual(await ids('/subcategories?sort_by=category'), [steam, amazon, market, airlines]);
      assert.deepEqual(await ids('/subcategories?sort_by=category&sort_dir=desc'), [airlines, market, amazon, steam]);
    });

    test('subcategories: of a category, search, active; together; malformed filters refused', async () => {
      const [market, steam, amazon, airlines] = Object.values(subcategories) as [number, number, number, number];
      assert.deepEqual(await ids(`/subcategories?category_id=${categories['Gift Cards']}`), [market, amazon]);
      assert.deepEqual(await ids(`/subcategories?category_id=${categories['Gift Cards']}&active=true`), [market]);
      assert.deepEqual(await ids('/subcategories?search=A&sort_by=name'), [airlines, amazon, market, steam]);
      assert.deepEqual(await ids('/subcategories?search=AIR'), [airlines]);
      assert.deepEqual(await ids('/subcategories?active=false'), [amazon]);
      assert.deepEqual(await ids(`/subcategories?category_id=${categories.Food_Drink}`), []);
      assert.deepEqual(await ids('/subcategories?category_id=&search='), [market, steam, amazon, airlines], 'empty: no filter');
      await assertInvalidQueries(store, '/admin/v1/subcategories', ADMIN_TOKEN, [
        'category_id=0',
        'category_id=abc',
        'category_id=2147483648',
        'active=1',
      ]);
    });

    test('stock: whole or paged; by product, its name, value, codes available or threshold (none last), either way', async () => {
      const { zeta, alpha, mid } = stocked;
      const [z10, z25, a10, a25, m20] = [`${zeta}/10`, `${zeta}/25`, `${alpha}/10`, `${alpha}/25`, `${mid}/20`];
      const levels = async (query: string) => ((await get(`/inventory/stock${query}`)).json() as Record<string, unknown>[]).map(level);
      await assertOptionalPaging(store, '/admin/v1/inventory/stock', ADMIN_TOKEN, [z10, z25, a10, a25, m20], level);
      assert.deepEqual(await levels('?sort_by=product_name'), [a10, a25, m20, z10, z25]);
      assert.deepEqual(await levels('?sort_by=denomination'), [z10, a10, m20, z25, a25]);
      assert.deepEqual(await levels('?sort_by=denomination&sort_dir=desc'), [a25, z25, m20, a10, z10]);
      assert.deepEqual(await levels('?sort_by=available&sort_dir=desc'), [z10, a10, m20, a25, z25]);
      assert.deepEqual(await levels('?sort_by=threshold'), [m20, z10, z25, a10, a25]);
      assert.deepEqual(await levels('?sort_by=threshold&sort_dir=desc'), [z10, m20, a25, a10, z25]);
    });

    test('stock: low or not, a product, a search, a supplier; together; an unknown product 404; malformed filters refused', async () => {
      const { zeta, alpha, mid } = stocked;
      const [z10, z25, a10, a25, m20] = [`${zeta}/10`, `${zeta}/25`, `${alpha}/10`, `${alpha}/25`, `${mid}/20`];
      const levels = async (query: string) => ((await get(`/inventory/stock${query}`)).json() as Record<string, unknown>[]).map(level);
      const rows = (await get('/inventory/stock')).json() as { available: number; threshold: number | null; low_stock: boolean }[];
      assert.deepEqual(
        rows.map((row) => [row.available, row.threshold, row.low_stock]),
        [
          [3, 5, true],
          [0, null, true],
          [1, null, false],
          [0, null, true],
          [0, 2, true],
        ],
      );
      assert.deepEqual(await levels('?low_stock=true'), [z10, z25, a25, m20]);
      assert.deepEqual(await levels('?low_stock=false'), [a10]);
      assert.deepEqual(await levels(`?product_id=${alpha}`), [a10, a25]);
      assert.deepEqual(await levels(`?product_id=${alpha}&low_stock=true`), [a25]);
      assert.deepEqual(await levels('?search=CARD&sort_by=product_name'), [a10, a25, z10, z25]);
      assert.deepEqual(await levels(`?search=${mid}`), [m20]);
      assert.deepEqual(await levels('?supplier=sandbox'), [m20]);
      assert.deepEqual(await levels('?supplier=inventory&low_stock=true&sort_by=available&sort_dir=desc'), [z10, a25, z25]);
      assert.deepEqual(await levels('?low_stock=&search=&supplier='), [z10, z25, a10, a25, m20], 'empty: no filter');
      assert.equal((await get('/inventory/stock?low_stock=true&limit=1')).headers['x-total-count'], '4');
      assert.equal((await get('/inventory/stock?product_id=999999')).statusCode, 404);
      await assertInvalidQueries(store, '/admin/v1/inventory/stock', ADMIN_TOKEN, [
        'low_stock=yes',
        'low_stock=1',
        'product_id=',
        'product_id=0',
        `supplier=${'s'.repeat(65)}`,
      ]);
    });

    test('products: by id, whole or paged; by name, category (then name), creation or change, either way', async () => {
      const { zeta, alpha, mid } = stocked;
      const { euro, travel } = more;
      await assertOptionalPaging(store, '/admin/v1/products', ADMIN_TOKEN, [zeta, alpha, mid, euro, travel]);
      assert.deepEqual(await ids('/products?sort_by=name'), [alpha, euro, mid, travel, zeta]);
      assert.deepEqual(await ids('/products?sort_by=category'), [alpha, mid, zeta, euro, travel]);
      assert.deepEqual(await ids('/products?sort_by=category&sort_dir=desc'), [travel, euro, zeta, mid, alpha]);
      assert.deepEqual(await ids('/products?sort_by=created_at&sort_dir=desc'), [travel, euro, mid, alpha, zeta]);
      assert.deepEqual(await ids('/products?sort_by=updated_at&sort_dir=desc'), [zeta, travel, euro, mid, alpha]);
      const listed = (await get(`/products?search=${zeta}&limit=1`)).json() as { id: number; denominations: unknown[]; orderable: boolean }[];
      assert.deepEqual(
        [listed[0]!.id, listed[0]!.denominations.length, listed[0]!.orderable],
        [zeta, 3, true],
        'a page carries its products’ ranges',
      );
    });

    test('products: search, category, country, currency, supplier, active, orderable; together; malformed filters refused', async () => {
      const { zeta, alpha, mid } = stocked;
      const { euro, travel } = more;
      assert.deepEqual(await ids('/products?search=CARD'), [zeta, alpha]);
      assert.deepEqual(await ids('/products?search=gift'), [euro]);
      assert.deepEqual(await ids(`/products?search=${mid}`), [mid]);
      assert.deepEqual(await ids(`/products?category_id=${categories.gaming}`), [zeta, alpha, mid]);
      assert.deepEqual(await ids(`/products?country_id=${DEU}`), [euro]);
      assert.deepEqual(await ids(`/products?currency_id=${EUR}`), [euro]);
      assert.deepEqual(await ids('/products?supplier=inventory'), [zeta, alpha]);
      assert.deepEqual(await ids('/products?active=false'), [euro]);
      assert.deepEqual(await ids('/products?orderable=true'), [zeta, alpha, mid]);
      assert.deepEqual(await ids('/products?orderable=false'), [euro, travel]);
      assert.deepEqual(await ids(`/products?category_id=${categories.gaming}&search=card&sort_by=name`), [alpha, zeta]);
      assert.deepEqual(await ids('/products?supplier=sandbox&active=true&orderable=false'), [travel]);
      assert.deepEqual(await ids('/products?search=&category_id=&country_id=&currency_id=&supplier=&active=&orderable='), [
        zeta,
        alpha,
        mid,
        euro,
        travel,
      ]);
      assert.equal((await get('/products?orderable=true&limit=2')).headers['x-total-count'], '3');
      await assertInvalidQueries(store, '/admin/v1/products', ADMIN_TOKEN, [
        'category_id=abc',
        'country_id=0',
        'currency_id=2147483648',
        'active=maybe',
        'orderable=1',
        `supplier=${'s'.repeat(65)}`,
      ]);
    });
  });
}
