import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { errorOf } from '../helpers/api.ts';
import { ENGINES, startTestStore, twoStoresOnPostgres, type TestStore } from '../helpers/store.ts';
import { TestClock } from '../../src/infra/clock.ts';
import { totpCode } from '../../src/operators/totp.ts';

const ADMIN_TOKEN = 'console-session-admin-token-0123456789abcdef';
const RFC3339_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const MINUTE = 60_000;
const UNAUTHORIZED = { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Authentication required' };
const INVALID_CREDENTIALS = { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Invalid credentials' };
const INVALID_CODE = { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Invalid one-time code' };
const TOTP_REQUIRED = { name: 'UnauthorizedError', code: 'TOTP_REQUIRED', message: 'A one-time code is required' };
const CSRF_FAILED = { name: 'ForbiddenError', code: 'CSRF_FAILED', message: 'Missing or invalid CSRF token' };
const COOKIE = /^prs_console=([A-Za-z0-9_-]{43}); HttpOnly; SameSite=Strict; Path=\/$/;

interface Operator {
  operator_id: number;
  username: string;
  password: string;
}

/** A signed-in console: its cookie token and the CSRF token the sign-in answered. */
interface Session {
  token: string;
  csrf: string;
  body: Record<string, unknown>;
}

let counter = 0;
const uniqueName = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;
const randomIp = () => `10.${[...randomBytes(3)].join('.')}`;

function api(store: TestStore) {
  const inject = store.app.inject.bind(store.app);
  const admin = (method: 'GET' | 'POST', url: string, payload?: object) =>
    inject({ method, url: `/admin/v1${url}`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, payload });
  const createOperator = async (): Promise<Operator> => {
    const response = await admin('POST', '/operators', { username: uniqueName('console') });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  };
  const signIn = (body: object, options: { ip?: string; headers?: Record<string, string> } = {}) =>
    inject({
      method: 'POST',
      url: '/admin/v1/auth/session',
      remoteAddress: options.ip ?? '127.0.0.1',
      headers: { 'user-agent': 'ConsoleTest/1.0', ...options.headers },
      payload: body,
    });
  const signedIn = async (operator: Operator, extra: object = {}, ip?: string): Promise<Session> => {
    const response = await signIn({ username: operator.username, password: operator.password, ...extra }, { ip });
    assert.equal(response.statusCode, 200, response.body);
    const token = COOKIE.exec(response.headers['set-cookie'] as string)![1]!;
    const body = response.json();
    return { token, csrf: body.csrf_token, body };
  };
  /** A request with the session cookie, and its CSRF token unless `csrf` says otherwise. */
  const withCookie = (
    session: Pick<Session, 'token' | 'csrf'>,
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    options: { payload?: object; csrf?: string | null; headers?: Record<string, string> } = {},
  ) => {
    const csrf = options.csrf === undefined ? session.csrf : options.csrf;
    return inject({
      method,
      url: `/admin/v1${url}`,
      headers: { cookie: `theme=dark; prs_console=${session.token}`, ...(csrf === null ? {} : { 'x-csrf-token': csrf }), ...options.headers },
      payload: options.payload,
    });
  };
  const audit = (target: string) =>
    store.container.database.db
      .selectFrom('audit_log')
      .select(['actor', 'action', 'details'])
      .where('target', '=', target)
      .orderBy('id')
      .execute()
      .then((rows) => rows.map((row) => ({ ...row, details: typeof row.details === 'string' ? JSON.parse(row.details) : row.details })));
  return { inject, admin, createOperator, signIn, signedIn, withCookie, audit };
}

const live = (response: LightMyRequestResponse) => response.statusCode === 200;

for (const engine of ENGINES) {
  describe(`console sessions [${engine}]`, () => {
    let store: TestStore;
    let call: ReturnType<typeof api>;
    const clock = new TestClock();
    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN }, clock });
      call = api(store);
    });
    after(() => store.close());

    test('sign-in sets an HttpOnly, SameSite=Strict cookie and answers the session; only the hash is stored; audited', async () => {
      const operator = await call.createOperator();
      const started = clock.now().getTime();
      const response = await call.signIn({ username: operator.username, password: operator.password });
      assert.equal(response.statusCode, 200, response.body);
      const cookie = response.headers['set-cookie'] as string;
      assert.match(cookie, COOKIE, 'no Secure flag over plain HTTP');
      const token = COOKIE.exec(cookie)![1]!;
      assert.equal(response.headers['cache-control'], 'no-store');
      const body = response.json();
      assert.deepEqual(Object.keys(body).sort(), ['csrf_token', 'expires_at', 'idle_expires_at', 'operator', 'totp_enabled']);
      assert.deepEqual(body.operator, { id: operator.operator_id, username: operator.username });
      assert.equal(body.totp_enabled, false);
      assert.match(body.csrf_token, /^[A-Za-z0-9_-]{43}$/);
      assert.notEqual(body.csrf_token, token);
      assert.match(body.expires_at, RFC3339_SECONDS);
      assert.ok(Math.abs(Date.parse(body.expires_at) - started - 12 * 3600_000) < 5000, 'absolute end: 12 hours');
      assert.ok(Math.abs(Date.parse(body.idle_expires_at) - started - 30 * MINUTE) < 5000, 'idle end: 30 minutes');
      assert.ok(!response.body.includes(token), 'the token is in Set-Cookie only');

      const rows = await store.container.database.db
        .selectFrom('operator_sessions')
        .selectAll()
        .where('operator_id', '=', operator.operator_id)
        .execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.ip, '127.0.0.1');
      assert.equal(rows[0]!.user_agent, 'ConsoleTest/1.0');
      assert.ok(!JSON.stringify(rows).includes(token), 'the token itself is not stored');

      const audit = await call.audit(`operator:${operator.operator_id}`);
      const signIn = audit.find((entry) => entry.action === 'operator.session.sign_in')!;
      assert.equal(signIn.actor, `operator:${operator.username}`);
      assert.deepEqual(signIn.details, { session_id: rows[0]!.id, ip: '127.0.0.1', user_agent: 'ConsoleTest/1.0', second_factor: null });
      for (const secret of [token, body.csrf_token]) {
        assert.ok(!JSON.stringify(audit).includes(secret), '!JSON.stringify(audit).includes(secret)');
        assert.ok(!store.logs.text().includes(secret), 'neither the token nor the CSRF token is logged');
      }
    });

    test('wrong password, unknown username, inactive operator: 401 Invalid credentials, no cookie; bad bodies 400', async () => {
      const operator = await call.createOperator();
      const inactive = await call.createOperator();
      assert.equal((await call.admin('POST', `/operators/${inactive.operator_id}/deactivate`)).statusCode, 200);
      for (const body of [
        { username: operator.username, password: `${operator.password}x` },
        { username: 'nobody-at-all', password: operator.password },
        { username: inactive.username, password: inactive.password },
      ]) {
        const response = await call.signIn(body);
        assert.equal(response.statusCode, 401);
        assert.deepEqual(errorOf(response), INVALID_CREDENTIALS);
        assert.equal(response.headers['set-cookie'], undefined);
      }
      for (const body of [{}, { username: operator.username }, { username: operator.username, password: 7 }, { ...operator, totp_code: '' }]) {
        const response = await call.signIn(body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        assert.equal(errorOf(response).code, 'VALIDATION_FAILURE');
      }
    });

    test('GET /auth/session answers the live session; no cookie, an unknown or malformed one: 401', async () => {
      const operator = await call.createOperator();
      const session = await call.signedIn(operator);
      const response = await call.withCookie(session, 'GET', '/auth/session', { csrf: null });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers['cache-control'], 'no-store');
      const body = response.json();
      assert.deepEqual(body.operator, session.body.operator);
      assert.equal(body.csrf_token, session.csrf);
      assert.equal(body.expires_at, session.body.expires_at);

      const bare = await call.inject({ method: 'GET', url: '/admin/v1/auth/session' });
      assert.equal(bare.statusCode, 401);
      assert.deepEqual(errorOf(bare), UNAUTHORIZED);
      for (const token of [randomBytes(32).toString('base64url'), 'short', `${session.token}x`, '']) {
        const response = await call.withCookie({ token, csrf: session.csrf }, 'GET', '/auth/session');
        assert.equal(response.statusCode, 401, token);
        assert.deepEqual(errorOf(response), UNAUTHORIZED);
      }
      // A Bearer token has no console session to show.
      const bearer = await call.admin('GET', '/auth/session');
      assert.equal(bearer.statusCode, 401);
    });

    test('the cookie opens every admin route: GETs as they are, changes only with the X-CSRF-Token, audited as the operator', async () => {
      const operator = await call.createOperator();
      const session = await call.signedIn(operator);
      const list = await call.withCookie(session, 'GET', '/clients', { csrf: null });
      assert.equal(list.statusCode, 200, list.body);
      const head = await call.inject({ method: 'HEAD', url: '/admin/v1/clients', headers: { cookie: `prs_console=${session.token}` } });
      assert.equal(head.statusCode, 200);

      for (const csrf of [null, '', 'wrong', session.csrf.slice(1), `${session.csrf}x`, randomBytes(32).toString('base64url')]) {
        const refused = await call.withCookie(session, 'POST', '/clients', { payload: { name: 'Refused' }, csrf });
        assert.equal(refused.statusCode, 403, String(csrf));
        assert.deepEqual(errorOf(refused), CSRF_FAILED);
      }
      // Another session's CSRF token does not fit this one.
      const other = await call.signedIn(operator);
      const crossed = await call.withCookie({ token: session.token, csrf: other.csrf }, 'POST', '/clients', { payload: { name: 'Crossed' } });
      assert.equal(crossed.statusCode, 403);

      const created = await call.withCookie(session, 'POST', '/clients', { payload: { name: 'Made in the console' } });
      assert.equal(created.statusCode, 201, created.body);
      const clientId = created.json().client_id as number;
      const deactivated = await call.withCookie(session, 'POST', `/clients/${clientId}/deactivate`);
      assert.equal(deactivated.statusCode, 200, deactivated.body);
      assert.deepEqual(
        (await call.audit(`client:${clientId}`)).map((entry) => [entry.actor, entry.action]),
        [
          [`operator:${operator.username}`, 'client.create'],
          [`operator:${operator.username}`, 'client.deactivate'],
        ],
      );
      const clients = await store.container.database.db.selectFrom('clients').select('name').where('name', 'in', ['Refused', 'Crossed']).execute();
      assert.deepEqual(clients, [], 'nothing refused was made');
    });

    test('a Bearer token decides over a cookie, and needs no CSRF token', async () => {
      const operator = await call.createOperator();
      const session = await call.signedIn(operator);
      const withBoth = await call.inject({
        method: 'POST',
        url: '/admin/v1/clients',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, cookie: `prs_console=${session.token}` },
        payload: { name: 'Bearer wins' },
      });
      assert.equal(withBoth.statusCode, 201, withBoth.body);
      const audit = await call.audit(`client:${withBoth.json().client_id}`);
      assert.equal(audit[0]!.actor, 'operator:admin-token');
      for (const authorization of ['Bearer not-a-token', 'Basic abc']) {
        const refused = await call.inject({
          method: 'GET',
          url: '/admin/v1/clients',
          headers: { authorization, cookie: `prs_console=${session.token}` },
        });
        assert.equal(refused.statusCode, 401, authorization);
      }
    });

    test('idle timeout: 30 minutes unused ends the session; using it slides the end; last_seen_at written at most once a minute', async () => {
      const operator = await call.createOperator();
      const session = await call.signedIn(operator);
      const lastSeen = async () =>
        (
          await store.container.database.db
            .selectFrom('operator_sessions')
            .select('last_seen_at')
            .where('operator_id', '=', operator.operator_id)
            .executeTakeFirstOrThrow()
        ).last_seen_at.getTime();
      const signedInAt = await lastSeen();
      clock.advance(30 * 1000);
      assert.ok(live(await call.withCookie(session, 'GET', '/auth/session')), "live(await call.withCookie(session, 'GET', '/auth/session'))");
      assert.equal(await lastSeen(), signedInAt, 'not written again within the minute');
      clock.advance(29 * MINUTE);
      const slid = await call.withCookie(session, 'GET', '/auth/session');
      assert.ok(live(slid), 'live(slid)');
      assert.ok((await lastSeen()) > signedInAt + 29 * MINUTE, 'written once the minute passed');
      assert.ok(Date.parse(slid.json().idle_expires_at) - clock.now().getTime() > 29 * MINUTE, 'the idle end moved');
      clock.advance(29 * MINUTE);
      assert.ok(live(await call.withCookie(session, 'GET', '/clients')), 'alive 58 minutes after sign-in: it was used');
      clock.advance(31 * MINUTE);
      const expired = await call.withCookie(session, 'GET', '/auth/session');
      assert.equal(expired.statusCode, 401);
      assert.deepEqual(errorOf(expired), UNAUTHORIZED);
    });

    test('absolute timeout: 12 hours after sign-in the session ends, however much it is used', async () => {
      const operator = await call.createOperator();
      const session = await call.signedIn(operator);
      const expiresAt = Date.parse(session.body.expires_at as string);
      let used = 0;
      while (clock.now().getTime() + 25 * MINUTE < expiresAt) {
        clock.advance(25 * MINUTE);
        const response = await call.withCookie(session, 'GET', '/auth/session');
        assert.ok(live(response), `used after ${used} steps`);
        assert.equal(response.json().expires_at, session.body.expires_at);
        assert.ok(Date.parse(response.json().idle_expires_at) <= expiresAt, 'the idle end never passes the absolute end');
        used += 1;
      }
      assert.ok(used >= 27, 'used >= 27');
      clock.advance(25 * MINUTE);
      assert.equal((await call.withCookie(session, 'GET', '/auth/session')).statusCode, 401);
    });

    test('sign-out ends the session, clears the cookie and is audited; it needs the CSRF token', async () => {
      const operator = await call.createOperator();
      const session = await call.signedIn(operator);
      const other = await call.signedIn(operator);
      const refused = await call.withCookie(session, 'DELETE', '/auth/session', { csrf: null });
      assert.equal(refused.statusCode, 403);
      assert.deepEqual(errorOf(refused), CSRF_FAILED);
      const response = await call.withCookie(session, 'DELETE', '/auth/session');
      assert.equal(response.statusCode, 204, response.body);
      assert.equal(response.body, '');
      assert.equal(response.headers['set-cookie'], 'prs_console=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0');
      assert.equal((await call.withCookie(session, 'GET', '/auth/session')).statusCode, 401);
      assert.equal((await call.withCookie(session, 'GET', '/clients')).statusCode, 401);
      assert.equal((await call.withCookie(session, 'DELETE', '/auth/session')).statusCode, 401, 'signed out already');
      assert.ok(live(await call.withCookie(other, 'GET', '/auth/session')), 'the operator’s other session goes on');
      const signOut = (await call.audit(`operator:${operator.operator_id}`)).find((entry) => entry.action === 'operator.session.sign_out')!;
      assert.equal(signOut.actor, `operator:${operator.username}`);
      assert.equal(signOut.details.ip, '127.0.0.1');
      assert.equal(signOut.details.user_agent, 'lightMyRequest', "inject's own user agent");
      assert.equal(typeof signOut.details.session_id, 'number');
    });

    test('deactivation, a new password and the operator logout end every session at once; reactivation revives none', async () => {
      for (const [what, end] of [
        ['deactivate', (id: number) => call.admin('POST', `/operators/${id}/deactivate`)],
        ['rotate-password', (id: number) => call.admin('POST', `/operators/${id}/rotate-password`)],
      ] as const) {
        const operator = await call.createOperator();
        const sessions = [await call.signedIn(operator), await call.signedIn(operator)];
        const response = await end(operator.operator_id);
        assert.equal(response.statusCode, 200, response.body);
        for (const session of sessions) assert.equal((await call.withCookie(session, 'GET', '/clients')).statusCode, 401, what);
        if (what === 'deactivate') {
          assert.equal((await call.admin('POST', `/operators/${operator.operator_id}/activate`)).statusCode, 200);
          for (const session of sessions) assert.equal((await call.withCookie(session, 'GET', '/clients')).statusCode, 401, 'reactivated');
        }
      }
      const operator = await call.createOperator();
      const session = await call.signedIn(operator);
      const logout = await call.withCookie(session, 'POST', '/auth/logout');
      assert.equal(logout.statusCode, 200, logout.body);
      assert.equal((await call.withCookie(session, 'GET', '/auth/session')).statusCode, 401);
    });

    test("an operator lists and ends their own sessions, never another operator's", async () => {
      const alice = await call.createOperator();
      const bob = await call.createOperator();
      const first = await call.signedIn(alice);
      const second = await call.signedIn(alice);
      const bobs = await call.signedIn(bob);
      const listed = await call.withCookie(first, 'GET', '/auth/sessions');
      assert.equal(listed.statusCode, 200, listed.body);
      const sessions = listed.json() as { id: number; current: boolean; ip: string; user_agent: string }[];
      assert.equal(sessions.length, 2);
      assert.deepEqual(Object.keys(sessions[0]!).sort(), ['created_at', 'current', 'expires_at', 'id', 'ip', 'last_seen_at', 'user_agent']);
      assert.deepEqual(
        sessions.map((s) => s.current),
        [false, true],
        'newest first; the first session is the current one',
      );
      assert.equal(sessions[0]!.user_agent, 'ConsoleTest/1.0');
      assert.ok(
        !listed.body.includes(first.token) && !listed.body.includes(second.token),
        '!listed.body.includes(first.token) && !listed.body.includes(second.token)',
      );
      const bobsId = ((await call.withCookie(bobs, 'GET', '/auth/sessions')).json() as { id: number }[])[0]!.id;

      const foreign = await call.withCookie(first, 'DELETE', `/auth/sessions/${bobsId}`);
      assert.equal(foreign.statusCode, 404);
      assert.deepEqual(errorOf(foreign), { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Session not found' });
      assert.ok(live(await call.withCookie(bobs, 'GET', '/auth/session')), "Bob's session is untouched");
      assert.equal((await call.withCookie(first, 'DELETE', `/auth/sessions/${bobsId}`, { csrf: null })).statusCode, 403);
      assert.equal((await call.withCookie(first, 'DELETE', '/auth/sessions/1e3')).statusCode, 400);

      const ended = await call.withCookie(first, 'DELETE', `/auth/sessions/${sessions[0]!.id}`);
      assert.equal(ended.statusCode, 204, ended.body);
      assert.equal(ended.headers['set-cookie'], undefined, 'not the current session: the cookie stays');
      assert.equal((await call.withCookie(second, 'GET', '/auth/session')).statusCode, 401);
      assert.equal((await call.withCookie(first, 'DELETE', `/auth/sessions/${sessions[0]!.id}`)).statusCode, 404, 'ended already');
      const current = await call.withCookie(first, 'DELETE', `/auth/sessions/${sessions[1]!.id}`);
      assert.equal(current.statusCode, 204);
      assert.match(current.headers['set-cookie'] as string, /^prs_console=; .*Max-Age=0/);
      assert.ok(
        (await call.audit(`operator:${alice.operator_id}`)).some((entry) => entry.action === 'operator.session.end'),
        'ending a session is audited',
      );

      // With an operator token: the same list, none of it current. The static tokens have no sessions.
      const login = await call.inject({ method: 'POST', url: '/admin/v1/auth/login', payload: { username: bob.username, password: bob.password } });
      const bearer = await call.inject({
        method: 'GET',
        url: '/admin/v1/auth/sessions',
        headers: { authorization: `Bearer ${login.json().data.access_token}` },
      });
      assert.deepEqual(
        bearer.json().map((s: { id: number; current: boolean }) => [s.id, s.current]),
        [[bobsId, false]],
      );
      const staticToken = await call.admin('GET', '/auth/sessions');
      assert.equal(staticToken.statusCode, 400);
      assert.match(errorOf(staticToken).message, /Only operator accounts/);
    });

    test('TOTP: enrol, confirm, then sign-in needs a code (TOTP_REQUIRED), refuses a wrong or replayed one, takes a recovery code once', async () => {
      const operator = await call.createOperator();
      const session = await call.signedIn(operator);
      assert.equal((await call.admin('POST', '/auth/totp')).statusCode, 400, 'ADMIN_TOKEN has no account to enrol');
      assert.equal((await call.withCookie(session, 'POST', '/auth/totp', { csrf: null })).statusCode, 403);
      const enrolled = await call.withCookie(session, 'POST', '/auth/totp');
      assert.equal(enrolled.statusCode, 200, enrolled.body);
      assert.equal(enrolled.headers['cache-control'], 'no-store');
      const { secret, otpauth_uri, qr_svg } = enrolled.json();
      assert.match(secret, /^[A-Z2-7]{32}$/);
      assert.equal(
        otpauth_uri,
        `otpauth://totp/Popup%20Reward%20Store:${operator.username}?issuer=Popup%20Reward%20Store&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
      );
      assert.match(qr_svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>.*<\/svg>\s*$/s);
      assert.ok(!/<script|href=/.test(qr_svg), '!/<script|href=/.test(qr_svg)');
      const row = await store.container.database.db
        .selectFrom('operators')
        .select(['totp_secret', 'totp_enabled'])
        .where('id', '=', operator.operator_id)
        .executeTakeFirstOrThrow();
      assert.match(row.totp_secret!, /^v1:[0-9a-f]{8}:/, 'sealed with the at-rest key');
      assert.ok(!row.totp_secret!.includes(secret), '!row.totp_secret!.includes(secret)');
      assert.equal(row.totp_enabled, false);
      await call.signedIn(operator); // not enabled until confirmed: the password alone still signs in

      const wrongConfirm = await call.withCookie(session, 'POST', '/auth/totp/confirm', { payload: { code: '000000' } });
      assert.equal(wrongConfirm.statusCode, 400);
      assert.equal(errorOf(wrongConfirm).message, 'Invalid one-time code');
      const confirmed = await call.withCookie(session, 'POST', '/auth/totp/confirm', { payload: { code: totpCode(secret, clock.now()) } });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      const codes = confirmed.json().recovery_codes as string[];
      assert.equal(codes.length, 10);
      assert.equal(new Set(codes).size, 10);
      for (const code of codes) assert.match(code, /^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
      const stored = await store.container.database.db
        .selectFrom('operator_recovery_codes')
        .select('code_hash')
        .where('operator_id', '=', operator.operator_id)
        .execute();
      assert.equal(stored.length, 10);
      assert.ok(!JSON.stringify(stored).includes(codes[0]!.replaceAll('-', '')), "!JSON.stringify(stored).includes(codes[0]!.replaceAll('-', ''))");
      assert.equal((await call.withCookie(session, 'GET', '/auth/session')).json().totp_enabled, true);

      const credentials = { username: operator.username, password: operator.password };
      const noCode = await call.signIn(credentials);
      assert.equal(noCode.statusCode, 401);
      assert.deepEqual(errorOf(noCode), TOTP_REQUIRED);
      assert.equal(noCode.headers['set-cookie'], undefined);
      const wrongPassword = await call.signIn({ ...credentials, password: 'wrong', totp_code: totpCode(secret, clock.now()) });
      assert.deepEqual(errorOf(wrongPassword), INVALID_CREDENTIALS, 'the password is checked first');
      for (const totp_code of ['123456', 'abcdef', '1234567']) {
        const wrong = await call.signIn({ ...credentials, totp_code });
        assert.equal(wrong.statusCode, 401);
        assert.deepEqual(errorOf(wrong), INVALID_CODE);
      }
      const old = await call.signIn({ ...credentials, totp_code: totpCode(secret, new Date(clock.now().getTime() - 90_000)) });
      assert.deepEqual(errorOf(old), INVALID_CODE, 'a code two steps old is refused');
      const failures = (await call.audit(`operator:${operator.operator_id}`)).filter((entry) => entry.action === 'operator.sign_in_failed');
      assert.equal(failures.length, 4);
      assert.deepEqual(failures[0]!.details, { reason: 'invalid one-time code', ip: '127.0.0.1', user_agent: 'ConsoleTest/1.0' });

      // The confirmation used this step's code: a code of the next step signs in, once.
      clock.advance(30_000);
      const code = totpCode(secret, clock.now());
      const withCode = await call.signedIn(operator, { totp_code: code });
      assert.equal(withCode.body.totp_enabled, true);
      assert.deepEqual(errorOf(await call.signIn({ ...credentials, totp_code: code })), INVALID_CODE, 'a code is accepted once');
      // The operator login (Bearer tokens) asks for the same second factor.
      clock.advance(30_000);
      assert.deepEqual(errorOf(await call.inject({ method: 'POST', url: '/admin/v1/auth/login', payload: credentials })), TOTP_REQUIRED);
      const login = await call.inject({
        method: 'POST',
        url: '/admin/v1/auth/login',
        payload: { ...credentials, totp_code: totpCode(secret, clock.now()) },
      });
      assert.equal(login.statusCode, 200, login.body);

      const recovered = await call.signedIn(operator, { recovery_code: codes[3]!.toUpperCase().replaceAll('-', ' ') });
      assert.ok(live(await call.withCookie(recovered, 'GET', '/auth/session')), "live(await call.withCookie(recovered, 'GET', '/auth/session'))");
      assert.deepEqual(errorOf(await call.signIn({ ...credentials, recovery_code: codes[3]! })), INVALID_CODE, 'a recovery code works once');
      assert.deepEqual(errorOf(await call.signIn({ ...credentials, recovery_code: 'aaaa-bbbb-cccc-dddd' })), INVALID_CODE);
      const signIn = (await call.audit(`operator:${operator.operator_id}`)).filter((entry) => entry.action === 'operator.session.sign_in').at(-1)!;
      assert.equal(signIn.details.second_factor, 'recovery_code');

      assert.equal((await call.withCookie(session, 'POST', '/auth/totp')).statusCode, 400, 'enabled: enrol again only after disabling');
      clock.advance(30_000);
      assert.equal((await call.withCookie(session, 'DELETE', '/auth/totp', { payload: { code: '000000' } })).statusCode, 400);
      const disabled = await call.withCookie(session, 'DELETE', '/auth/totp', { payload: { code: totpCode(secret, clock.now()) } });
      assert.equal(disabled.statusCode, 204, disabled.body);
      assert.equal((await call.signedIn(operator)).body.totp_enabled, false, 'the password alone signs in again');
      assert.equal((await call.withCookie(session, 'DELETE', '/auth/totp', { payload: { code: '000000' } })).statusCode, 400, 'not enabled');
      assert.deepEqual(
        (await call.audit(`operator:${operator.operator_id}`))
          .filter((entry) => entry.action.startsWith('operator.totp.'))
          .map((entry) => [entry.actor, entry.action]),
        [
          [`operator:${operator.username}`, 'operator.totp.enrol'],
          [`operator:${operator.username}`, 'operator.totp.enable'],
          [`operator:${operator.username}`, 'operator.totp.disable'],
        ],
      );
      assert.ok(!store.logs.text().includes(secret) && !store.logs.text().includes(codes[0]!), 'no secret in the logs');
    });

    test("enabling TOTP ends the operator's other sessions, not the one that enabled it nor another operator's; audited with their count", async () => {
      const operator = await call.createOperator();
      const other = await call.createOperator();
      const enrolling = await call.signedIn(operator);
      const others = [await call.signedIn(operator), await call.signedIn(operator)];
      const bystander = await call.signedIn(other);
      const { secret } = (await call.withCookie(enrolling, 'POST', '/auth/totp')).json();
      for (const session of others)
        assert.ok(live(await call.withCookie(session, 'GET', '/auth/session')), 'an enrolment not confirmed ends nothing');
      const confirmed = await call.withCookie(enrolling, 'POST', '/auth/totp/confirm', { payload: { code: totpCode(secret, clock.now()) } });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      assert.ok(live(await call.withCookie(enrolling, 'GET', '/auth/session')), 'the session that enabled it stays signed in');
      for (const session of others) {
        const response = await call.withCookie(session, 'GET', '/clients');
        assert.equal(response.statusCode, 401, 'opened with the password alone: ended');
        assert.deepEqual(errorOf(response), UNAUTHORIZED);
      }
      assert.ok(live(await call.withCookie(bystander, 'GET', '/auth/session')), "another operator's session is untouched");
      const listed = (await call.withCookie(enrolling, 'GET', '/auth/sessions')).json() as { current: boolean }[];
      assert.deepEqual(
        listed.map((session) => session.current),
        [true],
      );
      const enabled = (await call.audit(`operator:${operator.operator_id}`)).find((entry) => entry.action === 'operator.totp.enable')!;
      assert.deepEqual(enabled.details, { other_sessions_ended: 2 });
    });

    test('a new password ends every session of the operator, the one that asked for it too', async () => {
      const operator = await call.createOperator();
      const [asking, other] = [await call.signedIn(operator), await call.signedIn(operator)];
      const rotated = await call.withCookie(asking, 'POST', `/operators/${operator.operator_id}/rotate-password`);
      assert.equal(rotated.statusCode, 200, rotated.body);
      for (const session of [asking, other]) assert.equal((await call.withCookie(session, 'GET', '/auth/session')).statusCode, 401);
      await call.signedIn({ ...operator, password: rotated.json().password });
    });

    test('another operator resets the TOTP of one who lost the device', async () => {
      const operator = await call.createOperator();
      const session = await call.signedIn(operator);
      const { secret } = (await call.withCookie(session, 'POST', '/auth/totp')).json();
      assert.equal(
        (await call.withCookie(session, 'POST', '/auth/totp/confirm', { payload: { code: totpCode(secret, clock.now()) } })).statusCode,
        200,
      );
      assert.deepEqual(errorOf(await call.signIn({ username: operator.username, password: operator.password })), TOTP_REQUIRED);
      const reset = await call.admin('POST', `/operators/${operator.operator_id}/totp-reset`);
      assert.equal(reset.statusCode, 200, reset.body);
      assert.equal(reset.json().username, operator.username);
      assert.equal((await call.signedIn(operator)).body.totp_enabled, false);
      assert.equal((await call.admin('POST', '/operators/2147483647/totp-reset')).statusCode, 404);
      const audit = (await call.audit(`operator:${operator.operator_id}`)).find((entry) => entry.action === 'operator.totp.reset')!;
      assert.equal(audit.actor, 'operator:admin-token');
      const left = await store.container.database.db
        .selectFrom('operator_recovery_codes')
        .select('id')
        .where('operator_id', '=', operator.operator_id)
        .execute();
      assert.deepEqual(left, []);
    });
  });

  describe(`console sign-in: rate limit and the Secure flag [${engine}]`, () => {
    let store: TestStore;
    let call: ReturnType<typeof api>;
    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN, RATE_LIMIT_LOGIN: '3', TRUST_PROXY: '127.0.0.1' } });
      call = api(store);
    });
    after(() => store.close());

    test('RATE_LIMIT_LOGIN sign-ins a minute per address, and per username across addresses and the operator login', async () => {
      const operator = await call.createOperator();
      const ip = randomIp();
      for (let i = 0; i < 3; i++) assert.equal((await call.signIn({ username: uniqueName('x'), password: 'p' }, { ip })).statusCode, 401);
      const limited = await call.signIn({ username: operator.username, password: operator.password }, { ip });
      assert.equal(limited.statusCode, 429);
      assert.equal(errorOf(limited).code, 'TOO_MANY_REQUESTS');
      assert.ok(Number(limited.headers['retry-after']) >= 1, "Number(limited.headers['retry-after']) >= 1");

      const target = await call.createOperator();
      const wrong = { username: target.username, password: 'wrong' };
      assert.equal((await call.inject({ method: 'POST', url: '/admin/v1/auth/login', remoteAddress: randomIp(), payload: wrong })).statusCode, 401);
      for (let i = 0; i < 2; i++) assert.equal((await call.signIn(wrong, { ip: randomIp() })).statusCode, 401);
      const byName = await call.signIn({ username: target.username, password: target.password }, { ip: randomIp() });
      assert.equal(byName.statusCode, 429, 'the username bucket is shared with the operator login');
    });

    test('confirming and disabling TOTP allow RATE_LIMIT_LOGIN codes a minute per operator', async () => {
      const operator = await call.createOperator();
      const session = await call.signedIn(operator, {}, randomIp());
      const { secret } = (await call.withCookie(session, 'POST', '/auth/totp')).json();
      for (let i = 0; i < 3; i++) {
        assert.equal((await call.withCookie(session, 'POST', '/auth/totp/confirm', { payload: { code: '000000' } })).statusCode, 400);
      }
      const other = await call.signedIn(operator, {}, randomIp());
      const limited = await call.withCookie(other, 'POST', '/auth/totp/confirm', { payload: { code: totpCode(secret, new Date()) } });
      assert.equal(limited.statusCode, 429, 'another session of the same operator shares the count');
      assert.equal(errorOf(limited).code, 'TOO_MANY_REQUESTS');
      assert.equal((await call.withCookie(other, 'DELETE', '/auth/totp', { payload: { code: '000000' } })).statusCode, 429);
      const someoneElse = await call.signedIn(await call.createOperator(), {}, randomIp());
      assert.equal((await call.withCookie(someoneElse, 'POST', '/auth/totp/confirm', { payload: { code: '000000' } })).statusCode, 400);
    });

    test('over HTTPS through a trusted proxy the cookie is Secure and named __Host-prs_console; only that name opens a session there', async () => {
      const operator = await call.createOperator();
      const https = await call.signIn(
        { username: operator.username, password: operator.password },
        { ip: '127.0.0.1', headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': randomIp() } },
      );
      assert.equal(https.statusCode, 200, https.body);
      assert.match(https.headers['set-cookie'] as string, /^__Host-prs_console=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Secure$/);
      const token = /^__Host-prs_console=([^;]+)/.exec(https.headers['set-cookie'] as string)![1]!;
      const read = (cookie: string, proto: string) =>
        call.inject({ method: 'GET', url: '/admin/v1/auth/session', remoteAddress: '127.0.0.1', headers: { cookie, 'x-forwarded-proto': proto } });
      assert.equal((await read(`__Host-prs_console=${token}`, 'https')).statusCode, 200);
      // A cookie without the prefix could have been planted by a sibling subdomain: over HTTPS it opens nothing, beside the real one or not.
      assert.equal((await read(`prs_console=${token}`, 'https')).statusCode, 401);
      assert.equal((await read(`prs_console=${token}; other=1`, 'https')).statusCode, 401);
      assert.equal((await read(`__Host-prs_console=${token}`, 'http')).statusCode, 401, 'over plain HTTP only the plain name is read');
      const signOut = await call.inject({
        method: 'DELETE',
        url: '/admin/v1/auth/session',
        remoteAddress: '127.0.0.1',
        headers: { cookie: `__Host-prs_console=${token}`, 'x-csrf-token': https.json().csrf_token, 'x-forwarded-proto': 'https' },
      });
      assert.equal(signOut.statusCode, 204, signOut.body);
      assert.equal(signOut.headers['set-cookie'], '__Host-prs_console=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0; Secure');
      assert.equal((await read(`__Host-prs_console=${token}`, 'https')).statusCode, 401, 'signed out');

      const untrusted = await call.signIn(
        { username: operator.username, password: operator.password },
        { ip: '192.0.2.7', headers: { 'x-forwarded-proto': 'https' } },
      );
      assert.equal(untrusted.statusCode, 200);
      assert.match(
        untrusted.headers['set-cookie'] as string,
        /^prs_console=[^;]+; HttpOnly; SameSite=Strict; Path=\/$/,
        'X-Forwarded-Proto from an untrusted address is ignored',
      );
    });
  });
}

describe('console sessions across processes', { skip: process.env.DATABASE_URL ? false : 'DATABASE_URL not set' }, () => {
  const stores = twoStoresOnPostgres({ env: { ADMIN_TOKEN } });

  test('a session opened on one process works on the other; sign-out, deactivation and a new password end it on both at once', async () => {
    const onA = api(stores.first);
    const onB = api(stores.second);
    const warm = async (session: Session) => {
      assert.ok(live(await onA.withCookie(session, 'GET', '/clients')), "live(await onA.withCookie(session, 'GET', '/clients'))");
      assert.ok(live(await onB.withCookie(session, 'GET', '/clients')), "live(await onB.withCookie(session, 'GET', '/clients'))");
    };
    const operator = await onA.createOperator();
    const session = await onA.signedIn(operator);
    await warm(session);
    const created = await onB.withCookie(session, 'POST', '/clients', { payload: { name: 'Across processes' } });
    assert.equal(created.statusCode, 201, 'the CSRF token of process A is good on process B');
    assert.equal((await onB.withCookie(session, 'DELETE', '/auth/session')).statusCode, 204);
    assert.equal((await onA.withCookie(session, 'GET', '/clients')).statusCode, 401);

    for (const end of ['deactivate', 'rotate-password']) {
      const other = await onA.createOperator();
      const live = await onA.signedIn(other);
      await warm(live);
      assert.equal((await onB.admin('POST', `/operators/${other.operator_id}/${end}`)).statusCode, 200);
      assert.equal((await onA.withCookie(live, 'GET', '/clients')).statusCode, 401, `${end} on B, A refuses at once`);
      assert.equal((await onB.withCookie(live, 'GET', '/clients')).statusCode, 401);
    }
  });
});
