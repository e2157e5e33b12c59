import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorOf, loginOk, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { recordAudit } from '../../src/infra/audit.ts';

const ADMIN_TOKEN = 'audit-admin-token-0123456789abcdefghijklmn';
const INVALID_QUERY = { name: 'BadRequestError', code: 'BAD_REQUEST', message: 'Invalid query parameters' };

interface Entry {
  id: number;
  actor: string;
  action: string;
  target: string | null;
  target_type: string | null;
  target_id: string | null;
  client_id: number | null;
  details: Record<string, unknown>;
  created_at: string;
  actor_email: string | null;
}

for (const engine of ENGINES) {
  describe(`admin API: audit log [${engine}]`, () => {
    let store: TestStore;
    /** Every credential the set-up saw: none may appear in the audit log. */
    const secrets: string[] = [];
    let a: number;
    let b: number;
    let walletA: number;
    let startedAt: string;

    const admin = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, token: string | null = ADMIN_TOKEN) =>
      store.app.inject({
        method,
        url: `/admin/v1${url}`,
        headers: token === null ? {} : { authorization: `Bearer ${token}` },
        ...(payload ? { payload } : {}),
      });
    const audit = async (query = '') => {
      const response = await admin('GET', `/audit${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return { entries: response.json() as Entry[], headers: response.headers };
    };

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      startedAt = new Date(Date.now() - 1000).toISOString();
      const created = async (name: string) => {
        const response = await admin('POST', '/clients', { name });
        assert.equal(response.statusCode, 201, response.body);
        const body = response.json() as { client_id: number; username: string; password: string };
        secrets.push(body.password);
        return body;
      };
      const clientA = await created('Audit A');
      a = clientA.client_id;
      b = (await created('Audit B')).client_id;
      assert.equal((await admin('POST', `/clients/${a}/deactivate`)).statusCode, 200);
      assert.equal((await admin('POST', `/clients/${a}/activate`)).statusCode, 200);
      const rotated = await admin('POST', `/clients/${b}/rotate-secret`);
      secrets.push(rotated.json().password);
      const operator = await admin('POST', '/operators', { username: 'audit-alice' });
      assert.equal(operator.statusCode, 201, operator.body);
      secrets.push(operator.json().password);
      const rotatedOperator = await admin('POST', `/operators/${operator.json().operator_id}/rotate-password`);
      secrets.push(rotatedOperator.json().password);
      // A wallet of A, credited: its entries concern A although their target is the wallet.
      walletA = (await store.container.wallets.createWallet({ client_id: a, currency: 'USD' })).id;
      await store.container.wallets.creditWallet(walletA, { amount: '10.00', remarks: 'audit test' });
      // A's logout, as the client: actor client:A.
      const tokens = await loginOk(store, clientA);
      secrets.push(tokens.access_token, tokens.refresh_token);
      const logout = await store.app.inject({ method: 'POST', url: '/auth/logout', headers: { authorization: `Bearer ${tokens.access_token}` } });
      assert.equal(logout.statusCode, 200);
    });
    after(() => store.close());

    test('the log, newest first, with the X-Page… headers; each entry says who, what, which target, which client, when', async () => {
      const { entries, headers } = await audit();
      assert.equal(headers['x-page'], '1');
      assert.equal(headers['x-per-page'], '50');
      assert.equal(Number(headers['x-total-count']), entries.length);
      assert.equal(headers['x-has-more'], 'false');
      const ids = entries.map((entry) => entry.id);
      assert.deepEqual(
        ids,
        [...ids].sort((x, y) => y - x),
      );
      const create = entries.find((entry) => entry.action === 'client.create' && entry.target === `client:${a}`)!;
      assert.deepEqual(
        { ...create, id: undefined, created_at: undefined },
        {
          id: undefined,
          actor: 'operator:admin-token',
          actor_email: null,
          action: 'client.create',
          target: `client:${a}`,
          target_type: 'client',
          target_id: String(a),
          client_id: a,
          details: { after: { name: 'Audit A', ip_allowlist: [], features: [], demo: false } },
          created_at: undefined,
        },
      );
      assert.match(create.created_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const deactivate = entries.find((entry) => entry.action === 'client.deactivate')!;
      assert.deepEqual((deactivate.details.before as { active: boolean }).active, true);
      assert.deepEqual((deactivate.details.after as { active: boolean }).active, false);
      const credit = entries.find((entry) => entry.action === 'wallet.credit')!;
      assert.equal(credit.target, `wallet:${walletA}`);
      assert.equal(credit.client_id, a);
      const logout = entries.find((entry) => entry.action === 'auth.logout')!;
      assert.deepEqual([logout.actor, logout.client_id], [`client:${a}`, a]);
      const operatorCreate = entries.find((entry) => entry.action === 'operator.create')!;
      assert.equal(operatorCreate.client_id, null);
    });

    test('filters: actor, action (exact or area.*), target type and id, client, time; they combine', async () => {
      const byClient = (await audit(`?client_id=${a}`)).entries;
      assert.deepEqual(byClient.map((entry) => entry.action).sort(), [
        'auth.logout',
        'client.activate',
        'client.create',
        'client.deactivate',
        'wallet.create',
        'wallet.credit',
      ]);
      assert.ok(
        byClient.every((entry) => entry.client_id === a),
        'byClient.every((entry) => entry.client_id === a)',
      );
      assert.deepEqual(
        (await audit(`?client_id=${b}`)).entries.map((entry) => entry.action),
        ['client.rotate_secret', 'client.create'],
      );

      const exact = (await audit('?action=client.deactivate')).entries;
      assert.deepEqual(
        exact.map((entry) => entry.target),
        [`client:${a}`],
      );
      const area = (await audit('?action=client.*')).entries;
      assert.ok(
        area.length >= 5 && area.every((entry) => entry.action.startsWith('client.')),
        "area.length >= 5 && area.every((entry) => entry.action.startsWith('client.'))",
      );
      assert.equal((await audit('?action=client')).entries.length, 0);

      const byActor = (await audit(`?actor=client:${a}`)).entries;
      assert.deepEqual(
        byActor.map((entry) => entry.action),
        ['auth.logout'],
      );
      assert.ok(
        (await audit('?actor=operator:admin-token')).entries.every((entry) => entry.actor === 'operator:admin-token'),
        "(await audit('?actor=operator:admin-token')).entries.every((entry) => entry.actor === 'operator:a...",
      );

      const wallets = (await audit('?target_type=wallet')).entries;
      assert.deepEqual(wallets.map((entry) => entry.action).sort(), ['wallet.create', 'wallet.credit']);
      assert.equal((await audit(`?target_type=client&target_id=${b}`)).entries.length, 2);
      assert.equal((await audit(`?target_type=client&target_id=${b}&action=client.create`)).entries.length, 1);
      assert.equal((await audit(`?target_type=wallet&target_id=${walletA}&client_id=${b}`)).entries.length, 0);

      const future = new Date(Date.now() + 3_600_000).toISOString();
      assert.equal((await audit(`?start_date=${future}`)).entries.length, 0);
      assert.equal((await audit(`?end_date=${encodeURIComponent(startedAt)}`)).entries.length, 0);
      assert.equal((await audit(`?client_id=${a}&start_date=${encodeURIComponent(startedAt)}&end_date=${future}`)).entries.length, 6);
      // An empty text filter is no filter.
      assert.equal((await audit(`?client_id=${a}&actor=&action=&target_type=&start_date=`)).entries.length, 6);
      assert.equal((await audit('?client_id=')).entries.length, (await audit()).entries.length);
    });

    test('pagination: page and limit as every list, with the X-Page… headers', async () => {
      const all = (await audit(`?client_id=${a}`)).entries;
      const second = await audit(`?client_id=${a}&limit=4&page=2`);
      assert.deepEqual(
        second.entries.map((entry) => entry.id),
        all.slice(4, 8).map((entry) => entry.id),
      );
      assert.deepEqual(
        {
          page: second.headers['x-page'],
          perPage: second.headers['x-per-page'],
          total: second.headers['x-total-count'],
          pages: second.headers['x-total-pages'],
          size: second.headers['x-page-size'],
          more: second.headers['x-has-more'],
        },
        { page: '2', perPage: '4', total: '6', pages: '2', size: '2', more: 'false' },
      );
      const first = await audit(`?client_id=${a}&limit=4`);
      assert.equal(first.headers['x-has-more'], 'true');
      const beyond = await audit(`?client_id=${a}&limit=4&page=9`);
      assert.deepEqual([beyond.entries.length, beyond.headers['x-total-count']], [0, '6']);
    });

    test('sorted by id or time, oldest first when asked; newest first by default', async () => {
      const newest = (await audit(`?client_id=${a}`)).entries.map((entry) => entry.id);
      assert.deepEqual(
        newest,
        [...newest].sort((x, y) => y - x),
      );
      for (const query of [
        'sort_dir=asc',
        'sort_by=id&sort_dir=ASC',
        'sort_by=created_at&sort_dir=asc',
        'sort={"field":"created_at","direction":"ASC"}',
      ]) {
        const oldest = (await audit(`?client_id=${a}&${query}`)).entries.map((entry) => entry.id);
        assert.deepEqual(oldest, [...newest].reverse(), query);
      }
      const page = (await audit(`?client_id=${a}&sort_dir=asc&limit=2&page=2`)).entries.map((entry) => entry.id);
      assert.deepEqual(page, [...newest].reverse().slice(2, 4));
      for (const query of ['sort_by=actor', 'sort_dir=up', 'sort=nope']) {
        const response = await admin('GET', `/audit?${query}`);
        assert.equal(response.statusCode, 400, query);
        assert.deepEqual(errorOf(response), INVALID_QUERY, query);
      }
    });

    test('without a token, with a client token or a wrong one: 401', async () => {
      const client = await store.container.clients.createClient({ name: 'Audit C' });
      const tokens = await loginOk(store, client);
      for (const token of [null, tokens.access_token, 'not-a-token']) {
        const response = await admin('GET', '/audit', undefined, token);
        assert.equal(response.statusCode, 401);
        assert.deepEqual(errorOf(response), UNAUTHORIZED);
      }
    });

    test('a malformed filter, page or limit: 400 Invalid query parameters', async () => {
      for (const query of [
        'client_id=abc',
        'client_id=0',
        'client_id=1e3',
        'client_id=2147483648',
        'start_date=yesterday',
        'end_date=2026-13-01',
        'action=Client.Create',
        'action=client.*.x',
        'target_type=Client',
        'target_id=5',
        'target_type=&target_id=5',
        'actor=a%20b',
        'page=0',
        'limit=0',
        'limit=10001',
        'page=x',
      ]) {
        const response = await admin('GET', `/audit?${query}`);
        assert.equal(response.statusCode, 400, query);
        assert.deepEqual(errorOf(response), INVALID_QUERY, query);
      }
    });

    test('no password, secret, token or code is ever in an entry', async () => {
      const raw = await store.container.database.db.selectFrom('audit_log').select('details').execute();
      const text = JSON.stringify(raw) + (await admin('GET', '/audit?limit=10000')).body;
      for (const secret of secrets) assert.ok(!text.includes(secret), 'a credential is in the audit log');
      // Should a change ever audit a view holding one, it is redacted on the way in.
      await store.container.database.db.transaction().execute((trx) =>
        recordAudit(trx, {
          actor: 'system',
          action: 'test.redaction',
          target: 'test',
          details: { after: { password: 'p-1', nested: [{ secret: 's-1', pin: '1234', code: 'VOUCHER-1', codes: 3 }] }, token: 't-1' },
        }),
      );
      const [entry] = (await audit('?action=test.redaction')).entries;
      assert.deepEqual(entry!.details, {
        after: { password: '[redacted]', nested: [{ secret: '[redacted]', pin: '[redacted]', code: '[redacted]', codes: 3 }] },
        token: '[redacted]',
      });
    });

    // Last: its entries would change the counts of the tests above.
    test("a portal user's entry names them by their e-mail address (actor_email); no other actor's does", async () => {
      const user = await store.container.database.db
        .insertInto('client_users')
        .values({ client_id: b, email: 'audit-member@example.com', role: 'viewer', invited_by: 'operator:admin-token' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(store.container.database.db, { actor: `client_user:${user.id}`, action: 'portal.session.create', target: `client:${b}` });
      // An actor that only looks like a portal user's, and one of a user that does not exist.
      await recordAudit(store.container.database.db, { actor: 'client_user:x1', action: 'portal.session.create', target: `client:${b}` });
      await recordAudit(store.container.database.db, { actor: 'client_user:999999', action: 'portal.session.create', target: `client:${b}` });
      const { entries } = await audit('?action=portal.session.create&sort_dir=asc');
      assert.deepEqual(
        entries.map((entry) => [entry.actor, entry.actor_email]),
        [
          [`client_user:${user.id}`, 'audit-member@example.com'],
          ['client_user:x1', null],
          ['client_user:999999', null],
        ],
      );
      const others = (await audit()).entries.filter((entry) => !entry.actor.startsWith('client_user:'));
      assert.deepEqual(
        others.filter((entry) => entry.actor_email !== null),
        [],
        'no e-mail address for an operator, the CLI, the system or API credentials',
      );
    });
  });
}
