import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { postJson, runCli, startServerProcess, tempDataDir, type CliResult, type ServerProcess } from '../helpers/processes.ts';
import { runMain } from '../helpers/cli-in-process.ts';

// Each spawned CLI call costs seconds: the logic is tested in process (test/catalog/import.test.ts,
// test/catalog/demo.test.ts); here only what needs real processes.

/** `--json` output: exactly one line holding one JSON value. */
function jsonOf(result: CliResult): any {
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, 1, result.stdout);
  return JSON.parse(lines[0]!);
}

const BAD_CSV = [
  'name,category,country,currency,denominations',
  'Good product,A New Category,USA,USD,10|25-100:2',
  'Bad country,Gift Cards,XXX,USD,10',
  'Good too,Gift Cards,GBR,GBP,5',
  'Bad range,Gift Cards,USA,USD,50-10',
  'Too many,Gift Cards,USA,USD,10,extra',
  '',
].join('\n');

describe('popup-store catalog import/export on the embedded database, no server running', () => {
  let dir: string;
  let env: Record<string, string>;
  before(async () => {
    dir = await tempDataDir({ migrated: true });
    env = { DATA_DIR: dir };
  });

  test('an import with bad lines exits 1, lists every bad line with its number, and writes nothing', async () => {
    const file = path.join(dir, 'bad.csv');
    await writeFile(file, BAD_CSV, { mode: 0o600 }); // inside DATA_DIR, which the CLI keeps owner-only
    const result = await runMain(['catalog', 'import', file], env);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.deepEqual(result.stderr.trim().split('\n'), [
      'line 3: unknown country "XXX": use an ISO 3166-1 alpha-3 code such as USA, GBR, DEU',
      'line 5: denomination "50-10": min_value must not be greater than max_value',
      'line 6: 6 cells, but the header names only 5 columns',
      `error: 3 lines of ${file} have errors; nothing was imported`,
    ]);
    // Nothing half-imported: not the good lines, not the category they name.
    const exported = await runMain(['catalog', 'export', '--format', 'json'], env);
    assert.equal(exported.code, 0, exported.stderr);
    assert.deepEqual(JSON.parse(exported.stdout), []);
  });

  test('demo catalog → export (CSV) → import: every product unchanged', async () => {
    const demo = jsonOf(await runMain(['demo', '--json'], env));
    assert.deepEqual(Object.keys(demo).sort(), ['client_id', 'password', 'username']);
    const file = path.join(dir, 'catalog.csv');
    const exported = await runMain(['catalog', 'export', '--output', file], env);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /^exported \d+ products to /);
    const text = await readFile(file, 'utf8');
    assert.match(text.split('\n')[0]!, /^id,name,category,subcategory,country,currency,voucher_type,supplier,active,denominations,/);
    const report = jsonOf(await runMain(['catalog', 'import', file, '--json'], env));
    assert.equal(report.ok, true);
    assert.ok(report.unchanged >= 12, 'report.unchanged >= 12');
    assert.deepEqual([report.created, report.updated, report.unchanged], [0, 0, text.trim().split('\n').length - 1]);
  });
});

describe('popup-store output into a pipe', () => {
  test('is written whole before the command exits: hundreds of kilobytes on stdout and on stderr', async () => {
    const dir = await tempDataDir({ migrated: true });
    const file = path.join(dir, 'many-bad-lines.csv');
    const lines = 4000;
    const rows = Array.from({ length: lines }, (_, index) => `Product ${index},Gift Cards,XXX,USD,10`);
    await writeFile(file, ['name,category,country,currency,denominations', ...rows, ''].join('\n'), { mode: 0o600 });
    const text = await runCli(['catalog', 'import', file], { DATA_DIR: dir });
    assert.equal(text.code, 1);
    const printed = text.stderr.trim().split('\n');
    assert.ok(text.stderr.length > 256 * 1024, `${text.stderr.length} bytes on stderr`);
    assert.equal(printed.length, lines + 1);
    assert.equal(printed.at(-1), `error: ${lines} lines of ${file} have errors; nothing was imported`);
    const json = await runCli(['catalog', 'import', file, '--json'], { DATA_DIR: dir });
    assert.equal(json.code, 1);
    assert.ok(json.stdout.length > 256 * 1024, `${json.stdout.length} bytes on stdout`);
    assert.equal(JSON.parse(json.stdout).errors.length, lines);
  });
});

describe('popup-store demo and import with a server running on the same data directory', () => {
  let dir: string;
  let server: ServerProcess;
  before(async () => {
    dir = await tempDataDir({ migrated: true });
    server = await startServerProcess({ DATA_DIR: dir });
  });
  after(async () => {
    await server?.stop();
  });

  test('demo --json twice: the same client, a new password each time; the login works against the server', async () => {
    const env = { DATA_DIR: dir };
    const first = jsonOf(await runMain(['demo', '--json'], env));
    const second = jsonOf(await runMain(['demo', '--json'], env));
    assert.equal(second.client_id, first.client_id);
    assert.equal(second.username, first.username);
    assert.notEqual(second.password, first.password);

    assert.equal((await postJson(`${server.url}/auth/login`, { username: first.username, password: first.password })).status, 401);
    const login = await postJson(`${server.url}/auth/login`, { username: second.username, password: second.password });
    assert.equal(login.status, 200);
    const products = await fetch(`${server.url}/api/v1/products?limit=100`, {
      headers: { authorization: `Bearer ${login.body.data.access_token}` },
    });
    assert.equal(products.status, 200);
    assert.ok(((await products.json()) as unknown[]).length >= 12, '((await products.json()) as unknown[]).length >= 12');
  });

  test('an import through the server reports every bad line the same way', async () => {
    const file = path.join(dir, 'bad.csv');
    await writeFile(file, BAD_CSV, { mode: 0o600 }); // inside DATA_DIR, which the CLI keeps owner-only
    const result = await runMain(['catalog', 'import', file], { DATA_DIR: dir });
    assert.equal(result.code, 1);
    assert.deepEqual(result.stderr.trim().split('\n'), [
      'line 3: unknown country "XXX": use an ISO 3166-1 alpha-3 code such as USA, GBR, DEU',
      'line 5: denomination "50-10": min_value must not be greater than max_value',
      'line 6: 6 cells, but the header names only 5 columns',
      `error: 3 lines of ${file} have errors; nothing was imported`,
    ]);
  });
});
