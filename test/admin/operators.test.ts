import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { decodeJwt } from 'jose';
import { createClient, errorOf, loginOk, logout, probe, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, twoStoresOnPostgres, type TestStore } from '../helpers/store.ts';
import { OPERATOR_TOPIC } from '../../src/operators/operator-tokens.ts';

const ADMIN_TOKEN = 'operator-token-for-tests-0123456789abcdefghijkl';
const RFC3339_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const INVALID_CREDENTIALS = { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Invalid credentials' };
const REQUIRED = { name: 'ValidationException', code: 'VALIDATION_FAILURE', message: 'Username and password are required' };

interface OperatorCredentials {
  operator_id: number;
  username: string;
  password: string;
}

/** A random address per run, so runs sharing one Redis never share a bucket. */
function randomIp(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

let counter = 0;
const uniqueName = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

function api(store: TestStore) {
  const admin = (method: 'GET' | 'POST', url: string, payload?: object, token = ADMIN_TOKEN) =>
    store.app.inject({ method, url: `/admin/v1${url}`, headers: { authorization: `Bearer ${token}` }, payload });
  const operatorLogin = (body: unknown, ip = '127.0.0.1') =>
    store.app.inject({
      method: 'POST',
      url: '/admin/v1/auth/login',
      remoteAddress: ip,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
  const createOperator = async (username = uniqueName('op'), token = ADMIN_TOKEN) => {
    const response = await admin('POST', '/operators', { username }, token);
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as OperatorCredentials;
  };
  const operatorToken = async (credentials: { username: string; password: string }) => {
    const response = await operatorLogin({ username: credentials.username, password: credentials.password });
    assert.equal(response.statusCode, 200, response.body);
    return response.json().data.access_token as string;
  };
  const operatorLogout = (token: string) =>
    store.app.inject({ method: 'POST', url: '/admin/v1/auth/logout', headers: { authorization: `Bearer ${token}` } });
  const audit = (target: string) =>
    store.container.database.db.selectFrom('audit_log').select(['actor', 'action', 'details']).where('target', '=', target).orderBy('id').execute();
  return { admin, operatorLogin, createOperator, operatorToken, operatorLogout, audit };
}

for (const engine of ENGINES) {
  describe(`admin API: operator accounts [${engine}]`, () => {
    let store: TestStore;
    let call: ReturnType<typeof api>;
    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      call = api(store);
    });
    after(() => store.close());

    test('create answers the password once; it is stored only as argon2id; list shows the account', async () => {
      const username = uniqueName('alice');
      const created = await call.createOperator(username);
      assert.deepEqual(Object.keys(created).sort(), ['operator_id', 'password', 'username']);
      assert.equal(created.username, username);
      assert.ok(created.password.length >= 32, 'created.password.length >= 32');
      const row = await store.container.database.db
        .selectFrom('operators')
        .select(['password_hash', 'active', 'token_version'])
        .where('id', '=', created.operator_id)
        .executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^\$argon2id\$/);
      assert.ok(!row.password_hash.includes(created.password), '!row.password_hash.includes(created.password)');
      assert.equal(row.active, true);

      const listed = await call.admin('GET', '/operators');
      assert.equal(listed.statusCode, 200);
      const entry = listed.json().find((o: { id: number }) => o.id === created.operator_id);
      assert.deepEqual(Object.keys(entry).sort(), ['active', 'created_at', 'id', 'updated_at', 'username']);
      assert.equal(entry.active, true);
      assert.match(entry.created_at, RFC3339_SECONDS);
      assert.ok(!listed.body.includes(created.password), '!listed.body.includes(created.password)');

      const audit = await call.audit(`operator:${created.operator_id}`);
      assert.deepEqual(
        audit.map((a) => [a.actor, a.action]),
        [['operator:admin-token', 'operator.create']],
      );
      assert.ok(!JSON.stringify(audit).includes(created.password), '!JSON.stringify(audit).includes(created.password)');
    });

    test('login issues a 1 h operator token in the /auth envelope; it opens admin routes, audited as operator:<name>', async () => {
      const operator = await call.createOperator(uniqueName('bob'));
      const started = Date.now();
      const response = await call.operatorLogin({ username: operator.username, password: operator.password });
      assert.equal(response.statusCode, 200, response.body);
      assert.match(response.headers['content-type'] as string, /^application\/json; charset=utf-8$/);
      const body = response.json();
      assert.equal(body.success, true);
      assert.deepEqual(Object.keys(body.data).sort(), ['access_expires_at', 'access_token']);
      assert.match(body.data.access_expires_at, RFC3339_SECONDS);
      const lifetime = Date.parse(body.data.access_expires_at) - started;
      assert.ok(Math.abs(lifetime - 3600_000) < 5000, `operator token lifetime ${lifetime}`);
      const claims = decodeJwt(body.data.access_token);
      assert.equal(claims.sub, String(operator.operator_id));
      assert.equal(claims.typ, 'operator');
      assert.equal(claims.aud, 'popup-reward-store/admin');

      const token = body.data.access_token as string;
      const created = await call.admin('POST', '/clients', { name: 'Made by an operator' }, token);
      assert.equal(created.statusCode, 201, created.body);
      const clientId = created.json().client_id as number;
      assert.equal((await call.admin('POST', `/clients/${clientId}/deactivate`, undefined, token)).statusCode, 200);
      assert.equal((await call.admin('GET', '/clients', undefined, token)).statusCode, 200);
      const clientAudit = await call.audit(`client:${clientId}`);
      assert.deepEqual(
        clientAudit.map((a) => [a.actor, a.action]),
        [
          [`operator:${operator.username}`, 'client.create'],
          [`operator:${operator.username}`, 'client.deactivate'],
        ],
      );
      // Operators manage operators too, under their own name.
      const other = await call.createOperator(uniqueName('carol'), token);
      const otherAudit = await call.audit(`operator:${other.operator_id}`);
      assert.deepEqual(
        otherAudit.map((a) => a.actor),
        [`operator:${operator.username}`],
      );
      const loginAudit = await call.audit(`operator:${operator.operator_id}`);
      assert.deepEqual(
        loginAudit.map((a) => [a.actor, a.action]),
        [
          ['operator:admin-token', 'operator.create'],
          [`operator:${operator.username}`, 'operator.login'],
        ],
      );
    });

    test('wrong password, unknown username and inactive operator all get the same 401', async () => {
      const operator = await call.createOperator();
      const wrong = await call.operatorLogin({ username: operator.username, password: `${operator.password}x` });
      const unknown = await call.operatorLogin({ username: 'nobody-here', password: operator.password });
      assert.equal((await call.admin('POST', `/operators/${operator.operator_id}/deactivate`)).statusCode, 200);
      const inactive = await call.operatorLogin({ username: operator.username, password: operator.password });
      for (const response of [wrong, unknown, inactive]) {
        assert.equal(response.statusCode, 401);
        assert.deepEqual(errorOf(response), INVALID_CREDENTIALS);
      }
      // A client's credentials are no operator's credentials.
      const client = await createClient(store);
      const asClient = await call.operatorLogin({ username: client.username, password: client.password });
      assert.deepEqual(errorOf(asClient), INVALID_CREDENTIALS);
    });

    test('missing, empty or non-string fields are a validation failure; bad JSON a syntax error', async () => {
      const bodies: unknown[] = [
        {},
        { username: 'a' },
        { password: 'b' },
        { username: '', password: 'b' },
        { username: 'a', password: '' },
        { username: 1, password: 'b' },
        { username: 'a', password: null },
        [],
        'text',
        null,
      ];
      for (const payload of bodies) {
        const response = await call.operatorLogin(payload);
        assert.equal(response.statusCode, 400, JSON.stringify(payload));
        assert.deepEqual({ ...errorOf(response), details: undefined }, { ...REQUIRED, details: undefined });
      }
      const syntax = await store.app.inject({
        method: 'POST',
        url: '/admin/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"username":',
      });
      assert.equal(syntax.statusCode, 400);
      assert.equal(errorOf(syntax).code, 'SYNTAX_ERROR');
    });

    test('an unknown username costs about as much time as a wrong password (no enumeration)', async () => {
      const operator = await call.createOperator();
      const time = async (username: string) => {
        const started = process.hrtime.bigint();
        await call.operatorLogin({ username, password: 'definitely-wrong' });
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 9; i++) {
        known.push(await time(operator.username));
        unknown.push(await time(`unknown-${i}`));
      }
      const ratio = median(unknown) / median(known);
      // Both paths run one argon2id verification; a missing one would make the ratio about 0.01.
      // The bounds leave room for a busy machine (as the client login's test does).
      assert.ok(ratio > 0.33 && ratio < 3, `unknown/known time ratio ${ratio.toFixed(2)}`);
    });

    test('a client token never opens an admin route; an operator token never opens a client route', async () => {
      const client = await createClient(store);
      const clientTokens = await loginOk(store, client);
      for (const [method, url] of [
        ['GET', '/clients'],
        ['GET', '/operators'],
        ['POST', '/auth/logout'],
      ] as const) {
        const response = await call.admin(method, url, undefined, clientTokens.access_token);
        assert.equal(response.statusCode, 401, `${method} ${url}`);
        assert.deepEqual(errorOf(response), UNAUTHORIZED);
      }

      const operatorToken = await call.operatorToken(await call.createOperator());
      assert.equal((await call.admin('GET', '/clients', undefined, operatorToken)).statusCode, 200);
      const clientLogout = await logout(store, operatorToken);
      assert.equal(clientLogout.statusCode, 401);
      assert.deepEqual(errorOf(clientLogout), UNAUTHORIZED);
      const wallets = await store.app.inject({
        method: 'GET',
        url: '/api/v1/wallets',
        headers: { authorization: `Bearer ${operatorToken}` },
      });
      assert.equal(wallets.statusCode, 401);
      assert.deepEqual(errorOf(wallets), UNAUTHORIZED);
      assert.equal((await probe(store, operatorToken)).statusCode, 401);
      // The client token still works where it belongs.
      assert.equal((await probe(store, clientTokens.access_token)).statusCode, 200);
    });

    test('a token signed with the client key but dressed as an operator token is refused (separate keys)', async () => {
      const operator = await call.createOperator();
      const { SignJWT } = await import('jose');
      const secret = (store.container.signer as unknown as { key: Promise<CryptoKey> }).key;
      const forged = await new SignJWT({ typ: 'operator', tv: 0 })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(String(operator.operator_id))
        .setIssuer('popup-reward-store')
        .setAudience('popup-reward-store/admin')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(await secret);
      assert.equal((await call.admin('GET', '/clients', undefined, forged)).statusCode, 401);
    });

    test('logout revokes every token of the operator at once; others are unaffected; audited', async () => {
      const operator = await call.createOperator();
      const first = await call.operatorToken(operator);
      const second = await call.operatorToken(operator);
      const bystander = await call.operatorToken(await call.createOperator());
      assert.equal((await call.admin('GET', '/operators', undefined, first)).statusCode, 200);

      const response = await call.operatorLogout(first);
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { success: true, data: { message: 'Successfully logged out' } });
      for (const token of [first, second]) {
        assert.equal((await call.admin('GET', '/operators', undefined, token)).statusCode, 401);
      }
      assert.equal((await call.operatorLogout(first)).statusCode, 401);
      assert.equal((await call.admin('GET', '/operators', undefined, bystander)).statusCode, 200);
      // Logging in again works.
      assert.equal((await call.admin('GET', '/operators', undefined, await call.operatorToken(operator))).statusCode, 200);

      const audit = await call.audit(`operator:${operator.operator_id}`);
      assert.ok(
        audit.some((a) => a.actor === `operator:${operator.username}` && a.action === 'operator.logout'),
        "audit.some((a) => a.actor === `operator:${operator.username}` && a.action === 'operator.logout')",
      );
      // A static token is no account: nothing to log out.
      const staticLogout = await call.operatorLogout(ADMIN_TOKEN);
      assert.equal(staticLogout.statusCode, 400);
      assert.equal(errorOf(staticLogout).code, 'BAD_REQUEST');
    });

    test('deactivation revokes at once and reactivation does not revive old tokens', async () => {
      const operator = await call.createOperator();
      const token = await call.operatorToken(operator);
      assert.equal((await call.admin('GET', '/clients', undefined, token)).statusCode, 200);

      const deactivated = await call.admin('POST', `/operators/${operator.operator_id}/deactivate`);
      assert.equal(deactivated.statusCode, 200);
      assert.equal(deactivated.json().active, false);
      assert.equal((await call.admin('GET', '/clients', undefined, token)).statusCode, 401);

      const activated = await call.admin('POST', `/operators/${operator.operator_id}/activate`);
      assert.equal(activated.json().active, true);
      assert.equal((await call.admin('GET', '/clients', undefined, token)).statusCode, 401);
      assert.equal((await call.admin('GET', '/clients', undefined, await call.operatorToken(operator))).statusCode, 200);

      const audit = await call.audit(`operator:${operator.operator_id}`);
      const deactivation = audit.find((a) => a.action === 'operator.deactivate')!;
      assert.equal(deactivation.actor, 'operator:admin-token');
      assert.deepEqual(deactivation.details, {
        before: { username: operator.username, active: true },
        after: { username: operator.username, active: false },
      });
      assert.ok(
        audit.some((a) => a.action === 'operator.activate'),
        "audit.some((a) => a.action === 'operator.activate')",
      );
    });

    test('rotate-password: a new password shown once, the old one and its tokens stop working', async () => {
      const operator = await call.createOperator();
      const token = await call.operatorToken(operator);
      const rotated = await call.admin('POST', `/operators/${operator.operator_id}/rotate-password`);
      assert.equal(rotated.statusCode, 200);
      const fresh = rotated.json() as OperatorCredentials;
      assert.deepEqual(Object.keys(fresh).sort(), ['operator_id', 'password', 'username']);
      assert.equal(fresh.username, operator.username);
      assert.notEqual(fresh.password, operator.password);
      assert.equal((await call.admin('GET', '/clients', undefined, token)).statusCode, 401);
      assert.deepEqual(errorOf(await call.operatorLogin({ username: operator.username, password: operator.password })), INVALID_CREDENTIALS);
      assert.equal((await call.operatorLogin({ username: fresh.username, password: fresh.password })).statusCode, 200);
      const audit = await call.audit(`operator:${operator.operator_id}`);
      assert.ok(
        audit.some((a) => a.action === 'operator.rotate_password'),
        "audit.some((a) => a.action === 'operator.rotate_password')",
      );
      assert.ok(!JSON.stringify(audit).includes(fresh.password), '!JSON.stringify(audit).includes(fresh.password)');
    });

    test('usernames: format, reserved names and duplicates are refused', async () => {
      for (const username of ['', 'Alice', 'has space', '-dash-first', 'x'.repeat(65), 'admin-token', 'local-cli']) {
        const response = await call.admin('POST', '/operators', { username });
        assert.equal(response.statusCode, 400, username);
        assert.equal(errorOf(response).code, 'VALIDATION_FAILURE', username);
      }
      const taken = await call.createOperator();
      const duplicate = await call.admin('POST', '/operators', { username: taken.username });
      assert.equal(duplicate.statusCode, 400);
      assert.equal(errorOf(duplicate).message, 'An operator with this username already exists');
    });

    test('bad and unknown operator ids get the documented envelopes', async () => {
      for (const id of ['abc', '0', '1.5', '1e3', '99999999999']) {
        const response = await call.admin('POST', `/operators/${id}/deactivate`);
        assert.equal(response.statusCode, 400, id);
        assert.deepEqual(errorOf(response), { name: 'BadRequestError', code: 'BAD_REQUEST', message: 'Invalid operator ID' });
      }
      for (const path of ['deactivate', 'activate', 'rotate-password']) {
        const missing = await call.admin('POST', `/operators/2147483000/${path}`);
        assert.equal(missing.statusCode, 404);
        assert.equal(errorOf(missing).message, 'Operator not found');
      }
      assert.equal((await call.admin('GET', '/operators', undefined, 'wrong-token')).statusCode, 401);
    });

    test('no operator password or token reaches the logs', async () => {
      const operator = await call.createOperator();
      await call.operatorLogin({ username: operator.username, password: 'wrong-operator-password' });
      const token = await call.operatorToken(operator);
      await call.admin('GET', '/operators', undefined, token);
      const rotated = (await call.admin('POST', `/operators/${operator.operator_id}/rotate-password`, undefined, token)).json();
      await call.admin('GET', '/operators', undefined, token); // refused: revoked, logged
      const logs = store.logs.text();
      assert.ok(logs.includes('admin authentication refused'), "logs.includes('admin authentication refused')");
      for (const secret of [operator.password, 'wrong-operator-password', token, rotated.password, ADMIN_TOKEN]) {
        assert.ok(!logs.includes(secret), 'a credential leaked into the logs');
      }
    });

    test('operator state is cached (no database read per request) and dropped when the bus names it', async () => {
      const operator = await call.createOperator();
      const token = await call.operatorToken(operator);
      assert.equal((await call.admin('GET', '/operators', undefined, token)).statusCode, 200);
      // A change behind the service's back is not seen until the bus says so.
      await store.container.database.db.updateTable('operators').set({ active: false }).where('id', '=', operator.operator_id).execute();
      assert.equal((await call.admin('GET', '/operators', undefined, token)).statusCode, 200);
      await store.container.bus.publish(OPERATOR_TOPIC, String(operator.operator_id));
      assert.equal((await call.admin('GET', '/operators', undefined, token)).statusCode, 401);
    });
  });

  describe(`admin API: operator login rate limit [${engine}]`, () => {
    let store: TestStore;
    let call: ReturnType<typeof api>;
    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN, RATE_LIMIT_LOGIN: '3' } });
      call = api(store);
    });
    after(() => store.close());

    const assertLimited = (response: Awaited<ReturnType<typeof call.operatorLogin>>) => {
      assert.equal(response.statusCode, 429);
      const retryAfter = Number(response.headers['retry-after']);
      assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
      assert.deepEqual(errorOf(response), {
        name: 'TooManyRequestsError',
        code: 'TOO_MANY_REQUESTS',
        message: `Rate limit exceeded. Retry after ${retryAfter} seconds.`,
      });
    };

    test('login is limited per source IP', async () => {
      const ip = randomIp();
      for (let i = 0; i < 3; i++) {
        const response = await call.operatorLogin({ username: `unknown-${i}`, password: 'x' }, ip);
        assert.equal(response.statusCode, 401);
        assert.equal(response.headers['ratelimit-limit'], '3');
      }
      assertLimited(await call.operatorLogin({ username: 'other', password: 'x' }, ip));
      assert.equal((await call.operatorLogin({ username: 'other', password: 'x' }, randomIp())).statusCode, 401);
    });

    test('login is limited per username across addresses', async () => {
      const operator = await call.createOperator();
      for (let i = 0; i < 3; i++) {
        const response = await call.operatorLogin({ username: operator.username, password: 'wrong' }, randomIp());
        assert.equal(response.statusCode, 401);
      }
      assertLimited(await call.operatorLogin({ username: operator.username, password: operator.password }, randomIp()));
    });

    test('the client login limit is a separate bucket', async () => {
      const ip = randomIp();
      for (let i = 0; i < 3; i++) await call.operatorLogin({ username: `nobody-${i}`, password: 'x' }, ip);
      const client = await createClient(store);
      const clientLogin = await store.app.inject({
        method: 'POST',
        url: '/auth/login',
        remoteAddress: ip,
        payload: { username: client.username, password: client.password },
      });
      assert.equal(clientLogin.statusCode, 200);
    });
  });
}

