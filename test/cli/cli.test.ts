import assert from 'node:assert/strict';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { postJson, runCli, startServerProcess, tempDataDir, type ServerProcess } from '../helpers/processes.ts';
import { dropSchema } from '../helpers/store.ts';
import { tempDir } from '../helpers/temp-dirs.ts';

const CREDENTIALS_KEYS = ['client_id', 'password', 'username'];

describe('popup-store CLI on the embedded database, no server running', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await tempDataDir();
  });

  test('migrate, create --json (exactly one JSON object), list, show, ip add, deactivate', async () => {
    const env = { DATA_DIR: dataDir };
    const migrated = await runCli(['migrate'], env);
    assert.equal(migrated.code, 0, migrated.stderr);
    assert.equal(migrated.stderr, `created a new store in ${dataDir}\n`);

    const created = await runCli(['clients', 'create', '--name', 'Acme', '--ip', '10.0.0.0/8', '--json'], env);
    assert.equal(created.code, 0, created.stderr);
    const lines = created.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const credentials = JSON.parse(lines[0]!);
    assert.deepEqual(Object.keys(credentials).sort(), CREDENTIALS_KEYS);
    assert.ok(Number.isInteger(credentials.client_id), 'Number.isInteger(credentials.client_id)');

    const changed = await runCli(['clients', 'ip', 'add', String(credentials.client_id), '192.0.2.1', '--json'], env);
    assert.equal(changed.code, 0, changed.stderr);
    assert.deepEqual(JSON.parse(changed.stdout).ip_allowlist, ['10.0.0.0/8', '192.0.2.1/32']);

    const deactivated = await runCli(['clients', 'deactivate', String(credentials.client_id)], env);
    assert.equal(deactivated.code, 0, deactivated.stderr);
    const listed = await runCli(['clients', 'list', '--json'], env);
    const client = JSON.parse(listed.stdout).find((c: { id: number }) => c.id === credentials.client_id);
    assert.equal(client.active, false);
    assert.equal(client.name, 'Acme');
  });

  test('errors print one clear line and exit non-zero', async () => {
    const env = { DATA_DIR: dataDir };
    const unknown = await runCli(['clients', 'logout', '999999'], env);
    assert.equal(unknown.code, 1);
    assert.equal(unknown.stderr.trim(), 'error: Client not found');

    const badId = await runCli(['clients', 'show', 'abc'], env);
    assert.equal(badId.code, 1);
    assert.equal(badId.stderr.trim(), 'error: Invalid client ID: abc');

    const badCidr = await runCli(['clients', 'ip', 'add', '1', 'nonsense'], env);
    assert.equal(badCidr.code, 1);
    assert.match(badCidr.stderr.trim(), /^error: Invalid IP address or CIDR range: nonsense$/);

    const usage = await runCli(['clients', 'create'], env);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /required option '--name <name>'/);

    const [typo, typoSet] = await Promise.all([
      runCli(['clients', 'create', '--name', 'Typo', '--feature', 'bogus'], env),
      runCli(['clients', 'features', '1', '--set', 'vouchers,voucher'], env),
    ]);
    assert.deepEqual([typo.code, typo.stderr], [1, 'error: unknown feature "bogus" (known: vouchers)\n']);
    assert.deepEqual([typoSet.code, typoSet.stderr], [1, 'error: unknown feature "voucher" (known: vouchers)\n']);

    const badConfig = await runCli(['clients', 'list'], { DATA_DIR: dataDir, PORT: 'eighty' });
    assert.equal(badConfig.code, 1);
    assert.match(badConfig.stderr, /PORT must be a whole number/);
  });
});

describe('popup-store CLI with a server running on the same data directory', () => {
  let dataDir: string;
  let server: ServerProcess;
  before(async () => {
    dataDir = await tempDataDir();
    server = await startServerProcess({ DATA_DIR: dataDir });
  });
  after(async () => {
    await server?.stop();
  });

  test('the first start says where it created the store', () => {
    assert.ok(server.output().includes(`"msg":"created a new store in ${dataDir}"`), server.output());
  });

  test('an unknown feature is refused before anything is sent, with the same message', async () => {
    const env = { DATA_DIR: dataDir };
    const [typo, typoSet] = await Promise.all([
      runCli(['clients', 'create', '--name', 'Typo', '--feature', 'bogus'], env),
      runCli(['clients', 'features', '1', '--set', 'voucher'], env),
    ]);
    assert.deepEqual([typo.code, typo.stderr], [1, 'error: unknown feature "bogus" (known: vouchers)\n']);
    assert.deepEqual([typoSet.code, typoSet.stderr], [1, 'error: unknown feature "voucher" (known: vouchers)\n']);
  });

  test('commands go through the running server and take effect at once', async () => {
    const env = { DATA_DIR: dataDir };
    const created = await runCli(['clients', 'create', '--name', 'Live', '--json'], env);
    assert.equal(created.code, 0, created.stderr);
    const credentials = JSON.parse(created.stdout);

    const login = await postJson(`${server.url}/auth/login`, { username: credentials.username, password: credentials.password });
    assert.equal(login.status, 200);
    const { access_token, refresh_token } = login.body.data;

    const loggedOut = await runCli(['clients', 'logout', String(credentials.client_id)], env);
    assert.equal(loggedOut.code, 0, loggedOut.stderr);
    const after = await postJson(`${server.url}/auth/logout`, undefined, { authorization: `Bearer ${access_token}` });
    assert.equal(after.status, 401);
    assert.equal((await postJson(`${server.url}/auth/refresh`, { refresh_token })).status, 401);

    const rotated = await runCli(['clients', 'rotate-secret', String(credentials.client_id), '--json'], env);
    assert.equal(rotated.code, 0, rotated.stderr);
    const fresh = JSON.parse(rotated.stdout);
    assert.equal((await postJson(`${server.url}/auth/login`, { username: fresh.username, password: fresh.password })).status, 200);
  });

  test('a second server on the same data directory refuses to start with a clear message', async () => {
    await assert.rejects(startServerProcess({ DATA_DIR: dataDir }), (error: Error) => {
      assert.match(error.message, /exited with 1/);
      assert.match(error.message, /is in use by process \d+ \(server\)/);
      return true;
    });
  });

  test('the lock is released on a clean shutdown', async () => {
    assert.equal(existsSync(path.join(dataDir, 'store.lock')), true);
    assert.equal(await server.stop('SIGTERM'), 0);
    assert.equal(existsSync(path.join(dataDir, 'store.lock')), false);
  });
});

