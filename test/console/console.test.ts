import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, waitForFocus } from '../helpers/browser.ts';
import { demoClient } from '../helpers/demo.ts';
import { accessibilityViolations, createOperator } from '../helpers/console.ts';
import { ENGINES, startTestStore, twoStoresOnPostgres, type TestStore } from '../helpers/store.ts';
import type { ReconciliationReport } from '../../src/ledger/reconcile.ts';
import { recordReconciliation } from '../../src/ledger/reconciliation-record.ts';

const ADMIN_TOKEN = 'console-test-admin-token-0123456789abcdef';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
/** UPDATE_SCREENSHOTS=1 writes the README's screenshots of the main pages (docs/screenshots/). */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? path.join(import.meta.dirname, '../../docs/screenshots') : null;

async function screenshot(page: Page, name: string) {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/**
 * The operator console in Chromium, as an operator uses it: sign in (with and without a second
 * factor), create a client and see its secret once, fund a wallet, cancel an order, sign out.
 * Every page visited is checked with axe-core.
 */
for (const engine of ENGINES) {
  describe(`the operator console in a browser [${engine}]`, () => {
    let store: TestStore;
    let base: string;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let operator: { username: string; password: string; id: number };
    const violations: string[] = [];

    async function checkAccessibility(where: string) {
      for (const violation of await accessibilityViolations(page)) violations.push(`${where}: ${violation}`);
    }

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      base = await store.app.listen({ port: 0, host: '127.0.0.1' });
      browser = await launchChromium();
      context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      page = await context.newPage();
      operator = await createOperator(store, ADMIN_TOKEN, 'console-operator');
    });
    after(async () => {
      await browser?.close();
      await store.close();
    });

    test('a page of the console before sign-in leads to sign-in, a wrong password is refused, then the overview', async () => {
      await page.goto(`${base}/console/clients`);
      await page.getByRole('heading', { name: 'Sign in to the console' }).waitFor();
      assert.match(page.url(), /\/console\/sign-in\?next=/);
      await checkAccessibility('sign-in');
      await page.getByLabel('Username').fill(operator.username);
      await page.getByLabel('Password').fill('not-the-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'Invalid credentials' }).waitFor();
      await page.getByLabel('Password').fill(operator.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
      const cookie = (await context.cookies()).find((candidate) => candidate.name === 'prs_console');
      assert.ok(cookie?.httpOnly, 'the session cookie is httpOnly');
      assert.equal(cookie?.sameSite, 'Strict');
      await page.getByRole('link', { name: 'Overview', exact: true }).click();
      await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
      const reconciliation = page.getByRole('region', { name: 'Last reconciliation' });
      await reconciliation.getByText('Never run on this store').waitFor();
      await checkAccessibility('overview');

      // A failed run is told in words, with the way to the checks.
      const db = store.container.database.db;
      await recordReconciliation(db, {
        ok: false,
        checked_at: new Date().toISOString(),
        checks: [{ name: 'prepaid_not_negative', description: '', ok: false, breaks: 1 }],
      } as unknown as ReconciliationReport);
      try {
        await page.reload();
        await reconciliation.getByRole('listitem').filter({ hasText: 'no PREPAID wallet is below zero' }).waitFor();
        assert.match((await reconciliation.textContent()) ?? '', /1 break\b/, 'one break, in the singular');
        await reconciliation.getByRole('link', { name: 'Run the checks again on Reconcile' }).click();
        await page.getByRole('button', { name: 'Run the checks' }).waitFor();
      } finally {
        await db.deleteFrom('settings').where('key', '=', 'ledger.last_reconciliation').execute();
      }
      await page.getByRole('link', { name: 'Overview', exact: true }).click();
      await reconciliation.getByText('Never run on this store').waitFor();
    });

    test('create a client: its API secret is shown once, works, and is gone when the dialog closes', async () => {
      await page.getByRole('link', { name: 'Clients', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'No clients yet' }).waitFor();
      await page.getByRole('button', { name: 'Create client' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create a client' });
      await dialog.getByLabel('Client name').fill('Acme Rewards');
      await dialog.getByRole('button', { name: 'Create' }).click();
      const created = page.getByRole('dialog', { name: 'Client created' });
      await created.waitFor();
      await checkAccessibility('client created');
      const username = (await created.locator('dd code').nth(0).textContent())!;
      const secret = (await created.locator('dd code').nth(1).textContent())!;
      assert.match(username, /^prs_/);
      assert.ok(secret.length >= 32, 'secret.length >= 32');
      await created.getByRole('button', { name: 'Copy API secret' }).waitFor();
      const login = await store.app.inject({ method: 'POST', url: '/auth/login', payload: { username, password: secret } });
      assert.equal(login.statusCode, 200, 'the secret shown is the client’s');
      await created.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('link', { name: 'Acme Rewards' }).waitFor();
      assert.equal(await page.getByText(secret).count(), 0, 'the secret is not on the page any more');
      await checkAccessibility('clients');
      await screenshot(page, 'clients');
      // The client's page reads everything it shows with one request: the client's summary.
      const requested: string[] = [];
      const record = (request: { url(): string }) => requested.push(new URL(request.url()).pathname);
      page.on('request', record);
      await page.getByRole('link', { name: 'Acme Rewards' }).click();
      await page.getByRole('heading', { name: 'Acme Rewards', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Pricing' }).waitFor();
      await page.waitForLoadState('networkidle');
      page.off('request', record);
      const clientId = Number(new URL(page.url()).pathname.split('/').at(-1));
      assert.deepEqual(
        requested.filter((path) => path.startsWith('/admin/v1/')),
        [`/admin/v1/clients/${clientId}/summary`],
      );
      assert.equal(await page.getByText(secret).count(), 0, 'nor on the client’s page');
    });

    test('fund a wallet: the confirmation names the client and shows the resulting balance, then the balance and the ledger line', async () => {
      const clientId = Number(new URL(page.url()).pathname.split('/').at(-1));
      await page.getByRole('status').filter({ hasText: 'No wallets yet' }).waitFor();
      await page.getByRole('button', { name: 'Create wallet' }).click();
      const create = page.getByRole('dialog', { name: 'Create a wallet' });
      await create.getByLabel('Currency').fill('USD');
      await create.getByRole('button', { name: 'Create wallet' }).click();
      await page.getByRole('button', { name: 'Credit USD' }).click();
      // Whose money moves, and in which wallet, before anything is confirmed.
      const credit = page.getByRole('dialog', { name: 'Credit the USD wallet of Acme Rewards' });
      const described = await credit.evaluate((dialog) => document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent);
      assert.match(described ?? '', new RegExp(`^Client Acme Rewards \\(ID ${clientId}\\) · USD Wallet, prepaid \\(ID \\d+\\)$`));
      await credit.getByLabel('Amount (USD)').fill('250.75');
      await credit.getByLabel('Remarks').fill('Invoice 2026-118');
      await credit.getByRole('button', { name: 'Review' }).click();
      await credit.getByText('Credit 250.75 USD to the USD wallet of Acme Rewards: the balance goes from 0.00 USD to 250.75 USD.').waitFor();
      assert.ok(
        await credit.getByRole('heading', { name: 'Credit the USD wallet of Acme Rewards' }).isVisible(),
        'the review keeps the client and wallet in its title',
      );
      await checkAccessibility('credit confirmation');
      await credit.getByRole('button', { name: 'Confirm credit' }).click();
      await credit
        .getByRole('status')
        .filter({ hasText: 'Credited 250.75 USD to the USD wallet of Acme Rewards. The balance is now 250.75 USD.' })
        .waitFor();
      await credit.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('cell', { name: '250.75 USD' }).first().waitFor();
      // The ledger and low-balance buttons are drawn as the wallet's other buttons are, not as plain text.
      const look = (name: string) =>
        page.getByRole('button', { name, exact: true }).evaluate((button) => {
          const style = getComputedStyle(button);
          return { border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`, background: style.backgroundColor };
        });
      const creditLook = await look('Credit USD');
      assert.notEqual(creditLook.border.split(' ')[0], '0px', 'a secondary button has a border');
      for (const name of ['Ledger of USD', 'Low-balance alert of USD']) assert.deepEqual(await look(name), creditLook, name);
      const ledgerRead = page.waitForRequest((request) => /\/admin\/v1\/wallets\/\d+\/transactions\?/.test(request.url()));
      await page.getByRole('button', { name: 'Ledger of USD', expanded: false }).click();
      await page.getByRole('button', { name: 'Ledger of USD', expanded: true }).waitFor();
      const ledger = page.getByRole('region', { name: 'Ledger of the USD wallet' }).getByRole('table', { name: /Transactions of wallet/ });
      await ledger.getByRole('cell', { name: 'TOP_UP' }).waitFor();
      assert.match((await ledger.textContent())!, /Invoice 2026-118/);
      const asked = new URL((await ledgerRead).url()).searchParams;
      assert.deepEqual([asked.get('page'), asked.get('limit')], ['1', '25'], 'the ledger is read a page at a time');
      // Every line of the wallet as CSV.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).last().click();
      const csv = await readFile((await (await download).path())!, 'utf8');
      assert.match(csv, /Invoice 2026-118/);
      await checkAccessibility('client');
      await screenshot(page, 'client');
      // Pressed again, the button hides the ledger it shows.
      await page.getByRole('button', { name: 'Ledger of USD', expanded: true }).click();
      await page.getByRole('region', { name: 'Ledger of the USD wallet' }).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Ledger of USD', expanded: false }).waitFor();

      await page.getByRole('button', { name: 'Low-balance alert of USD' }).click();
      const alert = page.getByRole('dialog', { name: 'Low-balance alert of the USD wallet of Acme Rewards' });
      await alert.getByText(/No alert sent yet\./).waitFor();
      await alert.getByLabel('Threshold (USD)').fill('100');
      await alert.getByRole('button', { name: 'Save threshold' }).click();
      await alert.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      await checkAccessibility('low-balance alert');
      await alert.getByRole('button', { name: 'Close', exact: true }).click();
      const thresholds = (await store.app.inject({ method: 'GET', url: `/admin/v1/clients/${clientId}/low-balance`, headers: admin })).json();
      assert.deepEqual(
        thresholds.map((wallet: { threshold: number | null }) => wallet.threshold),
        [100],
      );
    });

    test("a client's access and terms: allowlist, tax rate, rate limits", async () => {
      const client = (await store.app.inject({ method: 'GET', url: '/admin/v1/clients', headers: admin })).json()[0];
      await page.getByLabel('Address or range').fill('203.0.113.0/24');
      await page.getByRole('button', { name: 'Add to allowlist' }).click();
      await page.getByRole('button', { name: 'Remove 203.0.113.0/24' }).waitFor();
      const allowed = (await store.app.inject({ method: 'GET', url: `/admin/v1/clients/${client.id}`, headers: admin })).json();
      assert.deepEqual(allowed.ip_allowlist, ['203.0.113.0/24']);
      // The last address: removing it lets any address in, so it asks first.
      await page.getByRole('button', { name: 'Remove 203.0.113.0/24' }).click();
      const emptying = page.getByRole('dialog', { name: 'Remove 203.0.113.0/24, the last address of the allowlist?' });
      await emptying.getByRole('button', { name: 'Cancel' }).click();
      await emptying.waitFor({ state: 'hidden' });
      assert.deepEqual((await store.app.inject({ method: 'GET', url: `/admin/v1/clients/${client.id}`, headers: admin })).json().ip_allowlist, [
        '203.0.113.0/24',
      ]);
      await page.getByRole('button', { name: 'Remove 203.0.113.0/24' }).click();
      await emptying.getByRole('button', { name: 'Remove and allow any address' }).click();
      await page.getByText('empty, so any address may call the API.').waitFor();
      await page.getByLabel(/^Tax rate/).fill('8.875');
      await page.getByRole('button', { name: 'Set tax rate' }).click();
      await page.getByLabel('Tax rate (now 8.875 %)').waitFor();
      await page.getByLabel(/^Read \(now/).fill('120');
      await page.getByRole('button', { name: 'Save rate limits' }).click();
      await page.getByLabel('Read (now 120)').waitFor();
      const limits = (await store.app.inject({ method: 'GET', url: `/admin/v1/clients/${client.id}/rate-limits`, headers: admin })).json();
      assert.equal(limits.overrides.read, 120);
      assert.equal(limits.overrides.orders, null);
      await page.getByLabel('Product ID to hide').fill('999999');
      await page.getByRole('button', { name: 'Hide product' }).click();
      await page.getByRole('alert').filter({ hasText: 'not found' }).waitFor();
      await checkAccessibility('client settings');
    });

    test("a client's pricing: the product found by its name, named under its ID, then its discount, listed by the product's name", async () => {
      const client = (await store.app.inject({ method: 'GET', url: '/admin/v1/clients', headers: admin })).json()[0];
      const { amazonProductId } = await demoClient(store, ADMIN_TOKEN);
      const product = (await store.app.inject({ method: 'GET', url: `/admin/v1/products/${amazonProductId}`, headers: admin })).json();
      const pricing = page.getByRole('region', { name: 'Pricing' });
      const field = pricing.getByRole('combobox', { name: 'Product ID', exact: true });
      await field.fill('amazon');
      // Offered as the operator types: the product's ID as the value, its name as the label.
      const option = pricing.locator(`datalist option[value="${product.id}"]`);
      await option.waitFor({ state: 'attached' });
      assert.equal(await option.getAttribute('label'), `${product.name} (${product.currency_code})`);
      await field.fill('999999');
      await pricing.getByText('No product has the ID 999999').waitFor();
      await field.fill(String(product.id));
      await pricing.getByText(`${product.name} (${product.currency_code})`, { exact: true }).waitFor();
      // The product's name under its field moves neither the discount field nor the button: on a desktop they stand on one
      // line, on a phone one under the other, as wide as the screen allows.
      const rate = pricing.getByRole('textbox', { name: 'Discount (%)' });
      const submit = pricing.getByRole('button', { name: 'Set discount' });
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 844 });
        const [productBox, rateBox, buttonBox] = await Promise.all([field, rate, submit].map(async (control) => (await control.boundingBox())!));
        const middle = (box: { y: number; height: number }) => box.y + box.height / 2;
        if (width === 1280) {
          assert.ok(Math.abs(productBox.y - rateBox.y) < 1, `the two fields side by side at ${width} px: tops ${productBox.y} and ${rateBox.y}`);
          assert.ok(Math.abs(middle(buttonBox) - middle(rateBox)) < 2, `the button on the fields' line at ${width} px`);
        } else {
          assert.ok(
            Math.abs(productBox.x - rateBox.x) < 1 && Math.abs(productBox.width - rateBox.width) < 1,
            `the two fields one under the other at ${width} px: ${JSON.stringify([productBox, rateBox])}`,
          );
          assert.ok(rateBox.y > productBox.y + productBox.height, 'the discount under the product');
        }
        for (const box of [productBox, rateBox, buttonBox]) assert.ok(box.x >= 0 && box.x + box.width <= width, `inside ${width} px`);
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= width, `no wider than ${width} px`);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      await rate.fill('4.5');
      await submit.click();
      await pricing.getByRole('button', { name: `Remove discount of product ${product.id}` }).waitFor();
      // Listed by the product's name, with its ID.
      await pricing
        .getByRole('listitem')
        .filter({ hasText: `${product.name} (product ${product.id}): 4.5 %` })
        .waitFor();
      const set = (await store.app.inject({ method: 'GET', url: `/admin/v1/clients/${client.id}/pricing`, headers: admin })).json();
      assert.deepEqual(
        set.discounts.map((row: { product_id: number; discount: number }) => [row.product_id, row.discount]),
        [[product.id, 4.5]],
      );
      // A discount of one of the product's ranges, or of one fixed value, is listed by the values the product's page shows.
      const [, fixed, range] = product.denominations as { id: number; min_value: number; max_value: number }[];
      assert.deepEqual([fixed!.min_value, fixed!.max_value, range!.min_value, range!.max_value], [25, 25, 50, 500]);
      for (const [denomination, discount] of [
        [range!, 6],
        [fixed!, 5],
      ] as const) {
        const put = await store.app.inject({
          method: 'PUT',
          url: `/admin/v1/clients/${client.id}/discounts`,
          headers: admin,
          payload: { product_id: product.id, denomination_id: denomination.id, discount },
        });
        assert.equal(put.statusCode, 200, put.body);
      }
      await page.reload();
      await pricing
        .getByRole('listitem')
        .filter({ hasText: `${product.name} (product ${product.id}), range 50–500 USD: 6 %` })
        .waitFor();
      await pricing
        .getByRole('listitem')
        .filter({ hasText: `${product.name} (product ${product.id}), fixed value 25 USD: 5 %` })
        .waitFor();
      await pricing.getByRole('button', { name: `Remove discount of product ${product.id}, range 50–500 USD`, exact: true }).click();
      await pricing
        .getByRole('button', { name: `Remove discount of product ${product.id}, range 50–500 USD`, exact: true })
        .waitFor({ state: 'detached' });
      const left = (await store.app.inject({ method: 'GET', url: `/admin/v1/clients/${client.id}/pricing`, headers: admin })).json();
      assert.deepEqual(
        left.discounts.map((row: { denomination_id: number | null; discount: number }) => [row.denomination_id, row.discount]),
        [
          [null, 4.5],
          [fixed!.id, 5],
        ],
      );
      await checkAccessibility('client pricing');
    });

    test('cancel a pending order: the confirmation, then the refund', async () => {
      const { auth, amazonProductId } = await demoClient(store, ADMIN_TOKEN);
      // More than 5 vouchers are delivered in the background, by a worker this test store does not run: it stays PENDING.
      const placed = await store.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: auth,
        payload: { product_id: amazonProductId, denomination: 25, quantity: 6 },
      });
      assert.equal(placed.statusCode, 201, placed.body);
      const order = placed.json();
      assert.equal(order.status, 'PENDING');

      await page.getByRole('link', { name: 'Orders', exact: true }).click();
      await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
      await page.getByLabel('Status').selectOption('PENDING');
      await page.waitForURL(/status=PENDING/);
      const cancel = page.getByRole('button', { name: `Cancel order ${order.id}` });
      await cancel.click();
      const confirm = page.getByRole('dialog', { name: `Cancel order ${order.id}?` });
      await confirm.getByText('147.00 USD goes back').waitFor();
      // The button that changes nothing is not to be read as cancelling; closed, the dialog gives focus back to its button.
      assert.equal(await confirm.getByRole('button', { name: 'Cancel', exact: true }).count(), 0, 'no button is just "Cancel"');
      await confirm.getByRole('button', { name: 'Keep the order' }).click();
      await confirm.waitFor({ state: 'detached' });
      await waitForFocus(cancel);
      await page.keyboard.press('Enter');
      await confirm.waitFor();
      await page.keyboard.press('Escape');
      await confirm.waitFor({ state: 'detached' });
      await waitForFocus(cancel);
      await cancel.click();
      await confirm.getByLabel('Remarks').fill('Client asked to cancel');
      await checkAccessibility('cancel confirmation');
      await confirm.getByRole('button', { name: 'Cancel and refund' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Order ${order.id} is cancelled; 147.00 USD went back to the wallet.` })
        .waitFor();
      const after = (await store.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: auth })).json();
      assert.equal(after.status, 'CANCELLED');
      await page.getByLabel('Status').selectOption('');
      await page.getByRole('cell', { name: 'CANCELLED' }).first().waitFor();
      await checkAccessibility('orders');
      await screenshot(page, 'orders');
      // Each order names its client, a link to the client's page.
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: String(order.id), exact: true }) });
      await row.getByRole('link', { name: 'Demo client', exact: true }).waitFor();
      await page.getByRole('link', { name: String(order.id), exact: true }).click();
      await page.getByRole('heading', { name: `Order ${order.id}`, level: 1 }).waitFor();
      await page.getByRole('region', { name: 'Details' }).getByRole('link', { name: 'Demo client', exact: true }).waitFor();
      const timeline = page.getByRole('list').filter({ hasText: 'Placed: 6 × 25 USD' });
      // Who acted and what they did, in words.
      await timeline.getByText('Cancelled an order: Client asked to cancel').waitFor();
      await timeline.getByText(`Action · Operator ${operator.username}`, { exact: false }).waitFor();
      assert.doesNotMatch(await timeline.innerText(), /order\.cancel\b|operator:|client:\d/, 'no code of the audit log');
      await timeline.getByText(/^Refunded 147\.00 USD/).waitFor();
      await timeline.getByText(/^Event order\.cancelled/).waitFor();
      await checkAccessibility('order');
    });

    test('orders filtered by a client and a product chosen by name; the address keeps their IDs', async () => {
      const { credentials, amazonProductId } = await demoClient(store, ADMIN_TOKEN);
      const acme = (await store.app.inject({ method: 'GET', url: '/admin/v1/clients?search=Acme', headers: admin })).json()[0];
      const product = (await store.app.inject({ method: 'GET', url: `/admin/v1/products/${amazonProductId}`, headers: admin })).json();
      await page.getByRole('link', { name: 'Orders', exact: true }).click();
      const filters = page.getByRole('form', { name: 'Filter orders' });
      const orders = page.getByRole('table', { name: 'Orders' });
      await orders.waitFor();
      // A match is offered as the name is typed: its ID as the value, its name as the label; choosing it puts the ID in the field.
      const choose = async (name: string, typed: string, label: string) => {
        const field = filters.getByRole('combobox', { name, exact: true });
        await field.fill(typed);
        const option = filters.locator(`datalist option[label="${label}"]`);
        await option.waitFor({ state: 'attached' });
        await field.fill((await option.getAttribute('value'))!);
        await filters.getByText(label, { exact: true }).waitFor();
      };
      await choose('Client', 'acme', 'Acme Rewards');
      await page.waitForURL(new RegExp(`client_id=${acme.id}(&|$)`));
      await page.getByRole('status').filter({ hasText: 'No order matches these filters' }).waitFor();
      await choose('Client', 'demo', 'Demo client');
      await page.waitForURL(new RegExp(`client_id=${credentials.client_id}(&|$)`));
      await orders.waitFor();
      await choose('Product', 'amazon', `${product.name} (USD)`);
      await page.waitForURL(new RegExp(`product_id=${product.id}(&|$)`));
      await filters.getByText(`${product.name} (USD)`, { exact: true }).waitFor();
      // The rows of the client's other products stay on screen until the filtered answer replaces them.
      await orders
        .getByRole('row')
        .filter({ has: page.getByRole('cell') })
        .filter({ hasNotText: product.name })
        .first()
        .waitFor({ state: 'detached' });
      const rows = (await orders.getByRole('row').count()) - 1;
      assert.ok(rows > 0, 'the demo client has orders of the product');
      assert.equal(await orders.getByRole('cell', { name: product.name, exact: true }).count(), rows, `only orders of ${product.name}`);
      // The client of each row is named, a link to its page, with its ID beside it.
      assert.equal(await orders.getByRole('link', { name: 'Demo client', exact: true }).count(), rows, 'each row names its client');
      assert.equal(await orders.getByText(`ID ${credentials.client_id}`, { exact: true }).count(), rows);
      // The address is a link to the same view: opened afresh, the fields hold the IDs and name them, both read in one
      // request beside the orders (the page's budget of two).
      const shared = page.url();
      await page.goto(`${base}/console/`);
      // The overview's own request must not fall into the count of the orders page's.
      await page.getByRole('region', { name: 'Last reconciliation' }).waitFor();
      await page.waitForLoadState('networkidle');
      const opened = async (url: string) => {
        const asked: string[] = [];
        const record = (request: { url(): string }) => {
          const address = new URL(request.url());
          if (address.pathname.startsWith('/admin/v1/')) asked.push(address.pathname);
        };
        page.on('request', record);
        await page.goto(url);
        await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        page.off('request', record);
        return asked.filter((path) => path !== '/admin/v1/auth/session').sort();
      };
      assert.deepEqual(await opened(shared), ['/admin/v1/lookup', '/admin/v1/orders']);
      await filters.getByText('Demo client', { exact: true }).waitFor();
      await filters.getByText(`${product.name} (USD)`, { exact: true }).waitFor();
      assert.equal(await filters.getByRole('combobox', { name: 'Client', exact: true }).inputValue(), String(credentials.client_id));
      assert.equal(await filters.getByRole('combobox', { name: 'Product', exact: true }).inputValue(), String(product.id));
      await orders.waitFor();
      // A link whose client ID names no client says so under the field, from that same request.
      const unknown = new URL(shared);
      unknown.searchParams.set('client_id', '2147483647');
      assert.deepEqual(await opened(unknown.toString()), ['/admin/v1/lookup', '/admin/v1/orders']);
      await filters.getByText('No client has the ID 2147483647').waitFor();
      await filters.getByText(`${product.name} (USD)`, { exact: true }).waitFor();
      await page.goto(shared);
      await orders.waitFor();
      // Emptied, a field no longer filters.
      await filters.getByRole('combobox', { name: 'Client', exact: true }).fill('');
      await page.waitForURL((url) => !url.searchParams.has('client_id'));
      await checkAccessibility('orders filtered');
    });

    test('the audit log shows what this operator did', async () => {
      await page.getByRole('link', { name: 'Audit log', exact: true }).click();
      await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
      // Who did what in words, the codes the filters take under them.
      const cancelled = page.getByRole('row').filter({ has: page.getByRole('cell', { name: /^Cancelled an order/ }) });
      await cancelled.first().waitFor();
      const cells = await cancelled.first().getByRole('cell').allInnerTexts();
      assert.deepEqual(cells.slice(1, 3), [`Operator ${operator.username}\noperator:${operator.username}`, 'Cancelled an order\norder.cancel']);
      assert.match(cells[3]!, /^Order \d+$/, 'the target in words');
      await checkAccessibility('audit log');
      // Oldest first, kept in the address: the first entry is the operator's creation.
      const log = page.getByRole('table', { name: 'Audit log' });
      await log.getByRole('button', { name: 'Time' }).click();
      await page.waitForURL(/sort_by=created_at&sort_dir=ASC/);
      await log.getByRole('row').nth(1).getByRole('cell', { name: 'Created an operator operator.create', exact: true }).waitFor();
      await page.getByRole('link', { name: 'Overview', exact: true }).click();
      await page
        .getByRole('region', { name: 'Orders today (UTC)' })
        .getByText(/orders?,/)
        .first()
        .waitFor();
      // The store's own accounts by the names people give them, the ledger's code beside each.
      const accounts = page.getByRole('region', { name: 'Operator accounts' });
      const funding = accounts.getByRole('row', { name: /^Funding \(USD\)/ });
      assert.equal(await funding.getByRole('rowheader').innerText(), 'Funding (USD) FUNDING');
      assert.equal(await funding.getByRole('cell').innerText(), '-10,250.75 USD');
      await accounts.getByRole('rowheader', { name: /^Revenue \(USD\)/ }).waitFor();
      assert.equal(await accounts.getByText(/^(FUNDING|REVENUE):/).count(), 0, 'no account is named by its code alone');
      await checkAccessibility('overview with orders');
      await screenshot(page, 'overview');
    });

    test('on a phone the pages are behind the Menu button, and a page is no wider than the screen', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      try {
        await page.goto(`${base}/console/clients`);
        await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
        const navigation = page.getByRole('navigation', { name: 'Console' });
        assert.equal(await navigation.getByRole('link', { name: 'Orders', exact: true }).isVisible(), false);
        const menu = navigation.getByRole('button', { name: 'Menu' });
        await menu.click();
        // Escape closes the menu, and the focus goes back to its button.
        await navigation.getByRole('link', { name: 'Orders', exact: true }).focus();
        await page.keyboard.press('Escape');
        await navigation.getByRole('link', { name: 'Orders', exact: true }).waitFor({ state: 'hidden' });
        await waitForFocus(menu);
        await menu.click();
        await navigation.getByRole('link', { name: 'Orders', exact: true }).click();
        await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
        assert.equal(await navigation.getByRole('link', { name: 'Clients', exact: true }).isVisible(), false, 'the menu closes');
        for (const path of ['orders', 'clients', 'audit']) {
          await page.goto(`${base}/console/${path}`);
          await page.getByRole('table').first().waitFor();
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= 390, `/console/${path} is ${width} px wide on a 390 px screen`);
        }
        await checkAccessibility('phone');
      } finally {
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    });

    test('a session that ends under the operator: sign-in says why (and that a change was not made), then the same page again', async () => {
      /** Signed out elsewhere: the cookie's session ended through the API. */
      const endSession = async () => {
        const cookie = (await context.cookies()).find((candidate) => candidate.name === 'prs_console')!;
        const headers = { cookie: `prs_console=${cookie.value}` };
        const csrf = (await store.app.inject({ method: 'GET', url: '/admin/v1/auth/session', headers })).json().csrf_token;
        const out = await store.app.inject({ method: 'DELETE', url: '/admin/v1/auth/session', headers: { ...headers, 'x-csrf-token': csrf } });
        assert.ok(out.statusCode < 300, out.body);
      };
      const signInAgain = async () => {
        await page.getByLabel('Username').fill(operator.username);
        await page.getByLabel('Password').fill(operator.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
      };

      await page.goto(`${base}/console/orders`);
      await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
      await endSession();
      await page.getByLabel('Status').selectOption('CANCELLED');
      await page.getByRole('heading', { name: 'Sign in to the console' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Your session ended. Sign in again to continue.' }).waitFor();
      assert.equal(await page.getByText('was not made').count(), 0, 'no change was lost');
      await checkAccessibility('sign-in after the session ended');
      // A wrong password, refused 401 on this page, is not taken for a change the session's end lost.
      await page.getByLabel('Username').fill(operator.username);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').waitFor();
      assert.equal(new URL(page.url()).searchParams.get('ended'), 'read');
      await signInAgain();
      await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
      assert.equal(new URL(page.url()).search, '?status=CANCELLED', 'back on the page as it was, its filter kept');
      await page.getByRole('cell', { name: 'CANCELLED' }).first().waitFor();

      await page.getByRole('link', { name: 'Clients', exact: true }).click();
      await page.getByRole('button', { name: 'Create client' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create a client' });
      await dialog.getByLabel('Client name').fill('Never made');
      await endSession();
      await dialog.getByRole('button', { name: 'Create' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Your session ended, so your last change was not made. Sign in again, then make it again.' })
        .waitFor();
      await signInAgain();
      await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Acme Rewards' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Never made' }).count(), 0);

      // A change still on its way when a read's 401 sends the operator to sign in: refused after
      // it, it was not made either, and the page says so.
      await page.getByRole('button', { name: 'Create client' }).click();
      await dialog.getByLabel('Client name').fill('Never made either');
      await endSession();
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let held!: () => void;
      const holding = new Promise<void>((resolve) => (held = resolve));
      await page.route('**/admin/v1/clients', async (route) => {
        if (route.request().method() === 'POST') {
          held();
          await released;
        }
        await route.continue();
      });
      await dialog.getByRole('button', { name: 'Create' }).click();
      await holding;
      await page.keyboard.press('Escape');
      await page.getByRole('link', { name: 'Orders', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Your session ended. Sign in again to continue.' }).waitFor();
      release();
      await page
        .getByRole('status')
        .filter({ hasText: 'Your session ended, so your last change was not made. Sign in again, then make it again.' })
        .waitFor();
      await page.unroute('**/admin/v1/clients');
      await signInAgain();
      await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
      const clients = await store.app.inject({
        method: 'GET',
        url: '/admin/v1/clients?limit=100',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      assert.equal(clients.statusCode, 200, clients.body);
      assert.ok(!clients.body.includes('Never made'), 'neither change was made');
    });

    test('sign out ends the session: the cookie no longer opens the admin API', async () => {
      const cookie = (await context.cookies()).find((candidate) => candidate.name === 'prs_console')!;
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in to the console' }).waitFor();
      const replay = await store.app.inject({ method: 'GET', url: '/admin/v1/clients', headers: { cookie: `prs_console=${cookie.value}` } });
      assert.equal(replay.statusCode, 401);
    });

    test('an operator with a second factor is asked for the one-time code', async () => {
      const second = await createOperator(store, ADMIN_TOKEN, 'console-totp');
      const token = (
        await store.app.inject({ method: 'POST', url: '/admin/v1/auth/login', payload: { username: second.username, password: second.password } })
      ).json().data.access_token;
      const enrol = await store.app.inject({ method: 'POST', url: '/admin/v1/auth/totp', headers: { authorization: `Bearer ${token}` } });
      assert.equal(enrol.statusCode, 200, enrol.body);
      const totp = new TOTP({ secret: enrol.json().secret });
      const confirmed = await store.app.inject({
        method: 'POST',
        url: '/admin/v1/auth/totp/confirm',
        headers: { authorization: `Bearer ${token}` },
        payload: { code: totp.generate() },
      });
      assert.equal(confirmed.statusCode, 200, confirmed.body);

      await page.getByLabel('Username').fill(second.username);
      await page.getByLabel('Password').fill(second.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const code = page.getByLabel('One-time code');
      await code.waitFor();
      await code.fill(totp.generate({ timestamp: Date.now() + 30_000 }));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
      await page.getByText(`Signed in as ${second.username}`).waitFor();
    });

    test('no page has a serious or critical accessibility violation', () => {
      assert.deepEqual(violations, []);
    });
  });
}

if (process.env.DATABASE_URL) {
  describe('a console session ends on every process', () => {
    const stores = twoStoresOnPostgres({ env: { ADMIN_TOKEN } });

    test('signed out through one server, the cookie is dead on the other', async () => {
      const { first, second } = stores;
      const operator = await createOperator(first, ADMIN_TOKEN, 'two-process-operator');
      const signedIn = await first.app.inject({
        method: 'POST',
        url: '/admin/v1/auth/session',
        payload: { username: operator.username, password: operator.password },
      });
      assert.equal(signedIn.statusCode, 200, signedIn.body);
      const cookie = String(signedIn.headers['set-cookie']).split(';')[0]!;
      const csrf = signedIn.json().csrf_token;
      assert.equal((await second.app.inject({ method: 'GET', url: '/admin/v1/clients', headers: { cookie } })).statusCode, 200);
      const out = await first.app.inject({ method: 'DELETE', url: '/admin/v1/auth/session', headers: { cookie, 'x-csrf-token': csrf } });
      assert.ok(out.statusCode < 300, out.body);
      assert.equal((await second.app.inject({ method: 'GET', url: '/admin/v1/clients', headers: { cookie } })).statusCode, 401);
    });
  });
}
