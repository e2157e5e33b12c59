import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoClient, type DemoClient } from '../helpers/demo.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { openPortalBrowser, type PortalBrowser } from './browser-steps.ts';
import { ADMIN_TOKEN } from './setup.ts';
const money = (value: number, currency: string) =>
  `${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 })} ${currency}`;

/**
 * The portal's catalog in Chromium: an owner finds the demo client's product with its negotiated
 * discount, previews a quote (the client API's figures), is told in words that a too large order
 * is beyond the wallet, places one order with its own reference (a reference the store would
 * refuse is named before) through a lost answer, a retry and a double click, and sees it, its
 * reference and the debit, then is told in words that the reference is taken; a viewer
 * previews quotes but has no order button, and the server refuses its order without a debit.
 */
for (const engine of ENGINES) {
  describe(`the portal's catalog and orders in a browser [${engine}]`, () => {
    let portal: PortalBrowser;
    let store: TestStore;
    let base: string;
    let page: Page;
    let demo: DemoClient;
    let usdWallet: { id: number; amount: number };
    const check = (where: string, on = page) => portal.check(where, on);
    const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
      store.app.inject({ method, url: `/api/v1${url}`, headers: demo.auth, ...(payload ? { payload } : {}) });
    const usdBalance = async () =>
      ((await api('GET', '/wallets')).json() as { id: number; amount: number }[]).find((wallet) => wallet.id === usdWallet.id)!.amount;
    const orderCount = async () => ((await api('GET', '/orders')).json() as unknown[]).length;

    before(async () => {
      portal = await openPortalBrowser(engine);
      ({ store, base } = portal);
      demo = await demoClient(store, ADMIN_TOKEN);
      const clientId = demo.credentials.client_id;
      await store.container.catalog.setNegotiatedDiscount(clientId, { product_id: demo.amazonProductId, denomination_id: null, discount: 7.5 });
      const wallets = (await api('GET', '/wallets')).json() as { id: number; amount: number; currency_code: string }[];
      usdWallet = wallets.find((wallet) => wallet.currency_code === 'USD')!;
    });
    after(() => portal?.close());

    test('the catalog: loading, the products with the client discount, filters, nothing found, and an unknown product', async () => {
      page = await portal.member(demo.credentials.client_id, 'buyer@acme.example', 'owner');
      await page.route(
        '**/portal/v1/products?*',
        async (route) => {
          await sleep(400);
          await route.continue();
        },
        { times: 1 },
      );
      await page.getByRole('link', { name: 'Catalog', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Loading products…' }).waitFor();
      const amazon = page.getByRole('row').filter({ has: page.getByRole('link', { name: /^Amazon\.com/ }) });
      await amazon.waitFor();
      assert.match((await amazon.textContent()) ?? '', /7\.5 % off/, 'the negotiated discount is shown');
      await check('catalog');

      await page.getByLabel('Currency').selectOption({ label: 'EUR' });
      await page.getByRole('heading', { name: 'Catalog' }).waitFor();
      await page.waitForURL(/currency_id=978/);
      // The USD rows stay on screen until the EUR answer replaces them; waiting for the row to go
      // fails (times out) if a USD product stays among the EUR ones.
      await amazon.waitFor({ state: 'detached' });
      await page.getByRole('table', { name: 'Products' }).waitFor();
      assert.equal(await amazon.count(), 0, 'a USD product is not among the EUR ones');
      await page.getByLabel('Currency').selectOption({ label: 'USD' });
      await amazon.waitFor();

      await page.getByLabel('Search by name').fill('no such product anywhere');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('status').filter({ hasText: 'No products match' }).waitFor();
      await check('catalog, nothing found');

      await page.goto(`${base}/portal/catalog/2147483647`);
      await page.getByRole('alert').filter({ hasText: 'Product not found' }).waitFor();
      await check('unknown product');
    });

    test("a quote preview with the client API's figures; a too large order refused in words; one order with its reference through a lost answer and a double click; the debit and the order shown; its reference again refused in words", async () => {
      await page.goto(`${base}/portal/catalog?search=Amazon`);
      await page.getByRole('link', { name: /^Amazon\.com/ }).click();
      await page.getByRole('heading', { name: /^Amazon\.com/, level: 1 }).waitFor();

      await page.getByLabel('Value per voucher (USD)').fill('500');
      await page.getByLabel('Quantity').fill('100');
      await page.getByLabel('Pay from').selectOption(String(usdWallet.id));
      await page.getByRole('button', { name: 'Preview quote' }).click();
      await page.getByRole('table', { name: 'Quote' }).waitFor();
      await page.getByRole('button', { name: 'Place order' }).click();
      const dialog = page.getByRole('dialog', { name: 'Confirm the order' });
      await dialog.getByRole('button', { name: 'Confirm order' }).click();
      await dialog.getByRole('alert').filter({ hasText: 'The wallet does not hold enough for this order. Nothing was charged' }).waitFor();
      await check('order refused');
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      const balance = await usdBalance();
      const orders = await orderCount();
      await page.getByLabel('Quantity').fill('2');
      await page.getByLabel('Value per voucher (USD)').fill('25');
      await page.getByRole('button', { name: 'Preview quote' }).click();
      const charges = (
        await api('POST', `/products/${demo.amazonProductId}/charges`, { denomination: 25, quantity: 2, wallet_id: usdWallet.id })
      ).json();
      assert.equal(charges.discount, 7.5);
      const total = page.getByRole('row', { name: /^Total payable/ });
      await total.waitFor();
      assert.equal((await total.getByRole('cell').textContent())?.trim(), money(charges.total_payable, 'USD'));
      await page.getByRole('row', { name: /Your discount \(7\.5 %\)/ }).waitFor();
      await page.getByText('Available now.').waitFor();
      await check('quote');

      // The order's own reference: printable ASCII only, as the store takes it.
      const reference = page.getByLabel('Your reference (optional)');
      await reference.fill('Bestellung für März');
      const placeOrder = page.getByRole('button', { name: 'Place order' });
      await page.getByText('Use letters without accents, digits, spaces and punctuation only (no emoji or line breaks).').waitFor();
      assert.equal(await reference.getAttribute('aria-invalid'), 'true');
      assert.ok(await placeOrder.isDisabled(), 'no order with a reference the store refuses');
      await check('reference refused');
      await reference.fill('  PO-2026-0042 ');
      await placeOrder.click();
      await dialog.getByText(`${money(charges.total_payable, 'USD')} will be taken from the wallet. Your reference: PO-2026-0042.`).waitFor();
      await check('confirm the order');
      // The first answer is lost on its way back: the order was placed, the page does not know it.
      await page.route(
        '**/portal/v1/orders',
        async (route) => {
          await route.fetch();
          await route.abort('connectionreset');
        },
        { times: 1 },
      );
      await dialog.getByRole('button', { name: 'Confirm order' }).click();
      await dialog
        .getByRole('alert')
        .filter({ hasText: 'The store could not be reached. Try again: the same order is never placed twice.' })
        .waitFor();
      assert.equal(await orderCount(), orders + 1, 'placed, though its answer was lost');
      // Confirmed again, the answer is a 503 (a proxy's, or the store's with its database gone).
      await page.route(
        '**/portal/v1/orders',
        (route) =>
          route.fulfill({
            status: 503,
            contentType: 'application/json',
            headers: { 'retry-after': '1' },
            body: JSON.stringify({ error: { name: 'ServiceUnavailableError', code: 'SERVICE_UNAVAILABLE', message: 'Service unavailable' } }),
          }),
        { times: 1 },
      );
      await dialog.getByRole('button', { name: 'Confirm order' }).click();
      await dialog
        .getByRole('alert')
        .filter({ hasText: 'The store is busy or briefly unavailable. Confirm again in a moment: the same order is never placed twice.' })
        .waitFor();
      await dialog.getByRole('button', { name: 'Confirm order' }).dblclick();
      const placed = page.getByRole('status').filter({ hasText: /^Order \d+ placed \(your reference PO-2026-0042\)/ });
      await placed.waitFor();
      const orderId = /^Order (\d+) placed/.exec((await placed.textContent())!)![1]!;
      assert.equal((await api('GET', `/orders/${orderId}`)).json().client_reference, 'PO-2026-0042', "the reference is the order's, trimmed");
      assert.equal(await orderCount(), orders + 1, 'one order for the retry and its double click: the same Idempotency-Key');
      assert.equal(Math.round((balance - (await usdBalance())) * 100), Math.round(charges.total_payable * 100), 'one debit');

      await page.getByRole('link', { name: `Open order ${orderId}` }).click();
      await page.getByRole('heading', { name: `Order ${orderId}` }).waitFor();
      await page.getByRole('button', { name: 'Reveal codes' }).waitFor();
      const terms = await page.getByRole('term').allTextContents();
      assert.equal((await page.getByRole('definition').allTextContents())[terms.indexOf('Your reference')], 'PO-2026-0042');
      await page.getByRole('link', { name: 'Orders', exact: true }).click();
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `Order ${orderId}`, exact: true }) });
      await row.getByRole('cell', { name: 'PO-2026-0042', exact: true }).waitFor();
      await page.getByRole('link', { name: 'Home', exact: true }).click();
      await page.getByText(money(await usdBalance(), 'USD'), { exact: true }).waitFor();

      // A reference another order has: refused in words, nothing charged, and a way to that order.
      const before = await usdBalance();
      await page.goto(`${base}/portal/catalog/${demo.amazonProductId}`);
      await page.getByLabel('Value per voucher (USD)').fill('25');
      await reference.fill('PO-2026-0042');
      await page.getByRole('button', { name: 'Preview quote' }).click();
      await placeOrder.click();
      await dialog.getByRole('button', { name: 'Confirm order' }).click();
      await dialog
        .getByRole('alert')
        .filter({ hasText: 'Another of your orders already has this reference. Nothing was charged: choose another reference.' })
        .waitFor();
      assert.equal(await usdBalance(), before, 'no debit');
      await check('duplicate reference');
      await dialog.getByRole('link', { name: 'See the order with the reference PO-2026-0042' }).click();
      await page.waitForURL(/\/portal\/orders\?reference=PO-2026-0042/);
      await page.getByText('Page 1 of 1 · 1 in all').waitFor();
      await row.waitFor();
    });

    test("a quote says nothing of conversion when the wallet pays in the product's currency, and shows the rate and the fee when it converts", async () => {
      await store.container.fx.setFxRate({ source_currency: 'USD', destination_currency: 'EUR', rate: '0.92', conversion_fee: '1.50' });
      const eurWallet = ((await api('GET', '/wallets')).json() as { id: number; currency_code: string }[]).find(
        (wallet) => wallet.currency_code === 'EUR',
      )!;
      await page.goto(`${base}/portal/catalog/${demo.amazonProductId}`);
      await page.getByLabel('Value per voucher (USD)').fill('25');
      const quote = page.getByRole('table', { name: 'Quote' });
      const rows = () => quote.getByRole('rowheader').allTextContents();

      await page.getByLabel('Pay from').selectOption(String(usdWallet.id));
      await page.getByRole('button', { name: 'Preview quote' }).click();
      await quote.getByRole('row', { name: /^Total payable .* USD$/ }).waitFor();
      assert.deepEqual(await rows(), ['Face value', 'Your discount (7.5 %)', 'Tax', 'Total payable'], 'no conversion row, no zero fee');

      await page.getByLabel('Pay from').selectOption(String(eurWallet.id));
      await page.getByRole('button', { name: 'Preview quote' }).click();
      await quote.getByRole('row', { name: /^Total payable .* EUR$/ }).waitFor();
      assert.deepEqual(await rows(), [
        'Face value',
        'Your discount (7.5 %)',
        'Tax',
        'Exchange rate',
        'In the wallet currency',
        'Conversion fee',
        'Total payable',
      ]);
      assert.equal(await quote.getByRole('row', { name: 'Exchange rate' }).getByRole('cell').textContent(), '1 USD = 0.92 EUR');
      assert.equal(await quote.getByRole('row', { name: 'Conversion fee' }).getByRole('cell').textContent(), money(1.5, 'EUR'));
      await check('quote with a conversion');
    });

    test('a viewer previews quotes but has no order button, and the server refuses its order: 403 PERMISSION_DENIED, no debit', async () => {
      const viewer = await portal.member(demo.credentials.client_id, 'reader@acme.example', 'viewer');
      try {
        await portal.previewQuote(viewer, demo.amazonProductId, '10');
        assert.equal(await viewer.getByRole('button', { name: 'Place order' }).count(), 0);
        await check('viewer quote', viewer);

        const balance = await usdBalance();
        const orders = await orderCount();
        const refused = await viewer.evaluate(async (productId) => {
          const session = await (await fetch('/portal/v1/session')).json();
          const answer = await fetch('/portal/v1/orders', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf_token, 'idempotency-key': 'viewer-order-1' },
            body: JSON.stringify({ product_id: productId, denomination: 10, quantity: 1 }),
          });
          return { status: answer.status, body: await answer.json() };
        }, demo.amazonProductId);
        assert.deepEqual(refused, {
          status: 403,
          body: { error: { name: 'ForbiddenError', code: 'PERMISSION_DENIED', message: 'Your role does not allow this' } },
        });
        assert.equal(await usdBalance(), balance, 'no debit');
        assert.equal(await orderCount(), orders, 'no order');
      } finally {
        await viewer.close();
      }
    });

    test('no page has a serious or critical accessibility violation', () => {
      assert.deepEqual(portal.violations, []);
    });
  });
}
