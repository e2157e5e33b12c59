import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestClock } from '../../src/infra/clock.ts';
import { totpCode } from '../../src/operators/totp.ts';
import { createClient } from '../helpers/api.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { CSRF_FAILED, errorOf, INVALID_CREDENTIALS, mailedToken, PASSWORD, startPortalStore, UNAUTHORIZED, type PortalApi } from './setup.ts';

const NEW_PASSWORD = 'a brand new passphrase, quite long';
const INVALID_PASSWORD = { name: 'ForbiddenError', code: 'INVALID_PASSWORD', message: 'The password is not correct' };
const NOT_FOUND_USER = { name: 'NotFoundError', code: 'NOT_FOUND', message: 'User not found' };

for (const engine of ENGINES) {
  describe(`client portal: a password changed while signed in, a second factor reset by an operator [${engine}]`, () => {
    let store: TestStore;
    let call: PortalApi;
    let clientId: number;
    let mail: string;
    const clock = new TestClock();

    before(async () => {
      ({ store, mail, call } = await startPortalStore(engine, { clock }));
      clientId = (await createClient(store, { name: 'Account Co' })).client_id;
    });
    after(() => store?.close());

    test('a new password after the current one: every other session of the user ends, this one stays; audited without a password', async () => {
      const member = await call.member(clientId, 'viewer');
      const other = await call.signedIn(member.email);
      const colleague = await call.member(clientId, 'owner');
      const current = (await call.withCookie(member.session, 'GET', '/sessions')).json().find((session: { current: boolean }) => session.current);

      const changed = await call.withCookie(member.session, 'POST', '/password', {
        payload: { current_password: PASSWORD, new_password: NEW_PASSWORD },
      });
      assert.equal(changed.statusCode, 204, changed.body);
      assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 200, 'this session stays');
      assert.deepEqual(errorOf(await call.withCookie(other, 'GET', '/session')), UNAUTHORIZED, 'the other one ended');
      assert.equal((await call.withCookie(colleague.session, 'GET', '/session')).statusCode, 200, "a colleague's session is not touched");
      const sessions = (await call.withCookie(member.session, 'GET', '/sessions')).json();
      assert.deepEqual(
        sessions.map((session: { current: boolean }) => session.current),
        [true],
      );

      assert.deepEqual(errorOf(await call.signIn({ email: member.email, password: PASSWORD })), INVALID_CREDENTIALS, 'the old password');
      assert.equal((await call.signIn({ email: member.email, password: NEW_PASSWORD })).statusCode, 200, 'the new one');

      const [entry] = await call.audit({ action: 'portal.password.change', target: `client_user:${member.id}` });
      assert.ok(entry, 'entry');
      assert.deepEqual([entry.actor, entry.client_id], [`client_user:${member.id}`, clientId]);
      assert.deepEqual(entry.details, {
        session_id: current.id,
        other_sessions_ended: 1,
        ip: '127.0.0.1',
        user_agent: 'lightMyRequest',
      });
      for (const secret of [PASSWORD, NEW_PASSWORD]) {
        assert.ok(!JSON.stringify(entry).includes(secret), 'no password in the audit log');
        assert.ok(!store.logs.text().includes(secret), 'nor in the logs');
      }
    });

    test('a wrong current password is 403 INVALID_PASSWORD and changes nothing; bad bodies 400; without the CSRF token 403', async () => {
      const member = await call.member(clientId, 'finance');
      const other = await call.signedIn(member.email);
      const wrong = await call.withCookie(member.session, 'POST', '/password', {
        payload: { current_password: 'not my password', new_password: NEW_PASSWORD },
      });
      assert.deepEqual([wrong.statusCode, errorOf(wrong)], [403, INVALID_PASSWORD]);
      assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 200, 'still signed in: not a 401');
      for (const payload of [
        { current_password: PASSWORD, new_password: 'too short' },
        { current_password: PASSWORD, new_password: 'x'.repeat(257) },
        { current_password: '', new_password: NEW_PASSWORD },
        { new_password: NEW_PASSWORD },
        { current_password: PASSWORD },
        { current_password: PASSWORD, new_password: 12345678901234 },
      ]) {
        const response = await call.withCookie(member.session, 'POST', '/password', { payload });
        assert.deepEqual(
          [response.statusCode, errorOf(response).message],
          [400, 'current_password and a new_password of 12 to 256 characters are required'],
          JSON.stringify(payload),
        );
      }
      for (const csrf of [null, other.csrf]) {
        const response = await call.withCookie(member.session, 'POST', '/password', {
          payload: { current_password: PASSWORD, new_password: NEW_PASSWORD },
          csrf,
        });
        assert.deepEqual([response.statusCode, errorOf(response)], [403, CSRF_FAILED]);
      }
      const unsigned = await call.post('/password', { current_password: PASSWORD, new_password: NEW_PASSWORD });
      assert.deepEqual([unsigned.statusCode, errorOf(unsigned)], [401, UNAUTHORIZED]);

      assert.equal((await call.withCookie(other, 'GET', '/session')).statusCode, 200, 'no session ended');
      assert.equal((await call.signIn({ email: member.email, password: PASSWORD })).statusCode, 200, 'the password is the same');
      assert.deepEqual(await call.audit({ action: 'portal.password.change', target: `client_user:${member.id}` }), []);
    });

    test('a new password uses up the open reset links of the user', async () => {
      const member = await call.member(clientId, 'viewer');
      assert.equal((await call.post('/password-reset', { email: member.email })).statusCode, 202);
      const { token } = await mailedToken(store, mail, member.email, 'reset-password');
      const changed = await call.withCookie(member.session, 'POST', '/password', {
        payload: { current_password: PASSWORD, new_password: NEW_PASSWORD },
      });
      assert.equal(changed.statusCode, 204);
      const reset = await call.post('/password-reset/confirm', { token, password: 'an attacker chose this one' });
      assert.deepEqual([reset.statusCode, errorOf(reset).code], [400, 'INVALID_TOKEN']);
    });

    test("an operator turns off a user's lost second factor: its sessions end, the password alone signs in; audited; 404s", async () => {
      const member = await call.member(clientId, 'admin');
      const { secret } = (await call.withCookie(member.session, 'POST', '/totp')).json();
      const confirmed = await call.withCookie(member.session, 'POST', '/totp/confirm', { payload: { code: totpCode(secret, clock.now()) } });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      assert.equal(errorOf(await call.signIn({ email: member.email, password: PASSWORD })).code, 'TOTP_REQUIRED');

      const reset = await call.admin('POST', `/clients/${clientId}/users/${member.id}/totp-reset`);
      assert.equal(reset.statusCode, 200, reset.body);
      assert.deepEqual([reset.json().id, reset.json().totp_enabled, reset.json().status], [member.id, false, 'active']);
      assert.deepEqual(errorOf(await call.withCookie(member.session, 'GET', '/session')), UNAUTHORIZED, 'its sessions ended');
      const again = await call.signedIn(member.email);
      assert.equal(again.body.totp_enabled, false, 'the password alone');
      const codes = await store.container.database.db
        .selectFrom('client_user_recovery_codes')
        .select('id')
        .where('user_id', '=', member.id)
        .execute();
      assert.deepEqual(codes, [], 'the recovery codes are gone');

      const [entry] = await call.audit({ action: 'portal.totp.reset', target: `client_user:${member.id}` });
      assert.ok(entry, 'entry');
      assert.equal(entry.actor, 'operator:admin-token');
      assert.equal(entry.client_id, clientId);
      assert.deepEqual(entry.details, { email: member.email, before: { totp_enabled: true }, after: { totp_enabled: false }, sessions_ended: 1 });

      const otherClient = (await createClient(store, { name: 'Other Co' })).client_id;
      for (const [url, error] of [
        [`/clients/${otherClient}/users/${member.id}/totp-reset`, NOT_FOUND_USER],
        [`/clients/${clientId}/users/2147483647/totp-reset`, NOT_FOUND_USER],
        [`/clients/2147483647/users/${member.id}/totp-reset`, { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Client not found' }],
      ] as const) {
        const response = await call.admin('POST', url);
        assert.deepEqual([response.statusCode, errorOf(response)], [404, error], url);
      }
      for (const [url, message] of [
        [`/clients/${clientId}/users/0/totp-reset`, 'Invalid user ID'],
        [`/clients/x/users/${member.id}/totp-reset`, 'Invalid client ID'],
      ] as const) {
        const response = await call.admin('POST', url);
        assert.deepEqual([response.statusCode, errorOf(response).message], [400, message], url);
      }
      const anonymous = await call.inject({ method: 'POST', url: `/admin/v1/clients/${clientId}/users/${member.id}/totp-reset` });
      assert.equal(anonymous.statusCode, 401);
    });
  });

  describe(`client portal: password changes are rate limited per user [${engine}]`, () => {
    let store: TestStore;
    let call: PortalApi;
    before(async () => {
      ({ store, call } = await startPortalStore(engine, { env: { RATE_LIMIT_LOGIN: '3' } }));
    });
    after(() => store?.close());

    test('RATE_LIMIT_LOGIN tries a minute per user: a session left open cannot guess the password', async () => {
      const member = await call.member((await createClient(store)).client_id, 'owner');
      const payload = { current_password: 'guess', new_password: NEW_PASSWORD };
      for (let i = 0; i < 3; i++) assert.equal((await call.withCookie(member.session, 'POST', '/password', { payload })).statusCode, 403);
      const limited = await call.withCookie(member.session, 'POST', '/password', {
        payload: { current_password: PASSWORD, new_password: NEW_PASSWORD },
      });
      assert.deepEqual([limited.statusCode, errorOf(limited).code], [429, 'TOO_MANY_REQUESTS']);
      assert.ok(Number(limited.headers['retry-after']) >= 1, "Number(limited.headers['retry-after']) >= 1");
      assert.equal((await call.signIn({ email: member.email, password: PASSWORD })).statusCode, 200, 'unchanged');
    });
  });
}
