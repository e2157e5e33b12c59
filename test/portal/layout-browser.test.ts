import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoClient, type DemoClient } from '../helpers/demo.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { orderableProduct } from '../orders/setup.ts';
import { openPortalBrowser, type PortalBrowser } from './browser-steps.ts';
import { ADMIN_TOKEN, mailedToken, PASSWORD, type PortalApi } from './setup.ts';

const NEW_PASSWORD = 'a new passphrase chosen after a reset';
const PHONE = { width: 390, height: 844 };

/**
 * The portal as people see it: on a phone every page fits the screen (the navigation behind a
 * Menu button); a failed order says it delivered nothing and was refunded; deleting a webhook
 * endpoint asks first; the Activity page names people by their address; a password reset asks
 * for the new password twice and the sign-in page then says it is changed, and a used link, once
 * refused, shows no password fields.
 */
for (const engine of ENGINES) {
  describe(`the client portal's pages on a phone and on a desk [${engine}]`, () => {
    let portal: PortalBrowser;
    let store: TestStore;
    let base: string;
    let call: PortalApi;
    let demo: DemoClient;
    let owner: { email: string };
    let deliveredId: number;
    let failedId: number;
    const check = (where: string, page: Parameters<PortalBrowser['check']>[1]) => portal.check(where, page);
    const signIn = (email: string, password: string, viewport?: { width: number; height: number }) => portal.signIn(email, password, viewport);

    before(async () => {
      portal = await openPortalBrowser(engine, { env: { ENABLE_TEST_SUPPLIER: 'true' } });
      ({ store, base, call } = portal);
      demo = await demoClient(store, ADMIN_TOKEN);
      owner = await call.member(demo.credentials.client_id, 'owner', 'owner.with.a.rather.long.address@acme-subsidiary.example');
      const order = async (productId: number, reference: string) => {
        const placed = await store.app.inject({
          method: 'POST',
          url: '/api/v1/orders',
          headers: demo.auth,
          payload: { product_id: productId, denomination: 25, quantity: 2, client_reference: reference },
        });
        assert.equal(placed.statusCode, 201, placed.body);
        return placed.json();
      };
      deliveredId = (await order(demo.amazonProductId, 'purchase-order-2026-0042')).id;
      const failing = await orderableProduct(store, { supplier: 'test', name: 'Failing Gift Card' });
      store.container.testSupplier!.failPermanently();
      const failed = await order(failing, 'spring-campaign');
      store.container.testSupplier!.reset();
      assert.equal(failed.status, 'FAILED');
      failedId = failed.id;
      const hook = await store.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks',
        headers: demo.auth,
        payload: { url: 'http://127.0.0.1:9/hooks/a-rather-long-path-for-the-endpoint', events: ['*'] },
      });
      assert.equal(hook.statusCode, 201, hook.body);
    });
    after(() => portal?.close());

    test('on a phone no page is wider than the screen, and the pages are behind a Menu button', async () => {
      const page = await signIn(owner.email, PASSWORD, PHONE);
      try {
        const menu = page.getByRole('button', { name: 'Menu' });
        const orders = page.getByRole('link', { name: 'Orders', exact: true });
        assert.equal(await orders.isVisible(), false, 'the pages are behind the menu');
        assert.equal(await menu.getAttribute('aria-expanded'), 'false');
        await menu.click();
        assert.equal(await menu.getAttribute('aria-expanded'), 'true');
        await check('phone menu', page);
        await orders.click();
        await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
        assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'a page chosen closes the menu');

        const pages: [string, string][] = [
          ['/', 'Your account'],
          ['/statements', 'Wallets and statements'],
          ['/orders', 'Orders'],
          [`/orders/${deliveredId}`, `Order ${deliveredId}`],
          [`/orders/${failedId}`, `Order ${failedId}`],
          ['/catalog', 'Catalog'],
          [`/catalog/${demo.amazonProductId}`, 'Amazon.com Gift Card'],
          ['/webhooks', 'Webhooks'],
          ['/events', 'Events'],
          ['/team', 'Team'],
          ['/developers', 'Developers'],
          ['/activity', 'Activity'],
          ['/security', 'Security'],
        ];
        for (const [path, heading] of pages) {
          await page.goto(`${base}/portal${path}`);
          await page.getByRole('heading', { name: heading, level: 1, exact: true }).waitFor();
          await page.waitForLoadState('networkidle');
          const { scroll, client } = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }));
          assert.ok(scroll <= client, `${path} is ${scroll - client} px wider than the phone's screen`);
        }
        await check('phone pages', page);
      } finally {
        await page.close();
      }
    });

    test("a failed order's page says it delivered nothing and gave the charge back", async () => {
      const page = await signIn(owner.email, PASSWORD);
      try {
        await page.goto(`${base}/portal/orders/${failedId}`);
        await page.getByRole('heading', { name: `Order ${failedId}`, level: 1 }).waitFor();
        await page.getByText('This order was not delivered: it has no codes, and what it charged went back to the wallet.').waitFor();
        await page.getByText(/USD, refunded to the wallet$/).waitFor();
        assert.equal(await page.getByText('No codes delivered yet').count(), 0, 'no promise of codes to come');
        await page.getByRole('link', { name: 'All orders' }).click();
        await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
      } finally {
        await page.close();
      }
    });

    test('deleting a webhook endpoint asks first: Cancel keeps it, Delete endpoint removes it', async () => {
      const page = await signIn(owner.email, PASSWORD);
      try {
        await page.goto(`${base}/portal/webhooks`);
        const endpoint = page.getByRole('region', { name: /^Endpoint \d+$/ });
        await endpoint.getByRole('button', { name: 'Delete endpoint' }).click();
        const dialog = page.getByRole('dialog', { name: /^Delete endpoint \d+\?$/ });
        await dialog.getByText('This cannot be undone.', { exact: false }).waitFor();
        await check('delete endpoint dialog', page);
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await dialog.waitFor({ state: 'detached' });
        assert.equal(await endpoint.count(), 1, 'Cancel deletes nothing');
        await endpoint.getByRole('button', { name: 'Delete endpoint' }).click();
        await dialog.getByRole('button', { name: 'Delete endpoint' }).click();
        await page.getByRole('status').filter({ hasText: 'No webhook endpoints yet' }).waitFor();
        const left = await store.app.inject({ method: 'GET', url: '/api/v1/webhooks', headers: demo.auth });
        assert.deepEqual(left.json(), []);
      } finally {
        await page.close();
      }
    });

    test('Activity names people by their address; a viewer sees the team without an empty Actions column', async () => {
      const page = await signIn(owner.email, PASSWORD);
      try {
        await page.goto(`${base}/portal/activity`);
        const table = page.getByRole('table', { name: 'Activity' });
        const signInRow = table.getByRole('row').filter({ hasText: 'portal.session.sign_in' }).first();
        await signInRow.getByRole('cell', { name: owner.email, exact: true }).first().waitFor();
        assert.equal(await table.getByRole('cell', { name: /^client_user:\d+$/ }).count(), 0, 'no client_user:N left');
        await check('activity', page);
      } finally {
        await page.close();
      }
      const viewer = await call.member(demo.credentials.client_id, 'viewer');
      const viewerPage = await signIn(viewer.email, PASSWORD);
      try {
        await viewerPage.getByRole('link', { name: 'Team', exact: true }).click();
        const team = viewerPage.getByRole('table', { name: 'Team' });
        await team.getByRole('cell', { name: owner.email, exact: true }).waitFor();
        assert.deepEqual(await team.getByRole('columnheader').allTextContents(), ['E-mail', 'Role', 'Status']);
      } finally {
        await viewerPage.close();
      }
    });

    test('a password reset: the link, the new password twice, then the sign-in page says it is changed; the used link, once refused, shows no fields', async () => {
      const member = await call.member(demo.credentials.client_id, 'finance');
      const page = await portal.newPage(PHONE);
      try {
        await page.goto(`${base}/portal/sign-in`);
        await page.getByRole('link', { name: 'Forgot your password?' }).click();
        await page.getByRole('heading', { name: 'Reset your password', level: 1 }).waitFor();
        await page.getByLabel('E-mail').fill(member.email);
        await page.getByRole('button', { name: 'Send reset link' }).click();
        await page.getByRole('status').filter({ hasText: 'is on its way' }).waitFor();
        await page.getByRole('link', { name: 'Back to sign-in' }).waitFor();

        const { token } = await mailedToken(store, portal.mail, member.email, 'reset-password');
        await page.goto(`${base}/portal/reset-password?token=${token}`);
        await page.getByRole('heading', { name: 'Choose a new password', level: 1 }).waitFor();
        await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
        await page.getByLabel('Repeat the new password').fill(`${NEW_PASSWORD}!`);
        await page.getByText('The two passwords differ').waitFor();
        const submit = page.getByRole('button', { name: 'Set new password' });
        assert.equal(await submit.isDisabled(), true, 'two different passwords are not sent');
        await page.getByLabel('Repeat the new password').fill(NEW_PASSWORD);
        await check('reset password', page);
        await submit.click();
        await page.getByRole('status').filter({ hasText: 'Your password is changed: sign in with the new one.' }).waitFor();
        await page.getByLabel('E-mail').fill(member.email);
        await page.getByLabel('Password').fill(NEW_PASSWORD);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('heading', { name: 'Your account', level: 1, exact: true }).waitFor();

        // The link is used up. The store says so only when it is tried: from then on the page shows
        // no password fields, only that the link no longer works and where to ask for another.
        await page.goto(`${base}/portal/reset-password?token=${token}`);
        await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
        await page.getByLabel('Repeat the new password').fill(NEW_PASSWORD);
        await page.getByRole('button', { name: 'Set new password' }).click();
        await page.getByRole('heading', { name: 'This link no longer works', level: 1 }).waitFor();
        await page.getByRole('alert').filter({ hasText: 'The link is invalid, used or expired' }).waitFor();
        assert.equal(await page.getByLabel('New password', { exact: true }).count(), 0, 'no password field');
        assert.equal(await page.getByLabel('Repeat the new password').count(), 0);
        assert.equal(await page.getByRole('button', { name: 'Set new password' }).count(), 0);
        await check('reset password: link refused', page);
        await page.getByRole('link', { name: 'Ask for a new link' }).click();
        await page.getByRole('heading', { name: 'Reset your password', level: 1 }).waitFor();
        await page.getByLabel('E-mail').waitFor();
        assert.equal(await page.getByRole('alert').count(), 0, "the refused link's error is not carried to the request form");
      } finally {
        await page.close();
      }
    });

    test('a used invitation link, once refused, shows no password fields: only whom to ask for a new one', async () => {
      const member = await call.member(demo.credentials.client_id, 'viewer');
      const { token } = await mailedToken(store, portal.mail, member.email, 'accept');
      const page = await portal.newPage(PHONE);
      try {
        await page.goto(`${base}/portal/accept?token=${token}`);
        await page.getByRole('heading', { name: 'Accept your invitation', level: 1 }).waitFor();
        await page.getByLabel('Choose a password').fill(NEW_PASSWORD);
        await page.getByLabel('Repeat the password').fill(NEW_PASSWORD);
        await page.getByRole('button', { name: 'Set password' }).click();
        await page.getByRole('heading', { name: 'This invitation link no longer works', level: 1 }).waitFor();
        await page.getByText('ask whoever invited you to send a new one').waitFor();
        assert.equal(await page.getByLabel('Choose a password').count(), 0, 'no password field');
        assert.equal(await page.getByRole('button', { name: 'Set password' }).count(), 0);
        await check('invitation: link refused', page);
      } finally {
        await page.close();
      }
    });

    test('no page has a serious or critical accessibility violation', () => {
      assert.deepEqual(portal.violations, []);
    });
  });
}
