import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { accessibilityViolations, createOperator, signIn } from '../helpers/console.ts';
import { demoClient, placeDemoOrder, type DemoClient } from '../helpers/demo.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const ADMIN_TOKEN = 'console-safeguards-admin-token-0123456789abcdef';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/**
 * What keeps an operator from a costly slip, on the demo data: a debit the store would refuse is
 * said before it is confirmed, turning a client's vouchers off asks first, a pending order is
 * cancelled from its own page, and the pages of one client, product or order (its rate limits too) and the catalog's
 * tabs fit a phone.
 */
for (const engine of ENGINES) {
  describe(`the console's safeguards in a browser [${engine}]`, () => {
    let store: TestStore;
    let base: string;
    let browser: Browser;
    let page: Page;
    let demo: DemoClient;
    const violations: string[] = [];
    const check = async (where: string) => {
      for (const violation of await accessibilityViolations(page)) violations.push(`${where}: ${violation}`);
    };
    const usdWallet = async () => {
      const wallets = (
        await store.app.inject({ method: 'GET', url: `/admin/v1/wallets?client_id=${demo.credentials.client_id}`, headers: admin })
      ).json();
      return wallets.find((wallet: { currency_code: string }) => wallet.currency_code === 'USD');
    };

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      base = await store.app.listen({ port: 0, host: '127.0.0.1' });
      demo = await demoClient(store, ADMIN_TOKEN);
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.setDefaultTimeout(10_000);
      await signIn(page, base, await createOperator(store, ADMIN_TOKEN, 'safeguards-operator'));
    });
    after(async () => {
      await browser?.close();
      await store.close();
    });

    test('a debit beyond the balance is refused in the review, with the amounts as money reads', async () => {
      const before = await usdWallet();
      assert.equal(before.amount, 10000);
      await page.goto(`${base}/console/clients/${demo.credentials.client_id}`);
      await page.getByRole('button', { name: 'Debit USD' }).click();
      const debit = page.getByRole('dialog', { name: 'Debit the USD wallet of Demo client' });
      await debit.getByLabel('Amount (USD)').fill('12500');
      await debit.getByRole('button', { name: 'Review' }).click();
      await debit.getByText('Debit 12,500.00 USD from the USD wallet of Demo client: the balance goes from 10,000.00 USD to -2,500.00 USD').waitFor();
      await debit.getByRole('alert').filter({ hasText: "more than the wallet's balance" }).waitFor();
      await debit.getByRole('alert').filter({ hasText: 'enter at most 10,000.00 USD' }).waitFor();
      assert.equal(await debit.getByRole('button', { name: 'Confirm debit' }).count(), 0, 'nothing to confirm');
      await check('debit refused');
      // Back to the amount: one the balance covers can be confirmed.
      await debit.getByRole('button', { name: 'Back' }).click();
      await debit.getByLabel('Amount (USD)').fill('2500');
      await debit.getByRole('button', { name: 'Review' }).click();
      await debit.getByText('the balance goes from 10,000.00 USD to 7,500.00 USD').waitFor();
      assert.equal(await debit.getByRole('alert').count(), 0);
      await debit.getByRole('button', { name: 'Confirm debit' }).click();
      await debit
        .getByRole('status')
        .filter({ hasText: 'Debited 2,500.00 USD from the USD wallet of Demo client. The balance is now 7,500.00 USD.' })
        .waitFor();
      await debit.getByRole('button', { name: 'Done' }).click();
      assert.equal((await usdWallet()).amount, 7500);
    });

    test('a credit whose answer was lost is confirmed again without crediting twice: the dialog keeps its Idempotency-Key', async () => {
      const before = (await usdWallet()).amount;
      const keys: string[] = [];
      const credits = '**/admin/v1/wallets/*/credit';
      await page.route(credits, async (route) => {
        keys.push(route.request().headers()['idempotency-key'] ?? '');
        if (keys.length > 1) return route.continue();
        // The store posts the credit; its answer is lost on the way back.
        await route.fetch();
        await route.fulfill({
          status: 503,
          contentType: 'application/json',
          headers: { 'retry-after': '1' },
          body: JSON.stringify({ error: { name: 'ServiceUnavailableError', code: 'SERVICE_UNAVAILABLE', message: 'Service unavailable' } }),
        });
      });
      try {
        await page.getByRole('button', { name: 'Credit USD' }).click();
        const credit = page.getByRole('dialog', { name: 'Credit the USD wallet of Demo client' });
        await credit.getByLabel('Amount (USD)').fill('300');
        await credit.getByLabel('Remarks').fill('Wire 2026-12-07');
        await credit.getByRole('button', { name: 'Review' }).click();
        await credit.getByRole('button', { name: 'Confirm credit' }).click();
        await credit.getByRole('alert').filter({ hasText: 'Service unavailable' }).waitFor();
        assert.equal((await usdWallet()).amount, before + 300, 'the first attempt was posted');
        await credit.getByRole('button', { name: 'Confirm credit' }).click();
        await credit
          .getByRole('status')
          .filter({
            hasText: `Credited 300.00 USD to the USD wallet of Demo client. The balance is now ${(before + 300).toLocaleString('en-US')}.00 USD.`,
          })
          .waitFor();
        await credit.getByRole('button', { name: 'Done' }).click();
        await credit.waitFor({ state: 'detached' });
      } finally {
        await page.unroute(credits);
      }
      assert.equal(keys.length, 2);
      assert.match(keys[0]!, /^console-[0-9a-f]{32}$/);
      assert.equal(keys[1], keys[0], 'the same key again');
      assert.equal((await usdWallet()).amount, before + 300, 'credited once');
    });

    test("turning a client's vouchers off asks first; cancelled, the client keeps them", async () => {
      const features = async () =>
        (await store.app.inject({ method: 'GET', url: `/admin/v1/clients/${demo.credentials.client_id}`, headers: admin })).json().features;
      const access = page.getByRole('region', { name: 'Access' });
      await access.getByRole('button', { name: 'Turn off vouchers' }).click();
      const confirm = page.getByRole('dialog', { name: 'Turn off vouchers for Demo client?' });
      await confirm.getByText('its API refuses products, quotes and orders').waitFor();
      await check('turn off vouchers');
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await confirm.waitFor({ state: 'detached' });
      assert.deepEqual(await features(), ['vouchers']);
      await access.getByRole('button', { name: 'Turn off vouchers' }).click();
      await confirm.getByRole('button', { name: 'Turn off vouchers' }).click();
      await access.getByRole('button', { name: 'Turn on vouchers' }).waitFor();
      assert.deepEqual(await features(), []);
      // Turning them on again gives, and needs no confirmation.
      await access.getByRole('button', { name: 'Turn on vouchers' }).click();
      await access.getByRole('button', { name: 'Turn off vouchers' }).waitFor();
      assert.deepEqual(await features(), ['vouchers']);
    });

    test('a pending order is cancelled from its own page, which then shows the refund', async () => {
      // More than 5 vouchers are delivered in the background, by a worker this test store does not run: it stays PENDING.
      const order = await placeDemoOrder(store, demo, 6);
      assert.equal(order.status, 'PENDING');
      await page.goto(`${base}/console/orders/${order.id}`);
      await page.getByRole('heading', { name: `Order ${order.id}`, level: 1 }).waitFor();
      await page.getByRole('button', { name: `Cancel order ${order.id}` }).click();
      const confirm = page.getByRole('dialog', { name: `Cancel order ${order.id}?` });
      await confirm.getByText('147.00 USD goes back').waitFor();
      await confirm.getByLabel('Remarks').fill('Ordered twice by mistake');
      await check('order cancel');
      await confirm.getByRole('button', { name: 'Cancel and refund' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Order ${order.id} is cancelled; 147.00 USD went back to the wallet.` })
        .waitFor();
      await page.getByText(/^Refunded 147\.00 USD/).waitFor();
      assert.equal(await page.getByRole('button', { name: `Cancel order ${order.id}` }).count(), 0, 'a cancelled order offers no cancel');
      const after = (await store.app.inject({ method: 'GET', url: `/admin/v1/orders/${order.id}`, headers: admin })).json();
      assert.equal(after.status, 'CANCELLED');
    });

    test('a face value whose lowest value is above its highest is refused in the words of the form, not of the API', async () => {
      await page.goto(`${base}/console/catalog/products/${demo.amazonProductId}`);
      await page.getByRole('button', { name: 'Add range' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a face value' });
      await dialog.getByLabel('Value, or lowest value of a range (USD)').fill('50');
      await dialog.getByLabel('Highest value of a range (USD)').fill('10');
      await dialog.getByRole('button', { name: 'Add', exact: true }).click();
      const refusal = dialog.getByRole('alert');
      await refusal.filter({ hasText: 'The lowest value must not be greater than the highest value' }).waitFor();
      assert.doesNotMatch(await refusal.innerText(), /min_value|max_value|VALIDATION_FAILURE|400/);
      await check('face value refused');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
    });

    test("on a phone the pages of a client, a product and an order are no wider than the screen; a client's rate limits and the catalog's tabs fit it", async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      try {
        const order = await placeDemoOrder(store, demo, 1);
        const pages: [string, string][] = [
          [`clients/${demo.credentials.client_id}`, 'Demo client'],
          [`catalog/products/${demo.amazonProductId}`, 'Amazon.com Gift Card'],
          [`orders/${order.id}`, `Order ${order.id}`],
        ];
        for (const [path, heading] of pages) {
          await page.goto(`${base}/console/${path}`);
          await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= 390, `/console/${path} is ${width} px wide on a 390 px screen`);
        }
        const inside = (box: { x: number; width: number } | null, what: string) =>
          assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${what} inside the 390 px screen: ${JSON.stringify(box)}`);
        // The client's rate limits: each field half the screen wide at least, and the button's name on one line.
        await page.goto(`${base}/console/clients/${demo.credentials.client_id}`);
        const terms = page.getByRole('region', { name: 'Terms' });
        const oneLine = (await terms.getByRole('button', { name: 'Set tax rate' }).boundingBox())!.height;
        for (const name of ['Read', 'Orders', 'Quotes']) {
          const box = await terms.getByRole('textbox', { name: new RegExp(`^${name} \\(now`) }).boundingBox();
          inside(box, `the ${name} rate limit`);
          assert.ok(box!.width >= 195, `the ${name} rate limit is ${box!.width} px wide`);
        }
        const save = await terms.getByRole('button', { name: 'Save rate limits' }).boundingBox();
        inside(save, 'Save rate limits');
        assert.equal(save!.height, oneLine, 'Save rate limits on one line');
        // The catalog's tabs: every tab on the screen, its name on one line.
        await page.goto(`${base}/console/catalog`);
        const tabs = page.getByRole('navigation', { name: 'Catalog views' }).getByRole('link');
        await tabs.first().waitFor();
        const heights = new Set<number>();
        for (const tab of await tabs.all()) {
          const box = await tab.boundingBox();
          inside(box, `the tab ${await tab.textContent()}`);
          heights.add(box!.height);
        }
        assert.equal(heights.size, 1, `every tab one line high: ${[...heights].join(', ')} px`);
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, 'the catalog no wider than the screen');
        await check('phone');
      } finally {
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    });

    test('a client or an order that is not there says so, without a Try again that cannot help', async () => {
      for (const [path, message] of [
        ['clients/2147483647', 'Client not found'],
        ['orders/2147483647', 'Order not found'],
      ]) {
        await page.goto(`${base}/console/${path}`);
        await page.getByRole('alert').filter({ hasText: message }).waitFor();
        assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 0, path);
      }
    });

    test('no page has a serious or critical accessibility violation', () => {
      assert.deepEqual(violations, []);
    });
  });
}
