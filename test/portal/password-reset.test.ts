import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestClock } from '../../src/infra/clock.ts';
import { createClient } from '../helpers/api.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import {
  errorOf,
  INVALID_CREDENTIALS,
  INVALID_TOKEN,
  mailedToken,
  PASSWORD,
  readMails,
  startPortalStore,
  uniqueEmail,
  type PortalApi,
} from './setup.ts';

const NEW_PASSWORD = 'an entirely new passphrase';
const ACCEPTED = { message: 'If the address is a user of the portal, a link to choose a new password is on its way' };

for (const engine of ENGINES) {
  describe(`client portal password resets [${engine}]`, () => {
    let store: TestStore;
    let mail: string;
    let call: PortalApi;
    let clientId: number;
    const clock = new TestClock();

    before(async () => {
      ({ store, mail, call } = await startPortalStore(engine, { clock }));
      clientId = (await createClient(store, { name: 'Reset Co' })).client_id;
    });
    after(() => store?.close());

    /** The reset e-mails sent to `email` (not its invitation). */
    const resetsTo = async (email: string) => {
      await store.container.mailer.runDue();
      return (await readMails(mail)).filter((message) => message.to === email && message.subject.startsWith('Reset'));
    };

    test('always 202 and the same answer; an e-mail only to a user who can sign in', async () => {
      const member = await call.member(clientId, 'viewer');
      const invited = (await call.invite(clientId, uniqueEmail('invited'), 'viewer')).user.email as string;
      const deactivated = await call.member(clientId, 'viewer');
      await call.admin('POST', `/clients/${clientId}/users/${deactivated.id}/deactivate`);
      const unknown = uniqueEmail('unknown');
      for (const email of [member.email.toUpperCase(), invited, deactivated.email, unknown]) {
        const response = await call.post('/password-reset', { email }, { headers: { host: 'portal.example.test' } });
        assert.equal(response.statusCode, 202, response.body);
        assert.deepEqual(response.json(), ACCEPTED);
      }
      const [reset] = await resetsTo(member.email);
      assert.ok(reset, 'a reset e-mail to the user');
      assert.equal(reset.subject, 'Reset your Popup Reward Store password');
      assert.match(reset.body, /http:\/\/portal\.example\.test\/portal\/reset-password\?token=[A-Za-z0-9_-]{43}/);
      assert.deepEqual(await resetsTo(invited), [], 'a user still invited has its invitation');
      assert.deepEqual(await resetsTo(deactivated.email), []);
      assert.deepEqual(
        (await readMails(mail)).filter((message) => message.to === unknown),
        [],
      );
      const requested = await call.audit({ action: 'portal.password_reset.request', target: `client_user:${member.id}` });
      assert.equal(requested.length, 1);
      assert.equal(requested[0]!.client_id, clientId);
      assert.equal((await call.post('/password-reset', { email: '' })).statusCode, 400);
    });

    test('the link sets a new password once, ends every session of the user and every other link; audited; the token is never logged', async () => {
      const member = await call.member(clientId, 'finance');
      const other = await call.signedIn(member.email);
      await call.post('/password-reset', { email: member.email });
      const first = (await mailedToken(store, mail, member.email, 'reset-password')).token;
      await call.post('/password-reset', { email: member.email });
      const second = (await mailedToken(store, mail, member.email, 'reset-password')).token;
      assert.notEqual(first, second);

      const short = await call.post('/password-reset/confirm', { token: second, password: 'short' });
      assert.equal(errorOf(short).message, 'token and a password of 12 to 256 characters are required');
      assert.equal((await call.post('/password-reset/confirm', { token: second, password: NEW_PASSWORD })).statusCode, 204);
      assert.deepEqual(errorOf(await call.post('/password-reset/confirm', { token: second, password: NEW_PASSWORD })), INVALID_TOKEN, 'used once');
      assert.deepEqual(
        errorOf(await call.post('/password-reset/confirm', { token: first, password: NEW_PASSWORD })),
        INVALID_TOKEN,
        'the other link too',
      );

      for (const session of [member.session, other]) assert.equal((await call.withCookie(session, 'GET', '/session')).statusCode, 401);
      assert.deepEqual(errorOf(await call.signIn({ email: member.email, password: PASSWORD })), INVALID_CREDENTIALS, 'the old password');
      assert.equal((await call.signIn({ email: member.email, password: NEW_PASSWORD })).statusCode, 200);
      const completed = await call.audit({ action: 'portal.password_reset.complete', target: `client_user:${member.id}` });
      assert.equal(completed.length, 1);
      for (const token of [first, second]) {
        assert.ok(!store.logs.text().includes(token), 'no reset token in the logs');
        assert.ok(!JSON.stringify(await call.audit({ target: `client_user:${member.id}` })).includes(token), 'nor in the audit log');
      }
    });

    test('a link ends after PORTAL_PASSWORD_RESET_MINUTES (60); a deactivated user cannot use one', async () => {
      const member = await call.member(clientId, 'viewer');
      await call.post('/password-reset', { email: member.email });
      const late = (await mailedToken(store, mail, member.email, 'reset-password')).token;
      clock.advance(61 * 60_000);
      assert.deepEqual(errorOf(await call.post('/password-reset/confirm', { token: late, password: NEW_PASSWORD })), INVALID_TOKEN);

      await call.post('/password-reset', { email: member.email });
      const token = (await mailedToken(store, mail, member.email, 'reset-password')).token;
      await call.admin('POST', `/clients/${clientId}/users/${member.id}/deactivate`);
      assert.deepEqual(errorOf(await call.post('/password-reset/confirm', { token, password: NEW_PASSWORD })), INVALID_TOKEN);
      await call.admin('POST', `/clients/${clientId}/users/${member.id}/activate`);
      assert.equal((await call.signIn({ email: member.email, password: PASSWORD })).statusCode, 200, 'the password is unchanged');
    });
  });

  describe(`client portal password resets in production mode [${engine}]`, () => {
    test("without PUBLIC_URL no reset e-mail is sent (its link would take the request's Host header); with it, the link is PUBLIC_URL's", async () => {
      for (const publicUrl of [null, 'https://rewards.example.com']) {
        const { store, mail, call } = await startPortalStore(engine, {
          env: { STORE_MODE: 'production', ...(publicUrl ? { PUBLIC_URL: publicUrl } : {}) },
        });
        try {
          const clientId = (await createClient(store, { name: 'Prod Co' })).client_id;
          const member = await call.member(clientId, 'owner');
          const response = await call.post('/password-reset', { email: member.email }, { headers: { host: 'attacker.example' } });
          assert.deepEqual([response.statusCode, response.json()], [202, ACCEPTED]);
          await store.container.mailer.runDue();
          const resets = (await readMails(mail)).filter((message) => message.subject.startsWith('Reset'));
          if (publicUrl === null) {
            assert.deepEqual(resets, []);
            assert.match(store.logs.text(), /password reset not sent: set PUBLIC_URL/);
          } else {
            assert.equal(resets.length, 1);
            assert.match(resets[0]!.body, /https:\/\/rewards\.example\.com\/portal\/reset-password\?token=/);
            assert.ok(!resets[0]!.body.includes('attacker.example'), 'the Host header is not used');
          }
        } finally {
          await store.close();
        }
      }
    });
  });
}
