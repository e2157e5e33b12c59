import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RouteOptions } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { verifySignatureV2 } from '../../docs/examples/verify-webhook.mjs';
import { PORTAL_PERMISSIONS, type PortalPermission } from '../../src/portal/portal-roles.ts';
import { demoClient, type DemoClient } from '../helpers/demo.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { WebhookReceiver } from '../helpers/webhook-receiver.ts';
import { openPortalBrowser, type PortalBrowser } from './browser-steps.ts';
import { ADMIN_TOKEN, PASSWORD, PERMISSION_DENIED } from './setup.ts';

const OWNER = 'owner@journey.example';
const VIEWER = 'viewer@journey.example';

/**
 * The portal's whole chain in Chromium, by role and visible name: the operator
 * invites an owner, who sets a password from the e-mailed link, creates an API credential and logs
 * in to the client API with the secret the page showed once, places an order from the catalog,
 * reveals its codes after the password again (the codes the API answers with that credential), adds
 * a webhook endpoint at a local receiver and pings it (it arrives, signed), and invites a viewer, who
 * sees no write control and whom the server refuses every write route of the route table and the
 * reveal. axe on every page visited.
 */
for (const engine of ENGINES) {
  describe(`the portal's journey from invitation to a refused viewer in a browser [${engine}]`, () => {
    let portal: PortalBrowser;
    let store: TestStore;
    let base: string;
    let context: BrowserContext;
    let page: Page;
    let demo: DemoClient;
    let receiver: WebhookReceiver;
    let apiToken: string;
    let orderId: number;
    const routes: { method: string; url: string; permission: unknown }[] = [];
    const check = (where: string, on = page) => portal.check(where, on);
    const api = async (method: string, url: string, options: { token?: string; body?: object } = {}) => {
      const answer = await fetch(`${base}${url}`, {
        method,
        headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
        ...(options.body ? { body: JSON.stringify(options.body) } : {}),
      });
      return { status: answer.status, body: await answer.json() };
    };

    before(async () => {
      receiver = await WebhookReceiver.start();
      portal = await openPortalBrowser(engine, {
        onRoute: (route: RouteOptions) => {
          for (const method of [route.method].flat()) routes.push({ method, url: route.url, permission: route.config?.permission });
        },
      });
      ({ store, base } = portal);
      context = await portal.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      page = await context.newPage();
      demo = await demoClient(store, ADMIN_TOKEN);
    });
    after(async () => {
      await portal?.close();
      await receiver?.close();
    });

    async function accept(on: Page, email: string) {
      await portal.openInvitation(on, email);
      await check('accept', on);
      await portal.choosePassword(on);
    }

    test('the operator invites an owner, who sets a password from the link and lands on the account', async () => {
      await portal.call.invite(demo.credentials.client_id, OWNER, 'owner');
      await accept(page, OWNER);
      await page.getByText('USD Wallet').waitFor();
      await check('home');
    });

    test('a credential made on the Developers page logs in to the client API with the secret copied from the page', async () => {
      await page.getByRole('link', { name: 'Developers', exact: true }).click();
      await page.getByRole('heading', { name: 'Developers', level: 1 }).waitFor();
      await check('developers');
      await page.getByLabel('Credential name').fill('Journey server');
      await page.getByRole('button', { name: 'Create credential' }).click();
      const created = page.getByRole('region', { name: 'New credential' });
      await created.waitFor();
      const username = (await created.getByText(/^prs_[0-9a-f]{24}$/).textContent())!;
      const shown = (await created.getByText(/^[A-Za-z0-9_-]{40}$/).textContent())!;
      await created.getByRole('button', { name: 'Copy secret' }).click();
      const secret = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(secret, shown, 'the copy button copies the secret shown');
      await check('a new credential');

      const login = await api('POST', '/auth/login', { body: { username, password: secret } });
      assert.equal(login.status, 200, JSON.stringify(login.body));
      apiToken = login.body.data.access_token;
      const wallets = await api('GET', '/api/v1/wallets', { token: apiToken });
      assert.equal(wallets.status, 200, JSON.stringify(wallets.body));
      assert.ok(
        (wallets.body as { currency_code: string }[]).some((wallet) => wallet.currency_code === 'USD'),
        'the API answers the client of the credential',
      );

      await created.getByRole('button', { name: 'I have saved the secret' }).click();
      await page.reload();
      await page.getByRole('row').filter({ hasText: 'Journey server' }).waitFor();
      assert.equal(await page.getByText(secret).count(), 0, 'the secret is not shown again');
    });

    test('an order placed from the catalog; its codes revealed after the password equal what the API answers with the credential', async () => {
      await page.getByRole('link', { name: 'Catalog', exact: true }).click();
      await page.getByRole('heading', { name: 'Catalog', level: 1 }).waitFor();
      await page.getByLabel('Search by name').fill('Amazon');
      await page.getByRole('button', { name: 'Search' }).click();
      await check('catalog');
      // The wallets to pay from fail once (a 400, not retried): the page says so and offers to try again.
      await page.route('**/portal/v1/wallets', (route) =>
        route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({ error: { name: 'BadRequestError', code: 'BAD_REQUEST', message: 'Wallets unavailable' } }),
        }),
      );
      await page.getByRole('link', { name: /^Amazon\.com/ }).click();
      await page.getByRole('heading', { name: /^Amazon\.com/, level: 1 }).waitFor();
      await page.getByRole('alert').filter({ hasText: 'Wallets unavailable' }).waitFor();
      await check('product, wallets failed');
      await page.unroute('**/portal/v1/wallets');
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('option', { name: /^USD Wallet/ }).waitFor({ state: 'attached' });
      assert.equal(await page.getByRole('alert').count(), 0);
      await page.getByLabel('Value per voucher (USD)').fill('25');
      await page.getByLabel('Quantity').fill('2');
      await page.getByRole('button', { name: 'Preview quote' }).click();
      await page.getByRole('table', { name: 'Quote' }).waitFor();
      await check('quote');
      await page.getByRole('button', { name: 'Place order' }).click();
      const dialog = page.getByRole('dialog', { name: 'Confirm the order' });
      await dialog.waitFor();
      await check('confirm the order');
      await dialog.getByRole('button', { name: 'Confirm order' }).click();
      const placed = page.getByRole('status').filter({ hasText: /^Order \d+ placed/ });
      await placed.waitFor();
      orderId = Number(/^Order (\d+) placed/.exec((await placed.textContent())!)![1]);

      await page.getByRole('link', { name: `Open order ${orderId}` }).click();
      await page.getByRole('heading', { name: `Order ${orderId}` }).waitFor();
      await check('order');
      await page.getByRole('button', { name: 'Reveal codes' }).click();
      const ask = page.getByRole('dialog', { name: 'Enter your password to see the codes' });
      await check('reveal dialog');
      await ask.getByLabel('Your password').fill(PASSWORD);
      await ask.getByRole('button', { name: 'Show codes' }).click();
      const codes = page.getByRole('table', { name: `Voucher codes of order ${orderId}` });
      await codes.waitFor();
      await check('order with codes');
      const rows = await codes
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.innerText)));

      const fromApi = await api('GET', `/api/v1/orders/${orderId}`, { token: apiToken });
      assert.equal(fromApi.status, 200, JSON.stringify(fromApi.body));
      const vouchers = fromApi.body.vouchers as { card_number: string | null; pin_code: string | null }[];
      assert.equal(vouchers.length, 2);
      assert.deepEqual(
        rows,
        vouchers.map((voucher) => [voucher.card_number ?? '—', voucher.pin_code ?? '—']),
      );
    });

    test('a webhook endpoint at a local receiver; its test ping from the page arrives with a valid signature', async () => {
      await page.getByRole('link', { name: 'Webhooks', exact: true }).click();
      await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
      await check('webhooks');
      await page.getByLabel('Endpoint URL').fill(receiver.url('/journey'));
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const secret = (await page.getByLabel('Signing secret').textContent())!;
      assert.match(secret, /^whsec_/);
      const endpoint = page.getByRole('region', { name: /^Endpoint \d+$/ });
      await endpoint.getByRole('button', { name: 'Send test ping' }).click();
      await endpoint.getByText('Test ping delivered (HTTP 200).').waitFor();
      await check('webhooks, pinged');
      const ping = receiver.requests.find((request) => request.headers['x-event-type'] === 'ping');
      assert.ok(ping, 'the ping arrived at the receiver');
      assert.equal(ping.path, '/journey');
      assert.ok(verifySignatureV2(ping.rawBody, ping.headers['x-signature-v2'], [secret]), 'signed with the secret the page showed');
    });

    test('the owner invites a viewer, who sees no write control and is refused every write route and the reveal', async () => {
      await page.getByRole('link', { name: 'Team', exact: true }).click();
      await page.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
      await page.getByLabel("Colleague's e-mail").fill(VIEWER);
      await page.getByLabel('Role').selectOption('viewer');
      await page.getByRole('button', { name: 'Send invitation' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Invitation sent to ${VIEWER}.` })
        .waitFor();
      await check('team');

      const viewerContext = await portal.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const viewer = await viewerContext.newPage();
      try {
        await accept(viewer, VIEWER);
        await viewer.getByText('USD Wallet').waitFor();
        assert.equal(await viewer.getByRole('button', { name: 'Save threshold' }).count(), 0);
        await check('viewer home', viewer);

        const pages: [link: string, heading: RegExp | string, ready: () => Promise<void>, absent: string[]][] = [
          ['Orders', 'Orders', () => viewer.getByRole('link', { name: `Order ${orderId}`, exact: true }).waitFor(), []],
          [
            'Developers',
            'Developers',
            () => viewer.getByRole('row').filter({ hasText: 'Journey server' }).waitFor(),
            ['Create credential', 'Revoke Journey server', 'Save allowlist'],
          ],
          [
            'Webhooks',
            'Webhooks',
            () => viewer.getByRole('region', { name: /^Endpoint \d+$/ }).waitFor(),
            ['Add endpoint', 'Send test ping', 'Rotate secret', 'Delete endpoint', 'Recover events', 'Deactivate'],
          ],
          ['Team', 'Team', () => viewer.getByRole('cell', { name: VIEWER }).waitFor(), ['Send invitation']],
        ];
        for (const [link, heading, ready, absent] of pages) {
          await viewer.getByRole('link', { name: link, exact: true }).click();
          await viewer.getByRole('heading', { name: heading, level: 1 }).waitFor();
          await ready();
          for (const name of absent) assert.equal(await viewer.getByRole('button', { name }).count(), 0, `${link}: ${name}`);
          await check(`viewer ${link}`, viewer);
        }
        await viewer.getByRole('link', { name: 'Orders', exact: true }).click();
        await viewer.getByRole('link', { name: `Order ${orderId}`, exact: true }).click();
        await viewer.getByRole('heading', { name: `Order ${orderId}` }).waitFor();
        await viewer
          .getByText('Your role does not show voucher codes: the owners, admins and developers of your team reveal them on this page.')
          .waitFor();
        assert.equal(await viewer.getByRole('button', { name: 'Reveal codes' }).count(), 0);
        await check('viewer order', viewer);
        await portal.previewQuote(viewer, demo.amazonProductId, '10');
        assert.equal(await viewer.getByRole('button', { name: 'Place order' }).count(), 0);
        await check('viewer product', viewer);

        // Every route of the table that changes something and needs a permission a viewer lacks.
        const viewerMay = PORTAL_PERMISSIONS.viewer;
        const writes = routes.filter(
          (route) =>
            route.url.startsWith('/portal/v1/') &&
            !['GET', 'HEAD', 'OPTIONS'].includes(route.method) &&
            typeof route.permission === 'string' &&
            !viewerMay.has(route.permission as PortalPermission),
        );
        const names = writes.map((route) => `${route.method} ${route.url}`);
        assert.ok(names.includes('POST /portal/v1/orders/:id/reveal'), 'the reveal is among them');
        assert.deepEqual(
          [...new Set(writes.map((route) => route.permission))].sort(),
          ['codes.reveal', 'credentials.manage', 'orders.create', 'team.manage', 'wallets.alerts', 'webhooks.manage'],
          'every permission a viewer lacks has its write routes tried',
        );
        const viewerPosts = routes.filter(
          (route) =>
            route.url.startsWith('/portal/v1/') &&
            route.method === 'POST' &&
            typeof route.permission === 'string' &&
            viewerMay.has(route.permission as PortalPermission),
        );
        assert.deepEqual(
          viewerPosts.map((route) => route.url),
          ['/portal/v1/products/:id/quote'],
          'the one permissioned POST a viewer may call spends nothing',
        );
        const requests = writes.map((route) => ({
          method: route.method,
          url: route.url.replace(':id', route.url.startsWith('/portal/v1/events/') ? 'evt_000000000000000000000000' : String(orderId)),
        }));
        // No function declared inside: the page runs this source as it is.
        const answers = await viewer.evaluate(async (calls) => {
          const session = await (await fetch('/portal/v1/session')).json();
          const out: { status: number; body: unknown }[] = [];
          for (const call of calls) {
            const answer = await fetch(call.url, {
              method: call.method,
              headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf_token, 'idempotency-key': 'viewer-journey' },
              body: call.method === 'DELETE' ? undefined : JSON.stringify({ password: 'correct horse battery staple' }),
            });
            out.push({ status: answer.status, body: await answer.json() });
          }
          return out;
        }, requests);
        assert.deepEqual(
          answers.map((answer, index) => `${names[index]} ${answer.status} ${JSON.stringify(answer.body)}`),
          names.map((name) => `${name} 403 ${JSON.stringify({ error: PERMISSION_DENIED })}`),
        );
        const reveals = (
          await store.app.inject({
            method: 'GET',
            url: `/admin/v1/audit?client_id=${demo.credentials.client_id}&action=portal.codes.reveal`,
            headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          })
        ).json() as { actor: string }[];
        assert.equal(reveals.length, 1, "the owner's reveal only");
      } finally {
        await viewerContext.close();
      }
    });

    test('no page has a serious or critical accessibility violation', () => {
      assert.deepEqual(portal.violations, []);
    });
  });
}
