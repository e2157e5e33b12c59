import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { TestClock } from '../../src/infra/clock.ts';
import { totpCode } from '../../src/operators/totp.ts';
import { createClient, loginOk } from '../helpers/api.ts';
import { ENGINES, twoStoresOnPostgres, type TestStore } from '../helpers/store.ts';
import {
  COOKIE,
  CSRF_FAILED,
  errorOf,
  INVALID_CREDENTIALS,
  mailDir,
  mailedToken,
  PASSWORD,
  portalApi,
  portalEnv,
  startPortalStore,
  UNAUTHORIZED,
  uniqueEmail,
  type PortalApi,
  type Session,
} from './setup.ts';

const MINUTE = 60_000;
const RFC3339_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const randomIp = () => `10.${[...randomBytes(3)].join('.')}`;
const CLEARED = 'prs_portal=; HttpOnly; SameSite=Strict; Path=/portal; Max-Age=0';

for (const engine of ENGINES) {
  describe(`client portal sessions [${engine}]`, () => {
    let store: TestStore;
    let call: PortalApi;
    let clientId: number;
    const clock = new TestClock();

    before(async () => {
      ({ store, call } = await startPortalStore(engine, { env: { LOG_LEVEL: 'trace' }, clock }));
      clientId = (await createClient(store, { name: 'Session Co' })).client_id;
    });
    after(() => store?.close());

    test('sign-in sets an HttpOnly, SameSite=Strict cookie for /portal and answers the session; only the hash is stored; audited', async () => {
      const member = await call.member(clientId, 'finance');
      const started = clock.now().getTime();
      const response = await call.signIn({ email: member.email, password: PASSWORD });
      assert.equal(response.statusCode, 200, response.body);
      const cookie = response.headers['set-cookie'] as string;
      assert.match(cookie, COOKIE, 'no Secure flag over plain HTTP');
      const token = COOKIE.exec(cookie)![1]!;
      assert.equal(response.headers['cache-control'], 'no-store');
      const body = response.json();
      assert.deepEqual(Object.keys(body).sort(), ['csrf_token', 'expires_at', 'idle_expires_at', 'permissions', 'totp_enabled', 'user']);
      assert.deepEqual(body.user, { id: member.id, email: member.email, role: 'finance', client_id: clientId, client_name: 'Session Co' });
      assert.deepEqual(body.permissions, [
        'team.read',
        'wallets.read',
        'wallets.alerts',
        'transactions.read',
        'orders.read',
        'catalog.read',
        'orders.create',
      ]);
      assert.match(body.csrf_token, /^[A-Za-z0-9_-]{43}$/);
      assert.notEqual(body.csrf_token, token);
      assert.match(body.expires_at, RFC3339_SECONDS);
      assert.ok(Math.abs(Date.parse(body.expires_at) - started - 12 * 3600_000) < 5000, 'absolute end: 12 hours');
      assert.ok(Math.abs(Date.parse(body.idle_expires_at) - started - 30 * MINUTE) < 5000, 'idle end: 30 minutes');
      assert.ok(!response.body.includes(token), 'the token is in Set-Cookie only');

      const rows = await store.container.database.db.selectFrom('client_user_sessions').selectAll().where('user_id', '=', member.id).execute();
      assert.equal(rows.length, 2, 'the invitation session and this one');
      assert.equal(rows[1]!.user_agent, 'PortalTest/1.0');
      assert.ok(!JSON.stringify(rows).includes(token), 'the token itself is not stored');
      const signIns = await call.audit({ action: 'portal.session.sign_in', target: `client_user:${member.id}` });
      assert.equal(signIns.length, 2);
      assert.deepEqual(signIns[1]!.details, { session_id: rows[1]!.id, ip: '127.0.0.1', user_agent: 'PortalTest/1.0', second_factor: null });
      assert.deepEqual([signIns[1]!.actor, signIns[1]!.client_id], [`client_user:${member.id}`, clientId]);
      for (const secret of [token, body.csrf_token]) {
        assert.ok(!JSON.stringify(signIns).includes(secret), 'not in the audit log');
        assert.ok(!store.logs.text().includes(secret), 'neither the token nor the CSRF token is logged');
      }
      assert.ok(!store.logs.text().includes(PASSWORD), 'nor the password');
    });

    test('wrong password, unknown address: 401 Invalid credentials without a cookie; bad bodies 400; no cookie or a bad one 401', async () => {
      const member = await call.member(clientId, 'viewer');
      for (const body of [
        { email: member.email, password: 'wrong password' },
        { email: uniqueEmail('nobody'), password: PASSWORD },
      ]) {
        const response = await call.signIn(body);
        assert.deepEqual([response.statusCode, errorOf(response)], [401, INVALID_CREDENTIALS]);
        assert.equal(response.headers['set-cookie'], undefined);
      }
      for (const body of [{ email: member.email }, { password: PASSWORD }, { email: 7, password: PASSWORD }, {}]) {
        const response = await call.signIn(body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        assert.equal(errorOf(response).message, 'Email and password are required');
      }
      for (const cookie of [undefined, 'prs_portal=garbage', `prs_portal=${'a'.repeat(43)}`, `prs_console=${member.session.token}`]) {
        const response = await call.inject({ method: 'GET', url: '/portal/v1/session', headers: cookie ? { cookie } : {} });
        assert.deepEqual([response.statusCode, errorOf(response)], [401, UNAUTHORIZED], String(cookie));
      }
      const tokens = await loginOk(store, await createClient(store));
      const bearer = await call.inject({ method: 'GET', url: '/portal/v1/wallets', headers: { authorization: `Bearer ${tokens.access_token}` } });
      assert.equal(bearer.statusCode, 401, "a client's access token opens no portal route");
      const portalCookieOnApi = await call.inject({
        method: 'GET',
        url: '/api/v1/wallets',
        headers: { cookie: `prs_portal=${member.session.token}` },
      });
      assert.equal(portalCookieOnApi.statusCode, 401, 'nor does the portal cookie open the client API');
      const onAdmin = await call.inject({ method: 'GET', url: '/admin/v1/clients', headers: { cookie: `prs_portal=${member.session.token}` } });
      assert.equal(onAdmin.statusCode, 401, 'nor the admin API');
    });

    test("the client's deactivation ends its people's sessions for good: its reactivation does not bring them back", async () => {
      const otherClient = (await createClient(store, { name: 'Paused Co' })).client_id;
      const owner = await call.member(otherClient, 'owner');
      const viewer = await call.member(otherClient, 'viewer');
      const bystander = await call.member(clientId, 'viewer');
      const status = async (session: Session) => (await call.withCookie(session, 'GET', '/session')).statusCode;
      assert.deepEqual([await status(owner.session), await status(viewer.session)], [200, 200]);
      assert.equal((await call.admin('POST', `/clients/${otherClient}/deactivate`)).statusCode, 200);
      assert.deepEqual([await status(owner.session), await status(viewer.session)], [401, 401]);
      assert.equal((await call.admin('POST', `/clients/${otherClient}/activate`)).statusCode, 200);
      assert.deepEqual([await status(owner.session), await status(viewer.session)], [401, 401], 'still ended after the reactivation');
      assert.equal(await status(bystander.session), 200, "another client's session is untouched");
      assert.equal((await call.signIn({ email: owner.email, password: PASSWORD })).statusCode, 200, 'signing in again works');
    });

    test('every change needs the X-CSRF-Token of the session: 403 CSRF_FAILED without it or with another; GETs need none', async () => {
      const owner = await call.member(clientId, 'owner');
      const other = await call.member(clientId, 'admin');
      const changes: [string, string, object?][] = [
        ['POST', '/users', { email: uniqueEmail('csrf'), role: 'viewer' }],
        ['PATCH', `/users/${other.id}`, { role: 'viewer' }],
        ['DELETE', '/session'],
        ['DELETE', `/sessions/1`],
        ['POST', '/totp'],
      ];
      for (const [method, url, payload] of changes) {
        for (const csrf of [null, other.session.csrf, 'x']) {
          const response = await call.withCookie(owner.session, method as 'POST', url, { payload, csrf });
          assert.deepEqual([response.statusCode, errorOf(response)], [403, CSRF_FAILED], `${method} ${url} with ${csrf}`);
        }
      }
      assert.equal((await call.withCookie(owner.session, 'GET', '/users', { csrf: null })).statusCode, 200);
      assert.equal((await call.withCookie(owner.session, 'GET', '/session', { csrf: null })).statusCode, 200, 'still signed in');
      const users = (await call.withCookie(owner.session, 'GET', '/users')).json();
      assert.equal(users.find((user: { id: number }) => user.id === other.id).role, 'admin', 'nothing changed');
    });

    test('idle timeout: 30 minutes unused ends the session; using it slides the end; the absolute end is 12 hours', async () => {
      const member = await call.member(clientId, 'viewer');
      clock.advance(20 * MINUTE);
      const used = await call.withCookie(member.session, 'GET', '/session');
      assert.equal(used.statusCode, 200);
      assert.ok(Date.parse(used.json().idle_expires_at) - clock.now().getTime() > 29 * MINUTE, 'the idle end moved');
      clock.advance(20 * MINUTE);
      assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 200, '40 minutes after sign-in, 20 unused');
      clock.advance(31 * MINUTE);
      assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 401, '31 minutes unused');

      const busy = await call.signedIn(member.email);
      for (let hour = 0; hour < 12; hour++) {
        clock.advance(25 * MINUTE);
        assert.equal((await call.withCookie(busy, 'GET', '/session')).statusCode, 200);
        clock.advance(25 * MINUTE);
        assert.equal((await call.withCookie(busy, 'GET', '/session')).statusCode, 200);
        clock.advance(10 * MINUTE);
        const response = await call.withCookie(busy, 'GET', '/session');
        if (hour < 11) assert.equal(response.statusCode, 200, `hour ${hour + 1}`);
        else assert.equal(response.statusCode, 401, '12 hours after sign-in, however busy');
      }
    });

    test('sign-out ends the session, clears the cookie and is audited; a user lists and ends its own sessions only', async () => {
      const member = await call.member(clientId, 'developer');
      const second = await call.signedIn(member.email, { ip: '192.0.2.9' });
      const listed = await call.withCookie(member.session, 'GET', '/sessions');
      assert.equal(listed.statusCode, 200);
      const sessions = listed.json() as { id: number; current: boolean; ip: string }[];
      assert.equal(sessions.length, 2);
      assert.deepEqual(
        sessions.map((s) => [s.ip, s.current]),
        [
          ['192.0.2.9', false],
          ['127.0.0.1', true],
        ],
      );
      const someoneElse = await call.member(clientId, 'developer');
      const theirs = (await call.withCookie(someoneElse.session, 'GET', '/sessions')).json()[0].id;
      assert.equal((await call.withCookie(member.session, 'DELETE', `/sessions/${theirs}`)).statusCode, 404);
      assert.equal(errorOf(await call.withCookie(member.session, 'DELETE', '/sessions/abc')).message, 'Invalid session ID');
      const ended = await call.withCookie(member.session, 'DELETE', `/sessions/${sessions[0]!.id}`);
      assert.equal(ended.statusCode, 204);
      assert.equal(ended.headers['set-cookie'], undefined, 'ending another session keeps this cookie');
      assert.equal((await call.withCookie(second, 'GET', '/session')).statusCode, 401);

      const out = await call.withCookie(member.session, 'DELETE', '/session');
      assert.equal(out.statusCode, 204);
      assert.equal(out.headers['set-cookie'], CLEARED);
      assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 401);
      assert.equal((await call.withCookie(someoneElse.session, 'GET', '/session')).statusCode, 200);
      const actions = (await call.audit({ target: `client_user:${member.id}` })).map((entry) => entry.action);
      assert.deepEqual(actions.slice(-2), ['portal.session.end', 'portal.session.sign_out']);
    });

    test('TOTP: enrol, confirm, then sign-in needs a code (TOTP_REQUIRED), refuses a wrong or replayed one (audited), takes a recovery code once', async () => {
      const member = await call.member(clientId, 'owner');
      const enrolment = await call.withCookie(member.session, 'POST', '/totp');
      assert.equal(enrolment.statusCode, 200, enrolment.body);
      assert.equal(enrolment.headers['cache-control'], 'no-store');
      const { secret, otpauth_uri } = enrolment.json();
      assert.match(otpauth_uri, new RegExp(`^otpauth://totp/Popup%20Reward%20Store:${encodeURIComponent(member.email)}\\?`));
      assert.equal((await call.withCookie(member.session, 'POST', '/totp/confirm', { payload: { code: '000000' } })).statusCode, 400);
      const confirmed = await call.withCookie(member.session, 'POST', '/totp/confirm', { payload: { code: totpCode(secret, clock.now()) } });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      const { recovery_codes } = confirmed.json();
      assert.equal(recovery_codes.length, 10);
      assert.equal((await call.withCookie(member.session, 'GET', '/session')).json().totp_enabled, true);

      const required = await call.signIn({ email: member.email, password: PASSWORD });
      assert.deepEqual([required.statusCode, errorOf(required).code], [401, 'TOTP_REQUIRED']);
      const wrong = await call.signIn({ email: member.email, password: PASSWORD, totp_code: '123456' });
      assert.deepEqual(errorOf(wrong), { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Invalid one-time code' });
      const failed = await call.audit({ action: 'portal.sign_in_failed', target: `client_user:${member.id}` });
      assert.equal(failed.length, 1);
      clock.advance(MINUTE);
      const code = totpCode(secret, clock.now());
      const signed = call.sessionOf(await call.signIn({ email: member.email, password: PASSWORD, totp_code: code }));
      assert.equal(signed.body.totp_enabled, true);
      assert.equal(
        errorOf(await call.signIn({ email: member.email, password: PASSWORD, totp_code: code })).message,
        'Invalid one-time code',
        'replayed',
      );
      assert.equal((await call.signIn({ email: member.email, password: PASSWORD, recovery_code: recovery_codes[0] })).statusCode, 200);
      assert.equal((await call.signIn({ email: member.email, password: PASSWORD, recovery_code: recovery_codes[0] })).statusCode, 401, 'once');
      const actions = (await call.audit({ target: `client_user:${member.id}` })).map((entry) => entry.action);
      assert.ok(actions.includes('portal.totp.enrol') && actions.includes('portal.totp.enable'), actions.join(' '));

      clock.advance(MINUTE);
      const off = await call.withCookie(signed, 'DELETE', '/totp', { payload: { code: totpCode(secret, clock.now()) } });
      assert.equal(off.statusCode, 204, off.body);
      assert.equal((await call.signIn({ email: member.email, password: PASSWORD })).statusCode, 200, 'the password alone again');
    });

    test("enabling TOTP ends the user's other portal sessions, not the one that enabled it nor a colleague's; audited with their count", async () => {
      const member = await call.member(clientId, 'developer');
      const others = [await call.signedIn(member.email), await call.signedIn(member.email)];
      const colleague = await call.member(clientId, 'viewer');
      const { secret } = (await call.withCookie(member.session, 'POST', '/totp')).json();
      for (const session of others)
        assert.equal((await call.withCookie(session, 'GET', '/session')).statusCode, 200, 'an enrolment not confirmed ends nothing');
      clock.advance(MINUTE);
      const confirmed = await call.withCookie(member.session, 'POST', '/totp/confirm', { payload: { code: totpCode(secret, clock.now()) } });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 200, 'the session that enabled it stays signed in');
      for (const session of others) {
        const response = await call.withCookie(session, 'GET', '/orders');
        assert.equal(response.statusCode, 401, 'opened with the password alone: ended');
        assert.deepEqual(errorOf(response), UNAUTHORIZED);
      }
      assert.equal((await call.withCookie(colleague.session, 'GET', '/session')).statusCode, 200, "a colleague's session is untouched");
      const listed = (await call.withCookie(member.session, 'GET', '/sessions')).json() as { current: boolean }[];
      assert.deepEqual(
        listed.map((session) => session.current),
        [true],
      );
      const enabled = (await call.audit({ action: 'portal.totp.enable', target: `client_user:${member.id}` }))[0]!;
      assert.deepEqual(enabled.details, { other_sessions_ended: 2 });
      assert.equal(enabled.client_id, clientId);
    });
  });

  describe(`client portal sign-in: rate limits and the Secure flag [${engine}]`, () => {
    let store: TestStore;
    let call: PortalApi;
    let clientId: number;
    before(async () => {
      ({ store, call } = await startPortalStore(engine, { env: { RATE_LIMIT_LOGIN: '3', TRUST_PROXY: '127.0.0.1' } }));
      clientId = (await createClient(store, { name: 'Limits Co' })).client_id;
    });
    after(() => store?.close());

    test('RATE_LIMIT_LOGIN sign-ins a minute per address and per e-mail address; password-reset requests likewise; reveals per user', async () => {
      const member = await call.member(clientId, 'admin');
      const ip = randomIp();
      for (let i = 0; i < 3; i++) assert.equal((await call.signIn({ email: uniqueEmail('x'), password: 'p' }, { ip })).statusCode, 401);
      const limited = await call.signIn({ email: member.email, password: PASSWORD }, { ip });
      assert.deepEqual([limited.statusCode, errorOf(limited).code], [429, 'TOO_MANY_REQUESTS']);
      assert.ok(Number(limited.headers['retry-after']) >= 1, 'Retry-After');

      const target = await call.member(clientId, 'viewer');
      for (let i = 0; i < 3; i++) await call.signIn({ email: target.email.toUpperCase(), password: 'wrong' }, { ip: randomIp() });
      const byAddress = await call.signIn({ email: target.email, password: PASSWORD }, { ip: randomIp() });
      assert.equal(byAddress.statusCode, 429, 'the e-mail bucket counts the address in any case');

      for (let i = 0; i < 3; i++) assert.equal((await call.post('/password-reset', { email: member.email }, { ip: randomIp() })).statusCode, 202);
      assert.equal((await call.post('/password-reset', { email: member.email }, { ip: randomIp() })).statusCode, 429);

      const order = 2147483647;
      for (let i = 0; i < 3; i++) {
        const response = await call.withCookie(member.session, 'POST', `/orders/${order}/reveal`, { payload: { password: 'guess' } });
        assert.equal(response.statusCode, 404);
      }
      const reveal = await call.withCookie(member.session, 'POST', `/orders/${order}/reveal`, { payload: { password: 'guess' } });
      assert.equal(reveal.statusCode, 429, 'a session cannot guess the password by reveals');
    });

    test('over HTTPS through a trusted proxy the cookie is Secure and named __Host-prs_portal (Path=/); only that name opens a session there', async () => {
      const member = await call.member(clientId, 'viewer');
      const https = await call.signIn(
        { email: member.email, password: PASSWORD },
        { headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': randomIp() } },
      );
      assert.equal(https.statusCode, 200, https.body);
      assert.match(https.headers['set-cookie'] as string, /^__Host-prs_portal=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Secure$/);
      const token = /^__Host-prs_portal=([^;]+)/.exec(https.headers['set-cookie'] as string)![1]!;
      const read = (cookie: string, proto: string) =>
        call.inject({ method: 'GET', url: '/portal/v1/session', headers: { cookie, 'x-forwarded-proto': proto } });
      assert.equal((await read(`__Host-prs_portal=${token}`, 'https')).statusCode, 200);
      assert.equal((await read(`prs_portal=${token}`, 'https')).statusCode, 401, 'a cookie without the prefix opens nothing over HTTPS');
      assert.equal((await read(`__Host-prs_portal=${token}`, 'http')).statusCode, 401, 'over plain HTTP only the plain name is read');
      const out = await call.inject({
        method: 'DELETE',
        url: '/portal/v1/session',
        headers: { cookie: `__Host-prs_portal=${token}`, 'x-csrf-token': https.json().csrf_token, 'x-forwarded-proto': 'https' },
      });
      assert.equal(out.statusCode, 204, out.body);
      assert.equal(out.headers['set-cookie'], '__Host-prs_portal=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0; Secure');
      assert.equal((await read(`__Host-prs_portal=${token}`, 'https')).statusCode, 401, 'signed out');
      const untrusted = await call.signIn(
        { email: member.email, password: PASSWORD },
        { ip: '192.0.2.7', headers: { 'x-forwarded-proto': 'https' } },
      );
      assert.match(untrusted.headers['set-cookie'] as string, COOKIE, 'X-Forwarded-Proto from an untrusted address is ignored');
    });
  });
}

