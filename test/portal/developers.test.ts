import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, errorOf, login, loginOk, logout, probe, refresh } from '../helpers/api.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { INVALID_CREDENTIALS, startPortalStore, type PortalApi, type Session } from './setup.ts';

interface Issued {
  id: number;
  name: string;
  username: string;
  secret: string;
  status: string;
}

/**
 * The portal's Developers page at the API (docs/portal.md, docs/reference/authentication.md):
 * several API credentials per client, each secret shown once, revocable with its tokens; the IP
 * allowlist editor and its lock-out warning; the operator's side (admin routes); the top-up text.
 */
for (const engine of ENGINES) {
  describe(`portal developers: API credentials, IP allowlist, top-up text [${engine}]`, () => {
    let store: TestStore;
    let call: PortalApi;

    before(async () => {
      ({ store, call } = await startPortalStore(engine));
    });
    after(() => store?.close());

    /** A new client and its developer, signed in. */
    async function developerOfNewClient(name = 'Developers') {
      const client = await createClient(store, { name });
      const developer = await call.member(client.client_id, 'developer');
      return { client, developer };
    }
    const create = (session: Session, name: string) => call.withCookie(session, 'POST', '/credentials', { payload: { name } });
    const createOk = async (session: Session, name: string): Promise<Issued> => {
      const response = await create(session, name);
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.headers['cache-control'], 'no-store');
      return response.json();
    };
    const list = async (session: Session) => {
      const response = await call.withCookie(session, 'GET', '/credentials');
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as (Issued & { last_used_at: string | null; last_used_ip: string | null; created_by: string })[];
    };

    test("the client's credential of before is its first ('Primary'); two more, each secret shown once; any active one logs in", async () => {
      const { client, developer } = await developerOfNewClient();
      const [primary] = await list(developer.session);
      assert.deepEqual([primary!.name, primary!.username, primary!.status, primary!.last_used_at], ['Primary', client.username, 'active', null]);

      const first = await createOk(developer.session, '  production 2026 ');
      const second = await createOk(developer.session, 'rotation');
      assert.equal(first.name, 'production 2026', 'trimmed');
      assert.match(first.username, /^prs_[0-9a-f]{24}$/);
      assert.ok(first.secret.length >= 40, 'first.secret.length >= 40');
      assert.notEqual(first.username, second.username);

      const listed = await list(developer.session);
      assert.deepEqual(
        listed.map((credential) => credential.name),
        ['Primary', 'production 2026', 'rotation'],
      );
      assert.ok(!listed.some((credential) => 'secret' in credential), 'the list never shows a secret');
      assert.equal(listed[1]!.created_by, `client_user:${developer.id}`);
      const stored = await store.container.database.db
        .selectFrom('client_credentials')
        .select('secret_hash')
        .where('id', '=', first.id)
        .executeTakeFirstOrThrow();
      assert.match(stored.secret_hash, /^\$argon2id\$/);

      // Both at once (rotation without downtime), and the client's own username and secret of before.
      const a = await loginOk(store, { ...client, username: first.username, password: first.secret }, '198.51.100.7');
      const b = await loginOk(store, { ...client, username: second.username, password: second.secret });
      await loginOk(store, client);
      assert.equal(a.client_id, client.client_id);
      assert.equal((await probe(store, a.access_token)).statusCode, 200);
      assert.equal((await probe(store, b.access_token)).statusCode, 200);

      const used = (await list(developer.session)).find((credential) => credential.id === first.id)!;
      assert.equal(used.last_used_ip, '198.51.100.7');
      assert.ok(used.last_used_at && Date.parse(used.last_used_at) > Date.now() - 60_000, 'last used just now');
      const lastUsed = used.last_used_at;
      for (let i = 0; i < 3; i++) assert.equal((await probe(store, a.access_token, '198.51.100.8')).statusCode, 200);
      const after = (await list(developer.session)).find((credential) => credential.id === first.id)!;
      assert.deepEqual([after.last_used_at, after.last_used_ip], [lastUsed, '198.51.100.7'], 'set at login, not per request');

      // A wrong secret of a known credential, and another credential's secret, are the login's one answer.
      for (const wrong of [
        { username: first.username, password: second.secret },
        { username: first.username, password: 'x' },
        { username: 'prs_nobody', password: first.secret },
      ]) {
        const refused = await login(store, wrong);
        assert.deepEqual([refused.statusCode, errorOf(refused)], [401, INVALID_CREDENTIALS]);
      }

      const audit = await call.audit({ action: 'portal.credential.create' });
      const mine = audit.filter((entry) => entry.client_id === client.client_id);
      assert.deepEqual(
        mine.map((entry) => [entry.actor, entry.target]),
        [
          [`client_user:${developer.id}`, `client_credential:${first.id}`],
          [`client_user:${developer.id}`, `client_credential:${second.id}`],
        ],
      );
      assert.deepEqual(mine[0]!.details, { after: { id: first.id, name: 'production 2026', username: first.username } });
      const text = JSON.stringify(audit) + store.logs.text();
      for (const secret of [first.secret, second.secret]) assert.ok(!text.includes(secret), 'no secret in the audit log or the logs');
    });

    test('revoking a credential ends its tokens at once (access and refresh) and its logins; the other credentials live on', async () => {
      const { client, developer } = await developerOfNewClient();
      const doomed = await createOk(developer.session, 'leaked');
      const kept = await createOk(developer.session, 'kept');
      const leaked = await loginOk(store, { ...client, username: doomed.username, password: doomed.secret });
      const leakedAgain = await loginOk(store, { ...client, username: doomed.username, password: doomed.secret });
      const safe = await loginOk(store, { ...client, username: kept.username, password: kept.secret });
      const primary = await loginOk(store, client);
      assert.equal((await probe(store, leaked.access_token)).statusCode, 200, 'cached as valid before the revocation');

      const revoked = await call.withCookie(developer.session, 'POST', `/credentials/${doomed.id}/revoke`);
      assert.equal(revoked.statusCode, 200, revoked.body);
      assert.equal(revoked.json().status, 'revoked');
      assert.equal(revoked.json().revoked_by, `client_user:${developer.id}`);

      for (const tokens of [leaked, leakedAgain]) {
        assert.equal((await probe(store, tokens.access_token)).statusCode, 401, 'its access tokens stop at once');
        assert.equal((await refresh(store, tokens.refresh_token)).statusCode, 401, 'and its refresh tokens');
      }
      const again = await login(store, { username: doomed.username, password: doomed.secret });
      assert.deepEqual([again.statusCode, errorOf(again)], [401, INVALID_CREDENTIALS], 'a revoked credential logs in no more');
      for (const tokens of [safe, primary]) assert.equal((await probe(store, tokens.access_token)).statusCode, 200, 'other credentials live on');
      const rotated = await refresh(store, safe.refresh_token);
      assert.equal(rotated.statusCode, 200, rotated.body);

      const twice = await call.withCookie(developer.session, 'POST', `/credentials/${doomed.id}/revoke`);
      assert.deepEqual([twice.statusCode, twice.json().revoked_at], [200, revoked.json().revoked_at], 'revoking again changes nothing');
      const entries = (await call.audit({ action: 'portal.credential.revoke' })).filter((entry) => entry.target === `client_credential:${doomed.id}`);
      assert.equal(entries.length, 1);
      assert.deepEqual([entries[0]!.actor, entries[0]!.client_id], [`client_user:${developer.id}`, client.client_id]);

      // Logout (api.md 2.3) still ends every token of the client, whichever credential logged in.
      const fresh = await loginOk(store, { ...client, username: kept.username, password: kept.secret });
      assert.equal((await logout(store, fresh.access_token)).statusCode, 200);
      for (const tokens of [rotated.json().data, primary])
        assert.equal((await probe(store, tokens.access_token)).statusCode, 401, 'logout ends them all');
      await loginOk(store, { ...client, username: kept.username, password: kept.secret });
    });

    test('at most five active credentials (409 CREDENTIAL_LIMIT); names are checked; ids of nobody or another client are 404', async () => {
      const { developer } = await developerOfNewClient();
      const made: Issued[] = [];
      for (let i = 0; i < 4; i++) made.push(await createOk(developer.session, `key ${i}`));
      const sixth = await create(developer.session, 'one too many');
      assert.deepEqual(
        [sixth.statusCode, errorOf(sixth)],
        [409, { name: 'ConflictError', code: 'CREDENTIAL_LIMIT', message: 'A client has at most 5 active API credentials: revoke one first' }],
      );
      assert.equal((await call.withCookie(developer.session, 'POST', `/credentials/${made[0]!.id}/revoke`)).statusCode, 200);
      await createOk(developer.session, 'after a revocation');

      for (const [payload, status] of [
        [{}, 400],
        [{ name: '' }, 400],
        [{ name: '   ' }, 400],
        [{ name: 'x'.repeat(101) }, 400],
        [{ name: 7 }, 400],
      ] as const) {
        const response = await call.withCookie(developer.session, 'POST', '/credentials', { payload });
        assert.equal(response.statusCode, status, `${JSON.stringify(payload)}: ${response.body}`);
        assert.equal(errorOf(response).code, 'VALIDATION_FAILURE');
      }
      const other = await developerOfNewClient('Other');
      const theirs = (await list(other.developer.session))[0]!;
      for (const id of [String(theirs.id), '2147483647']) {
        const response = await call.withCookie(developer.session, 'POST', `/credentials/${id}/revoke`);
        assert.deepEqual(
          [response.statusCode, errorOf(response)],
          [404, { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Credential not found' }],
        );
      }
      assert.equal((await list(other.developer.session))[0]!.status, 'active', "the other client's credential is untouched");
      for (const id of ['0', 'abc', '1e3']) {
        const response = await call.withCookie(developer.session, 'POST', `/credentials/${id}/revoke`);
        assert.deepEqual([response.statusCode, errorOf(response).message], [400, 'Invalid credential ID'], id);
      }
    });

    test("the operator: list, create (secret once) and revoke any client's credentials; rotate-secret acts on the first one", async () => {
      const client = await createClient(store, { name: 'Operated' });
      const admin = call.admin;
      const created = await admin('POST', `/clients/${client.client_id}/credentials`, { name: 'from the operator' });
      assert.equal(created.statusCode, 201, created.body);
      const issued = created.json() as Issued;
      await loginOk(store, { ...client, username: issued.username, password: issued.secret });
      const listed = await admin('GET', `/clients/${client.client_id}/credentials`);
      assert.deepEqual(
        listed.json().map((credential: Issued & { created_by: string }) => [credential.name, credential.created_by]),
        [
          ['Primary', 'system'],
          ['from the operator', 'operator:admin-token'],
        ],
      );
      assert.ok(!listed.body.includes(issued.secret), '!listed.body.includes(issued.secret)');

      const primaryId = listed.json()[0].id;
      const revoked = await admin('POST', `/clients/${client.client_id}/credentials/${primaryId}/revoke`);
      assert.equal(revoked.json().status, 'revoked');
      assert.equal((await login(store, client)).statusCode, 401);
      await loginOk(store, { ...client, username: issued.username, password: issued.secret });
      // With its first credential revoked, rotate-secret gives the client a new first credential.
      const rotate = await admin('POST', `/clients/${client.client_id}/rotate-secret`);
      assert.equal(rotate.statusCode, 200, rotate.body);
      const replacement = rotate.json() as { username: string; password: string };
      assert.notEqual(replacement.username, client.username);
      await loginOk(store, { ...client, ...replacement });
      assert.equal((await login(store, client)).statusCode, 401, 'the revoked one stays revoked');
      assert.equal(
        (await admin('GET', `/clients/${client.client_id}`)).json().username,
        replacement.username,
        "the client's username is the new one's",
      );
      const afterRotation = (await admin('GET', `/clients/${client.client_id}/credentials`)).json() as (Issued & { created_by: string })[];
      assert.deepEqual(
        afterRotation.map((credential) => [credential.name, credential.status]),
        [
          ['Primary', 'revoked'],
          ['from the operator', 'active'],
          ['Primary', 'active'],
        ],
      );
      for (let i = 0; i < 3; i++)
        assert.equal((await admin('POST', `/clients/${client.client_id}/credentials`, { name: `more ${i}` })).statusCode, 201);
      await admin('POST', `/clients/${client.client_id}/credentials/${afterRotation[2]!.id}/revoke`);
      await admin('POST', `/clients/${client.client_id}/credentials`, { name: 'fifth' });
      const full = await admin('POST', `/clients/${client.client_id}/rotate-secret`);
      assert.deepEqual([full.statusCode, errorOf(full).code], [409, 'CREDENTIAL_LIMIT'], 'a new first credential counts against the limit');

      const actions = (await call.audit({ target: `client_credential:${issued.id}` })).concat(
        await call.audit({ target: `client_credential:${primaryId}` }),
      );
      assert.deepEqual(
        actions.map((entry) => [entry.action, entry.actor, entry.client_id]),
        [
          ['client.credential_create', 'operator:admin-token', client.client_id],
          ['client.credential_revoke', 'operator:admin-token', client.client_id],
        ],
      );
      const other = await createClient(store);
      const elsewhere = await admin('POST', `/clients/${other.client_id}/credentials/${issued.id}/revoke`);
      assert.deepEqual([elsewhere.statusCode, errorOf(elsewhere).message], [404, 'Credential not found']);
      assert.deepEqual(errorOf(await admin('GET', '/clients/2147483647/credentials')).message, 'Client not found');
      assert.deepEqual(errorOf(await admin('POST', '/clients/2147483647/credentials', { name: 'x' })).message, 'Client not found');
      assert.deepEqual(errorOf(await admin('POST', `/clients/${client.client_id}/credentials/0x1/revoke`)).message, 'Invalid credential ID');
      assert.equal((await admin('POST', `/clients/${client.client_id}/credentials`, { name: '' })).statusCode, 400);
    });

    test('the IP allowlist: shown with your address; bad lines named; a list that locks the API out is refused until confirmed', async () => {
      const { client, developer } = await developerOfNewClient();
      const issued = await createOk(developer.session, 'server');
      await loginOk(store, { ...client, username: issued.username, password: issued.secret }, '203.0.113.9');

      const shown = await call.withCookie(developer.session, 'GET', '/ip-allowlist');
      assert.equal(shown.statusCode, 200, shown.body);
      assert.deepEqual(shown.json().entries, []);
      assert.equal(shown.json().your_address, '127.0.0.1');
      assert.deepEqual(
        shown
          .json()
          .known_addresses.map((known: { address: string; yours: boolean; credentials: { name: string }[] }) => [
            known.address,
            known.yours,
            known.credentials.map((credential) => credential.name),
          ]),
        [
          ['127.0.0.1', true, []],
          ['203.0.113.9', false, ['server']],
        ],
      );

      const bad = await call.withCookie(developer.session, 'POST', '/ip-allowlist/preview', {
        payload: { entries: ['10.0.0.0/8', 'not an address', '', '2001:db8::/129'] },
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(errorOf(bad).code, 'VALIDATION_FAILURE');
      assert.deepEqual(errorOf(bad).details, [
        { field: 'entries.1', message: 'line 2: not an IP address or CIDR range: not an address' },
        { field: 'entries.3', message: 'line 4: not an IP address or CIDR range: 2001:db8::/129' },
      ]);
      const badPut = await call.withCookie(developer.session, 'PUT', '/ip-allowlist', { payload: { entries: ['300.1.1.1'], confirm: true } });
      assert.equal(badPut.statusCode, 400);
      assert.deepEqual((await call.withCookie(developer.session, 'GET', '/ip-allowlist')).json().entries, [], 'nothing saved');

      const preview = await call.withCookie(developer.session, 'POST', '/ip-allowlist/preview', {
        payload: { entries: ['203.0.113.0/24', '203.0.113.7', '2001:db8::1'] },
      });
      assert.equal(preview.statusCode, 200, preview.body);
      assert.deepEqual(preview.json().entries, ['2001:db8::1/128', '203.0.113.0/24', '203.0.113.7/32']);
      assert.deepEqual(
        preview.json().refused.map((known: { address: string }) => known.address),
        ['127.0.0.1'],
        'the API server still gets in; you would not',
      );

      const lockout = await call.withCookie(developer.session, 'PUT', '/ip-allowlist', { payload: { entries: ['192.0.2.0/24'] } });
      assert.equal(lockout.statusCode, 409, lockout.body);
      assert.equal(errorOf(lockout).code, 'ALLOWLIST_LOCKOUT');
      assert.deepEqual(errorOf(lockout).details, [
        { field: 'entries', message: '127.0.0.1 would be refused (your address)' },
        { field: 'entries', message: '203.0.113.9 would be refused (last login of credential "server")' },
      ]);
      assert.deepEqual((await call.withCookie(developer.session, 'GET', '/ip-allowlist')).json().entries, [], 'nothing saved');
      assert.equal((await login(store, { username: issued.username, password: issued.secret }, '203.0.113.9')).statusCode, 200);

      const saved = await call.withCookie(developer.session, 'PUT', '/ip-allowlist', { payload: { entries: ['192.0.2.0/24'], confirm: true } });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.deepEqual(saved.json().entries, ['192.0.2.0/24']);
      const refused = await login(store, { username: issued.username, password: issued.secret }, '203.0.113.9');
      assert.deepEqual([refused.statusCode, errorOf(refused).code], [403, 'FORBIDDEN'], 'applied to the API at once');
      assert.equal((await login(store, { username: issued.username, password: issued.secret }, '192.0.2.4')).statusCode, 200);

      const fine = await call.withCookie(developer.session, 'PUT', '/ip-allowlist', { payload: { entries: ['192.0.2.0/24', '127.0.0.1'] } });
      assert.equal(fine.statusCode, 200, 'no known address refused: no confirmation needed');
      const cleared = await call.withCookie(developer.session, 'PUT', '/ip-allowlist', { payload: { entries: [] } });
      assert.deepEqual(cleared.json().entries, [], 'empty: every address');
      const admin = await call.admin('GET', `/clients/${client.client_id}`);
      assert.deepEqual(admin.json().ip_allowlist, []);

      const changes = (await call.audit({ action: 'portal.ip_allowlist.change' })).filter((entry) => entry.client_id === client.client_id);
      assert.deepEqual(
        changes.map((entry) => entry.details),
        [
          { before: [], after: ['192.0.2.0/24'], confirmed_refusing: ['127.0.0.1', '203.0.113.9'] },
          { before: ['192.0.2.0/24'], after: ['127.0.0.1/32', '192.0.2.0/24'] },
          { before: ['127.0.0.1/32', '192.0.2.0/24'], after: [] },
        ],
      );
      assert.equal(changes[0]!.actor, `client_user:${developer.id}`);

      const tooMany = await call.withCookie(developer.session, 'PUT', '/ip-allowlist', {
        payload: { entries: Array.from({ length: 201 }, (_, i) => `10.0.${Math.floor(i / 250)}.${i % 250}`) },
      });
      assert.equal(tooMany.statusCode, 400);
    });

    test('your address is the one the store sees: behind TRUST_PROXY, from X-Forwarded-For', async () => {
      const proxied = await startPortalStore(engine, { env: { TRUST_PROXY: '127.0.0.1' } });
      try {
        const client = await createClient(proxied.store);
        const developer = await proxied.call.member(client.client_id, 'developer');
        const shown = await proxied.call.withCookie(developer.session, 'GET', '/ip-allowlist', { headers: { 'x-forwarded-for': '198.51.100.23' } });
        assert.equal(shown.json().your_address, '198.51.100.23');
      } finally {
        await proxied.store.close();
      }
    });

    test("the top-up text: the store's, a client's own over it, shown to the client's people as set; limits checked", async () => {
      const { client, developer } = await developerOfNewClient('Top-up');
      const finance = await call.member(client.client_id, 'finance');
      const other = await call.member((await createClient(store)).client_id, 'viewer');
      const read = async (session: Session) => {
        const response = await call.withCookie(session, 'GET', '/top-up-instructions');
        assert.equal(response.statusCode, 200, response.body);
        return response.json().text;
      };
      assert.equal(await read(finance.session), null);
      assert.equal((await call.withCookie(developer.session, 'GET', '/top-up-instructions')).statusCode, 403, 'a developer sees no wallets');

      const storeText = 'Wire the amount to IBAN DE00 0000 <b>not bold</b>\nquoting your client id.';
      const set = await call.admin('PUT', '/settings/top-up-instructions', { text: `  ${storeText}  ` });
      assert.deepEqual([set.statusCode, set.json()], [200, { text: storeText }]);
      assert.deepEqual((await call.admin('GET', '/settings/top-up-instructions')).json(), { text: storeText });
      assert.equal(await read(finance.session), storeText);
      assert.equal(await read(other.session), storeText);

      const own = await call.admin('PUT', `/clients/${client.client_id}/top-up-instructions`, { text: 'Call Ana on +1 555 0100.' });
      assert.deepEqual(own.json(), {
        client_id: client.client_id,
        client_text: 'Call Ana on +1 555 0100.',
        store_text: storeText,
        effective: 'Call Ana on +1 555 0100.',
      });
      assert.equal(await read(finance.session), 'Call Ana on +1 555 0100.');
      assert.equal(await read(other.session), storeText, "another client reads the store's");
      const cleared = await call.admin('PUT', `/clients/${client.client_id}/top-up-instructions`, { text: null });
      assert.equal(cleared.json().effective, storeText);
      assert.equal((await call.admin('PUT', '/settings/top-up-instructions', { text: '   ' })).json().text, null, 'blank is none');
      assert.equal(await read(finance.session), null);

      for (const payload of [{ text: 'x'.repeat(2001) }, {}, { text: 5 }]) {
        for (const url of ['/settings/top-up-instructions', `/clients/${client.client_id}/top-up-instructions`]) {
          const response = await call.admin('PUT', url, payload);
          assert.deepEqual(
            [response.statusCode, errorOf(response).code],
            [400, 'VALIDATION_FAILURE'],
            `${url} ${JSON.stringify(payload).slice(0, 40)}`,
          );
        }
      }
      assert.equal((await call.admin('PUT', '/clients/2147483647/top-up-instructions', { text: 'x' })).statusCode, 404);
      assert.equal((await call.admin('GET', '/clients/2147483647/top-up-instructions')).statusCode, 404);
      const audit = await call.audit({ action: 'client.top_up_instructions' });
      assert.deepEqual(audit.at(-1)!.details, { before: 'Call Ana on +1 555 0100.', after: null });
      assert.equal(audit.at(-1)!.client_id, client.client_id);
      assert.equal((await call.audit({ action: 'settings.top_up_instructions' })).length, 2);
    });
  });
}
