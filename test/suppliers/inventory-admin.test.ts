import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseInventoryCsv } from '../../src/inventory/inventory.file.ts';
import { MAX_INVENTORY_IMPORT } from '../../src/inventory/inventory.import.ts';
import { errorOf } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { admin, ADMIN_TOKEN, badRequest, notFound } from '../helpers/wallets.ts';
import { codes, createInventoryProduct, statusCounts, stock } from './fixtures.ts';

const INVALID_QUERY = badRequest('Invalid query parameters');
const records = (csv: string) => {
  const parsed = parseInventoryCsv(csv);
  assert.deepEqual(parsed.errors, []);
  return parsed.records;
};

describe('inventory CSV files', () => {
  test('header: any order, case-insensitive; blank cells left out; lines numbered as in the file', () => {
    const parsed = parseInventoryCsv('Serial,CODE,pin\r\nS1,AAA-1,1234\r\n\r\n"S2","AAA-2",\r\nS3,"AAA\n3",9\n');
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.records, [
      { line: 2, fields: { serial: 'S1', code: 'AAA-1', pin: '1234' } },
      { line: 4, fields: { serial: 'S2', code: 'AAA-2' } },
      { line: 5, fields: { serial: 'S3', code: 'AAA\n3', pin: '9' } },
    ]);
  });

  test('problems of the file itself, by line, never quoting a code', () => {
    assert.deepEqual(parseInventoryCsv('').errors, [
      { line: 1, message: 'the file is empty; the first line must name the columns (code, pin, claim_url, expires_at, serial)' },
    ]);
    assert.deepEqual(parseInventoryCsv('code,colour\nX,red\n').errors, [
      { line: 1, message: 'unknown column in place 2 (columns: code, pin, claim_url, expires_at, serial)' },
    ]);
    // A file without a header has a voucher on its first line: its cells are named by place, never quoted.
    const headerless = parseInventoryCsv(`SECRET-G-1111,9876,SECRET-S${'x'.repeat(5000)}\nSECRET-H-2222,5432\n`);
    assert.deepEqual(headerless.errors, [
      {
        line: 1,
        message:
          'unknown columns in places 1, 2, 3; missing column "code" (or "claim_url" for URL vouchers) (columns: code, pin, claim_url, expires_at, serial)',
      },
    ]);
    assert.doesNotMatch(JSON.stringify(headerless), /SECRET|9876/);
    assert.deepEqual(parseInventoryCsv('pin,serial\n1,2\n').errors, [
      { line: 1, message: 'missing column "code" (or "claim_url" for URL vouchers) (columns: code, pin, claim_url, expires_at, serial)' },
    ]);
    // csv-parse quotes the cell in these two messages: the cell is left out.
    const openingQuote = parseInventoryCsv('code,pin\nSECRET-A"1,1\nSECRET-B,2\n');
    assert.deepEqual(openingQuote.errors, [{ line: 2, message: 'invalid CSV: Invalid Opening Quote: a quote is found on field 0' }]);
    const closingQuote = parseInventoryCsv('code,pin\n"SECRET-C"X,1\n').errors;
    assert.deepEqual(closingQuote[0], {
      line: 2,
      message:
        'invalid CSV: Invalid Closing Quote: another character instead of delimiter, record delimiter, trimable character (if activated) or comment',
    });
    assert.doesNotMatch(JSON.stringify([openingQuote.errors, closingQuote]), /SECRET|"X"/);
    // After a malformed quote every later line is still read, and each bad one reported at its own line.
    const afterQuote = parseInventoryCsv('code,pin\n"SECRET-D"X,1\nGOOD-3,3\n"GOOD\n4",4\nSECRET-E,5,extra\n\nGOOD-7,7\n"SECRET-F,8\nGOOD-9,9\n');
    assert.deepEqual(afterQuote.errors, [
      {
        line: 2,
        message:
          'invalid CSV: Invalid Closing Quote: another character instead of delimiter, record delimiter, trimable character (if activated) or comment',
      },
      { line: 6, message: '3 cells, but the header names only 2 columns' },
      { line: 9, message: 'invalid CSV: Quote Not Closed: the parsing is finished with an opening quote' },
    ]);
    assert.deepEqual(afterQuote.records, [
      { line: 3, fields: { code: 'GOOD-3', pin: '3' } },
      { line: 4, fields: { code: 'GOOD\n4', pin: '4' } },
      { line: 8, fields: { code: 'GOOD-7', pin: '7' } },
    ]);
    assert.doesNotMatch(JSON.stringify(afterQuote.errors), /SECRET/);
    assert.deepEqual(
      parseInventoryCsv('"code"X,pin\nA,1\n').errors.map((error) => error.line),
      [1],
      'an unreadable header, and nothing after it',
    );
    const parsed = parseInventoryCsv('code,pin\nSECRET-A,1\nSECRET-B,2,extra\nSECRET-C,3\n');
    assert.deepEqual(parsed.errors, [{ line: 3, message: '3 cells, but the header names only 2 columns' }]);
    assert.deepEqual(
      parsed.records.map((r) => r.line),
      [2, 4],
    );
  });
});

