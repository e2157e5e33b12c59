import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServerProcess, tempDataDir, type CliResult, type ServerProcess } from '../helpers/processes.ts';
import { runMain } from '../helpers/cli-in-process.ts';

// Each spawned CLI call costs seconds: the rules are tested in process
// (test/suppliers/inventory-admin.test.ts); here only what needs real processes.

function jsonOf(result: CliResult): any {
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, 1, result.stdout);
  return JSON.parse(lines[0]!);
}

const CODES = ['SECRET-CLI-0001', 'SECRET-CLI-0002', 'SECRET-CLI-0003'];
const GOOD_CSV = ['code,pin,expires_at,serial', ...CODES.map((code, i) => `${code},12${i},2032-12-31,SN${i}`), ''].join('\n');
const BAD_CSV = [
  'code,serial', //                   1
  `${CODES[0]},A`, //                 2  good
  ',B', //                            3  no code
  `${CODES[0]},C`, //                 4  same as line 2
  `${CODES[1]},D,extra`, //           5  too many cells
  '',
].join('\n');

const noCodeIn = (result: CliResult) => {
  for (const code of CODES) assert.ok(!result.stdout.includes(code) && !result.stderr.includes(code), `${code} printed`);
};

async function createProduct(env: Record<string, string>, name: string): Promise<number> {
  const created = jsonOf(
    await runMain(
      [
        'products',
        'create',
        '--name',
        name,
        '--category',
        'Stocked',
        '--country',
        'USA',
        '--currency',
        'USD',
        '--denominations',
        '10|25',
        '--supplier',
        'inventory',
        '--json',
      ],
      env,
    ),
  );
  return created.id;
}

describe('popup-store inventory on the embedded database, no server running', () => {
  let dir: string;
  let env: Record<string, string>;
  let product: number;
  before(async () => {
    dir = await tempDataDir({ migrated: true });
    env = { DATA_DIR: dir };
    product = await createProduct(env, 'CLI stocked card');
  });

  test('import: bad lines listed with their numbers (no code), exit 1, nothing written; then a good file', async () => {
    const bad = path.join(dir, 'bad.csv');
    await writeFile(bad, BAD_CSV, { mode: 0o600 }); // inside DATA_DIR, which the CLI keeps owner-only
    const failed = await runMain(['inventory', 'import', bad, '--product', String(product), '--denomination', '25'], env);
    assert.equal(failed.code, 1);
    assert.equal(failed.stdout, '');
    assert.deepEqual(failed.stderr.trim().split('\n'), [
      `line 3: code is required (product ${product} is CODE)`,
      'line 4: duplicate code (same as line 2)',
      'line 5: 3 cells, but the header names only 2 columns',
      `error: 3 lines of ${bad} have errors; nothing was imported`,
    ]);
    noCodeIn(failed);

    const good = path.join(dir, 'codes.csv');
    await writeFile(good, GOOD_CSV, { mode: 0o600 }); // inside DATA_DIR, which the CLI keeps owner-only
    const result = await runMain(['inventory', 'import', good, '--product', String(product), '--denomination', '25.00', '--json'], env);
    const report = jsonOf(result);
    assert.deepEqual([report.ok, report.imported, report.available, report.denomination, report.supplier], [true, 3, 3, 25, 'inventory']);
    noCodeIn(result);
  });

  test('stock and threshold', async () => {
    const threshold = await runMain(['inventory', 'threshold', '5', '--product', String(product), '--denomination', '25'], env);
    assert.equal(threshold.code, 0, threshold.stderr);
    assert.equal(threshold.stdout, `CLI stocked card (product ${product}), value 25: threshold 5; 3 available — LOW\n`);
    const stock = await runMain(['inventory', 'stock'], env);
    assert.equal(stock.code, 0, stock.stderr);
    assert.deepEqual(stock.stdout.trim().split('\n'), [
      'PRODUCT  VALUE   AVAILABLE  RESERVED  ISSUED  EXPIRED  THRESHOLD  LOW  NAME',
      `${String(product).padEnd(7)}  USD 10  0          0         0       0        -          LOW  CLI stocked card`,
      `${String(product).padEnd(7)}  USD 25  3          0         0       0        5          LOW  CLI stocked card`,
    ]);
    noCodeIn(stock);
  });
});

describe('popup-store inventory through a running server (embedded database)', () => {
  let dir: string;
  let server: ServerProcess;
  before(async () => {
    dir = await tempDataDir({ migrated: true });
    server = await startServerProcess({ DATA_DIR: dir });
  });
  after(async () => {
    await server?.stop();
    for (const code of CODES) assert.ok(!server.output().includes(code), `${code} in the server log`);
  });

  test('import, bad lines and stock go through the admin API with the same output', async () => {
    const env = { DATA_DIR: dir };
    const product = await createProduct(env, 'Remote stocked card');
    const bad = path.join(dir, 'bad.csv');
    await writeFile(bad, BAD_CSV, { mode: 0o600 }); // inside DATA_DIR, which the CLI keeps owner-only
    const failed = await runMain(['inventory', 'import', bad, '--product', String(product), '--denomination', '25'], env);
    assert.equal(failed.code, 1);
    assert.deepEqual(failed.stderr.trim().split('\n').slice(0, 3), [
      `line 3: code is required (product ${product} is CODE)`,
      'line 4: duplicate code (same as line 2)',
      'line 5: 3 cells, but the header names only 2 columns',
    ]);
    noCodeIn(failed);
    const good = path.join(dir, 'codes.csv');
    await writeFile(good, GOOD_CSV, { mode: 0o600 }); // inside DATA_DIR, which the CLI keeps owner-only
    const imported = await runMain(['inventory', 'import', good, '--product', String(product), '--denomination', '25'], env);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(
      imported.stdout,
      new RegExp(
        `^imported 3 codes from ${good.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} for Remote stocked card \\(product ${product}\\), value 25 \\(batch \\d+\\); 3 available now\\n$`,
      ),
    );
    const stock = jsonOf(await runMain(['inventory', 'stock', '--product', String(product), '--json'], env));
    assert.deepEqual(
      stock.map((level: { denomination: number; available: number }) => [level.denomination, level.available]),
      [
        [10, 0],
        [25, 3],
      ],
    );
  });
});
