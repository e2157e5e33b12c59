import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientDocument, readGeneratedTypes, renderTypes } from '../../sdk/scripts/openapi-types.ts';
import { startTestStore } from '../helpers/store.ts';

/** The first line where two texts differ, with its number, or null. */
function firstDifference(actual: string, expected: string): string | null {
  const a = actual.split('\n');
  const b = expected.split('\n');
  for (let line = 0; line < Math.max(a.length, b.length); line++) {
    if (a[line] !== b[line]) return `line ${line + 1}: checked in ${JSON.stringify(a[line])}, generated ${JSON.stringify(b[line])}`;
  }
  return null;
}

test('sdk/src/generated/openapi.ts is what the store’s OpenAPI document generates now (else: npm run sdk:generate)', async () => {
  const store = await startTestStore('pglite', { env: { LOG_LEVEL: 'warn' } });
  try {
    const document = await clientDocument({
      get: async (url) => {
        const response = await store.app.inject({ method: 'GET', url });
        return { status: response.statusCode, body: response.body };
      },
    });
    const paths = Object.keys(document.paths ?? {});
    assert.ok(paths.includes('/api/v1/orders') && paths.includes('/auth/login'), paths.join(' '));
    assert.deepEqual(
      paths.filter((path) => !/^\/(auth|api\/v1)\//.test(path) || path === '/api/v1/__probe'),
      [],
      'client paths only',
    );
    assert.equal(firstDifference(await readGeneratedTypes(), await renderTypes(document)), null);
  } finally {
    await store.close();
  }
});

test('without GET /docs/openapi.json the generator reads /docs/json and keeps the client paths only', async () => {
  const whole = {
    openapi: '3.0.3',
    info: { title: 'store', version: '1' },
    paths: { '/status': {}, '/auth/login': {}, '/api/v1/orders': {}, '/api/v1/__probe': {}, '/admin/v1/clients': {}, '/docs/json': {} },
  };
  const asked: string[] = [];
  const document = await clientDocument({
    get: async (url) => {
      asked.push(url);
      return url === '/docs/json' ? { status: 200, body: JSON.stringify(whole) } : { status: 404, body: '{}' };
    },
  });
  assert.deepEqual(asked, ['/docs/openapi.json', '/docs/json']);
  assert.deepEqual(Object.keys(document.paths ?? {}), ['/auth/login', '/api/v1/orders']);
});