for (const engine of ENGINES) {
  describe(`inventory: operator tools [${engine}]`, () => {
    let store: TestStore;
    const service = () => store.container.inventory.as('operator:test');
    /** Every code a test used, to check that none reached a log, an answer or the audit log. */
    const secrets: string[] = [];
    const remember = (list: string[]) => (secrets.push(...list), list);

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
    });
    after(async () => {
      const audit = JSON.stringify(await store.container.database.db.selectFrom('audit_log').select(['action', 'target', 'details']).execute());
      const logs = store.logs.text();
      for (const secret of secrets) {
        assert.ok(!logs.includes(secret), `a code reached the log: ${secret}`);
        assert.ok(!audit.includes(secret), `a code reached the audit log: ${secret}`);
      }
      await store.close();
    });

    test('POST /admin/v1/inventory/import: codes encrypted into stock, a report without any code, audit-logged', async () => {
      const product = await createInventoryProduct(store, { name: 'Import card', voucherType: 'CODE_WITH_PIN' });
      const list = remember(codes(3));
      const csv = ['code,pin,expires_at,serial', ...list.map((code, i) => `${code},${4000 + i},2031-01-31,SN-${i}`)].join('\n');
      const body = { product_id: product, denomination: 25, records: records(csv), source: 'march.csv' };

      const dry = await admin(store, 'POST', '/inventory/import', { ...body, dry_run: true });
      assert.equal(dry.statusCode, 200);
      assert.deepEqual(dry.json(), {
        ok: true,
        dry_run: true,
        product_id: product,
        product_name: 'Import card',
        supplier: 'inventory',
        denomination: 25,
        errors: [],
        imported: 3,
        batch_id: null,
        available: 3,
      });
      assert.deepEqual(await statusCounts(store.container.database.db, product), {}, 'a dry run writes nothing');

      const response = await admin(store, 'POST', '/inventory/import', body);
      assert.equal(response.statusCode, 200);
      const report = response.json();
      assert.equal(report.ok, true);
      assert.equal(report.imported, 3);
      assert.equal(report.available, 3);
      assert.ok(Number.isInteger(report.batch_id), 'Number.isInteger(report.batch_id)');
      for (const code of list) assert.ok(!response.body.includes(code), '!response.body.includes(code)');

      // At rest: no code, PIN or serial in clear; the expiry is kept in clear for reports.
      const rows = await store.container.database.db
        .selectFrom('voucher_inventory')
        .selectAll()
        .where('product_id', '=', product)
        .orderBy('id')
        .execute();
      assert.equal(rows.length, 3);
      for (const [i, row] of rows.entries()) {
        const text = JSON.stringify(row);
        assert.ok(
          !text.includes(list[i]!) && !text.includes(`SN-${i}`) && !text.includes(`${4000 + i}`),
          '!text.includes(list[i]!) && !text.includes(`SN-${i}`) && !text.includes(`${4000 + i}`)',
        );
        assert.equal(row.status, 'AVAILABLE');
        assert.equal(row.batch_id, report.batch_id);
        assert.equal(row.expires_at?.toISOString(), '2031-01-31T23:59:59.000Z');
        assert.deepEqual(store.container.voucherCipher.open(row.payload), {
          card_number: list[i],
          pin_code: `${4000 + i}`,
          claim_url: null,
          expires_at: '2031-01-31T23:59:59Z',
          voucher_reference_number: `SN-${i}`,
        });
      }
      const batch = await store.container.database.db
        .selectFrom('inventory_batches')
        .selectAll()
        .where('id', '=', report.batch_id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        [batch.product_id, batch.denomination, batch.quantity, batch.source, batch.created_by],
        [product, '25.0000', 3, 'march.csv', 'operator:admin-token'],
      );
      const audit = await store.container.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'inventory.import')
        .where('target', '=', `product:${product}`)
        .execute();
      assert.equal(audit.length, 1);
      assert.deepEqual(audit[0]!.details, { denomination: 25, batch_id: report.batch_id, codes: 3, source: 'march.csv' });
      assert.equal(audit[0]!.actor, 'operator:admin-token');
    });

    test('every kind of bad line: one error per line with its number, no code quoted, nothing imported', async () => {
      const product = await createInventoryProduct(store, { voucherType: 'CODE_WITH_PIN' });
      const [inStock, ...fresh] = remember(codes(12));
      await stock(store, product, 25, [inStock!]);
      const csv = [
        'code,pin,claim_url,expires_at,serial', //  1
        `${fresh[0]},1111,,,S-1`, //                2  good
        `,2222,,,`, //                               3  no code
        `${fresh[1]},,,,`, //                        4  no PIN (CODE_WITH_PIN)
        `${fresh[2]},3333,ftp://x.example/a,,`, //   5  not http(s)
        `${fresh[3]},4444,,31/12/2030,`, //          6  not a date
        `${fresh[4]},5555,,2001-01-01,`, //          7  in the past
        `${inStock},6666,,,`, //                     8  already in stock
        `${fresh[0]},7777,,,`, //                    9  same as line 2
        `${fresh[5]},8888,,2030-02-30,`, //         10  no such day
        `"${fresh[6]}\tX",9999,,,`, //               11  a control character
        `${'X'.repeat(257)},1,,,`, //                12  too long
        `${fresh[7]},1212,,2030-12-31T10:00:00+02:00,${'s'.repeat(201)}`, // 13  serial too long
        `${fresh[8]},1313,not a url,,`, //           14
        `${fresh[9]},1414,https://claim.example/x,2030-12-31T10:00:00Z,S-14`, // 15 good
        // 16: a Latin-1 byte read as UTF-8, as the CLI and the console read a file
        `${fresh[10]}${Buffer.from([0xe9]).toString('utf8')},1616,,,`,
      ].join('\n');
      const report = await service().importCodes({ productId: product, denomination: '25.00', records: records(csv) });
      assert.equal(report.ok, false);
      assert.deepEqual(report.errors, [
        { line: 3, message: `code is required (product ${product} is CODE_WITH_PIN)` },
        { line: 4, message: `pin is required (product ${product} is CODE_WITH_PIN)` },
        { line: 5, message: 'claim_url must be an absolute http:// or https:// URL' },
        { line: 6, message: 'expires_at must be a date (2027-12-31) or an RFC 3339 time (2027-12-31T23:59:59Z)' },
        { line: 7, message: 'expires_at is in the past: the code could never be issued' },
        { line: 8, message: 'duplicate code (already in stock)' },
        { line: 9, message: 'duplicate code (same as line 2)' },
        { line: 10, message: 'expires_at must be a date (2027-12-31) or an RFC 3339 time (2027-12-31T23:59:59Z)' },
        { line: 11, message: 'code contains a control character (tab, line break, …)' },
        { line: 12, message: 'code is longer than 256 characters' },
        { line: 13, message: 'serial is longer than 200 characters' },
        { line: 14, message: 'claim_url must be an absolute http:// or https:// URL' },
        { line: 16, message: 'code contains U+FFFD, the mark of bytes that are not UTF-8: save the file as UTF-8' },
      ]);
      const text = JSON.stringify(report);
      for (const code of [inStock!, ...fresh]) assert.ok(!text.includes(code), code);
      assert.deepEqual([report.imported, report.batch_id, report.available], [0, null, 1]);
      assert.deepEqual(await statusCounts(store.container.database.db, product), { AVAILABLE: 1 }, 'not even the good lines');

      // Over HTTP: 400 with one detail per bad line.
      const response = await admin(store, 'POST', '/inventory/import', { product_id: product, denomination: 25, records: records(csv) });
      assert.equal(response.statusCode, 400);
      const error = errorOf(response) as { code: string; message: string; details?: { field: string; message: string }[] };
      assert.equal(error.code, 'VALIDATION_FAILURE');
      assert.equal(error.message, '13 lines of the import have errors; nothing was imported');
      assert.deepEqual(error.details?.[5], { field: 'line 8', message: 'duplicate code (already in stock)' });
      for (const code of [inStock!, ...fresh]) assert.ok(!response.body.includes(code), '!response.body.includes(code)');

      // Text the database cannot hold (NUL, an unpaired surrogate) is its line's error too, over HTTP, without the cell.
      const unstorable = await admin(store, 'POST', '/inventory/import', {
        product_id: product,
        denomination: 25,
        records: [
          { line: 2, fields: { code: fresh[0], pin: '1111' } },
          { line: 3, fields: { code: `${fresh[1]}\u0000`, pin: '2222' } },
          { line: 5, fields: { code: fresh[2], pin: '\udc00' } },
        ],
      });
      assert.equal(unstorable.statusCode, 400);
      assert.deepEqual(errorOf(unstorable), {
        name: 'ValidationException',
        code: 'VALIDATION_FAILURE',
        message: '2 lines of the import have errors; nothing was imported',
        details: [
          { field: 'line 3', message: 'code must not contain NUL characters or unpaired UTF-16 surrogates' },
          { field: 'line 5', message: 'pin must not contain NUL characters or unpaired UTF-16 surrogates' },
        ],
      });
      for (const code of fresh) assert.ok(!unstorable.body.includes(code), '!unstorable.body.includes(code)');
      assert.deepEqual(await statusCounts(store.container.database.db, product), { AVAILABLE: 1 });

      // The good lines alone go in.
      const good = await service().importCodes({
        productId: product,
        denomination: 25,
        records: records(csv).filter((r) => r.line === 2 || r.line === 15),
      });
      assert.deepEqual([good.ok, good.imported, good.available], [true, 2, 3]);
    });

    test('URL vouchers are told apart by their claim URL; records from elsewhere are checked too', async () => {
      const product = await createInventoryProduct(store, { voucherType: 'URL' });
      const url = 'https://claim.example/r/SECRET-URL-TOKEN-1';
      secrets.push('SECRET-URL-TOKEN-1');
      const first = await service().importCodes({ productId: product, denomination: 10, records: [{ line: 2, fields: { claim_url: url } }] });
      assert.equal(first.ok, true);
      const again = await service().importCodes({
        productId: product,
        denomination: 10,
        records: [
          { line: 2, fields: { claim_url: url } },
          { line: 3, fields: { code: 'X' } },
          { line: 4, fields: { claim_url: 'https://claim.example/2', colour: 'red' } },
          { line: 5, fields: 'not an object' as unknown as Record<string, unknown> },
          { line: 6, fields: { claim_url: { nested: true } } },
        ],
      });
      assert.deepEqual(again.errors, [
        { line: 2, message: 'duplicate claim URL (already in stock)' },
        { line: 3, message: `claim_url is required (product ${product} is URL)` },
        { line: 4, message: 'unknown field "colour" (known: code, pin, claim_url, expires_at, serial)' },
        { line: 5, message: 'a voucher must be an object' },
        { line: 6, message: 'claim_url must be text' },
      ]);
      const empty = await service().importCodes({ productId: product, denomination: 10, records: [] });
      assert.deepEqual(empty.errors, [{ line: 1, message: 'the file has no vouchers (only a header line)' }]);
    });

    test('the same code may be stocked for two products, never twice for one (any value, any status)', async () => {
      const a = await createInventoryProduct(store);
      const b = await createInventoryProduct(store);
      const [code] = remember(codes(1));
      await stock(store, a, 10, [code!]);
      await stock(store, b, 10, [code!]);
      const other = await service().importCodes({ productId: a, denomination: 25, records: [{ line: 2, fields: { code } }] });
      assert.deepEqual(other.errors, [{ line: 2, message: 'duplicate code (already in stock)' }]);
    });

    test('concurrent imports of the same codes: the codes go in once', async () => {
      const product = await createInventoryProduct(store);
      const list = remember(codes(50));
      const input = { productId: product, denomination: 10, records: list.map((code, i) => ({ line: i + 2, fields: { code } })) };
      const results = await Promise.allSettled([service().importCodes(input), service().importCodes(input), service().importCodes(input)]);
      const imported = results.filter((r) => r.status === 'fulfilled' && r.value.ok);
      assert.equal(imported.length, 1);
      for (const result of results) {
        if (result.status === 'fulfilled' && !result.value.ok) assert.equal(result.value.errors[0]!.message, 'duplicate code (already in stock)');
        if (result.status === 'rejected') assert.match((result.reason as Error).message, /imported by another import meanwhile/);
      }
      assert.deepEqual(await statusCounts(store.container.database.db, product), { AVAILABLE: 50 });
    });

    test('request errors: unknown product 404, a value the product does not have 400, a bad body 400, no token 401', async () => {
      const product = await createInventoryProduct(store);
      const body = { product_id: product, denomination: 25, records: [{ line: 2, fields: { code: 'SECRET-REQ-1' } }] };
      secrets.push('SECRET-REQ-1');
      assert.deepEqual(errorOf(await admin(store, 'POST', '/inventory/import', { ...body, product_id: 2_000_000 })), notFound('Product not found'));
      for (const denomination of [11, 25.001, 49.99, 100.01]) {
        const response = await admin(store, 'POST', '/inventory/import', { ...body, denomination });
        assert.deepEqual(errorOf(response), badRequest(`Denomination ${denomination} is not a face value of product ${product} (USD 10|25|50-100)`));
      }
      for (const bad of [
        { ...body, denomination: 0 },
        { ...body, denomination: '25' },
        { ...body, product_id: 0 },
        { ...body, records: 'x' },
        { ...body, extra: 1 },
        { ...body, records: [{ line: 0, fields: {} }] },
      ]) {
        const response = await admin(store, 'POST', '/inventory/import', bad);
        assert.equal(response.statusCode, 400);
        assert.equal(errorOf(response).code, 'VALIDATION_FAILURE');
      }
      const tooMany = await service().importCodes({
        productId: product,
        denomination: 25,
        records: Array.from({ length: MAX_INVENTORY_IMPORT + 1 }, (_, i) => ({ line: i + 2, fields: {} })),
      });
      assert.deepEqual(tooMany.errors, [
        { line: MAX_INVENTORY_IMPORT + 2, message: `an import takes at most ${MAX_INVENTORY_IMPORT} codes; split the file` },
      ]);
      const anonymous = await store.app.inject({ method: 'POST', url: '/admin/v1/inventory/import', payload: body });
      assert.equal(anonymous.statusCode, 401);
      // A malformed body: SYNTAX_ERROR, and no fragment of it in the log.
      const malformed = await store.app.inject({
        method: 'POST',
        url: '/admin/v1/inventory/import',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        payload: '{"product_id": 1, "denomination": 25, "records": [{"line": 2, "fields": {"code": "SECRET-REQ-1", oops}}]}',
      });
      assert.equal(errorOf(malformed).code, 'SYNTAX_ERROR');
      assert.deepEqual(await statusCounts(store.container.database.db, product), {});
    });

    test('stock levels: available / reserved / issued / expired per product and value, low-stock flag', async () => {
      const product = await createInventoryProduct(store, { name: 'Stock card' });
      const db = store.container.database.db;
      remember(await stock(store, product, 25, codes(6)).then(() => []));
      await stock(store, product, 50.5, codes(2));
      const supplier = store.container.suppliers.get('inventory')!;
      await supplier.reserve(db, { orderId: 900_001, productId: product, denomination: '25', quantity: 3 });
      await supplier.issue(db, { orderId: 900_001, productId: product, denomination: '25', voucherType: 'CODE', quantity: 1, delivered: 0 });
      await db
        .updateTable('voucher_inventory')
        .set({ expires_at: new Date(Date.now() - 60_000) })
        .where('product_id', '=', product)
        .where('denomination', '=', '50.5')
        .execute();

      const response = await admin(store, 'GET', `/inventory/stock?product_id=${product}`);
      assert.equal(response.statusCode, 200);
      const base = { product_id: product, product_name: 'Stock card', supplier: 'inventory', currency: 'USD', threshold: null };
      assert.deepEqual(response.json(), [
        { ...base, denomination: 10, available: 0, reserved: 0, issued: 0, expired: 0, low_stock: true }, // a fixed value with no codes
        { ...base, denomination: 25, available: 3, reserved: 2, issued: 1, expired: 0, low_stock: false },
        { ...base, denomination: 50.5, available: 0, reserved: 0, issued: 0, expired: 2, low_stock: true },
      ]);
      const all = (await admin(store, 'GET', '/inventory/stock')).json() as { product_id: number }[];
      assert.ok(
        all.some((row) => row.product_id === product) && all.some((row) => row.product_id !== product),
        'all.some((row) => row.product_id === product) && all.some((row) => row.product_id !== product)',
      );
      assert.deepEqual(errorOf(await admin(store, 'GET', '/inventory/stock?product_id=2000000')), notFound('Product not found'));
      for (const query of ['abc', '-1', '1.5', ''])
        assert.deepEqual(errorOf(await admin(store, 'GET', `/inventory/stock?product_id=${query}`)), INVALID_QUERY, query);
      assert.equal((await store.app.inject({ method: 'GET', url: '/admin/v1/inventory/stock' })).statusCode, 401);
    });

    test('thresholds: set, change, remove; audit-logged; the flag follows', async () => {
      const product = await createInventoryProduct(store, { name: 'Threshold card' });
      await stock(store, product, 10, remember(codes(5)));
      const set = (threshold: number | null, denomination: unknown = 10) =>
        admin(store, 'PUT', '/inventory/thresholds', { product_id: product, denomination, threshold });
      const first = await set(5);
      assert.equal(first.statusCode, 200);
      assert.deepEqual(first.json(), {
        product_id: product,
        product_name: 'Threshold card',
        supplier: 'inventory',
        currency: 'USD',
        denomination: 10,
        available: 5,
        reserved: 0,
        issued: 0,
        expired: 0,
        threshold: 5,
        low_stock: false,
      });
      assert.equal((await set(6)).json().low_stock, true, 'fewer than the threshold');
      assert.equal((await set(6)).json().threshold, 6, 'setting the same value again');
      const removed = (await set(null)).json();
      assert.deepEqual([removed.threshold, removed.low_stock], [null, false]);
      // A range value of the product, not stocked yet: listed because of its threshold.
      assert.deepEqual((await set(2, 75)).json().available, 0);
      assert.ok(
        ((await admin(store, 'GET', `/inventory/stock?product_id=${product}`)).json() as { denomination: number }[]).some(
          (row) => row.denomination === 75,
        ),
        "((await admin(store, 'GET', `/inventory/stock?product_id=${product}`)).json() as { denomination: ...",
      );

      const audit = await store.container.database.db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('target', '=', `product:${product}`)
        .where('action', '=', 'inventory.threshold')
        .orderBy('id')
        .execute();
      assert.deepEqual(
        audit.map((row) => row.details),
        [
          { denomination: 10, before: null, after: 5 },
          { denomination: 10, before: 5, after: 6 },
          { denomination: 10, before: 6, after: null },
          { denomination: 75, before: null, after: 2 },
        ],
      );

      assert.deepEqual(
        errorOf(await admin(store, 'PUT', '/inventory/thresholds', { product_id: 2_000_000, denomination: 10, threshold: 1 })),
        notFound('Product not found'),
      );
      assert.deepEqual(errorOf(await set(1, 11)), badRequest(`Denomination 11 is not a face value of product ${product} (USD 10|25|50-100)`));
      // The face values are named from the smallest, whatever the order their ranges were added in.
      const five = await admin(store, 'POST', `/products/${product}/denominations`, { min_value: 5, max_value: 5 });
      assert.equal(five.statusCode, 201, five.body);
      assert.deepEqual(errorOf(await set(1, 11)), badRequest(`Denomination 11 is not a face value of product ${product} (USD 5|10|25|50-100)`));
      for (const threshold of [-1, 1.5, '3', 1_000_000_001])
        assert.equal(errorOf(await set(threshold as number)).code, 'VALIDATION_FAILURE', String(threshold));
      assert.equal(errorOf(await admin(store, 'PUT', '/inventory/thresholds', { product_id: product, denomination: 10 })).code, 'VALIDATION_FAILURE');
      await assert.rejects(service().setThreshold({ productId: product, denomination: 10, threshold: -2 }), /threshold must be a whole number/);
    });
  });
}
