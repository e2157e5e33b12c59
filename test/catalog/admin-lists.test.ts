import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertInvalidQueries, assertOptionalPaging, idsOf, listGet } from '../helpers/lists.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

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
    });
    after(() => store?.close());

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
  });
}