describe('popup-store run where there is no store (DATA_DIR defaults to ./data)', () => {
  const emptyFolder = async () => realpathSync(tempDir('prs-no-store-'));
  const noStore = (dir: string) =>
    `error: no store in ${dir}; this command does not create one. ` +
    "Set DATA_DIR to the store's data directory, or run the command from the folder the store was started in (DATA_DIR defaults to ./data).\n";

  test('a command that reads (or changes what a store holds) fails, names the data directory, and creates nothing', async () => {
    const folder = await emptyFolder();
    const elsewhere = path.join(folder, 'elsewhere', 'data');
    const results = await Promise.all([
      runCli(['clients', 'list'], {}, { cwd: folder }),
      runCli(['catalog', 'export'], {}, { cwd: folder }),
      runCli(['clients', 'features', '1'], {}, { cwd: folder }),
      runCli(['clients', 'activate', '1'], {}, { cwd: folder }),
      runCli(['inventory', 'stock'], { DATA_DIR: elsewhere }, { cwd: folder }),
    ]);
    for (const [index, result] of results.entries()) {
      assert.deepEqual([result.code, result.stdout, result.stderr], [1, '', noStore(index === 4 ? elsewhere : path.join(folder, 'data'))]);
    }
    assert.deepEqual(readdirSync(folder), []);
  });

  test('a command that creates something starts a new store and says where; later commands use it silently', async () => {
    const folder = await emptyFolder();
    const created = await runCli(['clients', 'create', '--name', 'First', '--json'], {}, { cwd: folder });
    assert.equal(created.code, 0, created.stderr);
    assert.equal(created.stderr, `created a new store in ${path.join(folder, 'data')}\n`);
    assert.deepEqual(Object.keys(JSON.parse(created.stdout)).sort(), CREDENTIALS_KEYS);
    assert.ok(existsSync(path.join(folder, 'data', 'pgdata', 'PG_VERSION')), "existsSync(path.join(folder, 'data', 'pgdata', 'PG_VERSION'))");

    const listed = await runCli(['clients', 'list', '--json'], {}, { cwd: folder });
    assert.deepEqual([listed.code, listed.stderr], [0, '']);
    assert.deepEqual(
      JSON.parse(listed.stdout).map((client: { name: string }) => client.name),
      ['First'],
    );
  });
});

describe('popup-store run on a PostgreSQL schema without a store', { skip: process.env.DATABASE_URL ? false : 'DATABASE_URL not set' }, () => {
  const url = process.env.DATABASE_URL!;
  const schema = `t_nostore_${process.pid}_${randomBytes(4).toString('hex')}`;
  const where = `PostgreSQL database "${new URL(url).pathname.slice(1)}" on ${new URL(url).host}, schema ${schema}`;
  after(() => dropSchema(url, schema));

  test('a read command fails naming the database and creates nothing, not even the schema; a write command creates the store and says so', async () => {
    const env = { DATABASE_URL: url, DATABASE_SCHEMA: schema, DATA_DIR: await tempDataDir() };
    const listed = await runCli(['clients', 'list'], env);
    assert.deepEqual(
      [listed.code, listed.stderr],
      [1, `error: no store in ${where}; this command does not create one. Check DATABASE_URL and DATABASE_SCHEMA.\n`],
    );
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      assert.equal((await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount, 0);
    } finally {
      await admin.end();
    }
    const created = await runCli(['clients', 'create', '--name', 'PG', '--json'], env);
    assert.equal(created.code, 0, created.stderr);
    assert.equal(created.stderr, `created a new store in ${where}\n`);
    const again = await runCli(['clients', 'list', '--json'], env);
    assert.deepEqual([again.code, again.stderr], [0, '']);
  });
});
