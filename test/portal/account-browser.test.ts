import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Locator, Request } from 'playwright-core';
import { TestClock } from '../../src/infra/clock.ts';
import { totpCode } from '../../src/operators/totp.ts';
import { demoClient, placeDemoOrder, type DemoClient } from '../helpers/demo.ts';
import { createOperator, signIn as consoleSignIn } from '../helpers/console.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { openPortalBrowser, type PortalBrowser } from './browser-steps.ts';
import { ADMIN_TOKEN, mailedToken, PASSWORD, type PortalApi } from './setup.ts';

const NEW_PASSWORD = 'another long passphrase for the portal';

/**
 * The portal's Security page changes the password (the other sessions end, this one stays), and
 * the console's client page resets the second factor of a portal user who lost it.
 */
for (const engine of ENGINES) {
  describe(`a portal user's password and second factor in a browser [${engine}]`, () => {
    let portal: PortalBrowser;
    let store: TestStore;
    let base: string;
    let call: PortalApi;
    let clientId: number;
    let demo: DemoClient;
    const clock = new TestClock();

    before(async () => {
      portal = await openPortalBrowser(engine, { clock });
      ({ store, base, call } = portal);
      demo = await demoClient(store, ADMIN_TOKEN);
      clientId = demo.credentials.client_id;
    });
    after(() => portal?.close());

    /** An operator signed in to the console on a new page, on the portal users of the client. */
    async function consolePortalUsers(username: string) {
      const operator = await createOperator(store, ADMIN_TOKEN, username);
      const page = await portal.newPage();
      await consoleSignIn(page, base, operator);
      await page.goto(`${base}/console/clients/${clientId}`);
      await page.getByRole('link', { name: 'Portal users of this client' }).click();
      await page.getByRole('heading', { name: 'Portal users of Demo client', level: 1 }).waitFor();
      return { operator, page, users: page.getByRole('region', { name: 'Portal users' }) };
    }

    test('Security: a wrong current password is refused; the right one changes it, the other session ends, this one stays', async () => {
      const member = await call.member(clientId, 'viewer');
      const page = await portal.signIn(member.email);
      const elsewhere = await portal.signIn(member.email);
      try {
        await page.getByRole('link', { name: 'Security', exact: true }).click();
        await page.getByRole('heading', { name: 'Password', level: 2 }).waitFor();
        await portal.check('security', page);
        const form = page.getByRole('form', { name: 'Change your password' });

        await form.getByLabel('Current password').fill('not the password');
        await form.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
        await form.getByLabel('Repeat the new password').fill(NEW_PASSWORD);
        await form.getByRole('button', { name: 'Change password' }).click();
        await form.getByRole('alert').filter({ hasText: 'The password is not correct' }).waitFor();
        await portal.check('security: wrong password', page);

        await form.getByLabel('Current password').fill(PASSWORD);
        await form.getByRole('button', { name: 'Change password' }).click();
        await form.getByRole('status').filter({ hasText: 'Your password is changed' }).waitFor();
        assert.equal(await form.getByLabel('Current password').inputValue(), '', 'the form is emptied');
        await page.getByRole('list').getByText('(this session)').waitFor();
        // The list of sessions is fetched again after the change; wait for that answer.
        const endButtons = page.getByRole('button', { name: 'End session' });
        await endButtons.first().waitFor({ state: 'detached' });
        assert.equal(await endButtons.count(), 0, 'no other session is left');

        // The other session ended under its page: the next page it opens says why it is at sign-in, and signing in returns there.
        await elsewhere.getByRole('link', { name: 'Orders', exact: true }).click();
        await elsewhere.getByRole('status').filter({ hasText: 'Your session ended. Sign in again to continue.' }).waitFor();
        await portal.check('sign-in after the session ended', elsewhere);
        await elsewhere.getByLabel('E-mail').fill(member.email);
        await elsewhere.getByLabel('Password').fill(NEW_PASSWORD);
        await elsewhere.getByRole('button', { name: 'Sign in' }).click();
        await elsewhere.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
        await page.reload();
        await page.getByRole('heading', { name: 'Security', level: 1 }).waitFor();
      } finally {
        await page.close();
        await elsewhere.close();
      }
    });

    test('Security: each End session button names the session it ends (browser, address, last seen); ending one leaves the others', async () => {
      const member = await call.member(clientId, 'viewer');
      const phone = await call.signedIn(member.email, { headers: { 'user-agent': 'Phone browser/2.0' } });
      const page = await portal.signIn(member.email);
      try {
        await page.getByRole('link', { name: 'Security', exact: true }).click();
        const sessions = page.getByRole('region', { name: 'Your sessions' });
        const endButton = (agent: string) =>
          sessions.getByRole('button', { name: new RegExp(`^End session of ${agent} from 127\\.0\\.0\\.1, last seen \\d{4}-\\d{2}-\\d{2} `) });
        const endPhone = endButton('Phone browser/2\\.0');
        const endInvitation = endButton('PortalTest/1\\.0');
        await endPhone.waitFor();
        await endInvitation.waitFor();
        assert.equal(await sessions.getByRole('button').count(), 2, 'no button ends this session');
        await portal.check('security: sessions', page);

        await endPhone.click();
        await endPhone.waitFor({ state: 'detached' });
        assert.equal(await endInvitation.count(), 1, 'the other session is still listed');
        assert.equal((await call.withCookie(phone, 'GET', '/session')).statusCode, 401, 'the session named is the one ended');
        assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 200);
      } finally {
        await page.close();
      }
    });

    test('Team: a role change and a deactivation ask first, naming the person (and both roles); Cancel leaves them as they were', async () => {
      const owner = await call.member(clientId, 'owner');
      const member = await call.member(clientId, 'viewer');
      const stored = async () => {
        const team: { id: number; role: string; status: string }[] = (await call.withCookie(owner.session, 'GET', '/users')).json();
        return team.find((user) => user.id === member.id)!;
      };
      const page = await portal.signIn(owner.email);
      try {
        await page.getByRole('link', { name: 'Team', exact: true }).click();
        const row = page.getByRole('table', { name: 'Team' }).getByRole('row').filter({ hasText: member.email });
        const role = row.getByRole('combobox', { name: `Role of ${member.email}` });
        await role.selectOption('finance');
        const changeRole = page.getByRole('dialog', { name: `Change the role of ${member.email} from viewer to finance?` });
        await changeRole
          .getByText(
            'From their next request, they can also: set low-balance alerts; place orders. ' +
              'They can no longer: see webhooks and events; see API credentials and the IP allowlist.',
            { exact: true },
          )
          .waitFor();
        await portal.check('team: role change dialog', page);
        await changeRole.getByRole('button', { name: 'Cancel' }).click();
        await changeRole.waitFor({ state: 'detached' });
        assert.equal(await role.inputValue(), 'viewer', 'the page shows the role as it was');
        assert.equal((await stored()).role, 'viewer', 'Cancel changes nothing');

        await role.selectOption('finance');
        await changeRole.getByRole('button', { name: 'Change role' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `${member.email} is now finance.` })
          .waitFor();
        assert.equal(await role.inputValue(), 'finance');
        assert.equal((await stored()).role, 'finance');

        await row.getByRole('button', { name: `Deactivate ${member.email}` }).click();
        const deactivate = page.getByRole('dialog', { name: `Deactivate ${member.email}?` });
        await deactivate.getByText('their sessions end at once', { exact: false }).waitFor();
        await portal.check('team: deactivate dialog', page);
        await deactivate.getByRole('button', { name: 'Cancel' }).click();
        await deactivate.waitFor({ state: 'detached' });
        assert.equal(await row.getByRole('cell', { name: 'active', exact: true }).count(), 1);
        assert.equal((await stored()).status, 'active', 'Cancel changes nothing');
        assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 200);

        await row.getByRole('button', { name: `Deactivate ${member.email}` }).click();
        await deactivate.getByRole('button', { name: 'Deactivate' }).click();
        await row.getByRole('cell', { name: 'inactive', exact: true }).waitFor();
        assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 401, 'their sessions ended');
        const audit = await call.audit({ target: `client_user:${member.id}` });
        assert.deepEqual(
          audit.filter((entry) => entry.actor === `client_user:${owner.id}`).map((entry) => entry.action),
          ['portal.user.role', 'portal.user.deactivate'],
        );
      } finally {
        await page.close();
      }

      // An admin is offered only what the store lets an admin do: no owner to invite or make, no owner to change.
      const admin = await call.member(clientId, 'admin');
      const colleague = await call.member(clientId, 'developer');
      const adminPage = await portal.signIn(admin.email);
      try {
        await adminPage.getByRole('link', { name: 'Team', exact: true }).click();
        const team = adminPage.getByRole('table', { name: 'Team' });
        const options = (select: Locator) => select.getByRole('option').allTextContents();
        await team.getByRole('combobox', { name: `Role of ${colleague.email}` }).waitFor();
        assert.deepEqual(await options(adminPage.getByLabel('Role', { exact: true })), ['admin', 'developer', 'finance', 'viewer']);
        assert.deepEqual(await options(team.getByRole('combobox', { name: `Role of ${colleague.email}` })), [
          'admin',
          'developer',
          'finance',
          'viewer',
        ]);
        const ownerRow = team.getByRole('row').filter({ hasText: owner.email });
        await ownerRow.getByRole('cell', { name: 'owner', exact: true }).waitFor();
        assert.equal(await ownerRow.getByRole('combobox').count(), 0, "an owner's role is not an admin's to change");
        assert.equal(await ownerRow.getByRole('button').count(), 0, 'nor to deactivate');
        await portal.check('team as an admin', adminPage);
      } finally {
        await adminPage.close();
      }
    });

    test("the console's client page resets a portal user's second factor after a confirmation; the user's sessions end", async () => {
      const member = await call.member(clientId, 'owner');
      const { secret } = (await call.withCookie(member.session, 'POST', '/totp')).json();
      const confirmed = await call.withCookie(member.session, 'POST', '/totp/confirm', { payload: { code: totpCode(secret, clock.now()) } });
      assert.equal(confirmed.statusCode, 200, confirmed.body);

      const { operator, page, users } = await consolePortalUsers('account-operator');
      try {
        await users.getByRole('table', { name: 'Portal users' }).waitFor();
        const row = users.getByRole('row').filter({ hasText: member.email });
        assert.equal(await row.getByRole('cell', { name: 'On', exact: true }).count(), 1);
        await portal.check('console client page', page);

        await row.getByRole('button', { name: `Reset two-factor of ${member.email}` }).click();
        const dialog = page.getByRole('dialog', { name: `Reset the two-factor authentication of ${member.email}?` });
        await dialog.waitFor();
        await portal.check('console reset dialog', page);
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await dialog.waitFor({ state: 'hidden' });
        assert.equal((await call.withCookie(member.session, 'GET', '/session')).json().totp_enabled, true, 'cancelled: nothing changed');

        await row.getByRole('button', { name: `Reset two-factor of ${member.email}` }).click();
        await dialog.getByRole('button', { name: 'Reset two-factor' }).click();
        await users
          .getByRole('status')
          .filter({ hasText: `${member.email}: two-factor authentication is off` })
          .waitFor();
        await row.getByRole('cell', { name: 'Off', exact: true }).waitFor();
        assert.equal(await row.getByRole('button', { name: `Reset two-factor of ${member.email}` }).count(), 0);
        assert.equal((await call.withCookie(member.session, 'GET', '/session')).statusCode, 401, 'the sessions ended');
        const again = call.sessionOf(await call.signIn({ email: member.email, password: PASSWORD }));
        assert.equal(again.body.totp_enabled, false);

        const audit = await call.audit({ action: 'portal.totp.reset', target: `client_user:${member.id}` });
        assert.deepEqual(
          audit.map((entry) => entry.actor),
          [`operator:${operator.username}`],
        );
      } finally {
        await page.close();
      }
    });

    test('a person without their authenticator signs in with a recovery code, which then works no more; Activity says how they signed in', async () => {
      const member = await call.member(clientId, 'owner');
      const { secret } = (await call.withCookie(member.session, 'POST', '/totp')).json();
      const confirmed = await call.withCookie(member.session, 'POST', '/totp/confirm', { payload: { code: totpCode(secret, clock.now()) } });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      const [recovery] = confirmed.json().recovery_codes as string[];

      const signInWith = async (code: string) => {
        const page = await portal.newPage();
        await page.goto(`${base}/portal/`);
        await page.getByLabel('E-mail').fill(member.email);
        await page.getByLabel('Password').fill(PASSWORD);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByLabel('One-time code').fill(code);
        await page.getByRole('button', { name: 'Sign in' }).click();
        return page;
      };
      const page = await signInWith(recovery!);
      try {
        await page.getByRole('heading', { name: 'Your account', level: 1, exact: true }).waitFor();
        await page.getByRole('link', { name: 'Activity', exact: true }).click();
        const signedIn = page
          .getByRole('table', { name: 'Activity' })
          .getByRole('row')
          .filter({ has: page.getByRole('cell', { name: 'Signed in', exact: true }) })
          .filter({ has: page.getByRole('term').getByText('Second factor', { exact: true }) })
          .first();
        await signedIn.getByRole('definition').getByText('Recovery code', { exact: true }).waitFor();
        assert.doesNotMatch(await signedIn.innerText(), /recovery_code/, 'the store’s code is not shown');
      } finally {
        await page.close();
      }
      const again = await signInWith(recovery!);
      try {
        await again.getByRole('alert').waitFor();
        assert.equal(
          await again.getByRole('heading', { name: 'Your account', level: 1, exact: true }).count(),
          0,
          'a used recovery code does not sign in',
        );
      } finally {
        await again.close();
      }
    });

    test('the console invites a portal user (the link e-mailed, not shown), deactivates and activates them after a confirmation', async () => {
      const { operator, page, users } = await consolePortalUsers('team-operator');
      try {
        await users.getByRole('button', { name: 'Invite a portal user' }).click();
        const dialog = page.getByRole('dialog', { name: 'Invite a portal user' });
        await dialog.getByLabel('E-mail address').fill('finance@acme.example');
        await dialog.getByLabel('Role').selectOption('finance');
        await portal.check('console invite dialog', page);
        await dialog.getByRole('button', { name: 'Send invitation' }).click();
        await users.getByRole('status').filter({ hasText: 'finance@acme.example is invited as finance' }).waitFor();
        const row = users.getByRole('row').filter({ hasText: 'finance@acme.example' });
        await row.getByRole('cell', { name: 'invited', exact: true }).waitFor();
        const { token } = await mailedToken(store, portal.mail, 'finance@acme.example', 'accept');
        assert.ok(!(await page.content()).includes(token), 'the link is not on the page');

        await row.getByRole('button', { name: 'Deactivate finance@acme.example' }).click();
        const confirm = page.getByRole('dialog', { name: 'Deactivate finance@acme.example?' });
        await confirm.getByRole('button', { name: 'Deactivate' }).click();
        await row.getByRole('cell', { name: 'inactive', exact: true }).waitFor();
        await row.getByRole('button', { name: 'Activate finance@acme.example' }).click();
        await page.getByRole('dialog', { name: 'Activate finance@acme.example?' }).getByRole('button', { name: 'Activate' }).click();
        await row.getByRole('cell', { name: 'invited', exact: true }).waitFor();
        const actions = (await call.audit({}))
          .filter((entry) => entry.actor === `operator:${operator.username}` && entry.action.startsWith('portal.'))
          .map((entry) => entry.action);
        assert.deepEqual(actions, ['portal.user.invite', 'portal.user.deactivate', 'portal.user.activate']);
      } finally {
        await page.close();
      }
    });

    test("an owner's home shows this month's spend; an order's page its timeline; Activity the account's audit trail", async () => {
      const order = await placeDemoOrder(store, demo, 2);
      const owner = await call.member(clientId, 'owner');
      const page = await portal.signIn(owner.email);
      try {
        const spend = page.getByRole('region', { name: 'Spent this month' });
        await spend.getByText('49.00 USD').waitFor();
        await spend.getByText(/USD, 1 order since \d{4}-\d{2}-01/).waitFor();
        await portal.check('home with spend', page);

        await page.goto(`${base}/portal/orders/${order.id}`);
        const timeline = page.getByRole('list', { name: `Timeline of order ${order.id}` });
        // Money as the statement's movements, events and the completion in words; no id.
        await timeline.getByText(/^Paid: Debit of 49\.00 USD/).waitFor();
        await timeline.getByText('2 vouchers delivered').waitFor();
        await timeline.getByText('Event: Order delivered').waitFor();
        await timeline.getByText('Completed: Delivered').waitFor();
        assert.doesNotMatch(await timeline.innerText(), /transaction \d|wallet \d|evt_|DELIVERED/, 'no id or code in the timeline');
        assert.equal(await timeline.getByText('sandbox').count(), 0, 'no supplier');
        await portal.check('order with timeline', page);
        await page.getByRole('button', { name: 'Reveal codes' }).click();
        const dialog = page.getByRole('dialog', { name: 'Enter your password to see the codes' });
        await dialog.getByLabel('Your password', { exact: true }).fill(PASSWORD);
        await dialog.getByRole('button', { name: 'Show codes' }).click();
        await page.getByRole('button', { name: 'Download codes as CSV' }).waitFor();
        await timeline.getByText('Codes revealed in the portal').waitFor();
        await timeline
          .getByText(/API credentials/)
          .first()
          .waitFor();
        for (const voucher of order.vouchers) assert.equal(await timeline.getByText(voucher.card_number).count(), 0, 'no code in the timeline');

        // The debit links to its line of the statement, marked among the day's debits of the wallet.
        await timeline.getByRole('link', { name: 'Debit of 49.00 USD' }).click();
        await page.getByRole('heading', { name: 'Wallets and statements', level: 1 }).waitFor();
        const statement = page.getByRole('table', { name: 'Transactions' });
        const line = statement.getByRole('row').filter({ hasText: `Order #${order.id}` });
        await line.waitFor();
        assert.equal(await line.getAttribute('aria-current'), 'true', 'the line is marked');
        assert.equal(await statement.locator('[aria-current]').count(), 1, 'that line only');
        assert.equal(await page.getByLabel('Type').inputValue(), 'DEBIT');
        await portal.check('statement line of a timeline', page);
        // Past the first page of the day's debits (50 a page), the link opens the page that holds the line.
        const operator = { authorization: `Bearer ${ADMIN_TOKEN}` };
        const wallets = (await store.app.inject({ method: 'GET', url: `/admin/v1/wallets?client_id=${clientId}`, headers: operator })).json();
        const usd = wallets.find((wallet: { currency_code: string }) => wallet.currency_code === 'USD');
        for (let fee = 1; fee <= 50; fee++) {
          const debit = { amount: '0.01', remarks: `Fee ${fee}` };
          const posted = await store.app.inject({ method: 'POST', url: `/admin/v1/wallets/${usd.id}/debit`, headers: operator, payload: debit });
          assert.equal(posted.statusCode, 201, posted.body);
        }
        await page.goto(`${base}/portal/orders/${order.id}`);
        const reads: string[] = [];
        const count = (request: Request) => void (new URL(request.url()).pathname === '/portal/v1/transactions' && reads.push(request.url()));
        page.on('request', count);
        await timeline.getByRole('link', { name: 'Debit of 49.00 USD' }).click();
        await page.getByText(/^Page 2 of 2 ·/).waitFor();
        const later = statement.getByRole('row').filter({ hasText: `Order #${order.id}` });
        await later.waitFor();
        assert.equal(await later.getAttribute('aria-current'), 'true', 'the line is marked on its page');
        page.off('request', count);
        assert.equal(reads.length, 1, `one read finds the page: ${reads.join(', ')}`);
        assert.match(reads[0]!, /[?&]line=\d+/);

        await page.getByRole('link', { name: 'Activity', exact: true }).click();
        await page.getByRole('heading', { name: 'Activity', level: 1 }).waitFor();
        const table = page.getByRole('table', { name: 'Activity' });
        // What happened in words, not the store's action code.
        const revealed = table
          .getByRole('row')
          .filter({ has: page.getByRole('cell', { name: 'Revealed voucher codes', exact: true }) })
          .filter({ has: page.getByRole('cell', { name: `Order ${order.id}`, exact: true }) });
        await revealed.waitFor();
        // The details as a description list, each key in words.
        assert.deepEqual(await revealed.getByRole('term').allTextContents(), ['E-mail', 'User ID', 'Delivered quantity']);
        assert.deepEqual(await revealed.getByRole('definition').allTextContents(), [owner.email, String(owner.id), '2']);
        await portal.check('activity', page);
      } finally {
        await page.close();
      }
      const viewer = await call.member(clientId, 'viewer');
      const viewerPage = await portal.signIn(viewer.email);
      try {
        await viewerPage.getByRole('region', { name: 'Spent this month' }).waitFor();
        assert.equal(await viewerPage.getByRole('link', { name: 'Activity', exact: true }).count(), 0, 'a viewer has no audit trail');
      } finally {
        await viewerPage.close();
      }
    });

    test('Orders and Statements: filters by reference, type and dates; the CSV holds every page of the filter; every amount with its currency', async () => {
      for (const reference of ['filter-a', 'filter-b']) await placeDemoOrder(store, demo, 1, { client_reference: reference });
      // An order of a USD product paid from the EUR wallet: its debit is converted, with a fee.
      const rate = await store.app.inject({
        method: 'POST',
        url: '/admin/v1/fx-rates',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        payload: { source_currency: 'USD', destination_currency: 'EUR', rate: '0.92', conversion_fee: '0.50' },
      });
      assert.equal(rate.statusCode, 201, rate.body);
      const clientApi = async (url: string) => (await store.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: demo.auth })).json();
      const eur = ((await clientApi('/wallets')) as { id: number; currency_code: string }[]).find((wallet) => wallet.currency_code === 'EUR')!;
      const converted = await placeDemoOrder(store, demo, 1, { wallet_id: eur.id });
      const fx = await clientApi(`/transactions/${converted.transaction_id}`);
      assert.deepEqual([fx.source_currency, fx.conversion_charges], ['USD', 0.5], JSON.stringify(fx));
      const owner = await call.member(clientId, 'owner');
      const page = await portal.signIn(owner.email);
      try {
        await page.getByRole('link', { name: 'Orders', exact: true }).click();
        await page.getByLabel('Your reference').fill('filter-b');
        const table = page.getByRole('table', { name: 'Orders' });
        await page.getByText('Page 1 of 1 · 1 in all').waitFor();
        await table.getByRole('cell', { name: 'filter-b', exact: true }).waitFor();
        assert.equal(await table.getByRole('cell', { name: 'filter-a', exact: true }).count(), 0);
        await portal.check('orders filtered', page);
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
        const csv = await readFile((await download.path())!, 'utf8');
        assert.equal(csv.trim().split('\n').length, 2, `a header and the one order: ${csv}`);
        assert.ok(csv.includes('filter-b') && !csv.includes('filter-a'), "csv.includes('filter-b') && !csv.includes('filter-a')");
        await page.getByLabel('Your reference').fill('');

        const today = new Date().toISOString().slice(0, 10);
        await page.getByLabel('To (UTC)').fill('2000-01-01');
        await page.getByRole('status').filter({ hasText: 'No orders' }).waitFor();
        await page.getByLabel('To (UTC)').fill(today);
        await page.getByLabel('From (UTC)').fill(today);
        await table.getByRole('cell', { name: 'filter-a', exact: true }).waitFor();
        // The status filter offers the statuses in words and sends their codes.
        const statusFilter = page.getByLabel('Status');
        assert.deepEqual(await statusFilter.getByRole('option').allTextContents(), [
          'Any status',
          'Pending',
          'Delivered',
          'Partly delivered',
          'Failed',
          'Cancelled',
        ]);
        await statusFilter.selectOption({ label: 'Partly delivered' });
        await page.waitForURL(/status=PARTIALLY_DELIVERED/);
        await page.getByRole('status').filter({ hasText: 'No orders match these filters' }).waitFor();
        await statusFilter.selectOption({ label: 'Delivered' });
        await table.getByRole('row').filter({ hasText: 'filter-a' }).getByRole('cell', { name: 'Delivered', exact: true }).waitFor();
        assert.equal(await table.getByRole('cell', { name: 'DELIVERED', exact: true }).count(), 0, 'no status code on the page');

        await page.getByRole('link', { name: 'Wallets and statements', exact: true }).click();
        const statement = page.getByRole('table', { name: 'Transactions' });
        await statement.getByRole('cell', { name: 'Debit', exact: true }).first().waitFor();
        // The converted debit: its amount, balance and remarks in the wallet's currency, the rate and the fee, its order linked.
        const fxLine = statement.getByRole('row').filter({ hasText: `Order #${converted.id}` });
        const [, , amountCell, balanceCell, remarksCell] = await fxLine.getByRole('cell').allInnerTexts();
        const money = (value: number, currency: string) =>
          `${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 })} ${currency}`;
        assert.equal(amountCell, money(fx.amount, 'EUR'));
        assert.equal(balanceCell, money(fx.balance_after, 'EUR'));
        assert.equal(
          remarksCell,
          `EUR Wallet debited by amount ${(-fx.amount).toFixed(2)} EUR - Order #${converted.id}\n` +
            `Converted from USD at 1 USD = ${fx.forex_rate} EUR, including a conversion fee of ${money(fx.conversion_charges, 'EUR')}`,
        );
        for (const remarks of await statement.getByRole('row').filter({ hasText: 'by amount' }).allInnerTexts()) {
          assert.match(remarks, /by amount \d+\.\d{2} (USD|EUR|GBP)\b/, 'the amount of every remark has its currency');
        }
        await portal.check('statements with a conversion', page);
        const [statementCsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
        const [header, ...lines] = (await readFile((await statementCsv.path())!, 'utf8')).trim().split('\n');
        assert.match(header!, /^id,wallet_id,currency_code,/);
        assert.ok(
          lines.some((line) => line.startsWith(`${fx.id},${eur.id},EUR,`)),
          'the converted debit, in EUR',
        );
        await fxLine.getByRole('link', { name: `Order #${converted.id}` }).click();
        await page.getByRole('heading', { name: `Order ${converted.id}`, level: 1 }).waitFor();
        await page.goBack();
        await statement.getByRole('cell', { name: 'Debit', exact: true }).first().waitFor();
        await page.getByLabel('Type').selectOption('CREDIT');
        await page.waitForURL(/type=CREDIT/);
        await statement.getByRole('cell', { name: 'Debit', exact: true }).first().waitFor({ state: 'detached' });
        // The credits, their type in words (the table may be between two answers when the debits go).
        await statement.getByRole('cell', { name: 'Credit', exact: true }).first().waitFor();
        assert.equal(await statement.getByRole('cell', { name: 'CREDIT', exact: true }).count(), 0, 'no type code on the page');
        await portal.check('statements filtered', page);
      } finally {
        await page.close();
      }
    });

    test("the console's order page and audit log name a portal user by their address and what they did in words", async () => {
      const member = await call.member(clientId, 'finance');
      const placed = await call.withCookie(member.session, 'POST', '/orders', {
        payload: { product_id: demo.amazonProductId, denomination: 25, quantity: 1 },
        headers: { 'idempotency-key': `console-words-${member.id}` },
      });
      assert.equal(placed.statusCode, 201, placed.body);
      const orderId: number = placed.json().id;
      const page = await portal.newPage();
      try {
        await consoleSignIn(page, base, await createOperator(store, ADMIN_TOKEN, 'words-operator'));
        await page.goto(`${base}/console/orders/${orderId}`);
        const timeline = page.getByRole('region', { name: 'Timeline' }).getByRole('list');
        await timeline.getByText('Placed an order', { exact: true }).waitFor();
        await timeline.getByText(`Action · ${member.email}`, { exact: false }).waitFor();
        await timeline.getByText(`Placed · ${member.email}`, { exact: false }).waitFor();
        assert.doesNotMatch(await timeline.innerText(), /client_user:|portal\.order\.create/, 'no code of the audit log');
        await portal.check('console order placed in the portal', page);

        await page.goto(`${base}/console/audit?client_id=${clientId}&action=portal.order.create`);
        const row = page.getByRole('table', { name: 'Audit log' }).getByRole('row').nth(1);
        await row.waitFor();
        const cells = await row.getByRole('cell').allInnerTexts();
        assert.deepEqual(cells.slice(1, 4), [
          `${member.email}\nclient_user:${member.id}`,
          'Placed an order\nportal.order.create',
          `Order ${orderId}`,
        ]);
      } finally {
        await page.close();
      }
    });

    test('no page has a serious or critical accessibility violation', () => {
      assert.deepEqual(portal.violations, []);
    });
  });
}
