import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createClient, errorOf, loginOk, probe, refresh } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const INVALID = { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Invalid refresh token' };

for (const engine of ENGINES) {
  describe(`POST /auth/refresh [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine);
    });
    after(() => store.close());

    const assertInvalid = (response: Awaited<ReturnType<typeof refresh>>) => {
      assert.equal(response.statusCode, 401);
      assert.deepEqual(errorOf(response), INVALID);
    };

    test('returns a new pair and revokes the presented token (rotation)', async () => {
      const client = await createClient(store);
      const first = await loginOk(store, client);
      const response = await refresh(store, first.refresh_token);
      assert.equal(response.statusCode, 200);
      const second = response.json().data;
      assert.equal(second.client_id, client.client_id);
      assert.notEqual(second.refresh_token, first.refresh_token);
      assert.notEqual(second.access_token, first.access_token);
      assert.equal((await probe(store, second.access_token)).statusCode, 200);
      // The new refresh token rotates again.
      assert.equal((await refresh(store, second.refresh_token)).statusCode, 200);
    });

    test('reusing a rotated token revokes the whole family, and only that family', async () => {
      const client = await createClient(store);
      const stolen = await loginOk(store, client);
      const otherSession = await loginOk(store, client);
      const rotated = (await refresh(store, stolen.refresh_token)).json().data;

      assertInvalid(await refresh(store, stolen.refresh_token));
      // Every token descending from that login is dead …
      assertInvalid(await refresh(store, rotated.refresh_token));
      assert.equal((await probe(store, rotated.access_token)).statusCode, 401);
      assert.equal((await probe(store, stolen.access_token)).statusCode, 401);
      // … the client's other login is not.
      assert.equal((await probe(store, otherSession.access_token)).statusCode, 200);
      assert.equal((await refresh(store, otherSession.refresh_token)).statusCode, 200);

      const audit = await store.container.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'auth.refresh_token_reused')
        .where('actor', '=', `client:${client.client_id}`)
        .execute();
      assert.equal(audit.length, 1);
    });

    test('concurrent refreshes with one token: exactly one succeeds, the rest 401 (never a deadlock 500)', async () => {
      // Several rounds: the losers race to revoke the family, which once deadlocked on PostgreSQL.
      for (let round = 0; round < 4; round++) {
        const client = await createClient(store);
        const tokens = await loginOk(store, client);
        const responses = await Promise.all(Array.from({ length: 10 }, () => refresh(store, tokens.refresh_token)));
        const statuses = responses.map((r) => r.statusCode).sort();
        assert.equal(statuses.filter((s) => s === 200).length, 1, statuses.join(','));
        assert.equal(statuses.filter((s) => s === 401).length, 9, statuses.join(','));
      }
    });

    test('unknown, malformed, access-token-as-refresh, and expired tokens are rejected', async () => {
      const client = await createClient(store);
      const tokens = await loginOk(store, client);
      assertInvalid(await refresh(store, 'not-a-token'));
      assertInvalid(await refresh(store, 'A'.repeat(43)));
      assertInvalid(await refresh(store, tokens.access_token));

      await sql`update refresh_tokens set expires_at = now() - interval '1 second'
                where client_id = ${client.client_id}`.execute(store.container.database.db);
      assertInvalid(await refresh(store, tokens.refresh_token));
    });

    test('a deactivated client cannot refresh', async () => {
      const client = await createClient(store);
      const tokens = await loginOk(store, client);
      await store.container.clients.setActive(client.client_id, false);
      assertInvalid(await refresh(store, tokens.refresh_token));
    });

    test('the IP allowlist applies: 403 from outside, before any validity check', async () => {
      const client = await createClient(store, { ip_allowlist: ['198.51.100.0/24'] });
      const tokens = await loginOk(store, client, '198.51.100.9');
      const outside = await refresh(store, tokens.refresh_token, '192.0.2.1');
      assert.equal(outside.statusCode, 403);
      assert.equal(errorOf(outside).message, 'IP address not authorized');
      // The 403 did not consume the token.
      assert.equal((await refresh(store, tokens.refresh_token, '198.51.100.10')).statusCode, 200);
    });

    test('missing or non-string refresh_token is a validation failure; bad JSON a syntax error', async () => {
      for (const payload of [{}, { refresh_token: '' }, { refresh_token: 5 }, { refresh_token: null }]) {
        const response = await store.app.inject({ method: 'POST', url: '/auth/refresh', payload });
        assert.equal(response.statusCode, 400, JSON.stringify(payload));
        const error = errorOf(response);
        assert.equal(error.code, 'VALIDATION_FAILURE');
        assert.equal(error.name, 'ValidationException');
        assert.equal(error.message, 'Refresh token is required');
      }
      const bad = await store.app.inject({
        method: 'POST',
        url: '/auth/refresh',
        headers: { 'content-type': 'application/json' },
        payload: '{"refresh_token":',
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(errorOf(bad).code, 'SYNTAX_ERROR');
    });

    test('no Authorization header is needed, and a bad one is ignored', async () => {
      const client = await createClient(store);
      const tokens = await loginOk(store, client);
      const response = await store.app.inject({
        method: 'POST',
        url: '/auth/refresh',
        headers: { authorization: 'Bearer garbage' },
        payload: { refresh_token: tokens.refresh_token },
      });
      assert.equal(response.statusCode, 200);
    });
  });
}
