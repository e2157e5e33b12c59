import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { TestClock } from '../../src/infra/clock.ts';
import { startFakeSmtpServer, type FakeSmtpServer } from '../helpers/smtp-server.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import {
  ADMIN_TOKEN,
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

const HOUR = 3_600_000;
const RFC3339_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

for (const engine of ENGINES) {
  describe(`client portal invitations [${engine}]`, () => {
    let store: TestStore;
    let mail: string;
    let call: PortalApi;
    const clock = new TestClock();
    let clientId: number;

    before(async () => {
      ({ store, mail, call } = await startPortalStore(engine, { env: { LOG_LEVEL: 'trace' }, clock }));
      clientId = (await store.container.clients.createClient({ name: 'Acme Rewards' })).client_id;
    });
    after(() => store?.close());

    test("an operator invites: the user is created invited; the e-mail links to the request's origin with a token that is nowhere else; audited", async () => {
      const started = clock.now().getTime();
      const response = await call.inject({
        method: 'POST',
        url: `/admin/v1/clients/${clientId}/users`,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, host: 'portal.example.test:8080' },
        payload: { email: '  Alice.Owner@Example.COM ', role: 'owner' },
      });
      assert.equal(response.statusCode, 400, 'an address with spaces is no e-mail address');
      const created = await call.inject({
        method: 'POST',
        url: `/admin/v1/clients/${clientId}/users`,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, host: 'portal.example.test:8080' },
        payload: { email: 'Alice.Owner@Example.COM', role: 'owner' },
      });
      assert.equal(created.statusCode, 201, created.body);
      const user = created.json();
      assert.deepEqual(
        { ...user, id: 0, created_at: '', updated_at: '', invitation_expires_at: '' },
        {
          id: 0,
          client_id: clientId,
          email: 'alice.owner@example.com',
          role: 'owner',
          active: true,
          status: 'invited',
          totp_enabled: false,
          invited_by: 'operator:admin-token',
          invitation_expires_at: '',
          created_at: '',
          updated_at: '',
          accept_page: 'http://portal.example.test:8080/portal/accept',
        },
      );
      assert.match(user.invitation_expires_at, RFC3339_SECONDS);
      assert.ok(Math.abs(Date.parse(user.invitation_expires_at) - started - 72 * HOUR) < 5000, 'PORTAL_INVITATION_HOURS: 72 by default');

      const { token, mail: message } = await mailedToken(store, mail, 'alice.owner@example.com', 'accept');
      assert.equal(message.subject, 'You are invited to the Acme Rewards account on Popup Reward Store');
      assert.ok(message.body.includes(`http://portal.example.test:8080/portal/accept?token=${token}`), message.body);
      assert.ok(message.body.includes('as owner'), message.body);

      // The token is in the e-mail and nowhere else: not in the answer, the logs, the audit log, the outbox row, the invitation row.
      await call.inject({ method: 'GET', url: `/portal/accept?token=${token}` });
      assert.ok(!created.body.includes(token), 'not in the answer');
      assert.ok(!store.logs.text().includes(token), 'not in the logs (a URL with it is logged redacted)');
      const db = store.container.database.db;
      const [outbox] = await db.selectFrom('email_outbox').selectAll().where('recipient', '=', 'alice.owner@example.com').execute();
      assert.equal(outbox!.body_sealed, true);
      assert.ok(!outbox!.body.includes(token) && !outbox!.body.includes('/portal/accept'), 'the stored body is sealed');
      const [invitation] = await db.selectFrom('client_user_invitations').selectAll().where('user_id', '=', user.id).execute();
      assert.equal(invitation!.token_hash, createHash('sha256').update(token).digest('hex'));
      const audit = await call.audit({ target: `client_user:${user.id}` });
      assert.deepEqual(
        audit.map((entry) => [entry.actor, entry.action, entry.client_id]),
        [['operator:admin-token', 'portal.user.invite', clientId]],
      );
      assert.equal(audit[0]!.details.email, 'alice.owner@example.com');
      assert.ok(!JSON.stringify(audit).includes(token), 'not in the audit log');

      const listed = await call.admin('GET', `/clients/${clientId}/users`);
      assert.equal(listed.statusCode, 200);
      assert.deepEqual(
        listed.json().map((u: { email: string }) => u.email),
        ['alice.owner@example.com'],
      );
    });

    test('accepting sets the password and signs in; the link works once; the user is then active', async () => {
      const email = uniqueEmail('accept');
      const { user, token } = await call.invite(clientId, email, 'developer');
      const short = await call.accept(token, 'short');
      assert.equal(short.statusCode, 400);
      assert.equal(errorOf(short).message, 'token and a password of 12 to 256 characters are required');

      const accepted = await call.accept(token);
      const session = call.sessionOf(accepted);
      assert.deepEqual(session.body.user, { id: user.id, email, role: 'developer', client_id: clientId, client_name: 'Acme Rewards' });
      assert.ok(session.body.permissions.includes('codes.reveal') && !session.body.permissions.includes('wallets.read'), "a developer's permissions");
      assert.equal(accepted.headers['cache-control'], 'no-store');
      assert.ok(!accepted.body.includes(session.token), 'the session token is in Set-Cookie only');

      assert.deepEqual(errorOf(await call.accept(token)), INVALID_TOKEN, 'used once');
      assert.deepEqual(errorOf(await call.accept('x'.repeat(43))), INVALID_TOKEN, 'unknown');
      assert.deepEqual(errorOf(await call.accept('not a token at all')), INVALID_TOKEN, 'malformed');

      assert.equal((await call.signIn({ email: email.toUpperCase(), password: PASSWORD })).statusCode, 200, 'the address in any case');
      const listed = (await call.admin('GET', `/clients/${clientId}/users`)).json().find((u: { id: number }) => u.id === user.id);
      assert.equal(listed.status, 'active');
      assert.equal(listed.invitation_expires_at, null);
      const actions = (await call.audit({ target: `client_user:${user.id}` })).map((entry) => [entry.actor, entry.action]);
      assert.deepEqual(actions, [
        ['operator:admin-token', 'portal.user.invite'],
        [`client_user:${user.id}`, 'portal.invitation.accept'],
        [`client_user:${user.id}`, 'portal.session.sign_in'],
        [`client_user:${user.id}`, 'portal.session.sign_in'],
      ]);
      const [viaInvitation] = await call.audit({ action: 'portal.session.sign_in', target: `client_user:${user.id}` });
      assert.equal(viaInvitation!.details.via, 'invitation');
    });

    test('an invitation ends after PORTAL_INVITATION_HOURS; inviting again replaces the link; a user still invited cannot sign in', async () => {
      const email = uniqueEmail('expiry');
      const first = await call.invite(clientId, email, 'viewer');
      assert.deepEqual(errorOf(await call.signIn({ email, password: PASSWORD })), INVALID_CREDENTIALS, 'no password yet');
      const second = await call.invite(clientId, email, 'finance');
      assert.equal(second.user.id, first.user.id, 'the same user, invited again');
      assert.equal(second.user.role, 'finance', 'with the role of the new invitation');
      assert.notEqual(second.token, first.token);
      assert.deepEqual(errorOf(await call.accept(first.token)), INVALID_TOKEN, 'the earlier link stopped working');
      const [again] = await call.audit({ action: 'portal.user.invite', target: `client_user:${first.user.id}` }).then((rows) => rows.slice(1));
      assert.equal(again!.details.again, true);

      clock.advance(72 * HOUR + 60_000);
      assert.deepEqual(errorOf(await call.accept(second.token)), INVALID_TOKEN, 'expired');
      const third = await call.invite(clientId, email, 'finance');
      assert.equal(call.sessionOf(await call.accept(third.token)).body.user.role, 'finance');
    });

    test('an address any user has is 409 EMAIL_TAKEN, for this client or another; bad bodies and ids 400; an unknown client 404', async () => {
      const email = uniqueEmail('taken');
      await call.member(clientId, 'viewer', email);
      const other = (await store.container.clients.createClient({ name: 'Other' })).client_id;
      for (const target of [clientId, other]) {
        const taken = await call.admin('POST', `/clients/${target}/users`, { email: email.toUpperCase(), role: 'admin' });
        assert.equal(taken.statusCode, 409, taken.body);
        assert.deepEqual(errorOf(taken), { name: 'ConflictError', code: 'EMAIL_TAKEN', message: 'A user with this e-mail address already exists' });
      }
      for (const body of [{ email: 'not-an-address', role: 'owner' }, { email: uniqueEmail('x'), role: 'superuser' }, { role: 'owner' }]) {
        const refused = await call.admin('POST', `/clients/${clientId}/users`, body);
        assert.equal(refused.statusCode, 400, JSON.stringify(body));
        assert.equal(errorOf(refused).code, 'VALIDATION_FAILURE');
      }
      assert.deepEqual(errorOf(await call.admin('POST', '/clients/2147483647/users', { email: uniqueEmail('x'), role: 'owner' })), {
        name: 'NotFoundError',
        code: 'NOT_FOUND',
        message: 'Client not found',
      });
      assert.equal((await call.admin('GET', '/clients/2147483647/users')).statusCode, 404);
      assert.equal(errorOf(await call.admin('GET', '/clients/1e3/users')).message, 'Invalid client ID');
      assert.equal(errorOf(await call.admin('POST', `/clients/${clientId}/users/0/deactivate`)).message, 'Invalid user ID');
      assert.equal(errorOf(await call.admin('POST', `/clients/${clientId}/users/2147483648/deactivate`)).message, 'Invalid user ID');
      assert.deepEqual(errorOf(await call.admin('POST', `/clients/${clientId}/users/2147483647/deactivate`)), {
        name: 'NotFoundError',
        code: 'NOT_FOUND',
        message: 'User not found',
      });
    });

    test("the operator deactivates a user (its sessions end at once, its links stop working) and activates it; another client's user is 404", async () => {
      const member = await call.member(clientId, 'admin');
      assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 200);
      const other = (await store.container.clients.createClient({ name: 'Elsewhere' })).client_id;
      assert.equal((await call.admin('POST', `/clients/${other}/users/${member.id}/deactivate`)).statusCode, 404);

      const deactivated = await call.admin('POST', `/clients/${clientId}/users/${member.id}/deactivate`);
      assert.equal(deactivated.statusCode, 200, deactivated.body);
      assert.deepEqual([deactivated.json().active, deactivated.json().status], [false, 'inactive']);
      assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 401, 'the session ended');
      assert.deepEqual(errorOf(await call.signIn({ email: member.email, password: PASSWORD })), INVALID_CREDENTIALS);

      const invited = await call.invite(clientId, uniqueEmail('invited'), 'viewer');
      await call.admin('POST', `/clients/${clientId}/users/${invited.user.id}/deactivate`);
      assert.deepEqual(errorOf(await call.accept(invited.token)), INVALID_TOKEN, "a deactivated user's invitation does not work");

      const activated = await call.admin('POST', `/clients/${clientId}/users/${member.id}/activate`);
      assert.deepEqual([activated.json().active, activated.json().status], [true, 'active']);
      assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 401, 'an ended session stays ended');
      assert.equal((await call.signIn({ email: member.email, password: PASSWORD })).statusCode, 200);
      const actions = (await call.audit({ target: `client_user:${member.id}` })).map((entry) => entry.action);
      assert.deepEqual(actions.slice(-3), ['portal.user.deactivate', 'portal.user.activate', 'portal.session.sign_in']);
    });

    test("a deactivated client's users cannot sign in, and their sessions end for good", async () => {
      const client = (await store.container.clients.createClient({ name: 'Paused' })).client_id;
      const member = await call.member(client, 'owner');
      await store.container.clients.setActive(client, false);
      assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 401);
      assert.deepEqual(errorOf(await call.signIn({ email: member.email, password: PASSWORD })), INVALID_CREDENTIALS);
      await store.container.clients.setActive(client, true);
      assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 401, 'a session does not live again with its client');
      assert.equal((await call.signIn({ email: member.email, password: PASSWORD })).statusCode, 200, 'signing in again does');
    });
  });

  describe(`client portal invitation links and SMTP [${engine}]`, () => {
    let smtp: FakeSmtpServer;
    before(async () => {
      smtp = await startFakeSmtpServer();
    });
    after(() => smtp?.close());

    test('PUBLIC_URL is the base of the links; over SMTP the message carries the link and the stored body stays sealed', async () => {
      const { store, mail, call } = await startPortalStore(engine, {
        env: {
          PUBLIC_URL: 'https://store.example.com/rewards/',
          SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
          MAIL_FROM: 'Store <no-reply@example.com>',
        },
      });
      try {
        const clientId = (await store.container.clients.createClient({ name: 'Smtp Co' })).client_id;
        const email = uniqueEmail('smtp');
        const invited = await call.admin('POST', `/clients/${clientId}/users`, { email, role: 'owner' });
        assert.equal(invited.json().accept_page, 'https://store.example.com/rewards/portal/accept');
        assert.equal(await store.container.mailer.runDue(), 1);
        const received = smtp.received.find((message) => message.to.includes(email));
        assert.ok(received, 'the SMTP server got the invitation');
        const text = received.data.replace(/=\r\n/g, '').replace(/=3D/g, '=');
        const token = /https:\/\/store\.example\.com\/rewards\/portal\/accept\?token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
        assert.ok(token, text);
        const [row] = await store.container.database.db.selectFrom('email_outbox').selectAll().where('recipient', '=', email).execute();
        assert.equal(row!.status, 'SENT');
        assert.ok(!row!.body.includes(token), 'the stored body is sealed');
        assert.equal((await call.accept(token)).statusCode, 200);
        assert.deepEqual(await readMails(mail), [], 'nothing in MAIL_DIR: SMTP_URL wins');
      } finally {
        await store.close();
      }
    });
  });
}
