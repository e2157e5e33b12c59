import assert from 'node:assert/strict';
import { lstat, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { migrateToLatest } from '../../src/infra/db/migrate.ts';
import { openStoreDatabase, type DatabaseConfig, type OpenOptions } from '../../src/infra/db/open.ts';
import { loadSigningSecret } from '../../src/infra/secrets.ts';
import { copyMigratedDatabase, migratedTemplate } from '../helpers/pglite-template.ts';

/** Every entry under `root` whose mode lets anyone but its owner in. */
async function openToOthers(root: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (file: string): Promise<void> => {
    const stats = await lstat(file);
    if (stats.isSymbolicLink()) return;
    if ((stats.mode & 0o077) !== 0) found.push(path.relative(root, file) || '.');
    if (stats.isDirectory()) for (const entry of await readdir(file)) await visit(path.join(file, entry));
  };
  await visit(root);
  return found;
}

function pgliteConfig(dataDir: string): DatabaseConfig {
  return { dataDir, databaseUrl: null, databaseSchema: null, databasePoolSize: 1, databasePoolTimeoutSeconds: 5, databasePreparedStatements: true };
}

describe('a new embedded store starts from the template of the build', () => {
  let root: string;
  /** As the build writes it: the data directory of a migrated database. */
  let template: string;
  /** A dump of one (`PGlite.dumpDataDir`), the other form a template may take. */
  let dump: string;

  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'prs-test-template-'));
    await copyMigratedDatabase(path.join(root, 'template-data'));
    template = path.join(root, 'template-data', 'pgdata');
    dump = path.join(root, 'template.tar');
    await writeFile(dump, Buffer.from(await (await migratedTemplate()).arrayBuffer()));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** Opens (creating) a store in `name` under the test folder, runs `check` on it, closes it. */
  async function withStore(name: string, options: OpenOptions, check: (opened: Awaited<ReturnType<typeof openStoreDatabase>>) => Promise<void>) {
    const opened = await openStoreDatabase(pgliteConfig(path.join(root, name)), 'test', options);
    try {
      await check(opened);
    } finally {
      await opened.database.close();
      await opened.lock?.release();
    }
  }

  test('a new store is loaded from it: reported as created, migrated, owner-only, with secrets of its own made at its first start', async () => {
    const warnings: string[] = [];
    const secrets: string[] = [];
    for (const name of ['first', 'second']) {
      const dataDir = path.join(root, name);
      await withStore(name, { template, warn: (message) => warnings.push(message) }, async ({ database, created }) => {
        assert.equal(created, dataDir);
        assert.deepEqual(await migrateToLatest(database), [], 'every migration has run');
        const settings = await sql<{ count: number }>`select count(*)::int as count from settings`.execute(database.db);
        assert.equal(settings.rows[0]!.count, 0, 'nothing of another store');
        assert.deepEqual(await readdir(dataDir).then((names) => names.sort()), ['pgdata', 'store.lock'], 'no secret comes with the template');
        secrets.push(await loadSigningSecret(null, database, dataDir));
      });
      if (process.platform !== 'win32') assert.deepEqual(await openToOthers(dataDir), []);
    }
    assert.deepEqual(warnings, []);
    assert.notEqual(secrets[0], secrets[1], 'each store generates its own JWT secret');

    await withStore('first', { template }, async ({ created }) => {
      assert.equal(created, null, 'opened again: it existed');
    });
  });

  test('a template may be a dump file, loaded by PGlite', async () => {
    const warnings: string[] = [];
    await withStore('from-dump', { template: dump, warn: (message) => warnings.push(message) }, async ({ database, created }) => {
      assert.equal(created, path.join(root, 'from-dump'));
      assert.deepEqual(await migrateToLatest(database), [], 'every migration has run');
    });
    assert.deepEqual(warnings, []);
  });

  test('a new store copies the template: what it writes does not reach the template', async () => {
    await withStore('writer', { template }, async ({ database }) => {
      await sql`insert into settings (key, value) values ('written', 'x')`.execute(database.db);
    });
    await withStore('reader', { template }, async ({ database }) => {
      const settings = await sql<{ count: number }>`select count(*)::int as count from settings`.execute(database.db);
      assert.equal(settings.rows[0]!.count, 0);
    });
  });

  test('a template older than the migrations is brought up to date by the migrator', async () => {
    // The oldest template there can be: a database no migration has run on.
    const bare = await PGlite.create();
    const dump = await bare.dumpDataDir('none');
    await bare.close();
    const old = path.join(root, 'old-template.tar');
    await writeFile(old, Buffer.from(await dump.arrayBuffer()));

    await withStore('from-old', { template: old }, async ({ database, created }) => {
      assert.equal(created, path.join(root, 'from-old'));
      assert.deepEqual(await migrateToLatest(database), [], 'every migration has run');
      const clients = await sql<{ count: number }>`select count(*)::int as count from clients`.execute(database.db);
      assert.equal(clients.rows[0]!.count, 0);
    });
  });

  test('a template that cannot be loaded is reported, and the store is made by initdb instead', async () => {
    const broken = path.join(root, 'broken.tar');
    await writeFile(broken, 'not a tarball');
    const warnings: string[] = [];
    await withStore('from-broken', { template: broken, warn: (message) => warnings.push(message) }, async ({ database, created }) => {
      assert.equal(created, path.join(root, 'from-broken'));
      assert.deepEqual(await migrateToLatest(database), []);
    });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^the new store could not be loaded from the template .*broken\.tar \(.+\); initialising it instead$/);
  });

  test('a template directory that holds no database is reported, and the store is made by initdb instead', async () => {
    const empty = path.join(root, 'empty-template');
    await mkdir(empty);
    const warnings: string[] = [];
    await withStore('from-empty', { template: empty, warn: (message) => warnings.push(message) }, async ({ database }) => {
      assert.deepEqual(await migrateToLatest(database), []);
    });
    assert.deepEqual(warnings.length, 1);
    assert.match(warnings[0]!, /empty-template \(it holds no database \(no PG_VERSION\)\); initialising it instead$/);
  });
});
