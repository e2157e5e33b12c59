import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { waitForFocus } from '../helpers/browser.ts';
import { demoClient, type DemoClient } from '../helpers/demo.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { orderableProduct } from '../orders/setup.ts';
import { openPortalBrowser, type PortalBrowser } from './browser-steps.ts';
import { ADMIN_TOKEN, mailedToken, PASSWORD, type PortalApi } from './setup.ts';

const NEW_PASSWORD = 'a new passphrase chosen after a reset';
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 800 };
const money = (value: number, currency: string) =>
  `${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 })} ${currency}`;

/** The tables of the page that are wider than their box, or whose box (or a box around it) scrolls sideways. */
const tablesScrollingSideways = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('table')].flatMap((table) => {
      const name = table.caption?.textContent ?? 'a table';
      const box = table.parentElement!;
      if (table.getBoundingClientRect().width > box.clientWidth) return [`${name} is wider than its box`];
      for (let element: Element | null = box; element; element = element.parentElement) {
        if (element.scrollWidth > element.clientWidth) return [`${name}: its box <${element.tagName.toLowerCase()}> scrolls sideways`];
      }
      return [];
    }),
  );

/**
 * The roles and names of the accessibility tree Chromium itself builds, which a screen reader is
 * given (Playwright's roles are read from the markup, whatever the CSS does to it).
 */
async function accessibilityTree(page: Page): Promise<{ role: string; name: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.filter((node) => !node.ignored).map((node) => ({ role: String(node.role?.value ?? ''), name: String(node.name?.value ?? '') }));
  } finally {
    await cdp.detach();
  }
}

/** Whether the element's box lies within the width of the screen, none of it out of sight to the left or right. */
const withinScreenWidth = async (page: Page, locator: Locator) => {
  const box = await locator.boundingBox();
  return box !== null && box.width > 0 && box.x >= 0 && box.x + box.width <= page.viewportSize()!.width;
};

/**
 * The portal as people see it: on a phone every page fits the screen (the navigation behind a
 * Menu button) and each row of a table is a card that needs no sideways scrolling, while on a
 * desk the same tables are tables; a failed order says it delivered nothing and was refunded;
 * deleting a webhook endpoint asks first; the Activity page names people by their address and says what they did in words; a
 * password reset asks for the new password twice and the sign-in page then says it is changed,
 * and a used reset or invitation link, once refused, shows no password fields.
 */
