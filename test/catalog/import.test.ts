import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { exportFields, formatCatalog, parseCatalogFile } from '../../src/catalog/catalog.file.ts';
import { formatDenominationSpec } from '../../src/catalog/catalog.import-fields.ts';
import { parseDenominationSpec, type ImportRecord } from '../../src/catalog/catalog.import.ts';
import type { CatalogService } from '../../src/catalog/catalog.service.ts';
import { AdminCallError, AdminClient, httpTransport } from '../../src/cli/admin-client.ts';
import { adminApi } from '../../src/cli/admin-api.ts';
import { importLineErrors } from '../../src/cli/command-helpers.ts';
import { createClient, loginOk } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { get } from './fixtures.ts';

const ADMIN_TOKEN = 'catalog-import-admin-token-0123456789abcdef';

const csv = (text: string) => {
  const parsed = parseCatalogFile(text, 'csv');
  assert.deepEqual(parsed.errors, []);
  return parsed.records;
};

const HEADER = 'name,category,subcategory,country,currency,voucher_type,active,denominations,description';

// ---- reading files (no database) ---------------------------------------------------------------------

describe('catalog files: reading CSV and JSON into records with line numbers', () => {
  test('CSV: one record per product, empty cells left out, quoted line breaks counted, CRLF too', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = [
        'Name, Category ,country,currency,denominations,description',
        'A,Gift Cards,usa,usd,10|20-30:2,',
        '',
        `"B, with comma",Gift Cards,USA,USD,5,"two${eol}lines"`,
        'C,Gaming,GBR,GBP',
      ].join(eol);
      const { records, errors } = parseCatalogFile(text, 'csv');
      assert.deepEqual(errors, []);
      assert.deepEqual(
        records.map((r) => r.line),
        [2, 4, 6],
      );
      assert.deepEqual(records[0]!.fields, { name: 'A', category: 'Gift Cards', country: 'usa', currency: 'usd', denominations: '10|20-30:2' });
      assert.equal(records[1]!.fields.description, 'two\nlines');
      assert.deepEqual(records[2]!.fields, { name: 'C', category: 'Gaming', country: 'GBR', currency: 'GBP' });
    }
  });

  test('CSV: the header is checked; bad rows are reported by line and the rest still read', () => {
    assert.deepEqual(parseCatalogFile('name,categry,country,name\n', 'csv').errors, [
      {
        line: 1,
        message:
          'unknown column "categry"; column "name" appears twice; missing columns "category", "currency" (columns: id, name, category, subcategory, country, currency, voucher_type, supplier, active, denominations, image_url, delivery_mode, delivery_time, validity, description, redemption_instructions, terms)',
      },
    ]);
    // Header cells are quoted, but at most five, each cut to 40 characters (a file may have a huge first line).
    const wide = parseCatalogFile(`name,category,country,currency,${'q'.repeat(100_000)},a,b,c,d,e,f\n`, 'csv').errors;
    assert.equal(wide.length, 1);
    assert.match(wide[0]!.message, new RegExp(`^unknown columns "${'q'.repeat(40)}…", "a", "b", "c", "d" and 2 more \\(columns: id, `));
    assert.ok(wide[0]!.message.length < 500, `${wide[0]!.message.length} characters`);
    assert.equal(parseCatalogFile('', 'csv').errors[0]!.line, 1);
    assert.match(parseCatalogFile('', 'csv').errors[0]!.message, /the file is empty/);

    const { records, errors } = parseCatalogFile('name,category,country,currency\nA,G,USA,USD\nB,G,USA,USD,extra\nC,G,USA,USD\n"D,G', 'csv');
    assert.deepEqual(
      records.map((r) => [r.line, r.fields.name]),
      [
        [2, 'A'],
        [4, 'C'],
      ],
    );
    assert.deepEqual(errors[0], { line: 3, message: '5 cells, but the header names only 4 columns' });
    assert.equal(errors[1]!.line, 5);
    assert.match(errors[1]!.message, /^invalid CSV: Quote Not Closed/);
  });

  test('JSON: an array of product objects; each record has the line its object starts on', () => {
    const text = '[\n  {"name": "A", "note": "has [brackets] and \\" quotes {"},\n  {\n    "name": "B"\n  }, {"name": "C"}\n]\n';
    const { records, errors } = parseCatalogFile(text, 'json');
    assert.deepEqual(errors, []);
    assert.deepEqual(
      records.map((r) => [r.line, r.fields.name]),
      [
        [2, 'A'],
        [3, 'B'],
        [5, 'C'],
      ],
    );
    assert.deepEqual(parseCatalogFile('[\n {"name": "A"},\n {"name" "B"}\n]', 'json').errors, [
      { line: 3, message: "invalid JSON: Expected ':' after property name" },
    ]);
    assert.deepEqual(parseCatalogFile('{"products": []}', 'json').errors, [
      { line: 1, message: 'expected a JSON array of products: [{"name": …, "category": …}, …]' },
    ]);
  });

  test('the denominations notation reads and writes fixed values, ranges and discounts', () => {
    assert.deepEqual(
      parseDenominationSpec(' 10 | 25:1.5 |50-500:3').map(({ label: _label, ...range }) => range),
      [
        { min_value: '10', max_value: '10' },
        { min_value: '25', max_value: '25', discount: '1.5' },
        { min_value: '50', max_value: '500', discount: '3' },
      ],
    );
    assert.throws(() => parseDenominationSpec('10||20'), /empty entry/);
    assert.equal(
      formatDenominationSpec([
        { min_value: 10, max_value: 10, discount: 0 },
        { min_value: 25, max_value: 25, discount: 1.5 },
        { min_value: 50, max_value: 500, discount: 3 },
      ]),
      '10|25:1.5|50-500:3',
    );
  });
});

