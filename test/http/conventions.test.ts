import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, errorOf, login, loginOk, logout, refresh } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { admin, ADMIN_TOKEN } from '../helpers/wallets.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

for (const engine of ENGINES) {
  describe(`cross-cutting HTTP behaviour [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine, {
        env: { BODY_LIMIT: '2048', LOG_LEVEL: 'trace', ADMIN_TOKEN },
        extend: (app) => {
          app.get('/api/v1/__boom', async () => {
            throw new Error('secret internal detail: SELECT * FROM clients');
          });
        },
      });
    });
    after(() => store.close());

    test('unknown routes get 404 Route not found, for any method', async () => {
      for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const) {
        const response = await store.app.inject({ method, url: '/api/v1/nothing-here' });
        assert.equal(response.statusCode, 404);
        assert.deepEqual(errorOf(response), { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Route not found' });
        assert.match(response.headers['content-type'] as string, /^application\/json; charset=utf-8/);
      }
    });

    test('X-Request-Id is echoed when valid, generated otherwise, on success and error responses; nosniff on every one', async () => {
      const echoed = await store.app.inject({ method: 'GET', url: '/status', headers: { 'x-request-id': 'abc-123_XYZ' } });
      assert.equal(echoed.headers['x-request-id'], 'abc-123_XYZ');
      const generated = await store.app.inject({ method: 'GET', url: '/status' });
      assert.match(generated.headers['x-request-id'] as string, UUID);
      for (const response of [echoed, generated, await store.app.inject({ method: 'GET', url: '/api/v1/nothing-here' })]) {
        assert.equal(response.headers['x-content-type-options'], 'nosniff', 'every answer, errors too, is taken as its Content-Type says');
      }
      for (const bad of ['x'.repeat(129), 'has space', 'tab\tchar']) {
        const response = await store.app.inject({ method: 'GET', url: '/status', headers: { 'x-request-id': bad } });
        assert.match(response.headers['x-request-id'] as string, UUID);
      }
      const maxLength = 'y'.repeat(128);
      const edge = await store.app.inject({ method: 'GET', url: '/status', headers: { 'x-request-id': maxLength } });
      assert.equal(edge.headers['x-request-id'], maxLength);
      for (const request of [
        { method: 'GET' as const, url: '/nope' },
        { method: 'POST' as const, url: '/auth/login', payload: {} },
        { method: 'POST' as const, url: '/auth/logout' },
      ]) {
        const response = await store.app.inject({ ...request, headers: { 'x-request-id': 'trace-me' } });
        assert.ok(response.statusCode >= 400, 'response.statusCode >= 400');
        assert.equal(response.headers['x-request-id'], 'trace-me');
      }
    });

    test('answers that carry secrets are Cache-Control: no-store: every change, a login and a new secret included', async () => {
      const created = await admin(store, 'POST', '/clients', { name: 'Cache Co' });
      assert.equal(created.statusCode, 201, created.body);
      assert.equal(created.headers['cache-control'], 'no-store', 'the API secret shown once');
      const { username, password } = created.json() as { username: string; password: string };
      const signedIn = await login(store, { username, password });
      assert.equal(signedIn.statusCode, 200, signedIn.body);
      assert.equal(signedIn.headers['cache-control'], 'no-store', 'the tokens');
      const refused = await login(store, { username, password: 'wrong' });
      assert.equal(refused.headers['cache-control'], 'no-store', 'an error answer to a change too');
      const status = await store.app.inject({ method: 'GET', url: '/status' });
      assert.equal(status.headers['cache-control'], undefined, 'a GET says its own');
    });

    test('a body that is not JSON gets 415', async () => {
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
        const response = await store.app.inject({
          method: 'POST',
          url: '/auth/login',
          headers: { 'content-type': contentType },
          payload: 'username=a&password=b',
        });
        assert.equal(response.statusCode, 415, contentType);
        assert.deepEqual(errorOf(response), {
          name: 'UnsupportedMediaTypeError',
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message: 'Content-Type must be application/json',
        });
      }
    });

    test('a body over the limit gets 413', async () => {
      const response = await store.app.inject({
        method: 'POST',
        url: '/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ username: 'a', password: 'p'.repeat(4096) }),
      });
      assert.equal(response.statusCode, 413);
      assert.deepEqual(errorOf(response), {
        name: 'PayloadTooLargeError',
        code: 'PAYLOAD_TOO_LARGE',
        message: 'Request body is too large',
      });
    });

    test('prototype-poisoning JSON is refused as a syntax error', async () => {
      const response = await store.app.inject({
        method: 'POST',
        url: '/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"username":"a","password":"b","__proto__":{"admin":true}}',
      });
      assert.equal(response.statusCode, 400);
      assert.equal(errorOf(response).code, 'SYNTAX_ERROR');
    });

    test('an unexpected fault is a 500 envelope that leaks nothing', async () => {
      const response = await store.app.inject({ method: 'GET', url: '/api/v1/__boom' });
      assert.equal(response.statusCode, 500);
      assert.deepEqual(errorOf(response), {
        name: 'InternalServerError',
        code: 'INTERNAL_SERVER_ERROR',
        message: 'An unexpected error occurred',
      });
      assert.doesNotMatch(response.body, /SELECT|secret internal|at .*\.ts/);
    });

    test('GET /status reports ok, and degraded with 503 when the database does not answer', async () => {
      const ok = await store.app.inject({ method: 'GET', url: '/status' });
      assert.equal(ok.statusCode, 200);
      const body = ok.json();
      assert.equal(body.status, 'ok');
      assert.equal(body.database, 'ok');
      assert.equal(typeof body.version, 'string');
      assert.ok(Number.isInteger(body.uptime_s) && body.uptime_s >= 0, 'Number.isInteger(body.uptime_s) && body.uptime_s >= 0');

      const database = store.container.database as { ping: () => Promise<void> };
      const realPing = database.ping;
      database.ping = async () => {
        throw new Error('connection refused');
      };
      try {
        const degraded = await store.app.inject({ method: 'GET', url: '/status' });
        assert.equal(degraded.statusCode, 503);
        assert.equal(degraded.json().status, 'degraded');
        assert.equal(degraded.json().database, 'unreachable');
      } finally {
        database.ping = realPing;
      }
    });

    test('the OpenAPI document describes the auth endpoints', async () => {
      const response = await store.app.inject({ method: 'GET', url: '/docs/json' });
      assert.equal(response.statusCode, 200);
      const paths = Object.keys(response.json().paths);
      for (const path of ['/auth/login', '/auth/refresh', '/auth/logout', '/status']) assert.ok(paths.includes(path), path);
    });

    test('no password, secret or token ever reaches the logs', async () => {
      const client = await createClient(store);
      const tokens = await loginOk(store, client);
      await login(store, { username: client.username, password: 'wrong-password-value' });
      const rotated = (await refresh(store, tokens.refresh_token)).json().data;
      await refresh(store, tokens.refresh_token); // reuse → family revoked, logged
      await store.app.inject({
        method: 'GET',
        url: '/api/v1/__probe',
        headers: { authorization: `Bearer ${rotated.access_token}`, 'x-request-id': 'log-check-1' },
      });
      const fresh = await loginOk(store, client);
      await logout(store, fresh.access_token);
      const logs = store.logs.text();
      assert.ok(logs.length > 0, 'logs.length > 0');
      for (const secret of [
        client.password,
        'wrong-password-value',
        tokens.access_token,
        tokens.refresh_token,
        rotated.access_token,
        rotated.refresh_token,
        fresh.access_token,
        fresh.refresh_token,
      ]) {
        assert.ok(!logs.includes(secret), 'a credential leaked into the logs');
      }
      // Log lines of a request carry its id.
      assert.ok(
        store.logs.lines.some((line) => line.includes('"reqId":"log-check-1"')),
        'store.logs.lines.some((line) => line.includes(\'"reqId":"log-check-1"\'))',
      );
    });

    test('while shutting down new requests get 503 SERVICE_UNAVAILABLE', async () => {
      const closing = await startTestStore(engine);
      try {
        closing.app.beginShutdown();
        const response = await closing.app.inject({ method: 'GET', url: '/status' });
        assert.equal(response.statusCode, 503);
        assert.equal(errorOf(response).code, 'SERVICE_UNAVAILABLE');
        assert.equal(errorOf(response).name, 'ServiceUnavailableError');
      } finally {
        await closing.close();
      }
    });
  });
}
