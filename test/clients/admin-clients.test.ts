import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorOf, login, loginOk, probe } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { CLIENT_FEATURES } from '../../src/clients/features.ts';
import type { DomainError } from '../../src/shared/errors.ts';

const ADMIN_TOKEN = 'operator-token-for-tests-0123456789abcdefghijkl';

for (const engine of ENGINES) {
  describe(`admin API: clients [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
    });
    after(() => store.close());

    const admin = (method: 'GET' | 'POST', url: string, payload?: object, token = ADMIN_TOKEN) =>
      store.app.inject({ method, url: `/admin/v1${url}`, headers: { authorization: `Bearer ${token}` }, payload });

    const createViaApi = async (body: object = { name: 'Acme Rewards' }) => {
      const response = await admin('POST', '/clients', body);
      assert.equal(response.statusCode, 201, response.body);
      return response.json() as { client_id: number; username: string; password: string };
    };

    test('create returns the credentials once; they log in; the secret is stored only as argon2id', async () => {
      const created = await createViaApi({ name: 'Acme Rewards', ip_allowlist: ['203.0.113.0/24'], features: ['vouchers'] });
      assert.deepEqual(Object.keys(created).sort(), ['client_id', 'password', 'username']);
      assert.equal((await login(store, created, '203.0.113.5')).statusCode, 200);
      const row = await store.container.database.db
        .selectFrom('client_credentials')
        .select('secret_hash')
        .where('client_id', '=', created.client_id)
        .executeTakeFirstOrThrow();
      assert.match(row.secret_hash, /^\$argon2id\$/);
      assert.ok(!row.secret_hash.includes(created.password), '!row.secret_hash.includes(created.password)');

      const shown = await admin('GET', `/clients/${created.client_id}`);
      assert.equal(shown.statusCode, 200);
      assert.deepEqual(shown.json().ip_allowlist, ['203.0.113.0/24']);
      assert.deepEqual(shown.json().features, ['vouchers']);
      assert.ok(!shown.body.includes(created.password), '!shown.body.includes(created.password)');
      const listed = await admin('GET', '/clients');
      assert.ok(
        listed.json().some((c: { id: number }) => c.id === created.client_id),
        'listed.json().some((c: { id: number }) => c.id === created.client_id)',
      );
    });

    test('admin routes refuse missing, wrong and client tokens; the operator token opens no client route', async () => {
      const created = await createViaApi();
      const tokens = await loginOk(store, created);
      for (const token of ['', 'wrong-token', tokens.access_token]) {
        const response = await admin('GET', '/clients', undefined, token);
        assert.equal(response.statusCode, 401);
        assert.equal(errorOf(response).code, 'UNAUTHORIZED');
      }
      assert.equal((await probe(store, ADMIN_TOKEN)).statusCode, 401);
    });

    test('bad ids, unknown clients and bad CIDRs get the documented envelopes', async () => {
      for (const id of ['abc', '0', '1.5', '99999999999']) {
        const response = await admin('GET', `/clients/${id}`);
        assert.equal(response.statusCode, 400, id);
        assert.deepEqual(errorOf(response), { name: 'BadRequestError', code: 'BAD_REQUEST', message: 'Invalid client ID' });
      }
      const missing = await admin('POST', '/clients/2147483000/deactivate');
      assert.equal(missing.statusCode, 404);
      assert.equal(errorOf(missing).message, 'Client not found');

      const created = await createViaApi();
      const bad = await admin('POST', `/clients/${created.client_id}/ip-allowlist`, { cidr: '300.1.1.1/8' });
      assert.equal(bad.statusCode, 400);
      assert.equal(errorOf(bad).code, 'VALIDATION_FAILURE');
      const absent = await admin('POST', `/clients/${created.client_id}/ip-allowlist/remove`, { cidr: '192.0.2.1' });
      assert.equal(absent.statusCode, 404);
      const noName = await admin('POST', '/clients', { name: '' });
      assert.equal(noName.statusCode, 400);
      assert.equal(errorOf(noName).code, 'VALIDATION_FAILURE');
      const badCreate = await admin('POST', '/clients', { name: 'x', ip_allowlist: ['not-an-ip'] });
      assert.equal(badCreate.statusCode, 400);
      assert.equal((await admin('GET', '/clients')).json().filter((c: { name: string }) => c.name === 'x').length, 0);
    });

    test('an unknown feature is refused, naming the known ones; nothing is created or changed', async () => {
      const put = (id: number, features: string[]) =>
        store.app.inject({
          method: 'PUT',
          url: `/admin/v1/clients/${id}/features`,
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          payload: { features },
        });
      const typo = { field: 'features.0', message: `must be one of: ${CLIENT_FEATURES.join(', ')}` };
      const created = await admin('POST', '/clients', { name: 'Typo Ltd', features: ['voucher'] });
      assert.equal(created.statusCode, 400);
      assert.deepEqual(created.json().error, {
        name: 'ValidationException',
        code: 'VALIDATION_FAILURE',
        message: 'Request validation failed',
        details: [typo],
      });
      assert.equal((await admin('GET', '/clients')).json().filter((c: { name: string }) => c.name === 'Typo Ltd').length, 0);

      const client = await createViaApi({ name: 'Features Ltd', features: ['vouchers'] });
      const changed = await put(client.client_id, ['bogus']);
      assert.equal(changed.statusCode, 400);
      assert.deepEqual(changed.json().error.details, [typo]);
      assert.deepEqual((await admin('GET', `/clients/${client.client_id}`)).json().features, ['vouchers']);
      assert.deepEqual((await put(client.client_id, ['vouchers', 'vouchers'])).json().features, ['vouchers']);

      // The service refuses them too (the CLI on the local database, the demo), with the same list.
      await assert.rejects(store.container.clients.setFeatures(client.client_id, ['vouchers', ' bogus ']), (error: DomainError) => {
        assert.equal(error.code, 'VALIDATION_FAILURE');
        assert.equal(error.message, `unknown feature "bogus" (known: ${CLIENT_FEATURES.join(', ')})`);
        assert.deepEqual(error.details, [{ field: 'features.1', message: error.message }]);
        return true;
      });
      // The OpenAPI document lists them.
      const openapi = (await store.app.inject({ method: 'GET', url: '/docs/json' })).json();
      const body = openapi.paths['/admin/v1/clients'].post.requestBody.content['application/json'].schema;
      assert.deepEqual(body.properties.features.items.enum, [...CLIENT_FEATURES]);
    });

    test('allowlist entries are normalised: a single address is /32, host bits are cleared', async () => {
      const created = await createViaApi();
      const added = await admin('POST', `/clients/${created.client_id}/ip-allowlist`, { cidr: '10.1.2.3/8' });
      assert.deepEqual(added.json().ip_allowlist, ['10.0.0.0/8']);
      const single = await admin('POST', `/clients/${created.client_id}/ip-allowlist`, { cidr: '2001:db8::1' });
      assert.deepEqual(single.json().ip_allowlist.sort(), ['10.0.0.0/8', '2001:db8::1/128'].sort());
      const removed = await admin('POST', `/clients/${created.client_id}/ip-allowlist/remove`, { cidr: '10.9.9.9/8' });
      assert.deepEqual(removed.json().ip_allowlist, ['2001:db8::1/128']);
    });

    test('deactivate, activate, force logout and rotate secret work and are audit-logged', async () => {
      const created = await createViaApi();
      const tokens = await loginOk(store, created);
      assert.equal((await admin('POST', `/clients/${created.client_id}/deactivate`)).json().active, false);
      assert.equal((await login(store, created)).statusCode, 401);
      assert.equal((await admin('POST', `/clients/${created.client_id}/activate`)).json().active, true);
      assert.equal((await probe(store, tokens.access_token)).statusCode, 200);

      assert.equal((await admin('POST', `/clients/${created.client_id}/logout`)).statusCode, 200);
      assert.equal((await probe(store, tokens.access_token)).statusCode, 401);

      const rotated = await admin('POST', `/clients/${created.client_id}/rotate-secret`);
      assert.equal(rotated.statusCode, 200);
      assert.equal(rotated.json().username, created.username);
      assert.equal((await login(store, created)).statusCode, 401);
      assert.equal((await login(store, rotated.json())).statusCode, 200);

      const audit = await store.container.database.db
        .selectFrom('audit_log')
        .select(['actor', 'action', 'details'])
        .where('target', '=', `client:${created.client_id}`)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        audit.map((entry) => entry.action),
        ['client.create', 'client.deactivate', 'client.activate', 'client.logout', 'client.rotate_secret'],
      );
      assert.ok(
        audit.every((entry) => entry.actor === 'operator:admin-token'),
        "audit.every((entry) => entry.actor === 'operator:admin-token')",
      );
      const deactivation = audit[1]!.details as { before: { active: boolean }; after: { active: boolean } };
      assert.equal(deactivation.before.active, true);
      assert.equal(deactivation.after.active, false);
      assert.ok(!JSON.stringify(audit).includes(rotated.json().password), '!JSON.stringify(audit).includes(rotated.json().password)');
    });
  });
}