for (const engine of ENGINES) {
  describe(`the client portal's pages on a phone and on a desk [${engine}]`, () => {
    let portal: PortalBrowser;
    let store: TestStore;
    let base: string;
    let call: PortalApi;
    let demo: DemoClient;
    let owner: { email: string };
    let delivered: { id: number; total_payable: number; deduction_currency: string; status: string };
    let deliveredId: number;
    let colleague: { email: string };
    let failedId: number;
    let hookId: number;
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
      delivered = await order(demo.amazonProductId, 'purchase-order-2026-0042');
      deliveredId = delivered.id;
      colleague = await call.member(demo.credentials.client_id, 'developer', 'developer.of.the.integration@acme-subsidiary.example');
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
      hookId = hook.json().id;
      // A delivery attempt, so the endpoint has its table of attempts (the ping fails: nothing listens there).
      const ping = await store.app.inject({ method: 'POST', url: `/api/v1/webhooks/${hookId}/test`, headers: demo.auth });
      assert.equal(ping.statusCode, 200, ping.body);
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
        await orders.waitFor();
        assert.equal(await menu.getAttribute('aria-expanded'), 'true');
        await check('phone menu', page);
        // Escape closes it from a link of the menu, and the focus goes back to the Menu button.
        await orders.focus();
        await page.keyboard.press('Escape');
        await orders.waitFor({ state: 'hidden' });
        assert.equal(await menu.getAttribute('aria-expanded'), 'false');
        await waitForFocus(menu);
        await menu.click();
        await orders.click();
        await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
        assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'a page chosen closes the menu');

        // Each page, and the tables it shows.
        const pages: [string, string, string[]][] = [
          ['/', 'Your account', []],
          ['/statements', 'Wallets and statements', ['Transactions']],
          ['/orders', 'Orders', ['Orders']],
          [`/orders/${deliveredId}`, `Order ${deliveredId}`, []],
          [`/orders/${failedId}`, `Order ${failedId}`, []],
          ['/catalog', 'Catalog', ['Products']],
          [`/catalog/${demo.amazonProductId}`, 'Amazon.com Gift Card', []],
          ['/webhooks', 'Webhooks', [`Delivery attempts of endpoint ${hookId}`]],
          ['/events', 'Events', []],
          ['/team', 'Team', ['Team']],
          ['/developers', 'Developers', ['API credentials']],
          ['/activity', 'Activity', ['Activity']],
          ['/security', 'Security', []],
        ];
        for (const [path, heading, tables] of pages) {
          await page.goto(`${base}/portal${path}`);
          await page.getByRole('heading', { name: heading, level: 1, exact: true }).waitFor();
          for (const table of tables) await page.getByRole('table', { name: table }).waitFor();
          await page.waitForLoadState('networkidle');
          const { scroll, client } = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }));
          assert.ok(scroll <= client, `${path} is ${scroll - client} px wider than the phone's screen`);
          assert.deepEqual(await tablesScrollingSideways(page), [], `${path}: no table scrolls sideways`);
        }
        // The codes of an order, once revealed, are a table too.
        await page.goto(`${base}/portal/orders/${deliveredId}`);
        await page.getByRole('button', { name: 'Reveal codes' }).click();
        const dialog = page.getByRole('dialog', { name: 'Enter your password to see the codes' });
        await dialog.getByLabel('Your password', { exact: true }).fill(PASSWORD);
        await dialog.getByRole('button', { name: 'Show codes' }).click();
        await page.getByRole('table', { name: `Voucher codes of order ${deliveredId}` }).waitFor();
        assert.deepEqual(await tablesScrollingSideways(page), [], 'the codes do not scroll sideways');
        await check('phone pages', page);
      } finally {
        await page.close();
      }
    });

    test("on a phone each row is a card: an order's status and charge in sight, the team's buttons by their names", async () => {
      const page = await signIn(owner.email, PASSWORD, PHONE);
      try {
        await page.goto(`${base}/portal/orders`);
        const orders = page.getByRole('table', { name: 'Orders' });
        const row = orders.getByRole('row').filter({ hasText: 'purchase-order-2026-0042' });
        assert.equal(delivered.status, 'DELIVERED');
        const status = row.getByRole('cell', { name: 'Delivered', exact: true });
        const charged = row.getByRole('cell', { name: money(delivered.total_payable, delivered.deduction_currency), exact: true });
        for (const [what, cell] of [
          ['status', status],
          ['charge', charged],
          ['title', row.getByRole('link', { name: `Order ${deliveredId}`, exact: true })],
        ] as const) {
          await cell.waitFor();
          assert.ok(await withinScreenWidth(page, cell), `the order's ${what} is within the screen's width`);
        }
        for (const label of ['Status', 'Charged', 'Placed', 'Product']) {
          assert.ok(await row.getByText(label, { exact: true }).isVisible(), `the card shows the label ${label}`);
        }
        assert.deepEqual(await tablesScrollingSideways(page), []);
        // A screen reader is still told of a table, its column headers and its cells.
        const tree = await accessibilityTree(page);
        assert.ok(
          tree.some((node) => node.role === 'table' && node.name === 'Orders'),
          'Chromium exposes the table',
        );
        const headers = tree.filter((node) => node.role === 'columnheader').map((node) => node.name);
        assert.deepEqual(headers, ['Order', 'Placed', 'Product', 'Vouchers', 'Charged', 'Status', 'Your reference']);
        assert.ok(
          tree.some((node) => node.role === 'cell' && node.name === 'Delivered'),
          'the status cell, in words, is exposed as a cell',
        );
        await check('phone orders', page);

        await page.goto(`${base}/portal/team`);
        const deactivate = page.getByRole('button', { name: `Deactivate ${colleague.email}`, exact: true });
        const role = page.getByRole('combobox', { name: `Role of ${colleague.email}` });
        for (const control of [deactivate, role]) {
          await control.waitFor();
          assert.ok(await withinScreenWidth(page, control), 'the control is within the screen width');
        }
        assert.deepEqual(await tablesScrollingSideways(page), []);
        await check('phone team', page);
        // Deactivating and activating each ask first; the dialog's buttons fit the phone too.
        await deactivate.click();
        const confirmDeactivate = page.getByRole('dialog', { name: `Deactivate ${colleague.email}?` }).getByRole('button', { name: 'Deactivate' });
        await confirmDeactivate.waitFor();
        assert.ok(await withinScreenWidth(page, confirmDeactivate), 'the confirmation is within the screen width');
        await confirmDeactivate.click();
        const activate = page.getByRole('button', { name: `Activate ${colleague.email}`, exact: true });
        await activate.click();
        await page
          .getByRole('dialog', { name: `Activate ${colleague.email}?` })
          .getByRole('button', { name: 'Activate' })
          .click();
        await deactivate.waitFor();
      } finally {
        await page.close();
      }
    });

    test('on a desk the same pages show tables: their column headers in one row, each row of cells in one line', async () => {
      const page = await signIn(owner.email, PASSWORD, DESK);
      try {
        const tables: [string, string, string[]][] = [
          ['/orders', 'Orders', ['Order', 'Placed', 'Product', 'Vouchers', 'Charged', 'Status', 'Your reference']],
          ['/team', 'Team', ['E-mail', 'Role', 'Status', 'Actions']],
          ['/statements', 'Transactions', ['Time', 'Type', 'Amount', 'Balance after', 'Remarks']],
          ['/activity', 'Activity', ['Time', 'Who', 'What', 'On', 'Details']],
          ['/developers', 'API credentials', ['Name', 'Username', 'Status', 'Created', 'Last used', 'Actions']],
          ['/webhooks', `Delivery attempts of endpoint ${hookId}`, ['Time', 'Event', 'Sent as', 'Try', 'Result', 'Delivery']],
        ];
        for (const [path, name, headers] of tables) {
          await page.goto(`${base}/portal${path}`);
          const table = page.getByRole('table', { name });
          await table.getByRole('row').nth(1).waitFor();
          assert.deepEqual(await table.getByRole('columnheader').allTextContents(), headers, `${path}: the column headers`);
          const layout = await table.evaluate((element: HTMLTableElement) => {
            const heads = [...element.tHead!.rows[0].cells].map((cell) => cell.getBoundingClientRect());
            const row = element.tBodies[0].rows[0];
            return {
              displays: [element, element.tHead!, element.tBodies[0], row, row.cells[0]].map((part) => getComputedStyle(part).display),
              tops: new Set(heads.map((head) => Math.round(head.top))).size,
              rowTops: new Set([...row.cells].map((cell) => Math.round(cell.getBoundingClientRect().top))).size,
              headsShown: heads.every((head) => head.width > 1 && head.height > 1),
              labels: [...row.querySelectorAll('[aria-hidden="true"]')].filter((label) => getComputedStyle(label).display !== 'none').length,
            };
          });
          assert.deepEqual(
            layout,
            {
              displays: ['table', 'table-header-group', 'table-row-group', 'table-row', 'table-cell'],
              tops: 1,
              rowTops: 1,
              headsShown: true,
              labels: 0,
            },
            `${path}: a table as tables are, its headers shown in one row, no card labels`,
          );
        }
        await check('desk orders', page);
      } finally {
        await page.close();
      }
    });

    test("the forms of one line lay out as the console's (FieldRow): on a desk the button on the controls' line, on a phone the fields one under the other as wide as the screen", async () => {
      const page = await signIn(owner.email, PASSWORD, DESK);
      try {
        const forms: [string, string, string[], string][] = [
          ['/', 'Low-balance threshold in USD', ['Alert threshold (USD)'], 'Save threshold'],
          ['/team', 'Invite a colleague', ["Colleague's e-mail", 'Role'], 'Send invitation'],
          ['/developers', 'Create an API credential', ['Credential name'], 'Create credential'],
          ['/webhooks', `Recover events of endpoint ${hookId}`, ['Send again every event since'], 'Recover events'],
          ['/events', 'Filter events', ['Type', 'From (UTC)', 'Before (UTC)'], 'Show events'],
          [`/catalog/${demo.amazonProductId}`, 'Order', ['Your reference (optional)'], 'Preview quote'],
        ];
        const middle = (box: { y: number; height: number }) => box.y + box.height / 2;
        for (const [path, name, labels, buttonName] of forms) {
          await page.setViewportSize(DESK);
          await page.goto(`${base}/portal${path}`);
          const form = page.getByRole(path.startsWith('/catalog/') ? 'region' : 'form', { name, exact: true });
          const button = form.getByRole('button', { name: buttonName, exact: true });
          await button.waitFor();
          for (const { width, height } of [DESK, PHONE]) {
            await page.setViewportSize({ width, height });
            const controls = await Promise.all(labels.map(async (label) => (await form.getByLabel(label, { exact: true }).boundingBox())!));
            const box = (await button.boundingBox())!;
            const where = `${path} (${name}) at ${width} px`;
            for (const control of [...controls, box]) {
              assert.ok(control.x >= 0 && control.x + control.width <= width, `${where}: inside the screen ${JSON.stringify(control)}`);
            }
            const last = controls.at(-1)!;
            if (width === DESK.width) {
              for (const control of controls) assert.ok(Math.abs(control.y - controls[0]!.y) < 1, `${where}: the fields side by side`);
              assert.ok(Math.abs(middle(box) - middle(last)) < 2, `${where}: the button on the controls' line (${middle(box)}, ${middle(last)})`);
              assert.ok(box.x >= last.x + last.width, `${where}: the button after the fields`);
            } else {
              for (const [index, control] of controls.entries()) {
                assert.ok(
                  Math.abs(control.x - controls[0]!.x) < 1 && Math.abs(control.width - controls[0]!.width) < 1,
                  `${where}: the fields one under the other, as wide as each other ${JSON.stringify(controls)}`,
                );
                if (index > 0)
                  assert.ok(control.y > controls[index - 1]!.y + controls[index - 1]!.height, `${where}: ${labels[index]} under the field before`);
              }
              assert.ok(last.width >= width * 0.75, `${where}: the fields as wide as the screen allows (${last.width} px)`);
              assert.ok(box.y >= last.y + last.height, `${where}: the button under the fields`);
            }
          }
        }
        await check('forms on a phone', page);
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
        await waitForFocus(endpoint.getByRole('button', { name: 'Delete endpoint' }));
        await endpoint.getByRole('button', { name: 'Delete endpoint' }).click();
        await dialog.getByRole('button', { name: 'Delete endpoint' }).click();
        await page.getByRole('status').filter({ hasText: 'No webhook endpoints yet' }).waitFor();
        const left = await store.app.inject({ method: 'GET', url: '/api/v1/webhooks', headers: demo.auth });
        assert.deepEqual(left.json(), []);
      } finally {
        await page.close();
      }
    });

    test('Activity names people by their address and what they did in words; a viewer sees the team without an empty Actions column', async () => {
      const page = await signIn(owner.email, PASSWORD);
      try {
        await page.goto(`${base}/portal/activity`);
        const table = page.getByRole('table', { name: 'Activity' });
        const signInRow = table
          .getByRole('row')
          .filter({ has: page.getByRole('cell', { name: 'Signed in', exact: true }) })
          .first();
        await signInRow.getByRole('cell', { name: owner.email, exact: true }).first().waitFor();
        assert.equal(await table.getByRole('cell', { name: /^client_user:\d+$/ }).count(), 0, 'no client_user:N left');
        // Every entry says what happened in words: the people invited by the operator accepted and signed in.
        for (const what of ['Invited a team member', 'Accepted the invitation']) {
          await table.getByRole('cell', { name: what, exact: true }).first().waitFor();
        }
        assert.equal(await table.getByRole('cell', { name: /^portal\./ }).count(), 0, 'no action code left');
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
