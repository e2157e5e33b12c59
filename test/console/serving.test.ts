import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const BUILT = path.join(import.meta.dirname, '../../dist/web');

/** The web apps' files as the store serves them: built by `npm ci`, cached by name, under a strict policy. */
for (const [engine, app] of ENGINES.flatMap((engine) => (['console', 'portal'] as const).map((app) => [engine, app] as const))) {
  describe(`the ${app}'s static files [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine);
    });
    // The last test closes the database under the store.
    after(() => store.close().catch(() => undefined));

    const get = (url: string, headers: Record<string, string> = {}) => store.app.inject({ method: 'GET', url, headers });
    const script = () => readdirSync(path.join(BUILT, app, 'assets')).find((name) => name.endsWith('.js'))!;

    test(`/${app} is the app: never cached, with the security headers`, async () => {
      assert.equal((await get(`/${app}/`)).body, (await get(`/${app}`)).body);
      const page = await get(`/${app}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.headers['content-type'] as string, /^text\/html/);
      assert.equal(page.headers['cache-control'], 'no-cache');
      const csp = page.headers['content-security-policy'] as string;
      for (const directive of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "connect-src 'self'"]) {
        assert.ok(csp.includes(directive), directive);
      }
      assert.equal(page.headers['x-content-type-options'], 'nosniff');
      assert.equal(page.headers['x-frame-options'], 'DENY');
      assert.equal(page.headers['referrer-policy'], 'no-referrer');
      assert.ok(page.body.includes('<div id="root">'), 'page.body.includes(\'<div id="root">\')');
      assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(page.body), 'no inline script');
      assert.ok(!/<style/.test(page.body), 'no inline style element');
    });

    test('deep links answer the app, so its router shows the page', async () => {
      for (const url of [`/${app}/clients/12`, `/${app}/orders?status=PENDING`, `/${app}/no/such/page`]) {
        const page = await get(url);
        assert.equal(page.statusCode, 200, url);
        assert.ok(page.body.includes('<div id="root">'), url);
        assert.equal(page.headers['cache-control'], 'no-cache', url);
      }
    });

    test('hashed assets are immutable, compressed when asked, and an unknown asset is a 404 envelope', async () => {
      const name = script();
      const plain = await get(`/${app}/assets/${name}`);
      assert.equal(plain.statusCode, 200);
      assert.match(plain.headers['content-type'] as string, /^text\/javascript/);
      assert.equal(plain.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.equal(plain.headers['content-encoding'], undefined);
      const compressed = await get(`/${app}/assets/${name}`, { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(compressed.headers['content-encoding'], 'br');
      assert.deepEqual(brotliDecompressSync(compressed.rawPayload), plain.rawPayload);
      assert.ok(compressed.rawPayload.length <= 300 * 1024, `first load ${compressed.rawPayload.length} bytes compressed (budget 300 kB)`);
      const missing = await get(`/${app}/assets/nothing-here.js`);
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().error.code, 'NOT_FOUND');
    });

    test('serving the app never touches the database: it answers with the database closed', async () => {
      const pages = [`/${app}/`, `/${app}/clients`, `/${app}/assets/${script()}`];
      for (const url of pages) assert.equal((await get(url)).statusCode, 200);
      await store.container.database.close();
      for (const url of pages) assert.equal((await get(url)).statusCode, 200, url);
      assert.equal((await get('/api/v1/countries')).statusCode, 401, 'the API itself still answers what needs no database');
    });
  });
}
