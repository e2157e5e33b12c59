import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SignJWT, UnsecuredJWT, decodeJwt } from 'jose';
import { createClient, errorOf, loginOk, logout, probe, refresh, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const JWT_SECRET = 'test-signing-secret-that-is-long-enough-0123456789';
const key = new TextEncoder().encode(JWT_SECRET);

function forge(claims: Record<string, unknown>, options: { secret?: Uint8Array; expSecondsFromNow?: number } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ typ: 'access', ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('popup-reward-store')
    .setAudience('popup-reward-store/api')
    .setIssuedAt(now - 10)
    .setExpirationTime(now + (options.expSecondsFromNow ?? 600))
    .sign(options.secret ?? key);
}

for (const engine of ENGINES) {
  describe(`access tokens and the authentication hook [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine, { env: { JWT_SECRET } });
    });
    after(() => store.close());

    const assertUnauthorized = (response: Awaited<ReturnType<typeof probe>>) => {
      assert.equal(response.statusCode, 401);
      assert.deepEqual(errorOf(response), UNAUTHORIZED);
    };

    test('a valid access token opens a protected route', async () => {
      const client = await createClient(store);
      const tokens = await loginOk(store, client);
      const response = await probe(store, tokens.access_token);
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { client_id: client.client_id });
    });

    test('missing, malformed and non-Bearer Authorization headers get 401', async () => {
      for (const authorization of [undefined, '', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer a b', 'Token abc']) {
        const response = await store.app.inject({
          method: 'GET',
          url: '/api/v1/__probe',
          headers: authorization === undefined ? {} : { authorization },
        });
        assertUnauthorized(response);
      }
    });

    test('alg none, wrong key, tampered payload and expired tokens are rejected', async () => {
      const client = await createClient(store);
      const tokens = await loginOk(store, client);
      const claims = decodeJwt(tokens.access_token);
      const base = { sub: claims.sub, tv: claims.tv, fam: claims.fam };

      const unsigned = new UnsecuredJWT({ ...base, typ: 'access' })
        .setIssuer('popup-reward-store')
        .setAudience('popup-reward-store/api')
        .setIssuedAt()
        .setExpirationTime('10m')
        .encode();
      assertUnauthorized(await probe(store, unsigned));

      const wrongKey = await forge(base, { secret: new TextEncoder().encode('another-secret-of-sufficient-length-xyz') });
      assertUnauthorized(await probe(store, wrongKey));

      const [header, , signature] = tokens.access_token.split('.');
      const otherPayload = Buffer.from(JSON.stringify({ ...claims, sub: '999' })).toString('base64url');
      assertUnauthorized(await probe(store, `${header}.${otherPayload}.${signature}`));

      assertUnauthorized(await probe(store, await forge(base, { expSecondsFromNow: -5 })));

      // The same claims signed properly work, proving the rejections above are about the attack.
      assert.equal((await probe(store, await forge(base))).statusCode, 200);
    });

    test('a token for a client that does not exist is rejected', async () => {
      assertUnauthorized(await probe(store, await forge({ sub: '2147483000', tv: 0, fam: 'x' })));
    });

    test('a refresh token presented as an access token is rejected', async () => {
      const client = await createClient(store);
      const tokens = await loginOk(store, client);
      assertUnauthorized(await probe(store, tokens.refresh_token));
    });

    test('logout revokes every session of the client: access and refresh tokens of both logins', async () => {
      const client = await createClient(store);
      const other = await createClient(store);
      const first = await loginOk(store, client);
      const second = await loginOk(store, client);
      const bystander = await loginOk(store, other);

      const response = await logout(store, first.access_token);
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { success: true, data: { message: 'Successfully logged out' } });

      for (const session of [first, second]) {
        assertUnauthorized(await probe(store, session.access_token));
        const refreshed = await refresh(store, session.refresh_token);
        assert.equal(refreshed.statusCode, 401);
        assert.equal(errorOf(refreshed).message, 'Invalid refresh token');
      }
      assertUnauthorized(await logout(store, second.access_token));
      // Another client is untouched.
      assert.equal((await probe(store, bystander.access_token)).statusCode, 200);
      // A new login works again.
      const fresh = await loginOk(store, client);
      assert.equal((await probe(store, fresh.access_token)).statusCode, 200);
    });

    test('logout ignores a body, even one that is not JSON', async () => {
      const client = await createClient(store);
      const tokens = await loginOk(store, client);
      const response = await store.app.inject({
        method: 'POST',
        url: '/auth/logout',
        headers: { authorization: `Bearer ${tokens.access_token}`, 'content-type': 'application/json' },
        payload: '{not json',
      });
      assert.equal(response.statusCode, 200);
    });

    test('deactivating a client rejects its tokens at once; reactivating restores them', async () => {
      const client = await createClient(store);
      const tokens = await loginOk(store, client);
      await store.container.clients.setActive(client.client_id, false);
      assertUnauthorized(await probe(store, tokens.access_token));
      assert.equal((await refresh(store, tokens.refresh_token)).statusCode, 401);
      await store.container.clients.setActive(client.client_id, true);
      assert.equal((await probe(store, tokens.access_token)).statusCode, 200);
    });

    test('operator force-logout revokes the tokens like a client logout', async () => {
      const client = await createClient(store);
      const tokens = await loginOk(store, client);
      await store.container.clients.logout(client.client_id);
      assertUnauthorized(await probe(store, tokens.access_token));
    });

    test('IP allowlist applies to protected routes: v4, CIDR, v6, and X-Forwarded-For is ignored', async () => {
      const client = await createClient(store, { ip_allowlist: ['203.0.113.7', '10.0.0.0/8', '2001:db8::/32'] });
      const tokens = await loginOk(store, client, '10.1.2.3');
      for (const ip of ['203.0.113.7', '10.200.0.1', '2001:db8::1', '::ffff:10.0.0.9']) {
        assert.equal((await probe(store, tokens.access_token, ip)).statusCode, 200, ip);
      }
      for (const ip of ['203.0.113.8', '11.0.0.1', '2001:db9::1']) {
        const response = await probe(store, tokens.access_token, ip);
        assert.equal(response.statusCode, 403, ip);
        assert.deepEqual(errorOf(response), { name: 'ForbiddenError', code: 'FORBIDDEN', message: 'IP address not authorized' });
      }
      const spoofed = await probe(store, tokens.access_token, '192.0.2.1', { 'x-forwarded-for': '10.0.0.1' });
      assert.equal(spoofed.statusCode, 403);
    });

    test('allowlist changes take effect on live tokens at once', async () => {
      const client = await createClient(store);
      const tokens = await loginOk(store, client, '192.0.2.10');
      await store.container.clients.addIp(client.client_id, '198.51.100.0/24');
      assert.equal((await probe(store, tokens.access_token, '192.0.2.10')).statusCode, 403);
      assert.equal((await probe(store, tokens.access_token, '198.51.100.20')).statusCode, 200);
      await store.container.clients.removeIp(client.client_id, '198.51.100.0/24');
      assert.equal((await probe(store, tokens.access_token, '192.0.2.10')).statusCode, 200);
    });
  });

  describe(`trusted proxies [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine, { env: { TRUST_PROXY: '127.0.0.1/32' } });
    });
    after(() => store.close());

    test('with a trusted proxy the right-most untrusted X-Forwarded-For hop is the client address', async () => {
      const client = await createClient(store, { ip_allowlist: ['198.51.100.5'] });
      const tokens = await loginOk(store, client, '198.51.100.5');
      const via = (xff: string, remote = '127.0.0.1') => probe(store, tokens.access_token, remote, { 'x-forwarded-for': xff });
      assert.equal((await via('1.2.3.4, 198.51.100.5')).statusCode, 200);
      assert.equal((await via('198.51.100.5, 1.2.3.4')).statusCode, 403);
      // From an untrusted peer the header is ignored.
      assert.equal((await via('198.51.100.5', '192.0.2.99')).statusCode, 403);
    });
  });
}