describe('client portal sessions across processes', { skip: process.env.DATABASE_URL ? false : 'DATABASE_URL not set' }, () => {
  const mail = mailDir();
  const stores = twoStoresOnPostgres({ env: portalEnv(mail) });

  test('a session opened on one process works on the other; sign-out, deactivation and a password reset end it on both at once', async () => {
    const onA = portalApi(stores.first, mail);
    const onB = portalApi(stores.second, mail);
    const clientId = (await createClient(stores.first, { name: 'Two processes' })).client_id;
    const live = async (session: Session, expected: number) => {
      assert.equal((await onA.withCookie(session, 'GET', '/session')).statusCode, expected, 'process A');
      assert.equal((await onB.withCookie(session, 'GET', '/session')).statusCode, expected, 'process B');
    };

    const member = await onA.member(clientId, 'owner');
    await live(member.session, 200);
    const invited = await onB.withCookie(member.session, 'POST', '/users', { payload: { email: uniqueEmail('two'), role: 'viewer' } });
    assert.equal(invited.statusCode, 201, "A's CSRF token is good on B");
    assert.equal((await onB.withCookie(member.session, 'DELETE', '/session')).statusCode, 204);
    await live(member.session, 401);

    const admin = await onA.member(clientId, 'admin');
    await live(admin.session, 200);
    assert.equal((await onB.admin('POST', `/clients/${clientId}/users/${admin.id}/deactivate`)).statusCode, 200);
    await live(admin.session, 401);

    const viewer = await onA.member(clientId, 'viewer');
    await live(viewer.session, 200);
    assert.equal((await onB.post('/password-reset', { email: viewer.email })).statusCode, 202);
    const { token } = await mailedToken(stores.second, mail, viewer.email, 'reset-password');
    assert.equal((await onB.post('/password-reset/confirm', { token, password: 'a brand new passphrase' })).statusCode, 204);
    await live(viewer.session, 401);
    assert.equal((await onA.signIn({ email: viewer.email, password: 'a brand new passphrase' })).statusCode, 200);
  });
});

for (const engine of ENGINES) {
  describe(`client portal sessions with a 1-minute idle timeout [${engine}]`, () => {
    let store: TestStore;
    let call: PortalApi;
    const clock = new TestClock();
    before(async () => {
      ({ store, call } = await startPortalStore(engine, { env: { PORTAL_SESSION_IDLE_MINUTES: '1' }, clock }));
    });
    after(() => store?.close());

    test('a session used every 15 s outlives its timeout; 61 s unused ends it', async () => {
      const clientId = (await createClient(store, { name: 'Short idle Co' })).client_id;
      const member = await call.member(clientId, 'viewer');
      for (let i = 1; i <= 12; i++) {
        clock.advance(15_000);
        assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 200, `${i * 15} s after sign-in`);
      }
      clock.advance(61_000);
      assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 401, '61 s unused');
    });
  });
}
