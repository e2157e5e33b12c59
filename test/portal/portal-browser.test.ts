import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoClient, placeDemoOrder, type DemoClient } from '../helpers/demo.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { orderableProduct, placeFailing } from '../orders/setup.ts';
import { openPortalBrowser, type PortalBrowser } from './browser-steps.ts';
import { ADMIN_TOKEN, PASSWORD } from './setup.ts';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/**
 * The client portal in Chromium: an invitation accepted, the home page, an order's codes revealed
 * after the password, orders with no code delivered yet, a colleague invited as viewer who is
 * shown no codes and no team management.
 */
for (const engine of ENGINES) {
  describe(`the client portal in a browser [${engine}]`, () => {
    let portal: PortalBrowser;
    let store: TestStore;
    let base: string;
    let page: Page;
    let demo: DemoClient;
    let orderId: number;
    const check = (where: string, on = page) => portal.check(where, on);

    before(async () => {
      portal = await openPortalBrowser(engine, { env: { ENABLE_TEST_SUPPLIER: 'true' } });
      ({ store, base } = portal);
      demo = await demoClient(store, ADMIN_TOKEN);
    });
    after(() => portal?.close());

    test('an owner invited by the operator accepts and lands on the account: balances and orders', async () => {
      page = await portal.member(demo.credentials.client_id, 'owner@acme.example', 'owner');
      await page.getByText('USD Wallet').waitFor();
      await page.getByRole('status').filter({ hasText: 'No orders yet' }).waitFor();
      await check('home');
    });

    test("an order's codes are hidden until the password is entered again, then shown and the reveal audited", async () => {
      const order = await placeDemoOrder(store, demo, 2);
      orderId = order.id;
      await page.getByRole('link', { name: 'Orders', exact: true }).click();
      await page.getByRole('link', { name: `Order ${order.id}`, exact: true }).click();
      await page.getByRole('heading', { name: `Order ${order.id}` }).waitFor();
      assert.equal(await page.getByText(order.vouchers[0].card_number).count(), 0, 'no code before the reveal');
      await page.getByRole('button', { name: 'Reveal codes' }).click();
      const dialog = page.getByRole('dialog', { name: 'Enter your password to see the codes' });
      await dialog.getByLabel('Your password').fill('not my password');
      await dialog.getByRole('button', { name: 'Show codes' }).click();
      await dialog.getByRole('alert').waitFor();
      await dialog.getByLabel('Your password').fill(PASSWORD);
      await dialog.getByRole('button', { name: 'Show codes' }).click();
      for (const voucher of order.vouchers) await page.getByRole('cell', { name: voucher.card_number }).waitFor();
      await page.getByRole('button', { name: 'Download codes as CSV' }).waitFor();
      await check('order with codes');
      const audit = (
        await store.app.inject({ method: 'GET', url: `/admin/v1/audit?client_id=${demo.credentials.client_id}`, headers: admin })
      ).json();
      assert.ok(
        audit.some((entry: { action: string; target: string }) => entry.action === 'portal.codes.reveal' && entry.target === `order:${order.id}`),
        JSON.stringify(audit.map((entry: { action: string }) => entry.action)),
      );
    });

    test('an order with no code delivered, pending or failed, says so and offers no reveal', async () => {
      const pending = await placeDemoOrder(store, demo, 6);
      assert.equal(pending.status, 'PENDING', 'more than 5 vouchers wait for the delivery worker, which does not run here');
      const failing = await orderableProduct(store, { supplier: 'test', name: 'Failing Card' });
      const failed = await placeFailing(store.container.testSupplier!, () => placeDemoOrder(store, demo, 2, { product_id: failing }));
      for (const order of [pending, failed]) {
        await page.goto(`${base}/portal/orders/${order.id}`);
        await page.getByRole('heading', { name: `Order ${order.id}`, level: 1 }).waitFor();
        await page.getByText(`0 of ${order.quantity} delivered`).waitFor();
        assert.deepEqual(
          [await page.getByRole('term').first().textContent(), await page.getByRole('definition').first().textContent()],
          ['Status', order.status === 'FAILED' ? 'Failed' : 'Pending'],
          'the status in words',
        );
        const codes = page.getByRole('region', { name: 'Voucher codes' });
        const says =
          order.status === 'FAILED'
            ? 'This order was not delivered: it has no codes, and what it charged went back to the wallet.'
            : 'No codes delivered yet: they can be revealed here once the order delivers them.';
        await codes.getByText(says).waitFor();
        assert.equal(await page.getByRole('button', { name: 'Reveal codes' }).count(), 0, `${order.status}: nothing to reveal`);
        await check(`order ${order.status}`);
      }
    });

    test('the owner invites a viewer, who sees no codes and cannot manage the team; both read what each role can do', async () => {
      await page.getByRole('link', { name: 'Team', exact: true }).click();
      const invite = page.getByRole('region', { name: 'Invite a colleague' });
      assert.deepEqual(await invite.getByRole('term').allTextContents(), ['owner', 'admin', 'developer', 'finance', 'viewer']);
      const guide = await invite.getByRole('definition').allTextContents();
      assert.deepEqual(guide.slice(0, 2), [
        'Can do everything in the portal, including inviting, changing and deactivating owners.',
        'Can do everything in the portal, except inviting, changing or deactivating owners.',
      ]);
      assert.equal(
        guide[3],
        'Can: see the team; see balances; read statements; set low-balance alerts; browse the catalog and get quotes; place orders; see orders. ' +
          "Cannot: invite colleagues, change their roles and deactivate them; reveal voucher codes; see webhooks and events; see API credentials and the IP allowlist; read the account's activity.",
        'finance, as the role table has it',
      );
      await page.getByLabel("Colleague's e-mail").fill('viewer@acme.example');
      await page.getByLabel('Role').selectOption('viewer');
      await page.getByRole('button', { name: 'Send invitation' }).click();
      await page.getByRole('status').filter({ hasText: 'Invitation sent to viewer@acme.example.' }).waitFor();
      await page.getByRole('cell', { name: 'invited' }).waitFor();
      await check('team');

      const viewer = await portal.newPage();
      try {
        await portal.accept(viewer, 'viewer@acme.example');
        await viewer.getByRole('link', { name: 'Orders', exact: true }).click();
        await viewer.getByRole('link', { name: `Order ${orderId}`, exact: true }).click();
        await viewer
          .getByText('Your role does not show voucher codes: the owners, admins and developers of your team reveal them on this page.')
          .waitFor();
        assert.equal(await viewer.getByRole('button', { name: 'Reveal codes' }).count(), 0);
        const reveal = await viewer.evaluate(async (id) => {
          const session = await (await fetch('/portal/v1/session')).json();
          const answer = await fetch(`/portal/v1/orders/${id}/reveal`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf_token },
            body: JSON.stringify({ password: 'correct horse battery staple' }),
          });
          return answer.status;
        }, orderId);
        assert.equal(reveal, 403, 'the server refuses a viewer the codes, whatever the page shows');
        await viewer.getByRole('link', { name: 'Team', exact: true }).click();
        await viewer.getByRole('heading', { name: 'Team' }).waitFor();
        assert.equal(await viewer.getByRole('button', { name: 'Send invitation' }).count(), 0);
        const roles = viewer.getByRole('region', { name: 'What each role can do' });
        assert.deepEqual(await roles.getByRole('definition').allTextContents(), guide, 'the same guide, for a viewer too');
        await check('viewer team', viewer);
      } finally {
        await viewer.close();
      }
    });

    test('no page has a serious or critical accessibility violation', () => {
      assert.deepEqual(portal.violations, []);
    });
  });
}
