import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createClient, loginOk, logout, probe, refresh } from '../helpers/api.ts';
import { twoStoresOnPostgres } from '../helpers/store.ts';

const JWT_SECRET = 'shared-secret-for-two-instances-0123456789abcdef';
const buses = [
  { name: 'PostgreSQL LISTEN/NOTIFY', env: {} as Record<string, string> },
  ...(process.env.REDIS_TEST_URL ? [{ name: 'Redis pub/sub', env: { REDIS_URL: process.env.REDIS_TEST_URL } }] : []),
];

// Two server instances on one PostgreSQL database, each with its own cache: what one revokes,
// the other refuses as soon as the first has answered.
for (const bus of buses) {
  describe(`revocation across instances via ${bus.name}`, { skip: process.env.DATABASE_URL ? false : 'DATABASE_URL not set' }, () => {
    const stores = twoStoresOnPostgres({ env: { JWT_SECRET, ...bus.env } });

    test('logout on one instance is refused by the other immediately after the 200', async () => {
      const { first: a, second: b } = stores;
      for (let round = 0; round < 20; round++) {
        const client = await createClient(a);
        const first = await loginOk(a, client);
        const second = await loginOk(b, client);
        // Warm instance B's cache so a stale entry would be visible.
        assert.equal((await probe(b, first.access_token)).statusCode, 200);
        assert.equal((await probe(b, second.access_token)).statusCode, 200);

        assert.equal((await logout(a, first.access_token)).statusCode, 200);
        assert.equal((await probe(b, first.access_token)).statusCode, 401);
        assert.equal((await probe(b, second.access_token)).statusCode, 401);
        assert.equal((await refresh(b, second.refresh_token)).statusCode, 401);
      }
    });

    test('deactivation and allowlist changes made on one instance apply on the other at once', async () => {
      const { first: a, second: b } = stores;
      const client = await createClient(a);
      const tokens = await loginOk(a, client);
      assert.equal((await probe(b, tokens.access_token)).statusCode, 200);
      await a.container.clients.addIp(client.client_id, '198.51.100.0/24');
      assert.equal((await probe(b, tokens.access_token)).statusCode, 403);
      await a.container.clients.removeIp(client.client_id, '198.51.100.0/24');
      assert.equal((await probe(b, tokens.access_token)).statusCode, 200);
      await a.container.clients.setActive(client.client_id, false);
      assert.equal((await probe(b, tokens.access_token)).statusCode, 401);
    });

    test('refresh-token reuse detected on one instance kills the family on the other', async () => {
      const { first: a, second: b } = stores;
      const client = await createClient(a);
      const tokens = await loginOk(a, client);
      const rotated = (await refresh(a, tokens.refresh_token)).json().data;
      assert.equal((await probe(b, rotated.access_token)).statusCode, 200);
      assert.equal((await refresh(a, tokens.refresh_token)).statusCode, 401);
      assert.equal((await probe(b, rotated.access_token)).statusCode, 401);
    });
  });
}