// ---- the import (both engines) -------------------------------------------------------------------------

for (const engine of ENGINES) {
  describe(`catalog import [${engine}]`, () => {
    let store: TestStore;
    let catalog: CatalogService;
    const db = () => store.container.database.db;
    const count = async (table: 'products' | 'categories' | 'subcategories' | 'product_denominations' | 'audit_log') =>
      Number(
        (
          await db()
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      catalog = store.container.catalog.as('test');
      await store.container.reference.createCategory({ name: 'Gift Cards' });
    });
    after(() => store.close());

    test('creates products, and the categories and subcategories they name (matched case-insensitively)', async () => {
      const report = await catalog.importCatalog(
        csv(
          [
            HEADER,
            'Amazon US,gift cards,Marketplaces,USA,USD,CODE,true,10|25:1.5|50-500:3,"Spend, save ""and"" enjoy"',
            'Steam,Gaming,PC,usa,usd,url,yes,20',
            'Nintendo JP,Gaming,Consoles,JPN,JPY,CODE_WITH_PIN,false,1000|5000:2,',
            'Bare,Gaming,,DEU,EUR,,,,',
          ].join('\n'),
        ),
      );
      assert.equal(report.ok, true);
      assert.deepEqual({ created: report.created, updated: report.updated, unchanged: report.unchanged }, { created: 4, updated: 0, unchanged: 0 });
      assert.deepEqual(report.categories_created, ['Gaming']);
      assert.deepEqual(report.subcategories_created, ['gift cards / Marketplaces', 'Gaming / PC', 'Gaming / Consoles']);
      assert.deepEqual(
        report.products.map((p) => [p.line, p.name, p.action]),
        [
          [2, 'Amazon US', 'created'],
          [3, 'Steam', 'created'],
          [4, 'Nintendo JP', 'created'],
          [5, 'Bare', 'created'],
        ],
      );
      const amazon = await catalog.getProduct(report.products[0]!.product_id!);
      assert.equal(amazon.category, 'Gift Cards');
      assert.equal(amazon.sub_category, 'Marketplaces');
      assert.equal(amazon.description, 'Spend, save "and" enjoy');
      assert.deepEqual(
        amazon.denominations.map(({ min_value, max_value, discount }) => [min_value, max_value, discount]),
        [
          [10, 10, 0],
          [25, 25, 1.5],
          [50, 500, 3],
        ],
      );
      const steam = await catalog.getProduct(report.products[1]!.product_id!);
      assert.deepEqual([steam.voucher_type, steam.country_code, steam.currency_code, steam.active], ['URL', 'USA', 'USD', true]);
      const nintendo = await catalog.getProduct(report.products[2]!.product_id!);
      assert.deepEqual([nintendo.voucher_type, nintendo.active, nintendo.orderable], ['CODE_WITH_PIN', false, false]);
      const bare = await catalog.getProduct(report.products[3]!.product_id!);
      assert.deepEqual([bare.voucher_type, bare.supplier, bare.active, bare.sub_category, bare.denominations], ['CODE', 'sandbox', true, null, []]);

      const audit = await db().selectFrom('audit_log').select(['actor', 'action', 'target']).where('action', 'like', '%create').execute();
      assert.ok(
        audit.some((entry) => entry.action === 'category.create' && entry.actor === 'test'),
        "audit.some((entry) => entry.action === 'category.create' && entry.actor === 'test')",
      );
      assert.equal(audit.filter((entry) => entry.action === 'product.create').length, 4);
      const summary = await db().selectFrom('audit_log').select(['details']).where('action', '=', 'catalog.import').execute();
      assert.equal(summary.length, 1);
    });

    test('every kind of bad line: one error per line with its number, all collected, nothing written', async () => {
      // Two products with one name make that name ambiguous.
      const giftCards = (await store.container.reference.listCategories()).find((c) => c.name === 'Gift Cards')!.id;
      for (let i = 0; i < 2; i++) await catalog.createProduct({ name: 'Twin', category_id: giftCards, country_id: 840, currency_id: 840 });
      const before = await Promise.all([
        count('products'),
        count('categories'),
        count('subcategories'),
        count('product_denominations'),
        count('audit_log'),
      ]);
      const long = 'x'.repeat(201);
      const records: ImportRecord[] = [
        { line: 2, fields: { name: 'Fine and new', category: 'Brand New Category', country: 'USA', currency: 'USD', denominations: '10' } },
        { line: 3, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', colour: 'red' } },
        { line: 4, fields: { id: 'abc', name: 'A', category: 'Gaming', country: 'USA', currency: 'USD' } },
        { line: 5, fields: { id: 999999, name: 'A', category: 'Gaming', country: 'USA', currency: 'USD' } },
        { line: 6, fields: { category: 'Gaming', country: 'USA', currency: 'USD' } },
        { line: 7, fields: { name: 'A', country: 'USA', currency: 'USD' } },
        { line: 8, fields: { name: 'A', category: 'Gaming', country: 'US', currency: 'USD' } },
        { line: 9, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'XYZ' } },
        { line: 10, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', voucher_type: 'PIN' } },
        { line: 11, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', supplier: 'acme' } },
        { line: 12, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', active: 'maybe' } },
        { line: 13, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', image_url: 'ftp://x' } },
        { line: 14, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', delivery_mode: long } },
        { line: 15, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', denominations: '10||20' } },
        { line: 16, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', denominations: '50-10' } },
        { line: 17, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', denominations: '10.005' } },
        {
          line: 18,
          fields: { name: 'A', category: 'Gaming', country: 'JPN', currency: 'JPY', denominations: [{ min_value: 1000.5, max_value: 2000 }] },
        },
        { line: 19, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', denominations: '10-50|50-60' } },
        { line: 20, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', denominations: '0' } },
        { line: 21, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', denominations: '1-1000000001' } },
        { line: 22, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', denominations: '10:100' } },
        { line: 23, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', denominations: '10:1.234' } },
        {
          line: 24,
          fields: {
            name: 'A',
            category: 'Gaming',
            country: 'USA',
            currency: 'USD',
            denominations: Array.from({ length: 101 }, (_, i) => `${i + 1}`).join('|'),
          },
        },
        { line: 25, fields: { name: 'A', category: 'Gaming', country: 'USA', currency: 'USD', denominations: 42 } },
        { line: 26, fields: { name: 'twin', category: 'Gaming', country: 'USA', currency: 'USD' } },
        { line: 27, fields: { name: 'FINE AND NEW', category: 'Gaming', country: 'USA', currency: 'USD' } },
        { line: 28, fields: { name: { text: 'A' }, category: 'Gaming', country: 'USA', currency: 'USD' } },
        { line: 29, fields: ['not', 'an', 'object'] as unknown as Record<string, unknown> },
        // A Latin-1 file read as UTF-8, as the CLI and the console read it: "Café" became "Caf\uFFFD".
        { line: 30, fields: { name: Buffer.from([0x43, 0x61, 0x66, 0xe9]).toString('utf8'), category: 'Gaming', country: 'USA', currency: 'USD' } },
      ];
      const report = await catalog.importCatalog(records);
      assert.equal(report.ok, false);
      assert.deepEqual(report.errors, [
        {
          line: 3,
          message:
            'unknown field "colour" (known: id, name, category, subcategory, country, currency, voucher_type, supplier, active, denominations, image_url, delivery_mode, delivery_time, validity, description, redemption_instructions, terms)',
        },
        { line: 4, message: 'id must be a product ID (a whole number), or empty for a new product; got "abc"' },
        { line: 5, message: 'product 999999 not found; leave id empty to create a new product' },
        { line: 6, message: 'name is required' },
        { line: 7, message: 'category is required' },
        { line: 8, message: 'unknown country "US": use an ISO 3166-1 alpha-3 code such as USA, GBR, DEU' },
        { line: 9, message: 'unknown currency "XYZ": use an ISO 4217 code such as USD, EUR, GBP' },
        { line: 10, message: 'voucher_type must be one of CODE, CODE_WITH_PIN, URL; got "PIN"' },
        { line: 11, message: 'unknown supplier "acme" (known: inventory, sandbox)' },
        { line: 12, message: 'active must be true or false; got "maybe"' },
        { line: 13, message: 'image_url must be an http:// or https:// URL' },
        { line: 14, message: 'delivery_mode is longer than 200 characters' },
        { line: 15, message: 'denominations has an empty entry (two "|" in a row, or one at the end)' },
        { line: 16, message: 'denomination "50-10": min_value must not be greater than max_value' },
        { line: 17, message: 'denomination "10.005": min_value has more decimal places than USD allows (2)' },
        { line: 18, message: 'denomination 1: min_value has more decimal places than JPY allows (0)' },
        { line: 19, message: 'denomination "10-50" and denomination "50-60" overlap (ranges of a product must not overlap)' },
        { line: 20, message: 'denomination "0": min_value must be a number greater than 0' },
        { line: 21, message: 'denomination "1-1000000001": max_value must be at most 1000000000' },
        { line: 22, message: 'denomination "10:100": discount must be a percentage from 0 to less than 100' },
        { line: 23, message: 'denomination "10:1.234": discount may have at most 2 decimal places' },
        { line: 24, message: 'A product has at most 100 denomination ranges' },
        { line: 25, message: 'denominations must be text like "10|25-500:3" or a list of {min_value, max_value, discount}' },
        {
          line: 26,
          message:
            '2 products are named "twin" (ids ' +
            (await catalog.listProducts())
              .filter((p) => p.name === 'Twin')
              .map((p) => p.id)
              .join(', ') +
            '); give the id to say which',
        },
        { line: 27, message: 'the same product as line 2; a product may appear only once' },
        { line: 28, message: 'name must be text' },
        { line: 29, message: 'a product must be an object' },
        { line: 30, message: 'name contains U+FFFD, the mark of bytes that are not UTF-8: save the file as UTF-8' },
      ]);
      assert.deepEqual(report.products, []);
      const afterCounts = await Promise.all([
        count('products'),
        count('categories'),
        count('subcategories'),
        count('product_denominations'),
        count('audit_log'),
      ]);
      assert.deepEqual(afterCounts, before, 'nothing written, not even the valid line 2 or its new category');
    });

    test('re-importing the same file changes nothing: unchanged, not audited, ids and timestamps kept', async () => {
      const exported = formatCatalog(await catalog.listProducts(), 'csv');
      const before = await catalog.listProducts();
      const audits = await count('audit_log');
      const report = await catalog.importCatalog(csv(exported));
      assert.equal(report.ok, true);
      assert.deepEqual([report.created, report.updated, report.unchanged], [0, 0, before.length]);
      assert.deepEqual(await catalog.listProducts(), before);
      assert.equal(await count('audit_log'), audits + 1, 'only the catalog.import summary');
    });

    test('updates by id and by name; ranges matched by value keep their id and negotiated rates; caches follow', async () => {
      const credentials = await createClient(store, { features: ['vouchers'] });
      const token = (await loginOk(store, credentials)).access_token;
      const amazon = (await catalog.listProducts()).find((p) => p.name === 'Amazon US')!;
      const [ten, twentyFive] = amazon.denominations;
      await catalog.setNegotiatedDiscount(credentials.client_id, { product_id: amazon.id, denomination_id: ten!.id, discount: 5 });
      await catalog.setNegotiatedDiscount(credentials.client_id, { product_id: amazon.id, denomination_id: twentyFive!.id, discount: 6 });
      // Warm the per-process caches.
      assert.equal((await get(store, `/api/v1/products/${amazon.id}`, token)).json().available_denominations.length, 3);

      const report = await catalog.importCatalog([
        // By id: renamed, 25 dropped, 10 re-discounted, 100-200 added.
        {
          line: 2,
          fields: {
            id: String(amazon.id),
            name: 'Amazon.com',
            category: 'Gift Cards',
            subcategory: 'Marketplaces',
            country: 'USA',
            currency: 'USD',
            denominations: '10:1|50-500:3|1000-2000',
            description: 'Spend, save "and" enjoy',
          },
        },
        // By name (case-insensitive): moved to another category and deactivated.
        {
          line: 3,
          fields: {
            name: 'STEAM',
            category: 'Gift Cards',
            country: 'USA',
            currency: 'USD',
            voucher_type: 'URL',
            active: 'false',
            denominations: '20',
          },
        },
        { line: 4, fields: { name: 'Brand new', category: 'Gaming', subcategory: 'PC', country: 'GBR', currency: 'GBP', denominations: '5-50' } },
      ]);
      assert.equal(report.ok, true);
      assert.deepEqual(
        report.products.map((p) => [p.line, p.action]),
        [
          [2, 'updated'],
          [3, 'updated'],
          [4, 'created'],
        ],
      );
      const changed = await catalog.getProduct(amazon.id);
      assert.equal(changed.name, 'Amazon.com');
      assert.deepEqual(
        changed.denominations.map((d) => [d.id === ten!.id, d.min_value, d.max_value, d.discount]),
        [
          [true, 10, 10, 1],
          [false, 50, 500, 3],
          [false, 1000, 2000, 0],
        ],
      );
      assert.equal(changed.denominations[1]!.id, amazon.denominations[2]!.id, 'the 50-500 range kept its id');
      const pricing = await catalog.clientPricing(credentials.client_id);
      assert.deepEqual(
        pricing.discounts.map((d) => [d.denomination_id, d.discount]),
        [[ten!.id, 5]],
        'the rate for the dropped range went with it',
      );
      // Matched by name case-insensitively; the line's spelling wins.
      const steam = (await catalog.listProducts()).find((p) => p.name === 'STEAM')!;
      assert.deepEqual([steam.category, steam.sub_category, steam.active], ['Gift Cards', null, false]);

      // The client sees the change at once (the import went through the service: caches invalidated).
      const detail = (await get(store, `/api/v1/products/${amazon.id}`, token)).json();
      assert.equal(detail.name, 'Amazon.com');
      assert.deepEqual(
        detail.available_denominations.map((d: { min_value: number; discount: number }) => [d.min_value, d.discount]),
        [
          [10, 5],
          [50, 3],
          [1000, 0],
        ],
      );
      assert.equal((await get(store, `/api/v1/products/${steam.id}`, token)).statusCode, 404);
      const update = await db()
        .selectFrom('audit_log')
        .select(['details'])
        .where('action', '=', 'product.update')
        .where('target', '=', `product:${amazon.id}`)
        .executeTakeFirstOrThrow();
      const details = (typeof update.details === 'string' ? JSON.parse(update.details) : update.details) as {
        before: { name: string };
        after: { name: string };
        via: string;
      };
      assert.deepEqual([details.before.name, details.after.name, details.via], ['Amazon US', 'Amazon.com', 'catalog.import']);
    });

    test('a dry run reports what would change and writes nothing', async () => {
      const before = await Promise.all([count('products'), count('categories'), count('subcategories'), count('audit_log')]);
      const products = await catalog.listProducts();
      const report = await catalog.importCatalog(
        [
          {
            line: 2,
            fields: { name: 'Dry', category: 'Dry Category', subcategory: 'Dry Sub', country: 'FRA', currency: 'EUR', denominations: '10' },
          },
          { line: 3, fields: { name: 'Amazon.com', category: 'Gift Cards', country: 'USA', currency: 'USD' } },
        ],
        { dryRun: true },
      );
      assert.deepEqual(
        { ok: report.ok, dry_run: report.dry_run, created: report.created, updated: report.updated },
        { ok: true, dry_run: true, created: 1, updated: 1 },
      );
      assert.deepEqual(report.categories_created, ['Dry Category']);
      assert.equal(report.products[0]!.product_id, null);
      assert.deepEqual(await Promise.all([count('products'), count('categories'), count('subcategories'), count('audit_log')]), before);
      assert.deepEqual(await catalog.listProducts(), products);
    });

    test('create mode (products create): the name must be new and no id given', async () => {
      const fields = { name: 'amazon.com', category: 'Gift Cards', country: 'USA', currency: 'USD' };
      const taken = await catalog.importCatalog([{ line: 1, fields }], { mode: 'create' });
      assert.match(taken.errors[0]!.message, /^a product named "amazon.com" already exists \(id \d+\)$/);
      const withId = await catalog.importCatalog([{ line: 1, fields: { ...fields, id: 1, name: 'Other' } }], { mode: 'create' });
      assert.equal(withId.errors[0]!.message, 'id must be empty: a new product gets its id when it is created');
      const created = await catalog.importCatalog([{ line: 1, fields: { ...fields, name: 'Created one' } }], { mode: 'create' });
      assert.equal(created.products[0]!.action, 'created');
    });

    test('export → import round trip in CSV and JSON; without ids into an empty store it rebuilds the same catalog', async () => {
      // Without ids products are matched by name, so names must be unique for that part.
      const twins = (await catalog.listProducts()).filter((p) => p.name === 'Twin');
      await catalog.updateProduct(twins[1]!.id, { name: 'Twin 2' });
      await catalog.importCatalog([
        {
          line: 1,
          fields: {
            name: 'Tricky, "quoted"',
            category: 'Gift Cards',
            country: 'GBR',
            currency: 'GBP',
            description: 'line one\nline two, with comma',
            terms: '  trimmed  ',
            image_url: 'https://img.example/x.png',
            denominations: [{ min_value: 5.5, max_value: 99.99, discount: 12.25 }],
          },
        },
      ]);
      const products = await catalog.listProducts();
      assert.ok(products.length >= 8, 'products.length >= 8');
      for (const format of ['csv', 'json'] as const) {
        const text = formatCatalog(products, format);
        const parsed = parseCatalogFile(text, format);
        assert.deepEqual(parsed.errors, []);
        const report = await catalog.importCatalog(parsed.records);
        assert.deepEqual([report.ok, report.created, report.updated, report.unchanged], [true, 0, 0, products.length], format);
        assert.deepEqual(await catalog.listProducts(), products);
      }

      const fresh = await startTestStore(engine);
      try {
        const target = fresh.container.catalog;
        const withoutIds = parseCatalogFile(formatCatalog(products, 'csv', { ids: false }), 'csv');
        const report = await target.importCatalog(withoutIds.records);
        assert.deepEqual(report.errors, []);
        assert.equal(report.created, products.length);
        const copied = await target.listProducts();
        const comparable = (list: typeof products) =>
          list.map((p) => ({ ...exportFields(p, { ids: false }), orderable: p.orderable })).sort((a, b) => a.name.localeCompare(b.name));
        assert.deepEqual(comparable(copied), comparable(products));
        assert.equal(copied.find((p) => p.name === 'Tricky, "quoted"')!.description, 'line one\nline two, with comma');
      } finally {
        await fresh.close();
      }
    });

    test('POST /admin/v1/catalog/import (what the CLI uses with a server running): report, or 400 with one detail per bad line', async () => {
      const inject = (payload: object, token = ADMIN_TOKEN) =>
        store.app.inject({ method: 'POST', url: '/admin/v1/catalog/import', headers: { authorization: `Bearer ${token}` }, payload });
      assert.equal((await inject({ records: [] }, 'a-client-token-is-not-an-operator-token-0123')).statusCode, 401);
      const ok = await inject({
        records: [{ line: 2, fields: { name: 'Via HTTP', category: 'Gaming', country: 'USA', currency: 'USD', denominations: '10' } }],
      });
      assert.equal(ok.statusCode, 200);
      assert.deepEqual([ok.json().ok, ok.json().created], [true, 1]);
      const audit = await db()
        .selectFrom('audit_log')
        .select(['actor'])
        .where('action', '=', 'catalog.import')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      assert.equal(audit.actor, 'operator:admin-token');

      const bad = await inject({
        records: [
          { line: 2, fields: { name: 'X', category: 'Gaming', country: 'USA', currency: 'USD' } },
          { line: 5, fields: { name: 'Y', category: 'Gaming', country: 'ZZZ', currency: 'USD' } },
          { line: 9, fields: { name: 'Z', category: 'Gaming', country: 'USA', currency: 'USD', denominations: '-5' } },
          { line: 11, fields: 'not an object' },
        ],
      });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(bad.json().error, {
        name: 'ValidationException',
        code: 'VALIDATION_FAILURE',
        message: '3 lines of the import have errors; nothing was imported',
        details: [
          { field: 'line 5', message: 'unknown country "ZZZ": use an ISO 3166-1 alpha-3 code such as USA, GBR, DEU' },
          { field: 'line 9', message: 'denomination "-5": min_value must be a number greater than 0' },
          { field: 'line 11', message: 'a product must be an object' },
        ],
      });
      assert.equal((await inject({ records: [{ line: 0, fields: {} }] })).statusCode, 400);
      assert.equal((await inject({ records: [], extra: true })).statusCode, 400);

      // Text the database cannot hold (NUL, an unpaired surrogate) is its line's error, every such line at once.
      const products = await count('products');
      const unstorable = await inject({
        records: [
          { line: 2, fields: { name: 'fine', category: 'Gaming', country: 'USA', currency: 'USD' } },
          { line: 4, fields: { name: 'Nul\u0000name', category: 'Gaming', country: 'USA', currency: 'USD' } },
          { line: 6, fields: { name: 'ok', category: 'Gaming', country: 'USA', currency: 'USD', description: 'half \ud800 pair' } },
        ],
      });
      assert.equal(unstorable.statusCode, 400);
      assert.deepEqual(unstorable.json().error, {
        name: 'ValidationException',
        code: 'VALIDATION_FAILURE',
        message: '2 lines of the import have errors; nothing was imported',
        details: [
          { field: 'line 4', message: 'name must not contain NUL characters or unpaired UTF-16 surrogates' },
          { field: 'line 6', message: 'description must not contain NUL characters or unpaired UTF-16 surrogates' },
        ],
      });
      assert.equal(await count('products'), products, 'nothing imported');
      const outsideRecords = await inject({ records: [], mode: 'a\u0000b' });
      assert.equal(outsideRecords.statusCode, 400);
      assert.deepEqual(outsideRecords.json().error.details, [
        { field: 'mode', message: 'must not contain NUL characters or unpaired UTF-16 surrogates' },
      ]);

      // The CLI's admin client over HTTP: the bad lines come back as the error's details.
      const address = await store.app.listen({ host: '127.0.0.1', port: 0 });
      const remote = adminApi(new AdminClient(httpTransport(address, ADMIN_TOKEN)));
      await assert.rejects(
        remote.catalog.import({
          records: [{ line: 7, fields: { name: 'Q', category: 'Gaming', country: 'USA', currency: 'EUR', denominations: '1.234' } }],
        }),
        (error: unknown) => {
          assert.ok(error instanceof AdminCallError, 'error instanceof AdminCallError');
          assert.deepEqual(importLineErrors(error), [
            { line: 7, message: 'denomination "1.234": min_value has more decimal places than EUR allows (2)' },
          ]);
          return true;
        },
      );
      const remoteDry = await remote.catalog.import({
        records: [{ line: 1, fields: { name: 'Q', category: 'Gaming', country: 'USA', currency: 'EUR' } }],
        dry_run: true,
      });
      assert.deepEqual([remoteDry.ok, remoteDry.dry_run, remoteDry.created], [true, true, 1]);
      assert.equal((await remote.products.list()).items.length, (await catalog.listProducts()).length);
    });
  });
}