// Two server instances on one PostgreSQL database: what one revokes, the other refuses at once.
describe('operator revocation across instances', { skip: process.env.DATABASE_URL ? false : 'DATABASE_URL not set' }, () => {
  const JWT_SECRET = 'shared-secret-for-two-instances-0123456789abcdef';
  const stores = twoStoresOnPostgres({ env: { JWT_SECRET, ADMIN_TOKEN } });

  test('logout and deactivation on one instance are refused by the other immediately', async () => {
    const { first: a, second: b } = stores;
    const onA = api(a);
    const onB = api(b);
    const operator = await onA.createOperator();
    const first = await onA.operatorToken(operator);
    const second = await onB.operatorToken(operator);
    assert.equal((await onB.admin('GET', '/clients', undefined, first)).statusCode, 200);
    assert.equal((await onB.admin('GET', '/clients', undefined, second)).statusCode, 200);
    assert.equal((await onA.operatorLogout(first)).statusCode, 200);
    assert.equal((await onB.admin('GET', '/clients', undefined, second)).statusCode, 401);

    const third = await onB.operatorToken(operator);
    assert.equal((await onB.admin('GET', '/clients', undefined, third)).statusCode, 200);
    assert.equal((await onA.admin('POST', `/operators/${operator.operator_id}/deactivate`)).statusCode, 200);
    assert.equal((await onB.admin('GET', '/clients', undefined, third)).statusCode, 401);
  });
});
