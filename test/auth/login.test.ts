import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { decodeJwt } from 'jose';
import { createClient, errorOf, login, loginOk, probe } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const RFC3339_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const INVALID_CREDENTIALS = { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Invalid credentials' };
const REQUIRED = { name: 'ValidationException', code: 'VALIDATION_FAILURE', message: 'Username and password are required' };

for (const engine of ENGINES) {
  describe(`POST /auth/login [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine);
    });
    after(() => store.close());

    test('issues an access and a refresh token with RFC 3339 expiry times (1 h / 7 d)', async () => {
      const client = await createClient(store);
      const before = Date.now();
      const response = await login(store, client);
      assert.equal(response.statusCode, 200);
      assert.match(response.headers['content-type'] as string, /^application\/json; charset=utf-8$/);
      const body = response.json();
      assert.equal(body.success, true);
      assert.deepEqual(Object.keys(body.data).sort(), ['access_expires_at', 'access_token', 'client_id', 'refresh_expires_at', 'refresh_token']);
      assert.equal(body.data.client_id, client.client_id);
      assert.match(body.data.access_expires_at, RFC3339_SECONDS);
      assert.match(body.data.refresh_expires_at, RFC3339_SECONDS);
      const accessIn = Date.parse(body.data.access_expires_at) - before;
      const refreshIn = Date.parse(body.data.refresh_expires_at) - before;
      assert.ok(Math.abs(accessIn - 3600_000) < 5000, `access lifetime ${accessIn}`);
      assert.ok(Math.abs(refreshIn - 7 * 86400_000) < 5000, `refresh lifetime ${refreshIn}`);
      const claims = decodeJwt(body.data.access_token);
      assert.equal(claims.sub, String(client.client_id));
      assert.equal(claims.exp, Math.floor(Date.parse(body.data.access_expires_at) / 1000));
    });

    test('wrong password, unknown username and inactive client all get the same 401', async () => {
      const client = await createClient(store);
      const wrong = await login(store, { username: client.username, password: `${client.password}x` });
      const unknown = await login(store, { username: 'prs_nobody', password: client.password });
      await store.container.clients.setActive(client.client_id, false);
      const inactive = await login(store, client);
      for (const response of [wrong, unknown, inactive]) {
        assert.equal(response.statusCode, 401);
        assert.deepEqual(errorOf(response), INVALID_CREDENTIALS);
      }
    });

    test('missing, empty or non-string fields are a validation failure', async () => {
      const bodies: unknown[] = [
        {},
        { username: 'a' },
        { password: 'b' },
        { username: '', password: 'b' },
        { username: 'a', password: '' },
        { username: 1, password: 'b' },
        { username: 'a', password: null },
        { username: ['a'], password: 'b' },
        [],
        'text',
        42,
        null,
      ];
      for (const payload of bodies) {
        const response = await store.app.inject({
          method: 'POST',
          url: '/auth/login',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(payload),
        });
        assert.equal(response.statusCode, 400, JSON.stringify(payload));
        assert.deepEqual({ ...errorOf(response), details: undefined }, { ...REQUIRED, details: undefined });
      }
    });

    test('malformed JSON is a syntax error', async () => {
      for (const payload of ['{"username":', '{bad}', '']) {
        const response = await store.app.inject({
          method: 'POST',
          url: '/auth/login',
          headers: { 'content-type': 'application/json' },
          payload,
        });
        assert.equal(response.statusCode, 400, payload);
        assert.deepEqual(errorOf(response), { name: 'SyntaxError', code: 'SYNTAX_ERROR', message: 'Invalid request body' });
      }
    });

    test('the allowlist is checked before the password: 403 from outside whatever the password', async () => {
      const client = await createClient(store, { ip_allowlist: ['198.51.100.0/24', '2001:db8:1::/48'] });
      for (const password of [client.password, 'wrong']) {
        const response = await login(store, { username: client.username, password }, '192.0.2.1');
        assert.equal(response.statusCode, 403);
        assert.deepEqual(errorOf(response), { name: 'ForbiddenError', code: 'FORBIDDEN', message: 'IP address not authorized' });
      }
      assert.equal((await login(store, client, '198.51.100.77')).statusCode, 200);
      assert.equal((await login(store, client, '2001:db8:1:ffff::1')).statusCode, 200);
      assert.equal((await login(store, client, '2001:db8:2::1')).statusCode, 403);
      // Inside the list a wrong password is an ordinary 401.
      assert.equal((await login(store, { username: client.username, password: 'wrong' }, '198.51.100.77')).statusCode, 401);
    });

    test('a spoofed X-Forwarded-For does not pass the allowlist (no trusted proxies by default)', async () => {
      const client = await createClient(store, { ip_allowlist: ['198.51.100.1'] });
      const response = await store.app.inject({
        method: 'POST',
        url: '/auth/login',
        remoteAddress: '192.0.2.50',
        headers: { 'x-forwarded-for': '198.51.100.1' },
        payload: { username: client.username, password: client.password },
      });
      assert.equal(response.statusCode, 403);
    });

    test('login does not revoke earlier sessions', async () => {
      const client = await createClient(store);
      const first = await loginOk(store, client);
      await loginOk(store, client);
      assert.equal((await probe(store, first.access_token)).statusCode, 200);
    });

    test('a rotated secret replaces the old one at once', async () => {
      const client = await createClient(store);
      const rotated = await store.container.clients.rotateSecret(client.client_id);
      assert.equal((await login(store, client)).statusCode, 401);
      assert.equal((await login(store, { username: client.username, password: rotated.password })).statusCode, 200);
    });

    test('an unknown username costs about as much time as a wrong password (no enumeration)', async () => {
      const client = await createClient(store);
      const time = async (username: string) => {
        const started = process.hrtime.bigint();
        await login(store, { username, password: 'definitely-wrong' });
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 9; i++) {
        known.push(await time(client.username));
        unknown.push(await time(`prs_unknown_${i}`));
      }
      const ratio = median(unknown) / median(known);
      // Both paths run one argon2id verification (~10+ ms); a missing hash check would be ~100x
      // faster. The bounds leave room for a busy machine (another test file runs alongside).
      assert.ok(ratio > 0.33 && ratio < 3, `unknown/known time ratio ${ratio.toFixed(2)}`);
    });
  });
}
