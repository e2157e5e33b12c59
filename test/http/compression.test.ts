import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { COMPRESSION_THRESHOLD, negotiateEncoding } from '../../src/http/compression.ts';
import { createClient, errorOf, loginOk, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const ADMIN_TOKEN = 'compression-test-admin-token-0123456789abcdef';

function decoded(response: LightMyRequestResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'gzip') return gunzipSync(response.rawPayload).toString('utf8');
  if (encoding === 'br') return brotliDecompressSync(response.rawPayload).toString('utf8');
  assert.equal(encoding, undefined);
  return response.rawPayload.toString('utf8');
}

describe('Accept-Encoding negotiation', () => {
  test('br or gzip by weight, br on a tie, * for codings not named, q=0 refuses', () => {
    assert.equal(negotiateEncoding(undefined), null);
    assert.equal(negotiateEncoding(''), null);
    assert.equal(negotiateEncoding('identity'), null);
    assert.equal(negotiateEncoding('deflate'), null);
    assert.equal(negotiateEncoding('gzip'), 'gzip');
    assert.equal(negotiateEncoding('GZIP'), 'gzip');
    assert.equal(negotiateEncoding('br'), 'br');
    assert.equal(negotiateEncoding('gzip, deflate, br'), 'br');
    assert.equal(negotiateEncoding('br;q=0.5, gzip;q=0.8'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0, gzip;q=0'), null);
    assert.equal(negotiateEncoding('*'), 'br');
    assert.equal(negotiateEncoding('*;q=0.1, br;q=0'), 'gzip');
    assert.equal(negotiateEncoding('*;q=0'), null);
    assert.equal(negotiateEncoding('gzip;q=bogus'), 'gzip');
  });
});

for (const engine of ENGINES) {
  describe(`compression of large answers [${engine}]`, () => {
    let store: TestStore;
    let token: string;

    const get = (url: string, headers: Record<string, string> = {}) =>
      store.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, ...headers } });

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      token = (await loginOk(store, await createClient(store, { features: ['vouchers'] }))).access_token;
    });
    after(() => store.close());

    test('a large answer is compressed when asked (gzip, br), with Vary and a weak ETag, and decodes to the same bytes', async () => {
      const plain = await get('/api/v1/countries');
      assert.equal(plain.statusCode, 200);
      assert.ok(plain.rawPayload.length >= COMPRESSION_THRESHOLD, `${plain.rawPayload.length} bytes`);
      for (const [asked, encoding] of [
        ['gzip', 'gzip'],
        ['br', 'br'],
        ['gzip, deflate, br', 'br'],
        ['br;q=0.1, gzip', 'gzip'],
      ] as const) {
        // Twice: the second answer comes from the kept compressed bytes.
        for (let i = 0; i < 2; i++) {
          const response = await get('/api/v1/countries', { 'accept-encoding': asked });
          assert.equal(response.statusCode, 200);
          assert.equal(response.headers['content-encoding'], encoding, asked);
          assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
          assert.equal(response.headers.vary, 'Accept-Encoding');
          assert.equal(Number(response.headers['content-length']), response.rawPayload.length);
          assert.ok(response.rawPayload.length < plain.rawPayload.length / 3, `${encoding}: ${response.rawPayload.length} bytes`);
          assert.equal(decoded(response), plain.body);
          assert.equal(response.headers.etag, `W/${plain.headers.etag}`);
          assert.equal(response.headers['x-request-id'] !== undefined, true);
        }
      }
      // The weak tag still validates, compressed or not.
      const etag = String(plain.headers.etag);
      assert.equal((await get('/api/v1/countries', { 'accept-encoding': 'gzip', 'if-none-match': `W/${etag}` })).statusCode, 304);
      assert.equal((await get('/api/v1/countries', { 'if-none-match': `W/${etag}` })).statusCode, 304);
    });

    test('not compressed when not asked, or when only other codings are acceptable', async () => {
      for (const headers of [
        {} as Record<string, string>,
        { 'accept-encoding': 'identity' },
        { 'accept-encoding': 'deflate' },
        { 'accept-encoding': 'gzip;q=0, br;q=0' },
      ]) {
        const response = await get('/api/v1/countries', headers);
        assert.equal(response.statusCode, 200);
        assert.equal(response.headers['content-encoding'], undefined, JSON.stringify(headers));
        assert.equal(response.headers.vary, 'Accept-Encoding');
        assert.ok((response.json() as unknown[]).length > 200, '(response.json() as unknown[]).length > 200');
        assert.ok(!String(response.headers.etag).startsWith('W/'), "!String(response.headers.etag).startsWith('W/')");
      }
    });

    test('a small answer is never compressed, and carries no Vary', async () => {
      const response = await get('/api/v1/countries/840', { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(response.statusCode, 200);
      assert.ok(response.rawPayload.length < COMPRESSION_THRESHOLD, 'response.rawPayload.length < COMPRESSION_THRESHOLD');
      assert.equal(response.headers['content-encoding'], undefined);
      assert.equal(response.headers.vary, undefined);
      assert.equal((response.json() as { alpha_3: string }).alpha_3, 'USA');
    });

    test('error envelopes: a small one is sent as is; a large one compressed when asked decodes to the envelope', async () => {
      const refused = await store.app.inject({ method: 'GET', url: '/api/v1/countries', headers: { 'accept-encoding': 'gzip, br' } });
      assert.equal(refused.statusCode, 401);
      assert.equal(refused.headers['content-encoding'], undefined);
      assert.equal(refused.headers['content-type'], 'application/json; charset=utf-8');
      assert.deepEqual(errorOf(refused), UNAUTHORIZED);

      const notFound = await get('/api/v1/countries/999', { 'accept-encoding': 'gzip' });
      assert.equal(notFound.statusCode, 404);
      assert.equal(notFound.headers['content-encoding'], undefined);
      assert.equal(errorOf(notFound).code, 'NOT_FOUND');

      // An import with many bad lines: one detail per line, a large envelope.
      const records = Array.from({ length: 40 }, (_, i) => ({
        line: i + 2,
        fields: { name: `Product ${i}`, category: 'Gaming', country: 'ZZZ', currency: 'USD', denominations: '10' },
      }));
      const importing = (headers: Record<string, string>) =>
        store.app.inject({
          method: 'POST',
          url: '/admin/v1/catalog/import',
          headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...headers },
          payload: { records },
        });
      const plain = await importing({});
      assert.equal(plain.statusCode, 400);
      assert.ok(plain.rawPayload.length >= COMPRESSION_THRESHOLD, 'plain.rawPayload.length >= COMPRESSION_THRESHOLD');
      assert.equal(errorOf(plain).details?.length, 40);
      for (const encoding of ['gzip', 'br']) {
        const response = await importing({ 'accept-encoding': encoding });
        assert.equal(response.statusCode, 400);
        assert.equal(response.headers['content-encoding'], encoding);
        assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
        assert.deepEqual(JSON.parse(decoded(response)), plain.json());
      }
    });
  });
}
