import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli, startServerProcess, tempDataDir, type ServerProcess } from '../helpers/processes.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** What `npm start` and the `popup-store` bin run once `npm ci` has built the project. */
const BIN = path.join(ROOT, 'bin/popup-store.js');
const BUNDLE = path.join(ROOT, 'dist/popup-store.js');
const VERSION: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

// The tests in process run the TypeScript sources (and their spawned processes the bundle only while
// it is current, test/helpers/processes.ts); this runs the build the README's quick start runs,
// through the bin: one bundled module, whose modules' own paths (the store template, the demo
// catalog, the web apps, the reference pages, package.json) are rewritten to their places in dist/
// (scripts/bundle.js).
describe('the built store (dist/popup-store.js, as npm start runs it)', { skip: existsSync(BUNDLE) ? false : 'no build: run npm run build' }, () => {
  let dataDir: string;
  let server: ServerProcess;

  before(async () => {
    dataDir = await tempDataDir();
    server = await startServerProcess({ DATA_DIR: dataDir }, 60_000, { entry: BIN });
  });
  after(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('a new store is made from the build template and answers /status', async () => {
    assert.match(server.output(), /created a new store in/);
    assert.doesNotMatch(server.output(), /could not be loaded from the template/);
    assert.deepEqual((await readdir(path.join(dataDir, 'pgdata'))).includes('PG_VERSION'), true);
    const response = await fetch(`${server.url}/status`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { status: string; version: string; database: string };
    assert.deepEqual([body.status, body.version, body.database], ['ok', VERSION, 'ok']);
  });

  test('the files beside its modules are found: web apps, reference pages, Scalar, the demo catalog', async () => {
    for (const page of ['/console/', '/portal/']) {
      const response = await fetch(`${server.url}${page}`);
      assert.equal(response.status, 200, page);
      assert.match(await response.text(), /<script type="module"[^>]* src="\/(console|portal)\/assets\/[^"]+\.js"/, page);
    }
    const document = (await (await fetch(`${server.url}/docs/openapi.json`)).json()) as { info: { description: string } };
    assert.match(document.info.description, /Idempotency-Key/, 'the introduction read from docs/reference');
    assert.equal((await fetch(`${server.url}/docs/assets/scalar-1.46.4.js`)).status, 200);

    const demo = await runCli(['demo'], { DATA_DIR: dataDir }, { entry: BIN });
    assert.equal(demo.code, 0, demo.stderr);
    assert.match(demo.stdout, /catalog: +16 products/);
    const username = /username: (\S+)/.exec(demo.stdout)?.[1];
    const password = /password: (\S+)/.exec(demo.stdout)?.[1];
    const login = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    assert.equal(login.status, 200, 'the demo client logs in');
    const token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
    const products = await fetch(`${server.url}/api/v1/products?limit=1`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(products.status, 200);
    assert.equal(products.headers.get('x-total-count'), '16');
  });

  test('a CLI command runs on the store with no server holding it', async () => {
    await server.stop();
    const version = await runCli(['--version'], {}, { entry: BIN });
    assert.equal(version.stdout.trim(), VERSION);
    const list = await runCli(['clients', 'list'], { DATA_DIR: dataDir }, { entry: BIN });
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /Demo client/);
  });
});
